/**
 * robots.txt with the sitemap's absolute address (it depends on SITE_URL and BASE_PATH, so it is
 * generated rather than kept in public/).
 */
import type { APIRoute } from 'astro';
import { withBase } from '../i18n/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}` : '';
  return new Response(`User-agent: *\nAllow: /${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
