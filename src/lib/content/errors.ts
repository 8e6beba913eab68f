/** One problem in one content file, as `npm run check` and the build report it. */
export interface ContentIssue {
  /** Repo-relative path with forward slashes. */
  file: string;
  /** Path inside the file, e.g. `questions[2].correct`; empty for the file as a whole. */
  path: string;
  expected: string;
  found?: string;
}

/** `['questions', 2, 'correct']` → `questions[2].correct`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

/** A short description of a value, for "found …". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

/** `file: path: expected …, found …` — one line, no stack trace. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.path ? `${issue.file}: ${issue.path}` : issue.file;
  return `${where}: expected ${issue.expected}${issue.found ? `, found ${issue.found}` : ''}`;
}

/** The shape of a zod 4 issue that we read (kept structural so lib code needs no zod import). */
interface ZodLikeIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: unknown[];
}

function expectationOf(issue: ZodLikeIssue): string {
  // Our schemas phrase their own messages as "expected …"; zod's defaults read "Invalid input: expected …".
  // zod's "…, received undefined" is dropped: we report the value found ourselves.
  const own = /(?:^|: )expected (.*?)(?:, received \w+)?$/s.exec(issue.message);
  if (own) return own[1]!;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? `at least ${issue.minimum} items` : `at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `at most ${issue.maximum} items` : `at most ${issue.maximum}`;
    case 'invalid_value':
      return `one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** Turns zod issues for one file's data into content issues, with the value found. */
export function issuesFromZod(file: string, issues: readonly ZodLikeIssue[], data: unknown, prefix: PropertyKey[] = []): ContentIssue[] {
  return issues.flatMap((issue): ContentIssue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return (issue.keys ?? []).map((key) => ({
        file,
        path: formatPath([...path, key]),
        expected: `no field named "${key}" here (it is not part of the format; check the spelling and the indentation)`,
      }));
    }
    return [{ file, path: formatPath(path), expected: expectationOf(issue), found: describeValue(valueAt(data, issue.path)) }];
  });
}

/** The lines `npm run check` and the build print for content errors: one per issue, then the count. */
export function issueReport(issues: ContentIssue[], ms: number): string {
  return `${issues.map(formatIssue).join('\n')}\n\n${issues.length} content error${issues.length === 1 ? '' : 's'} (checked in ${ms} ms). Nothing was built.`;
}
