import { z } from 'astro/zod';
import en from '../content/i18n/en.json' with { type: 'json' };

/** Our own UI keys (`biosec.*`): English is the reference for which keys exist. */
export const biosecUiKeys = Object.keys(en).filter((k) => k.startsWith('biosec.'));

export const biosecI18nExtension = z.object(Object.fromEntries(biosecUiKeys.map((k) => [k, z.string().optional()])));
