/**
 * Charts draw in the browser, and the table that carries each chart's numbers says what the entries say:
 * the ranking tables of a year page (raw values in data-sort-value) and the series tables of a province page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/lib/format/number.ts';
import { metricById } from '../../src/lib/metrics.ts';
import { openPage } from './support/browser.ts';
import { fullYearResults, sameNumber } from './support/content.ts';
import { newest } from './support/page-types.ts';

/** The year whose rankings have the most provinces: the richest year page. */
function rankingYear(): number | undefined {
  const provincesByYearMetric = new Map<string, Set<string>>();
  for (const r of fullYearResults()) {
    const key = `${r.year}|${r.metric}`;
    const set = provincesByYearMetric.get(key) ?? new Set<string>();
    set.add(r.entry.data.province!);
    provincesByYearMetric.set(key, set);
  }
  let best: { year: number; size: number } | undefined;
  for (const [key, set] of provincesByYearMetric) {
    const year = Number(key.split('|')[0]);
    if (!best || set.size > best.size || (set.size === best.size && year > best.year)) best = { year, size: set.size };
  }
  return best?.year;
}

/** Scroll every chart into view and wait until each canvas has painted something. */
async function drawAllCharts(page: Page): Promise<number> {
  const charts = page.locator('figure.chart canvas');
  const count = await charts.count();
  for (let i = 0; i < count; i += 1) {
    const canvas = charts.nth(i);
    await canvas.scrollIntoViewIfNeeded();
    await canvas.evaluate(
      (el: HTMLCanvasElement) =>
        new Promise<void>((resolve) => {
          const painted = () => {
            if (el.width === 0 || el.height === 0) return false;
            const data = el.getContext('2d')?.getImageData(0, 0, el.width, el.height).data;
            if (!data) return false;
            for (let p = 3; p < data.length; p += 4) if (data[p]! > 0) return true;
            return false;
          };
          const check = () => (painted() ? resolve() : requestAnimationFrame(check));
          check();
        }),
    );
  }
  return count;
}

