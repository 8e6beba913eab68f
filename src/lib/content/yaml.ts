import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

/** A YAML syntax error: what is wrong, and its line (1-based; 0 where unknown). */
export class YamlError extends Error {
  readonly reason: string;
  readonly line: number;

  constructor(reason: string, line: number) {
    super(line ? `${reason} (line ${line})` : reason);
    this.reason = reason;
    this.line = line;
  }
}

/**
 * Parses YAML with js-yaml, the parser Astro's own loaders use (and about ten
 * times faster than the `yaml` package on our quizzes), but with the core
 * schema: a date stays the text it was written as, so an impossible one
 * (2026-02-30) is reported rather than rolled over to March. An empty
 * document is `null`.
 */
export function readYaml(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA }) ?? null;
  } catch (e) {
    if (e instanceof YAMLException) throw new YamlError(e.reason, e.mark ? e.mark.line + 1 : 0);
    throw e;
  }
}
