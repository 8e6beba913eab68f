// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { checkContentOnce } from './src/lib/content/check.ts';
import { issueReport } from './src/lib/content/errors.ts';
import { starlightLocales } from './src/lib/content/locales.ts';
import { buildSidebar } from './src/lib/content/sidebar.ts';
import { labelFor, readUiStrings } from './src/lib/content/ui-strings.ts';
import { biosecManifest } from './src/integrations/manifest.ts';
import { biosecExports } from './src/integrations/exports.ts';
import { biosecSearchIndex } from './src/integrations/search-index.ts';
import { biosecUsb, biosecUsbStart } from './src/integrations/usb.ts';
import { biosecSecurityHeaders } from './src/integrations/security-headers.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const strings = readUiStrings(root);
// Every content error at once, as `npm run check` prints them, before anything is built.
const checkStarted = performance.now();
const { index, issues } = checkContentOnce(root);
if (issues.length) {
  console.error(issueReport(issues, Math.round(performance.now() - checkStarted)));
  process.exit(1);
}

export default defineConfig({
  site: 'https://biosec-hub.example.org',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: labelFor(strings, 'biosec.siteTitle').label,
      description: 'Open knowledge base and e-learning for biosecurity capacity building in South-East Asia.',
      defaultLocale: 'root',
      locales: starlightLocales(),
      sidebar: buildSidebar(index.pages, (key) => labelFor(strings, key)),
      // Search is indexed by biosecSearchIndex (word-segmented for Thai, Khmer, Lao, Burmese).
      pagefind: false,
      lastUpdated: false,
      editLink: undefined,
      components: {
        Head: './src/components/overrides/Head.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
      },
      customCss: ['./src/styles/biosec.css'],
    }),
    biosecManifest(),
    // The USB copy runs in a worker from the start of the build; from here on it finishes, alongside the steps below.
    biosecUsbStart(),
    biosecExports(),
    biosecSearchIndex(),
    biosecSecurityHeaders(),
    // Last: it copies what the steps before it wrote.
    biosecUsb(),
  ],
  vite: {
    resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
    build: {
      rollupOptions: {
        // Astro marks every MDX page's asset module with this directive and the bundler warns about each one
        // (withastro/astro#18087): 194 warnings that would hide a real one.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