describe('year page charts', () => {
  const year = rankingYear();

  it.each(['vi', 'en'] as const)(
    '%s: every ranking chart draws and its table matches the frontmatter',
    async (lang) => {
      expect(year, 'the content has a full-year result to rank').toBeDefined();
      const { page, problems, close } = await openPage(`${lang === 'en' ? 'en/' : ''}years/${year}/`);
      try {
        const results = fullYearResults().filter((r) => r.year === year);
        const metrics = [...new Set(results.map((r) => r.metric))];
        // Every metric reported by two or more provinces that year is charted.
        for (const metric of metrics) {
          const provinces = new Set(results.filter((r) => r.metric === metric).map((r) => r.entry.data.province));
          if (provinces.size >= 2)
            expect(await page.locator(`figure.chart#rank-${metric}`).count(), `chart of ${metric}`).toBe(1);
        }
        const drawn = await drawAllCharts(page);
        expect(drawn).toBeGreaterThanOrEqual(
          metrics.some(
            (m) => new Set(results.filter((r) => r.metric === m).map((r) => r.entry.data.province)).size >= 2,
          )
            ? 1
            : 0,
        );

        for (const figure of await page.locator('figure.chart[id^="rank-"]').all()) {
          const metric = (await figure.getAttribute('id'))!.slice('rank-'.length);
          // The value column is the first numeric column after the province (text) column.
          const valueColumn = await figure.locator('table thead th').evaluateAll((ths) => {
            const province = ths.findIndex((th) => (th as HTMLElement).dataset.sort === 'text');
            return ths.findIndex((th, i) => i > province && (th as HTMLElement).dataset.sort === 'num');
          });
          expect(valueColumn).toBeGreaterThan(0);
          const rows = await figure.locator('table tbody tr').evaluateAll(
            (trs, column) =>
              trs.map((tr) => {
                const value = (tr.children[column] as HTMLElement | undefined)?.dataset.sortValue;
                const article = tr.querySelector<HTMLAnchorElement>('a[href*="/articles/"]')?.pathname ?? '';
                return {
                  value: value === undefined || value === '' ? null : Number(value),
                  article: article.replace(/\/$/, '').split('/').pop()!,
                };
              }),
            valueColumn,
          );
          const expected = results.filter((r) => r.metric === metric);
          // Each row's value is a figure its article gives for this metric and year (an article whose
          // province is not identified is listed too, unranked).
          const anyArticle = fullYearResults({ includeUnidentified: true }).filter(
            (r) => r.year === year && r.metric === metric,
          );
          for (const row of rows.filter((r) => r.value !== null)) {
            const match = anyArticle.some((r) => r.entry.id === row.article && sameNumber(r.value, row.value!));
            expect(match, `${metric}: ${row.value} from ${row.article}`).toBe(true);
          }
          // Each province that reported the metric has a row.
          const rowArticles = new Set(rows.map((r) => r.article));
          for (const province of new Set(expected.map((r) => r.entry.data.province))) {
            const ids = expected.filter((r) => r.entry.data.province === province).map((r) => r.entry.id);
            expect(
              ids.some((id) => rowArticles.has(id)),
              `${metric}: a row for ${province}`,
            ).toBe(true);
          }
          // The chart plots the ranked values, in the table's order, on one scale.
          const spec = JSON.parse((await figure.locator('digest-chart').getAttribute('data-spec')) ?? '{}') as {
            data: { datasets: { data: (number | null)[] }[] };
          };
          const plotted = spec.data.datasets[0]!.data.filter((v): v is number => v !== null);
          const tableValues = rows
            .map((r) => r.value)
            .filter((v): v is number => v !== null)
            .slice(0, plotted.length);
          expect(plotted.length).toBeGreaterThanOrEqual(2);
          const scale = tableValues[0]! / plotted[0]!;
          plotted.forEach((v, i) =>
            expect(Math.abs(v * scale - tableValues[i]!) / Math.max(1, Math.abs(tableValues[i]!))).toBeLessThan(0.001),
          );
        }
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

describe('province page charts', () => {
  const slug = newest().provinceSlug;

  it.each(['vi', 'en'] as const)(
    '%s: every series chart draws and its table gives the frontmatter figures',
    async (lang) => {
      expect(slug, 'the content has an entry with a province').toBeDefined();
      const { page, problems, close } = await openPage(`${lang === 'en' ? 'en/' : ''}provinces/${slug}/`);
      try {
        await drawAllCharts(page);
        const results = fullYearResults().filter((r) => r.entry.data.province === slug);
        for (const metric of new Set(results.map((r) => r.metric))) {
          const section = page.locator(`#metric-${metric}-heading`).locator('xpath=..');
          expect(await section.count(), `a section for ${metric}`).toBe(1);
          const rows = await section.locator('table tbody tr').evaluateAll((trs) =>
            trs.map((tr) => ({
              year: tr.querySelector('th')?.textContent?.trim() ?? '',
              text: tr.textContent?.replace(/\s+/g, ' ') ?? '',
            })),
          );
          const unit = metricById(metric)!.unit;
          const forMetric = results.filter((x) => x.metric === metric);
          for (const year of new Set(forMetric.map((r) => r.year))) {
            // When several articles give the year's figure, the table shows one of them.
            const shown = forMetric
              .filter((r) => r.year === year)
              .flatMap((r) => [formatAmount(r.value, unit, lang), formatAmount(r.statedValue, unit, lang)]);
            const row = rows.filter((x) => x.year === String(year));
            expect(row.length, `${metric} ${year}: a row`).toBeGreaterThan(0);
            expect(
              row.some((x) => shown.some((s) => x.text.includes(s))),
              `${metric} ${year}: ${shown[0]} in "${row.map((x) => x.text).join(' | ')}"`,
            ).toBe(true);
          }
        }
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
