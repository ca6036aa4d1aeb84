/** Hands every page Astro renders during a build to the search index (see search-index.ts). */
import { defineMiddleware } from 'astro:middleware';
import { SEARCH_BRIDGE, type SearchBridge } from './search-bridge.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const bridge = (globalThis as { [SEARCH_BRIDGE]?: SearchBridge })[SEARCH_BRIDGE];
  if (!bridge || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  bridge.page(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
