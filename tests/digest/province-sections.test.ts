import { describe, expect, it } from 'vitest';
import type { KpiCardData, MetricSeries, SeriesPoint } from '../../src/lib/digest/province-page.ts';
import { provincePage } from '../../src/lib/digest/province-page.ts';
import {
  cardLead,
  partYearFigures,
  provinceSections,
  seriesUseComputedFigures,
  sharedPartOfYear,
} from '../../src/lib/digest/province-sections.ts';
import type { FigureRow, Period } from '../../src/lib/digest/types.ts';
import { fig } from './figure-row.ts';
import { fixtureDigest } from './fixture-digest.ts';

const part = (year: number, period: Period, row: Partial<FigureRow> = {}): FigureRow =>
  fig(year, 1e9, { period }, { period, ...row });
const card = (row: FigureRow): KpiCardData => ({ row, change: null, plan: null });
const series = (partial: FigureRow[], points: SeriesPoint[] = []): MetricSeries => ({
  metric: partial[0]?.metric ?? 'total_revenue',
  unit: 'VND',
  years: [],
  territories: [],
  points,
  partial,
  combined: [],
  chartable: false,
});
const point = (change: SeriesPoint['change'], plan: SeriesPoint['plan']): SeriesPoint => ({
  year: 2023,
  territoryKey: '63:20',
  change,
  plan,
});

describe('sharedPartOfYear', () => {
  it('names the part of the year when every card is for it', () => {
    expect(sharedPartOfYear([card(part(2022, 'H1')), card(part(2022, 'H1', { metric: 'salary_revenue' }))])).toBe('H1');
  });

  it('names none when the cards mix periods, are for the whole year, or are missing', () => {
    expect(sharedPartOfYear([card(part(2022, 'H1')), card(part(2022, '9M'))])).toBeNull();
    expect(sharedPartOfYear([card(part(2022, 'H1')), card(fig(2022, 5e9))])).toBeNull();
    expect(sharedPartOfYear([card(fig(2022, 5e9))])).toBeNull();
    expect(sharedPartOfYear([])).toBeNull();
  });
});

describe('seriesUseComputedFigures', () => {
  it('is true when any point has a computed change or a computed share of plan', () => {
    expect(seriesUseComputedFigures([series([], [point({ percent: 10, source: 'computed' }, null)])])).toBe(true);
    expect(
      seriesUseComputedFigures([series([]), series([], [point(null, { percent: 104, source: 'computed' })])]),
    ).toBe(true);
  });

  it('is false when every change and share is as the article stated it, or there is none', () => {
    expect(
      seriesUseComputedFigures([
        series([], [point({ percent: 21, source: 'stated' }, { percent: 102, source: 'stated' })]),
      ]),
    ).toBe(false);
    expect(seriesUseComputedFigures([series([], [point(null, null)])])).toBe(false);
    expect(seriesUseComputedFigures([])).toBe(false);
  });
});

describe('partYearFigures', () => {
  it('lists every metric’s part-year figures together, by metric order then year, less those shown as cards', () => {
    const salary2021 = part(2021, 'H1', { metric: 'salary_revenue', entryId: 'a' });
    const salary2020 = part(2020, '9M', { metric: 'salary_revenue', entryId: 'b' });
    const revenue2021 = part(2021, 'H1', { entryId: 'c' });
    const revenue2022 = part(2022, 'H1', { entryId: 'd' });
    const rows = partYearFigures(
      [series([salary2021, salary2020]), series([revenue2022, revenue2021])],
      [
        // The card's row is a copy: rows are the same figure when entry, kind and index are.
        card({ ...revenue2022 }),
      ],
    );
    // Total revenue comes before salary revenue in the catalogue; 2022's revenue is a card already.
    expect(rows).toEqual([revenue2021, salary2020, salary2021]);
  });

  it('keeps a figure of the same entry that is not the card’s (another index or kind)', () => {
    const first = part(2022, 'H1', { entryId: 'e', index: 0 });
    const second = part(2022, 'H1', { entryId: 'e', index: 1 });
    expect(partYearFigures([series([first, second])], [card(first)])).toEqual([second]);
  });
});

describe('provinceSections on the fixtures', () => {
  const digest = fixtureDigest();

  it('heads Vĩnh Long’s cards with the first half, and lists nothing twice', () => {
    // Its one conference is a mid-year review: two first-half results, both cards, no full-year figure.
    const sections = provinceSections(provincePage(digest, 'vinh-long'));
    expect(sections.cards.map((c) => c.row.metric)).toEqual(['total_revenue', 'salary_revenue']);
    expect(sections.cardsPeriod).toBe('H1');
    expect(sections.partial).toEqual([]);
    expect(sections.tabled).toEqual([]);
    expect(sections.note).toBeNull();
    expect(sections.computed).toBe(false);
  });

  it('gives Lạng Sơn’s full-year cards no period, tables its revenue and needs the computed footnote', () => {
    // 2024's share of plan is computed from the 2024 target (140 against 133,643 tỷ).
    const sections = provinceSections(provincePage(digest, 'lang-son'));
    expect(sections.cardsPeriod).toBeNull();
    expect(sections.tabled.map((s) => s.metric)).toContain('total_revenue');
    expect(sections.computed).toBe(true);
  });
});

describe('cardLead', () => {
  const stated = { percent: 43, source: 'stated' } as const;

  it('leads with the value when there is one, even beside stated percentages', () => {
    expect(cardLead({ row: fig(2023, 101e9), change: stated, plan: stated })).toBe('value');
  });

  it('leads a percentage-only figure with its share of plan, else its change', () => {
    const row = part(2022, 'H1', { value: null });
    expect(cardLead({ row, change: stated, plan: stated })).toBe('plan');
    expect(cardLead({ row, change: stated, plan: null })).toBe('change');
    expect(cardLead({ row, change: null, plan: null })).toBe('value');
  });
});
