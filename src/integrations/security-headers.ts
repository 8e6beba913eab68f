import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectInlineHashes, contentSecurityPolicy, headersFile, inlineHandlers, securityHeaders } from '../lib/security/headers.ts';
import { builtFiles } from './build-files.ts';

/**
 * Writes `dist/_headers` with the Content-Security-Policy for the pages as
 * built, and fails the build if a page has an inline event handler.
 */
export function biosecSecurityHeaders(): AstroIntegration {
  return {
    name: 'biosec-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashes = { scripts: new Set<string>(), styles: new Set<string>() };
        const handlers: string[] = [];
        for (const f of builtFiles(out).filter((name) => name.endsWith('.html'))) {
          const html = readFileSync(join(out, f), 'utf8');
          collectInlineHashes(html, hashes);
          for (const h of inlineHandlers(html)) handlers.push(`${f}: ${h}`);
        }
        if (handlers.length) throw new Error(`inline event handlers are blocked by the Content-Security-Policy; use a script instead:\n${handlers.join('\n')}`);
        writeFileSync(join(out, '_headers'), headersFile(securityHeaders(contentSecurityPolicy(hashes))));
        logger.info(`_headers: CSP with ${hashes.scripts.size} inline script and ${hashes.styles.size} inline style hashes`);
      },
    },
  };
}
