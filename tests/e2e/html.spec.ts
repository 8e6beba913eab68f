import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, type Message } from 'html-validate';
import { checkContent, pageAnchors } from '../../src/lib/content/check.ts';
import { localeFolders, templates } from './templates.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta/>; both forms are valid HTML, this rule is about style.
    'void-style': 'off',
    // HTML allows any id without spaces: headings in Khmer, Thai… get ids in their own script.
    'valid-id': ['error', { relaxed: true }],
    // Checkboxes of one question share a name, as radio buttons do: that is how a group is sent.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // role="list" is on purpose on lists without bullets: Safari's VoiceOver drops their list semantics otherwise.
    'no-redundant-role': 'off',
    // A list may carry a name (ARIA allows it for role=list); the page facts list is named "About this page".
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // The quiz form is checked in the page, never sent; a submit button would let Enter on a choice check an unfinished quiz.
    'wcag/h32': 'off',
  },
});

/**
 * Messages about markup that Starlight's own components write, which we do not
 * override: its search button and dialog (site-search), the menu button in the
 * sidebar nav, and the unnamed table-of-contents landmarks.
 */
const starlight: { rule: string; selector: RegExp }[] = [
  { rule: 'no-implicit-button-type', selector: /site-search > (dialog > div > )?button$/ },
  { rule: 'no-implicit-button-type', selector: /^html > body > div > nav > button$/ },
  { rule: 'no-inline-style', selector: /site-search > dialog$/ },
  { rule: 'unique-landmark', selector: /(starlight-toc > nav|aside)$/ },
];
const fromStarlight = (m: Message) => starlight.some((s) => s.rule === m.ruleId && s.selector.test((m.selector ?? '').replace(/:nth-child\(\d+\)/g, '')));

test('every page template, in English and Khmer, is valid HTML apart from what Starlight itself writes', async () => {
  const ours: string[] = [];
  let starlightCount = 0;
  for (const locale of [localeFolders[0]!, 'km']) {
    for (const id of templates) {
      const file = `dist/${[locale, id, 'index.html'].filter(Boolean).join('/')}`;
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const m of report.results.flatMap((r) => r.messages)) {
        if (fromStarlight(m)) starlightCount++;
        else ours.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector})`);
      }
    }
  }
  expect(ours).toEqual([]);
  console.log(`html-validate: 0 errors in our markup, ${starlightCount} in Starlight's own components`);
});

test('the content check knows the ids a built page has: it allows a link to #x only where the page shows x', () => {
  const { index } = checkContent('.');
  let pages = 0;
  for (const p of index.pages) {
    // Track pages are made by components (kits, certificates) from other pages; 404 is Starlight's.
    if (p.base.startsWith('tracks/') || p.base === '404') continue;
    const html = readFileSync(join('dist', p.slug, 'index.html'), 'utf8');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    const allowed = pageAnchors(p);
    for (const id of allowed) expect(ids.has(id), `${p.slug}: #${id} is allowed but not on the page`).toBe(true);
    // Every heading a reader sees can be linked to (Starlight's own "On this page" heading aside).
    for (const [, id] of html.matchAll(/<h[2-6][^>]*\sid="([^"]+)"/g)) if (!id!.startsWith('starlight__')) expect(allowed.has(id!), `${p.slug}: heading #${id} unknown to the check`).toBe(true);
    pages++;
  }
  expect(pages).toBeGreaterThan(140);
});
