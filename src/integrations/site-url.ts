/**
 * The deploy origin. Canonical URLs, Open Graph, the sitemap, RSS and robots.txt are absolute, so a
 * production build without SITE_URL writes http://localhost:4321/ into all of them. That is right for
 * a local preview and wrong for any deploy: say so once, when the build starts, as a warning.
 */
import type { AstroIntegration } from 'astro';

export const SITE_URL_WARNING =
  'SITE_URL is not set, so canonical links, Open Graph, the sitemap, RSS and robots.txt point at http://localhost:4321/. ' +
  'Fine for a local preview; for a deploy, build with SITE_URL=https://your.domain (and BASE_PATH=/sub/ for a sub-path).';

export default function siteUrlWarning(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!env.SITE_URL) logger.warn(SITE_URL_WARNING);
      },
    },
  };
}
