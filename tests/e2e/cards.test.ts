/**
 * Cards break lines between words, never inside one ("VND 8.8 million/person/mont / h"), on a 360 px
 * phone and at 1280 px, in both languages: every card of every page type, year, province and map.
 */
import { describe, expect, it } from 'vitest';
import { openPage, site } from './support/browser.ts';
import { brokenWordsIn, CARD_SELECTORS } from './support/broken-words.ts';
import { entriesWithProvince, fullYearResults, publishedEntries } from './support/content.ts';
import { inLang, pagesOfEachType, type Lang } from './support/page-types.ts';

function pagesWithCards(): string[] {
  const years = [
    ...new Set([...publishedEntries().map((e) => e.data.reportYear), ...fullYearResults().map((r) => r.year)]),
  ];
  const provinces = [...new Set(entriesWithProvince().map((e) => e.data.province!))];
  const maps = [...new Set(fullYearResults().map((r) => `map/${r.metric}/${r.year}/`))];
  const articles = publishedEntries().map((e) => `articles/${e.id}/`);
  return [
    ...new Set([
      ...pagesOfEachType()
        .filter((p) => p.status === 200)
        .map((p) => p.path),
      ...years.map((y) => `years/${y}/`),
      ...provinces.map((s) => `provinces/${s}/`),
      ...maps,
      ...articles,
    ]),
  ];
}

describe.each([
  ['vi', 360],
  ['en', 360],
  ['vi', 1280],
  ['en', 1280],
] as [Lang, number][])('cards (%s, %i px)', (lang, width) => {
  it('break no word in the middle', async () => {
    const { page, close } = await openPage(inLang(lang, ''), { viewport: { width, height: 800 } });
    const failures: string[] = [];
    let checked = 0;
    try {
      for (const path of pagesWithCards()) {
        const response = await page.goto(new URL(inLang(lang, path), site().url).href, { waitUntil: 'load' });
        if (response?.status() !== 200) {
          failures.push(`${path}: status ${response?.status()}`);
          continue;
        }
        checked += 1;
        for (const b of await page.evaluate(brokenWordsIn, CARD_SELECTORS))
          failures.push(`${path}: “${b.word}” broken in “${b.context}”`);
      }
      expect(checked).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    } finally {
      await close();
    }
  });
});
