// `npm run translations [-- --json]`: per locale, pages missing / draft / reviewed / out of date.
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/check.ts';
import { translationCells, translationReport } from '../src/lib/content/translations.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, root: { type: 'string', default: '.' } } });
const report = translationReport(checkContent(values.root!).index);

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`locale  ${translationCells.map((c) => c.padStart(9)).join('')}   (of ${report.rows.length} English pages)`);
  for (const [lang, counts] of Object.entries(report.totals)) {
    console.log(`${lang.padEnd(6)}  ${translationCells.map((c) => String(counts[c]).padStart(9)).join('')}`);
  }
  const outdated = report.rows.flatMap((r) => Object.entries(r.states).filter(([, s]) => s === 'outdated').map(([lang]) => `${lang}/${r.page}`));
  if (outdated.length) console.log(`\nOut of date (the English page changed since): ${outdated.join(', ')}`);
}
