/**
 * The deploy origin. Canonical URLs, Open Graph, the sitemap, RSS and robots.txt are absolute, so a
 * production build without SITE_URL writes http://localhost:4321/ into all of them. That is right for
 * a local preview and wrong for any deploy: say so once per build, as a warning, not an error.
 */
let warned = false;

export function warnIfSiteUrlUnset(): void {
  if (warned || !import.meta.env.PROD || process.env.SITE_URL) return;
  warned = true;
  console.warn(
    '\n[postal-digest] warning: SITE_URL is not set, so canonical links, Open Graph, the sitemap, RSS and robots.txt point at http://localhost:4321/. ' +
      'Fine for a local preview; for a deploy, build with SITE_URL=https://your.domain (and BASE_PATH=/sub/ for a sub-path).\n',
  );
}
