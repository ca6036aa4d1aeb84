/**
 * The RSS feeds: /rss.xml (Vietnamese) and /en/rss.xml (English), newest first. Item links are relative
 * to the feed's home page, which includes BASE_PATH, so a sub-path deploy links correctly. A feed carries
 * what is new, not the archive: the latest FEED_SIZE entries.
 *
 * Each item is dated by the best date known (src/lib/digest/feed.ts): the conference, else the
 * publication. An entry with neither is left out of the feed (it stays on the site): a reader orders
 * a feed by date, and an undated item would sit first or last in it for ever.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { figureValueText } from '../i18n/figure-text.ts';
import { englishGloss } from '../i18n/headline.ts';
import type { Lang } from '../lib/lang.ts';
import { nameAtTime } from '../i18n/names.ts';
import { localePath, routes } from '../i18n/paths.ts';
import { ui } from '../i18n/ui.ts';
import { feedItems } from '../lib/digest/feed.ts';
import { getDigest } from '../lib/digest/load-astro.ts';
import type { DigestEntry } from '../lib/digest/types.ts';
import { metricById } from '../lib/metrics.ts';

const FEED_SIZE = 100;

/** What the entry reports, in a line: "Lạng Sơn · Năm báo cáo 2023 · Tổng doanh thu: trên 138 tỷ đồng". */
function summary(e: DigestEntry, lang: Lang): string {
  const t = ui(lang);
  const revenue = e.kpis.find((k) => k.metric === 'total_revenue' && k.period === 'year' && k.value !== null);
  return [
    nameAtTime(e.unitKey, e.province) ?? t.common.provinceNotIdentified,
    `${t.article.reportYear} ${e.reportYear}`,
    revenue &&
      `${metricById('total_revenue')!.label[lang]}: ${figureValueText({ value: revenue.value, unit: revenue.unit, figure: revenue }, lang)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Headlines are Vietnamese, as written; the English feed titles each item with the English gloss
 * (src/i18n/headline.ts, as English pages show it) and gives the headline in the description.
 */
function title(e: DigestEntry, lang: Lang): string {
  return lang === 'vi' ? e.title : englishGloss(e);
}

export async function feedResponse(context: APIContext, lang: Lang): Promise<Response> {
  const t = ui(lang);
  const digest = await getDigest();
  // The feed's home is the language's home page (/en/ for English); item links are relative to it.
  const site = new URL(localePath(lang), context.site);
  return rss({
    title: t.site.name,
    description: t.site.tagline,
    site,
    customData: `<language>${lang === 'vi' ? 'vi-VN' : 'en-US'}</language>`,
    items: feedItems(digest.entries, FEED_SIZE).map(({ entry, date }) => ({
      title: title(entry, lang),
      link: routes.article(entry.id),
      pubDate: new Date(`${date}T00:00:00Z`),
      description: lang === 'vi' ? summary(entry, lang) : `“${entry.title}” · ${summary(entry, lang)}`,
    })),
  });
}
