import type { CheckResult } from './check.ts';

/**
 * Content already checked in this process, by folder (see checkContentOnce).
 * It lives on globalThis because Astro loads the config, the integrations and
 * the page renderer as separate module instances in one process, and all of
 * them read the same files.
 */
export function checkedContent(): Map<string, CheckResult> {
  return ((globalThis as { biosecChecked?: Map<string, CheckResult> }).biosecChecked ??= new Map());
}
