import { expect, test } from '@playwright/test';
import { locales } from '../../src/lib/content/locales.ts';

test('dist/manifest.json lists every locale home page and every quiz', async ({ request }) => {
  const manifest = await (await request.get('/manifest.json')).json();
  expect(manifest.version).toBe(1);
  for (const locale of locales) {
    const home = manifest.pages.find((p: { url: string }) => p.url === (locale.lang === 'en' ? '/' : `/${locale.lang}/`));
    expect(home, locale.lang).toMatchObject({ locale: locale.lang, kind: 'page' });
  }
  const module = manifest.pages.find((p: { url: string }) => p.url === '/modules/wp1/biorisk-management/');
  expect(module).toMatchObject({ kind: 'module', workPackage: 1, level: 'awareness', quiz: 'wp1-biorisk-management', translation: 'source' });
  expect(manifest.pages.find((p: { url: string }) => p.url === '/km/modules/wp1/biorisk-management/')).toMatchObject({ locale: 'km', translation: 'draft' });
  expect(manifest.pages.find((p: { url: string }) => p.url === '/km/modules/wp6/information-security/')).toMatchObject({ locale: 'km', translation: 'fallback' });
  expect(manifest.quizzes).toContain('wp1-biorisk-management');
  for (const p of manifest.pages) expect((await request.get(p.url)).status(), p.url).toBe(200);
});
