/**
 * The map pages: a static SVG that shows without JavaScript, with Hoàng Sa and Trường Sa, a title per
 * province, a legend whose counts add up, and a table whose numbers are the entries' own.
 */
import { describe, expect, it } from 'vitest';
import { metricById } from '../../src/lib/metrics.ts';
import { referenceDate, unitOn } from '../../src/lib/provinces.ts';
import { openPage } from './support/browser.ts';
import { entriesWithProvince } from './support/content.ts';

/** The era of the map a year is drawn on: years before the 1 July 2025 reform use the 63-province map. */
const eraOf = (year: number) => (year <= 2024 ? '63' : '34');

/**
 * From the frontmatter: for each metric and year, the values each province reported for itself in the
 * era of that year's map (a figure given by a province of the other era is not required on the map).
 */
function expectedFromContent() {
  const expected = new Map<string, Map<string, Set<number>>>();
  for (const entry of entriesWithProvince()) {
    const unit = unitOn(entry.data.province!, referenceDate(entry.data.eventDate, entry.data.reportYear)!);
    if (!unit) continue;
    for (const figure of entry.data.kpis) {
      if (figure.value === null || figure.period !== 'year' || eraOf(figure.year) !== unit.era) continue;
      const metric = metricById(figure.metric)!;
      const values = [figure.value];
      if (figure.unit !== metric.unit) values.push(figure.value * 12, figure.value / 12);
      const key = `${figure.metric}/${figure.year}`;
      const byCode = expected.get(key) ?? new Map<string, Set<number>>();
      const set = byCode.get(unit.code) ?? new Set<number>();
      for (const v of values) set.add(v);
      byCode.set(unit.code, set);
      expected.set(key, byCode);
    }
  }
  return expected;
}

describe('map pages', () => {
  const expected = expectedFromContent();

  it('/map/ links to a map for every metric and year the entries report', async () => {
    const { page, problems, close } = await openPage('map/');
    try {
      const hrefs = await page.locator('main a[href*="/map/"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      const linked = new Set(hrefs.map((h) => h.replace(/^.*\/map\//, '').replace(/\/$/, '')));
      for (const key of expected.keys()) expect(linked, `a link to /map/${key}/`).toContain(key);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each([...expectedFromContent().keys()].flatMap((key) => [['vi', key] as const, ['en', key] as const]))(
    '%s map %s: every province is drawn, with its value in the table and on the map',
    async (lang, key) => {
      const [metric, yearText] = key.split('/') as [string, string];
      const { page, response, problems, close } = await openPage(`${lang === 'en' ? 'en/' : ''}map/${metric}/${yearText}/`, { javaScriptEnabled: false });
      try {
        expect(response?.status()).toBe(200);
        const svg = page.locator('main svg[role="img"]').first();
        expect(await svg.isVisible()).toBe(true);
        expect(await svg.getAttribute('data-era')).toBe(eraOf(Number(yearText)));
        // The accessible name is not empty.
        const labelledBy = (await svg.getAttribute('aria-labelledby')) ?? '';
        const name = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), labelledBy);
        expect(name.trim().length).toBeGreaterThan(10);

        const areas = svg.locator('path[data-code]');
        expect(await areas.count()).toBe(eraOf(Number(yearText)) === '63' ? 63 : 34);
        const titles = await areas.evaluateAll((paths) => paths.map((p) => p.querySelector('title')?.textContent ?? ''));
        expect(titles.every((t) => t.includes(':'))).toBe(true);

        // Hoàng Sa and Trường Sa are drawn and labelled.
        const svgText = await svg.evaluate((el) => el.textContent ?? '');
        expect(svgText).toContain('Hoàng Sa');
        expect(svgText).toContain('Trường Sa');
        expect(await svg.locator('[data-region="hoang-sa"] rect').count()).toBe(1);
        expect(await svg.locator('[data-region="truong-sa"] rect').count()).toBe(1);

        // Table rows against the frontmatter.
        const rows = await page.locator('main table tbody tr[data-code]').evaluateAll((trs) =>
          trs.map((tr) => ({ code: tr.getAttribute('data-code')!, value: Number(tr.getAttribute('data-value')) })),
        );
        const byCode = expected.get(key)!;
        for (const [code, values] of byCode) {
          const row = rows.find((r) => r.code === code);
          expect(row, `a table row for province code ${code}`).toBeDefined();
          expect([...values].some((v) => Math.abs(v - row!.value) < 1e-6 * Math.max(1, Math.abs(v))), `value of ${code}`).toBe(true);
        }
        // Each row's province is coloured on the map with the same value; the others are "no data".
        const drawn = await areas.evaluateAll((paths) =>
          paths.map((p) => ({ code: p.getAttribute('data-code')!, value: p.getAttribute('data-value'), fill: p.getAttribute('fill') ?? '' })),
        );
        for (const area of drawn) {
          const row = rows.find((r) => r.code === area.code);
          if (row) {
            expect(Number(area.value)).toBe(row.value);
            expect(area.fill).toMatch(/^#[0-9a-f]{6}$/i);
          } else {
            expect(area.value).toBeNull();
            expect(area.fill).toMatch(/^url\(#/);
          }
        }
        // The legend's counts add up to the provinces drawn.
        const counts = await page.locator('main .choropleth-legend li').evaluateAll((lis) => lis.map((li) => Number(/\((\d+)\)\s*$/.exec(li.textContent ?? '')?.[1])));
        expect(counts.reduce((a, b) => a + b, 0)).toBe(drawn.length);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
