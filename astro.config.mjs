// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from 'astro-pagefind';
import { satteri } from '@astrojs/markdown-satteri';
import contentCheck from './src/integrations/content-check.ts';
import siteUrlWarning from './src/integrations/site-url.ts';

/**
 * SITE_URL sets the origin the site is deployed at (used for the sitemap, RSS and Open Graph);
 * BASE_PATH the sub-path ("/digest/"). Both default to a local build at the root.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const rawBase = process.env.BASE_PATH || '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentCheck(),
    siteUrlWarning(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'vi', locales: { vi: 'vi-VN', en: 'en-US' } },
      // Search result pages and printed yearbooks ask not to be indexed (noindex); they have no place in the sitemap.
      filter: (page) => !/\/(search|print)\/$/.test(new URL(page).pathname),
    }),
    // Indexes the built pages after the build. Indexing each page as it renders (a middleware feeding
    // Pagefind's service from a worker) was measured: on two cores it slowed rendering as much as it saved.
    pagefind(),
  ],
  devToolbar: { enabled: false },
  // Article text is shown verbatim: no curly quotes, dashes or ellipses invented by smart punctuation.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // Lets the Astro VS Code extension check and complete entries' frontmatter (docs/editing.md).
  experimental: { contentIntellisense: true },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, and Rolldown warns
        // about it once per file (withastro/astro#18087). It is harmless; keep the log readable.
        onwarn(warning, defaultHandler) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          defaultHandler(warning);
        },
      },
    },
  },
});
