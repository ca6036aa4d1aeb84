/**
 * The map pages: a static SVG that shows without JavaScript, with Hoàng Sa and Trường Sa, a title per
 * province, a legend whose counts add up, and a table whose numbers are the entries' own.
 */
import { describe, expect, it } from 'vitest';
import { metricById } from '../../src/lib/metrics.ts';
import { referenceDate, unitOn } from '../../src/lib/provinces.ts';
import { openPage, site } from './support/browser.ts';
import { entriesWithProvince, sameNumber } from './support/content.ts';

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
      const hrefs = await page
        .locator('main a[href*="/map/"]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      const linked = new Set(hrefs.map((h) => h.replace(/^.*\/map\//, '').replace(/\/$/, '')));
      for (const key of expected.keys()) expect(linked, `a link to /map/${key}/`).toContain(key);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(['vi', 'en'] as const)(
    '%s: every map page draws every province, without JavaScript, with the entries’ values',
    async (lang) => {
      const keys = [...expected.keys()];
      expect(keys.length, 'the content has full-year results to map').toBeGreaterThan(0);
      // One page, navigated from map to map: a fresh context per map would only add time.
      const { page, close } = await openPage(`${lang === 'en' ? 'en/' : ''}map/`, { javaScriptEnabled: false });
      const failures: string[] = [];
      try {
        for (const key of keys) {
          const [metric, yearText] = key.split('/') as [string, string];
          const era = eraOf(Number(yearText));
          const response = await page.goto(
            new URL(`${lang === 'en' ? 'en/' : ''}map/${metric}/${yearText}/`, site().url).href,
          );
          const fail = (message: string) => failures.push(`${lang} map/${key}/: ${message}`);
          if (response?.status() !== 200) {
            fail(`status ${response?.status()}`);
            continue;
          }
          const shown = await page.evaluate(() => {
            const svg = document.querySelector<SVGSVGElement>('main svg.choropleth-svg');
            if (!svg) return null;
            const box = svg.getBoundingClientRect();
            const name = (svg.getAttribute('aria-labelledby') ?? '')
              .split(' ')
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ');
            const areas = [...svg.querySelectorAll('path[data-code]')].map((p) => ({
              code: p.getAttribute('data-code')!,
              value: p.getAttribute('data-value'),
              fill: p.getAttribute('fill') ?? '',
              title: p.querySelector('title')?.textContent ?? '',
            }));
            const rows = [...document.querySelectorAll('main table tbody tr[data-code]')].map((tr) => ({
              code: tr.getAttribute('data-code')!,
              value: Number(tr.getAttribute('data-value')),
            }));
            const legend = [...document.querySelectorAll('main .choropleth-legend li')].map((li) =>
              Number(/\((\d+)\)\s*$/.exec(li.textContent ?? '')?.[1]),
            );
            return {
              visible: box.width > 100 && box.height > 100,
              era: svg.getAttribute('data-era'),
              name,
              text: svg.textContent ?? '',
              frames: [...svg.querySelectorAll('[data-region] rect')].map((r) =>
                r.parentElement!.getAttribute('data-region'),
              ),
              areas,
              rows,
              legend,
            };
          });
          if (!shown) {
            fail('no map');
            continue;
          }
          if (!shown.visible) fail('the map is not shown without JavaScript');
          if (shown.era !== era) fail(`drawn on the ${shown.era} map, expected the ${era} map`);
          if (shown.name.trim().length < 10) fail(`accessible name "${shown.name}"`);
          if (shown.areas.length !== (era === '63' ? 63 : 34)) fail(`${shown.areas.length} provinces drawn`);
          if (!shown.areas.every((a) => a.title.includes(':'))) fail('a province without a title');
          for (const place of ['Hoàng Sa', 'Trường Sa']) if (!shown.text.includes(place)) fail(`no label ${place}`);
          if (shown.frames.sort().join() !== 'hoang-sa,truong-sa') fail(`archipelago frames: ${shown.frames.join()}`);
          // Table rows against the frontmatter.
          for (const [code, values] of expected.get(key)!) {
            const row = shown.rows.find((r) => r.code === code);
            if (!row) fail(`no table row for province code ${code}`);
            else if (![...values].some((v) => sameNumber(v, row.value)))
              fail(`province ${code}: ${row.value} is not one of ${[...values].join(', ')}`);
          }
          // Each row's province is coloured with the same value; every other province is hatched "no data".
          for (const area of shown.areas) {
            const row = shown.rows.find((r) => r.code === area.code);
            if (row && (Number(area.value) !== row.value || !/^#[0-9a-f]{6}$/i.test(area.fill)))
              fail(`province ${area.code} coloured ${area.fill} with ${area.value}, table says ${row.value}`);
            if (!row && (area.value !== null || !area.fill.startsWith('url(#')))
              fail(`province ${area.code} has no row but is coloured ${area.fill}`);
          }
          const legendTotal = shown.legend.reduce((a, b) => a + b, 0);
          if (legendTotal !== shown.areas.length)
            fail(`legend counts add up to ${legendTotal}, not ${shown.areas.length}`);
        }
        expect(failures).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
