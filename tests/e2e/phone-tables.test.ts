/**
 * Tables on a 360 px phone read without scrolling anything sideways: every table fits the screen, no
 * box around it scrolls, and no cell's content runs past its cell (a value cut mid-word, "trên 101 tỷ đ").
 * Every page with a table is checked: each page type, every year and province page, every map.
 */
import { describe, expect, it } from 'vitest';
import { openPage, site } from './support/browser.ts';
import { entriesWithProvince, fullYearResults, publishedEntries } from './support/content.ts';
import { inLang, pagesOfEachType, type Lang } from './support/page-types.ts';

function pagesWithTables(): string[] {
  const years = [
    ...new Set([...publishedEntries().map((e) => e.data.reportYear), ...fullYearResults().map((r) => r.year)]),
  ];
  const provinces = [...new Set(entriesWithProvince().map((e) => e.data.province!))];
  const maps = [...new Set(fullYearResults().map((r) => `map/${r.metric}/${r.year}/`))];
  return [
    ...pagesOfEachType()
      .filter((p) => p.status === 200)
      .map((p) => p.path),
    ...years.map((y) => `years/${y}/`),
    ...provinces.map((s) => `provinces/${s}/`),
    ...maps,
  ];
}

describe.each(['vi', 'en'] as Lang[])('tables at 360 px (%s)', (lang) => {
  it('fit the screen, scroll nowhere and cut no value', async () => {
    const paths = [...new Set(pagesWithTables())];
    // One page navigated from path to path: a context per page would only add time.
    const { page, close } = await openPage(inLang(lang, ''), { viewport: { width: 360, height: 740 } });
    const failures: string[] = [];
    let tables = 0;
    try {
      for (const path of paths) {
        const response = await page.goto(new URL(inLang(lang, path), site().url).href, { waitUntil: 'load' });
        if (response?.status() !== 200) {
          failures.push(`${path}: status ${response?.status()}`);
          continue;
        }
        const report = await page.evaluate(() => {
          const problems: string[] = [];
          const width = document.documentElement.clientWidth;
          const pageWidth = document.scrollingElement!.scrollWidth;
          if (pageWidth > width) problems.push(`the page is ${pageWidth} px wide`);
          const shown = (el: Element) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
          const found = [...document.querySelectorAll('main table')].filter(shown);
          for (const table of found) {
            const name = table.querySelector('caption')?.textContent?.trim().slice(0, 60) ?? 'a table';
            const box = table.getBoundingClientRect();
            if (box.left < -0.5 || box.right > width + 0.5)
              problems.push(`${name}: spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
            for (let el = table.parentElement; el && el.tagName !== 'MAIN'; el = el.parentElement) {
              if (getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
                problems.push(`${name}: scrolls sideways in its box (${el.scrollWidth} > ${el.clientWidth} px)`);
              }
            }
            for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
              if (!shown(cell)) continue;
              const c = cell.getBoundingClientRect();
              const text = cell.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40);
              if (cell.scrollWidth > cell.clientWidth + 1)
                problems.push(`${name}: “${text}” overflows its cell (${cell.scrollWidth} > ${cell.clientWidth} px)`);
              if (c.right > width + 0.5) problems.push(`${name}: “${text}” ends at ${Math.round(c.right)} px`);
            }
          }
          return { problems, tables: found.length };
        });
        tables += report.tables;
        for (const p of report.problems) failures.push(`${path}: ${p}`);
      }
      expect(tables, 'tables checked').toBeGreaterThan(0);
      expect(failures).toEqual([]);
    } finally {
      await close();
    }
  });
});
