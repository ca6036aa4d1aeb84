/**
 * /rss.xml: the newest articles. Item links go through BASE_URL (the feed's `site` includes the base),
 * so a sub-path deploy links correctly. A feed carries what is new, not the archive: the latest
 * FEED_SIZE entries.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { ui } from '../i18n/ui.ts';
import { nameAtTime } from '../i18n/names.ts';
import { getDigest } from '../lib/digest/load-astro.ts';

const FEED_SIZE = 100;

export const GET: APIRoute = async (context) => {
  const digest = await getDigest();
  const t = ui('vi');
  return rss({
    title: t.site.name,
    description: t.site.tagline,
    site: new URL(import.meta.env.BASE_URL, context.site),
    customData: '<language>vi-VN</language>',
    items: digest.entries.slice(0, FEED_SIZE).map((e) => ({
      title: e.title,
      link: `articles/${e.id}/`,
      ...(e.eventDate ? { pubDate: new Date(`${e.eventDate}T00:00:00Z`) } : {}),
      description: `${nameAtTime(e.unitKey, e.province) ?? t.common.provinceNotIdentified} · ${t.article.reportYear} ${e.reportYear}`,
    })),
  });
};
