/**
 * Headlines stay Vietnamese, as the publisher wrote them; English pages put the English gloss beside
 * each one (the same words the English feed titles its item with), marked as this site's translation.
 * Vietnamese pages carry no gloss.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, site } from './support/browser.ts';
import { entriesWithProvince, publishedEntries } from './support/content.ts';
import { inLang, type Lang } from './support/page-types.ts';

const EVENT_KIND_EN = { 'year-end': 'year-end conference', 'mid-year': 'interim review', other: 'other event' };

/** The English feed's item titles, by article id. */
function feedTitles(): Map<string, string> {
  const xml = readFileSync(path.join(site().dir, 'en/rss.xml'), 'utf8');
  const titles = new Map<string, string>();
  for (const [, item] of xml.matchAll(/<item>([\s\S]*?)<\/item>/g)) {
    const id = /<link>[^<]*\/articles\/([^/<]+)\/<\/link>/.exec(item!)?.[1];
    const title = /<title>([^<]*)<\/title>/.exec(item!)?.[1];
    if (id && title) titles.set(id, title.replace(/&amp;/g, '&'));
  }
  return titles;
}

describe('headlines', () => {
  it('on English article pages have the English gloss, marked as a translation, the feed’s words', async () => {
    const feed = feedTitles();
    const { page, close } = await openPage('en/');
    const wrong: string[] = [];
    try {
      for (const e of publishedEntries()) {
        await page.goto(new URL(`en/articles/${e.id}/`, site().url).href);
        const h1 = page.locator('h1');
        expect(await h1.getAttribute('lang')).toBe('vi');
        const gloss = page.locator('header .headline-gloss');
        if ((await gloss.count()) !== 1) {
          wrong.push(`${e.id}: no gloss`);
          continue;
        }
        const text = (await gloss.innerText()).replace(/\s+/g, ' ').trim();
        const label = (await gloss.locator('.headline-gloss-label').innerText()).trim();
        const glossed = text.slice(label.length).trim();
        if (!/translat/i.test(label)) wrong.push(`${e.id}: “${label}” does not say it is a translation`);
        if (!glossed.endsWith(`: ${EVENT_KIND_EN[e.data.eventKind]}, ${e.data.reportYear}`))
          wrong.push(`${e.id}: “${glossed}” does not give the kind and year`);
        if (feed.has(e.id) && feed.get(e.id) !== glossed)
          wrong.push(`${e.id}: page “${glossed}”, feed “${feed.get(e.id)}”`);
      }
      expect(wrong).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(['vi', 'en'] as Lang[])('in %s lists: a gloss under each headline on English pages only', async (lang) => {
    const years = [...new Set(publishedEntries().map((e) => e.data.reportYear))];
    const provinces = [...new Set(entriesWithProvince().map((e) => e.data.province!))];
    const { page, close } = await openPage(inLang(lang, ''));
    const wrong: string[] = [];
    let items = 0;
    try {
      for (const p of [
        '',
        'timeline/',
        ...years.map((y) => `years/${y}/`),
        ...provinces.map((s) => `provinces/${s}/`),
      ]) {
        await page.goto(new URL(inLang(lang, p), site().url).href);
        const counts = await page
          .locator('.entry-list > li:has(> a.title)')
          .evaluateAll((lis) => lis.map((li) => li.querySelectorAll('.headline-gloss').length));
        items += counts.length;
        const expected = lang === 'en' ? 1 : 0;
        counts.forEach((n, i) => {
          if (n !== expected) wrong.push(`${p} item ${i + 1}: ${n} glosses`);
        });
      }
      expect(items).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    } finally {
      await close();
    }
  });
});
