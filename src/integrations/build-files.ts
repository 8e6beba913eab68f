import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/** Every file of a built folder as a site-relative path with forward slashes (`th/about/index.html`), sorted. */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/**
 * One classic script (an IIFE, no modules) from `entry`: what LMS players and
 * file:// pages can run, since Chromium blocks ES modules on file://.
 */
export async function classicScript(entry: Pick<BuildOptions, 'entryPoints' | 'stdin' | 'plugins'>): Promise<Uint8Array> {
  const result = await build({ ...entry, bundle: true, format: 'iife', minify: true, target: 'es2020', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.contents;
}
