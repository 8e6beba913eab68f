// `npm run check [-- --root <dir>]`: validates all content without building the site.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/check.ts';
import { formatIssue } from '../src/lib/content/errors.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const started = performance.now();
const { issues, index } = checkContent(resolve(values.root!));
const ms = Math.round(performance.now() - started);

if (issues.length) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} content error${issues.length === 1 ? '' : 's'} (checked in ${ms} ms). Nothing was built.`);
  process.exit(1);
}
console.log(`Content OK: ${index.pages.length} pages, ${index.quizzes.size} quizzes, ${index.tracks.length} tracks (${ms} ms).`);
