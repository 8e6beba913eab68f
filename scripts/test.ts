// `npm test`: builds once, runs unit tests (vitest) and end-to-end tests (Playwright
// against the built site), then prints one closing line: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../tests/browser.ts';

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean' }, 'e2e-only': { type: 'boolean' }, 'unit-only': { type: 'boolean' } } });
const bin = (name: string) => `node_modules/.bin/${name}`;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  // Children must find the project's Node 24 (the `node` devDependency) first, even when this script was started directly.
  const path = `${resolve('node_modules/.bin')}${delimiter}${env.PATH ?? ''}`;
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, PATH: path } });
  return result.status ?? 1;
}

function readJson(path: string): any {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

rmSync('test-results', { recursive: true, force: true });
if (!values['no-build'] && !values['unit-only'] && run('npm', ['run', 'build']) !== 0) {
  console.log('tests: 0 passed, 1 failed (the build failed)');
  process.exit(1);
}

let passed = 0;
let failed = 0;
let codes = 0;

if (!values['e2e-only']) {
  codes += run(bin('vitest'), ['run']);
  const unit = readJson('test-results/vitest.json');
  const unitPassed = unit?.numPassedTests ?? 0;
  const unitFailed = unit ? unit.numFailedTests : 1;
  console.log(`unit: ${unitPassed} passed, ${unitFailed} failed`);
  passed += unitPassed;
  failed += unitFailed;
}

if (!values['unit-only']) {
  const browser = await findChromium();
  console.log(`e2e browser: ${browser.path} (${browser.from})`);
  codes += run(bin('playwright'), ['test'], { ...process.env, BIOSEC_CHROMIUM: browser.path });
  const e2e = readJson('test-results/playwright.json');
  const e2ePassed = e2e?.stats.expected ?? 0;
  const e2eFailed = e2e ? e2e.stats.unexpected + e2e.stats.flaky : 1;
  console.log(`e2e: ${e2ePassed} passed, ${e2eFailed} failed`);
  passed += e2ePassed;
  failed += e2eFailed;
}

if (codes !== 0 && failed === 0) failed = 1; // a runner crashed before reporting
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
