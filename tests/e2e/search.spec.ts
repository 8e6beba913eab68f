import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.locator('site-search button[data-open-modal]').click();
  const input = page.getByRole('dialog').getByRole('textbox');
  await expect(input).toBeVisible();
  await input.fill(query);
  return page.locator('dialog[open] .pagefind-ui__result');
}

test('search finds an English word from the middle of a module page', async ({ page }) => {
  await page.goto('/');
  const results = await search(page, 'diversion');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('dialog[open] .pagefind-ui__result-link').filter({ hasText: 'biorisk' })).not.toHaveCount(0);
});

test('search in Thai finds a Thai word inside a run of Thai text', async ({ page }) => {
  await page.goto('/th/');
  // "ห้องปฏิบัติการ" (laboratory) stands inside the run "ไม่ได้สอนงานในห้องปฏิบัติการ" on the Thai home page.
  const results = await search(page, 'ห้องปฏิบัติการ');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('dialog[open] .pagefind-ui__result-link').first()).toHaveAttribute('href', /^\/th\//);
});
