import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags we launch Chromium with — never @sparticuz/chromium's own `args`, which disable web security. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

/**
 * The Chromium to test with, in this order: Playwright's own build; CHROMIUM_PATH;
 * Debian's /usr/bin/chromium; the binary shipped inside the @sparticuz/chromium package.
 */
export async function findChromium(): Promise<{ path: string; from: string }> {
  const own = chromium.executablePath();
  if (own && existsSync(own)) return { path: own, from: 'playwright' };
  const env = process.env.CHROMIUM_PATH;
  if (env && existsSync(env)) return { path: env, from: 'CHROMIUM_PATH' };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', from: 'debian' };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return { path: await sparticuz.executablePath(), from: '@sparticuz/chromium' };
}
