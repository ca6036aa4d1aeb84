/**
 * The home page and /map/ open on the newest year at least two provinces have reported (one province
 * alone can be neither compared nor ranked), and say so, with a link to the newest year, when that is
 * not the newest year. On the map, every province with a page is a link to it (its shape and its row).
 * Both languages; expectations come from the content.
 */
import { describe, expect, it } from 'vitest';
import { openPage, site } from './support/browser.ts';
import { entriesWithProvince, fullYearResults } from './support/content.ts';
import { inLang, type Lang } from './support/page-types.ts';

/** Newest year with at least two provinces, else the newest; and the newest with its count. */
function expectedYear(provincesByYear: Map<number, Set<string>>) {
  const years = [...provincesByYear.keys()].sort((a, b) => b - a);
  const newest = years[0]!;
  const year = years.find((y) => provincesByYear.get(y)!.size >= 2) ?? newest;
  return { year, newest, newestCount: provincesByYear.get(newest)!.size };
}

function homeExpectation() {
  const byYear = new Map<number, Set<string>>();
  for (const e of entriesWithProvince()) {
    const set = byYear.get(e.data.reportYear) ?? new Set<string>();
    set.add(e.data.province!);
    byYear.set(e.data.reportYear, set);
  }
  return expectedYear(byYear);
}

function mapExpectation() {
  const byYear = new Map<number, Set<string>>();
  for (const r of fullYearResults().filter((x) => x.metric === 'total_revenue')) {
    const set = byYear.get(r.year) ?? new Set<string>();
    set.add(r.entry.data.province!);
    byYear.set(r.year, set);
  }
  return expectedYear(byYear);
}

describe.each(['vi', 'en'] as Lang[])('opening year (%s)', (lang) => {
  it('the home page opens on the newest year two provinces have reported, and says why', async () => {
    const want = homeExpectation();
    const { page, problems, close } = await openPage(inLang(lang, ''));
    try {
      expect(await page.locator('#glance').innerText()).toContain(String(want.year));
      const note = page.locator('#glance ~ .year-passed-over');
      if (want.year === want.newest) {
        expect(await note.count()).toBe(0);
      } else {
        const text = await note.innerText();
        expect(text).toContain(String(want.newest));
        expect(text).toContain(` ${want.newestCount} `);
        expect(await note.locator('a').getAttribute('href')).toMatch(new RegExp(`/years/${want.newest}/$`));
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('/map/ opens on the newest year two provinces have revenue for, and says why', async () => {
    const want = mapExpectation();
    const { page, problems, close } = await openPage(inLang(lang, 'map/'));
    try {
      expect(await page.locator('h1').innerText()).toContain(`, ${want.year}`);
      const note = page.locator('.year-passed-over');
      if (want.year === want.newest) expect(await note.count()).toBe(0);
      else {
        expect(await note.innerText()).toContain(String(want.newest));
        expect(await note.locator('a').getAttribute('href')).toMatch(new RegExp(`/map/total_revenue/${want.newest}/$`));
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('map provinces with a page link to it, from the shape and from the table', async () => {
    const maps = [...new Set(fullYearResults().map((r) => `map/${r.metric}/${r.year}/`))];
    const { page, close } = await openPage(inLang(lang, 'map/'));
    const wrong: string[] = [];
    const targets = new Set<string>();
    try {
      for (const path of ['map/', ...maps]) {
        await page.goto(new URL(inLang(lang, path), site().url).href);
        const shapes = await page
          .locator('svg.choropleth-svg .areas a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        const rows = await page
          .locator('.map-table tbody tr[data-code] th')
          .evaluateAll((ths) =>
            ths.map((th) => ({ name: th.textContent?.trim(), href: th.querySelector('a')?.getAttribute('href') })),
          );
        for (const href of shapes) {
          targets.add(href);
          if (!/\/provinces\/[^/]+\/$/.test(href)) wrong.push(`${path}: a shape links to ${href}`);
          if (lang === 'en' && !href.includes('/en/')) wrong.push(`${path}: ${href} is not the English page`);
        }
        // A province with a value has an entry, hence a page.
        for (const r of rows) if (!r.href) wrong.push(`${path}: row ${r.name} is no link`);
        if (shapes.length < rows.length) wrong.push(`${path}: ${shapes.length} shape links for ${rows.length} rows`);
      }
      expect(targets.size).toBeGreaterThan(0);
      // Every link leads to a province page that exists.
      for (const href of targets) {
        const response = await page.goto(new URL(href, site().url).href);
        if (response?.status() !== 200) wrong.push(`${href}: status ${response?.status()}`);
      }
      expect(wrong).toEqual([]);
    } finally {
      await close();
    }
  });
});
