// `npm run check [-- --root <dir>]`: validates all content without building the site.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/check.ts';
import { issueReport } from '../src/lib/content/errors.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const started = performance.now();
const { issues, index } = checkContent(resolve(values.root!));
const ms = Math.round(performance.now() - started);

if (issues.length) {
  console.error(issueReport(issues, ms));
  process.exit(1);
}
console.log(`Content OK: ${index.pages.length} pages, ${index.quizzes.size} quizzes, ${index.tracks.length} tracks (${ms} ms).`);
