import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatIssue } from '../../../src/lib/content/errors.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
const messages = (name: string) => checkContent(join(fixtures, name)).issues.map(formatIssue);

const page = 'src/content/docs/modules/wp1/sample.mdx';
const quiz = 'quizzes/sample-quiz/quiz.yaml';

/** Each bad fixture, and a line its check must print: the file, the field, what was expected, what was found. */
const expectations: Record<string, string> = {
  'malformed-yaml': `${quiz}: line 4: expected valid YAML, found bad indentation of a mapping entry`,
  'wrong-type': `${page}: duration: expected a duration in minutes, found "ninety"`,
  'unknown-quiz-id': `${page}: quiz: expected the id of a quiz in quizzes/<id>/quiz.yaml (none exist), found "no-such-quiz"`,
  'duplicate-ids': `${quiz}: questions[1].id: expected a unique question id ("q1" is used twice), found "q1"`,
  'no-correct-option': `${quiz}: questions[1].correct: expected at least 1 correct option, found a list of 0 items`,
  'undefined-objective': `${quiz}: questions[0].objective: expected an objective id defined by ${page} (o1, o2, o3), found "o9"`,
  'classification-not-clear': `${page}: classification: expected TLP:CLEAR (only public content may be published), found "TLP:AMBER"`,
  'bad-date': `${page}: lastReviewed: expected a real date written YYYY-MM-DD, found "2026-02-30"`,
  'translation-unknown-source': `src/content/docs/th/modules/wp1/sample.mdx: translation.source: expected the hash of a version of ${page}`,
  'broken-internal-link': `${page}: line 34: expected a link to an existing page, found "/modules/wp9/nowhere/"`,
  'missing-anchor': `${page}: line 34: expected a link to a heading or id on /modules/wp1/sample/, found "/modules/wp1/sample/#no-such-part"`,
  'link-to-other-locale': `src/content/docs/th/modules/wp1/sample.mdx: line 37: expected a link within the page's own language (/th/modules/wp1/sample/), found "/modules/wp1/sample/"`,
  'unknown-field': `${page}: objetives: expected no field named "objetives" (it is not part of the page format; check its spelling)`,
  'unknown-glossary-term': `${page}: line 32: expected a glossary term id from src/content/glossary/en.yaml, found "no-such-term"`,
  'ordering-not-permutation': `${quiz}: questions[3].correct: expected every option id exactly once, in the right order (s1, s2, s3)`,
  'scenario-loop': `${quiz}: questions[5].steps: expected steps that never lead back to an earlier step (a loop was found)`,
  'unknown-question-type': `${quiz}: questions[4].type: expected type to be one of single, multiple, true-false, ordering, matching, scenario, found "essay"`,
  'work-package-out-of-range': `${page}: workPackage: expected a work package number from 1 to 6, found 7`,
  'objective-not-assessed': `${quiz}: questions: expected at least 2 questions assessing objective o4, found 0`,
  'duplicate-objective-ids': `${page}: objectives[2].id: expected a unique objective id ("o1" is used twice), found "o1"`,
  'quiz-translation-unknown-key': `quizzes/sample-quiz/th.yaml: questions.q99: expected a question id of the source quiz (q1, q2, q3, q4, q5, q6, q7, q8), found "q99"`,
  'track-translation-wrong-shape': `src/content/tracks/translations/th/sample-track.yaml: days[0].sessions: expected 1 session title, as in the track`,
  'glossary-translation-unknown-source': `src/content/glossary/th.yaml: translation.source: expected the hash of a version of src/content/glossary/en.yaml`,
  'duplicate-glossary-term': `src/content/glossary/en.yaml: terms[1].id: expected a unique term id ("biosecurity" is used twice), found "biosecurity"`,
  'quiz-folder-mismatch': `${quiz}: id: expected the folder name "sample-quiz" (quiz ids are unique because each has its own folder), found "another-quiz"`,
  'track-unknown-page': `src/content/tracks/sample-track.yaml: days[0].sessions[0].pages[1]: expected the slug of an existing page, found "modules/wp1/missing"`,
  'track-duplicate-page': `src/content/tracks/sample-track.yaml: days[0].sessions[0].pages[1]: expected each page once in a track (it is already at days[0].sessions[0].pages[0]), found "modules/wp1/sample"`,
  'track-bad-completion': `src/content/tracks/sample-track.yaml: completion: expected all-quizzes-passed or all-pages-visited, found "most-pages-read"`,
  'translation-status-invalid': `src/content/docs/th/modules/wp1/sample.mdx: translation.status: expected draft or reviewed, found "final"`,
  'quiz-pass-mark-out-of-range': `${quiz}: passMark: expected a pass mark from 0 to 100, found 170`,
};

describe('content check on bad fixtures', () => {
  test('every fixture folder has an expectation, and there are at least 25 kinds', () => {
    const folders = readdirSync(fixtures).filter((f) => f !== 'valid');
    expect(folders.sort()).toEqual(Object.keys(expectations).sort());
    expect(folders.length).toBeGreaterThanOrEqual(25);
  });

  for (const [name, line] of Object.entries(expectations)) {
    test(`${name}: reports the file, the field and the expectation`, () => {
      expect(messages(name).some((m) => m.startsWith(line)), messages(name).join('\n')).toBe(true);
    });
  }

  test('the no-correct-option fixture also names a single-choice answer that is not an option', () => {
    expect(messages('no-correct-option')).toContain(`${quiz}: questions[0].correct: expected one of the option ids (a, b), found "z"`);
  });
});

describe('content check on good content', () => {
  test('the valid fixture, which uses all six question types, has no issues', () => {
    expect(messages('valid')).toEqual([]);
  });

  test('the real site content has no issues', () => {
    const { issues, index } = checkContent(join(import.meta.dirname, '../../..'));
    expect(issues.map(formatIssue)).toEqual([]);
    expect(index.pages.length).toBeGreaterThan(10);
  });
});
