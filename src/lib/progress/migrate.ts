import { PROGRESS_VERSION } from './schema.ts';

/** One step from version n to n + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Steps that bring older saved progress up to `PROGRESS_VERSION`, keyed by the
 * version they start from. Version 1 is the first published format, so there
 * are none yet; add `{ 1: (v1) => v2 }` when the format changes.
 */
export const migrations: Record<number, Migration> = {};

/**
 * Brings saved data to the current version, one step at a time. Returns
 * `undefined` for data it cannot bring there (no version, a future version, a
 * missing step): the caller sets such data aside instead of guessing.
 */
export function migrateProgress(data: unknown, steps: Record<number, Migration> = migrations, target = PROGRESS_VERSION): Record<string, unknown> | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  let current = data as Record<string, unknown>;
  if (typeof current.version !== 'number' || !Number.isInteger(current.version) || current.version > target) return undefined;
  let version: number = current.version;
  while (version < target) {
    const step = steps[version];
    if (!step) return undefined;
    current = step(current);
    version = version + 1;
    current = { ...current, version };
  }
  return current;
}
