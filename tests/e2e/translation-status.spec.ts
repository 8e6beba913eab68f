import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('the Translation status page shows what npm run translations prints', async ({ page }) => {
  const report = JSON.parse(execFileSync(process.execPath, ['scripts/translations.ts', '--json'], { encoding: 'utf8' }));
  await page.goto('/translation-status/');
  for (const [lang, counts] of Object.entries<Record<string, number>>(report.totals)) {
    for (const [cell, n] of Object.entries(counts)) {
      await expect(page.locator(`[data-translation-totals] tr[data-lang="${lang}"] td[data-cell="${cell}"]`), `${lang} ${cell}`).toHaveText(String(n));
    }
  }
  const states = await page.locator('[data-translation-pages] td[data-state]').evaluateAll((tds) =>
    tds.map((td) => `${(td.closest('tr') as HTMLElement).dataset.page}|${(td as HTMLElement).dataset.lang}|${(td as HTMLElement).dataset.state}`),
  );
  const expected = report.rows.flatMap((r: { page: string; states: Record<string, string> }) => Object.entries(r.states).map(([lang, s]) => `${r.page}|${lang}|${s}`));
  expect(states.sort()).toEqual(expected.sort());
});

test('a draft translation says so in its own language and links to the English page', async ({ page }) => {
  await page.goto('/th/');
  const notice = page.locator('[data-translation-state="draft"]');
  await expect(notice).toBeVisible();
  await expect(notice.locator('a[hreflang="en"]')).toHaveAttribute('href', '/');
});
