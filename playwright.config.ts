import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './tests/browser.ts';

// scripts/test.ts resolves the browser (it may need to unpack one) and passes it in BIOSEC_CHROMIUM.
const executablePath = process.env.BIOSEC_CHROMIUM || process.env.CHROMIUM_PATH || undefined;
const port = 4321;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  webServer: {
    command: `"${process.execPath}" scripts/serve.ts --dir dist --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
