import { describe, expect, it } from 'vitest';
import { changeAgainst } from '../../src/lib/digest/change.ts';
import { planAttainment } from '../../src/lib/digest/plan.ts';
import { provincePage } from '../../src/lib/digest/province-page.ts';
import type { FigureRow } from '../../src/lib/digest/types.ts';
import { fixtureDigest } from './fixture-digest.ts';

function fig(
  year: number,
  value: number | null,
  extra: Partial<FigureRow['figure']> = {},
  row: Partial<FigureRow> = {},
): FigureRow {
  const figure = {
    metric: 'total_revenue',
    value,
    unit: 'VND' as const,
    qualifier: 'exact' as const,
    estimated: false,
    year,
    period: 'year' as const,
    quote: 'q',
    ...extra,
  };
  return {
    entryId: `e${year}`,
    kind: 'result',
    index: 0,
    figure,
    province: 'lang-son',
    unitKey: '63:20',
    territoryKey: '63:20',
    metric: 'total_revenue',
    year,
    period: figure.period,
    value,
    unit: 'VND',
    converted: false,
    eventDate: null,
    sortKey: `${year}`,
    ...row,
  };
}

describe('changeAgainst (year over year)', () => {
  it('prefers the change the article states', () => {
    expect(changeAgainst(fig(2023, 110, { changePercent: 21 }), fig(2022, 100))).toEqual({
      percent: 21,
      source: 'stated',
    });
  });

  it('computes the change from last year’s figure: 100 → 110 is +10%', () => {
    const c = changeAgainst(fig(2023, 110), fig(2022, 100));
    expect(c?.percent).toBe(10);
    expect(c?.source).toBe('computed');
  });

  it('computes a fall against a loss as a share of the loss’s size: −200 → −100 is +50%', () => {
    expect(changeAgainst(fig(2023, -100), fig(2022, -200))?.percent).toBe(50);
  });

  it('calls a computed change "about" when either figure was hedged', () => {
    expect(changeAgainst(fig(2023, 110, { qualifier: 'over' }), fig(2022, 100))?.qualifier).toBe('about');
  });

  it('gives nothing without last year, without a value, or across periods', () => {
    expect(changeAgainst(fig(2023, 110), undefined)).toBeNull();
    expect(changeAgainst(fig(2023, null, { planPercent: 43 }), fig(2022, 100))).toBeNull();
    expect(changeAgainst(fig(2023, 110, { period: 'H1' }, { period: 'H1' }), fig(2022, 100))).toBeNull();
    expect(changeAgainst(fig(2023, 110), fig(2021, 100))).toBeNull();
  });
});

describe('planAttainment', () => {
  const target = (year: number, value: number | null, q: 'exact' | 'over' = 'exact') =>
    fig(year, value, { qualifier: q }, { kind: 'target' });

  it('prefers the percentage the article states, with its hedge', () => {
    expect(planAttainment(fig(2023, 138, { planPercent: 101, planQualifier: 'over' }), target(2023, 100))).toEqual({
      percent: 101,
      source: 'stated',
      qualifier: 'over',
    });
  });

  it('computes result ÷ target: 140 against 133.643 is 104.8%', () => {
    const p = planAttainment(fig(2024, 140e9), target(2024, 133.643e9));
    expect(p?.percent).toBe(104.8);
    expect(p?.source).toBe('computed');
  });

  it('never computes attainment for a part of the year', () => {
    expect(planAttainment(fig(2022, 50, { period: 'H1' }, { period: 'H1' }), target(2022, 100))).toBeNull();
  });

  it('needs a target of the same year with a value', () => {
    expect(planAttainment(fig(2024, 140), target(2025, 100))).toBeNull();
    expect(planAttainment(fig(2024, 140), target(2024, null))).toBeNull();
    expect(planAttainment(fig(2024, 140), undefined)).toBeNull();
  });
});

describe('province cards on the fixtures', () => {
  const digest = fixtureDigest();

  it('compares Lạng Sơn 2024 with its 2024 target and its 2023 result', () => {
    const page = provincePage(digest, 'lang-son');
    expect(page.latest?.year).toBe(2024);
    const revenue = page.latest!.cards.find((c) => c.row.metric === 'total_revenue')!;
    // 140 tỷ against the 133,643 tỷ target set in December 2023: 104.8%.
    expect(revenue.plan).toMatchObject({ percent: 104.8, source: 'computed' });
    // 138 tỷ ("trên", estimated) in 2023 → 140 tỷ: +1.4%, hedged because 2023 was "over".
    expect(revenue.change).toMatchObject({ percent: 1.4, source: 'computed', qualifier: 'about' });
    // The 2025 target set at the same conference.
    expect(revenue.nextTarget?.value).toBe(145e9);
  });

  it('shows Vĩnh Long’s six-month percentages without a value', () => {
    const page = provincePage(digest, 'vinh-long');
    const revenue = page.latest!.cards.find((c) => c.row.metric === 'total_revenue')!;
    expect(revenue.row.value).toBeNull();
    expect(revenue.row.period).toBe('H1');
    expect(revenue.plan).toMatchObject({ percent: 43, source: 'stated' });
    expect(revenue.change).toMatchObject({ percent: 18, source: 'stated' });
  });

  it('converts per-month wages to the metric’s per-month unit and per-year productivity stays per year', () => {
    const page = provincePage(digest, 'son-la');
    const productivity = page.latest!.cards.find((c) => c.row.metric === 'labor_productivity')!;
    expect(productivity.row).toMatchObject({ value: 169e6, unit: 'VND/person/year', converted: false });
  });
});
