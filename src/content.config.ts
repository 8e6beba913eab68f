import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glossarySchema } from './schemas/glossary.ts';
import { biosecI18nExtension } from './schemas/i18n.ts';
import { pageFields } from './schemas/page.ts';
import { trackSchema } from './schemas/track.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageFields }) }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: biosecI18nExtension }) }),
  glossary: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/glossary' }), schema: glossarySchema }),
  tracks: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/tracks' }), schema: trackSchema }),
};
