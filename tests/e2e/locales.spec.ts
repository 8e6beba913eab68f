import { expect, test } from '@playwright/test';
import { locales } from '../../src/lib/content/locales.ts';

for (const locale of locales) {
  const url = locale.lang === 'en' ? '/' : `/${locale.lang}/`;

  test(`${locale.label} home page renders with lang="${locale.lang}" and no console error`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('requestfailed', (req) => problems.push(`${req.url()} ${req.failure()?.errorText}`));
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
    await expect(page.locator('h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('Thai pages load the self-hosted Thai font and English pages do not', async ({ page }) => {
  await page.goto('/th/');
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Thai"', 'ความมั่นคง'))).toBe(true);
  const thaiFonts = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Noto Sans Thai') && f.status === 'loaded').length);
  expect(thaiFonts).toBeGreaterThan(0);

  await page.goto('/');
  const englishFontLinks = await page.locator('link[rel="stylesheet"][href*="/th."]').count();
  expect(englishFontLinks).toBe(0);
});

test('a page shown in English inside another locale marks its text as English', async ({ page }) => {
  await page.goto('/km/about/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(page.locator('.sl-markdown-content [lang="en"]').first()).toBeVisible();
});
