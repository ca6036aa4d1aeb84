/** /rss.xml: the newest articles, in Vietnamese (src/layouts/feed.ts). */
import type { APIRoute } from 'astro';
import { feedResponse } from '../layouts/feed.ts';

export const GET: APIRoute = (context) => feedResponse(context, 'vi');
