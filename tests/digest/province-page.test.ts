import { describe, expect, it } from 'vitest';
import { provincePage, provinceSummaries, provincesWithoutPages } from '../../src/lib/digest/province-page.ts';
import { allUnits } from '../../src/lib/provinces.ts';
import { fixtureDigest } from './fixture-digest.ts';

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

describe('province pages on the fixtures', () => {
  const digest = fixtureDigest();

  it('shows Bắc Ninh’s partial roll-up: Bắc Giang reported 2019 revenue, the old Bắc Ninh did not', () => {
    const page = provincePage(digest, 'bac-ninh');
    const revenue = page.series.find((s) => s.metric === 'total_revenue')!;
    expect(revenue.combined).toHaveLength(1);
    expect(revenue.combined[0]!.year).toBe(2019);
    expect(revenue.combined[0]!.rollUp.total).toBeNull();
    expect(revenue.combined[0]!.rollUp.parts.find((p) => p.unit.slug === 'bac-giang')?.value).toBe(287e9);
  });

  it('gives a province with one year no chart but its cards', () => {
    const page = provincePage(digest, 'nghe-an');
    expect(page.series.every((s) => !s.chartable)).toBe(true);
    expect(page.latest?.cards.map((c) => c.row.metric)).toEqual(['total_revenue']);
  });

  it('charts Sơn La’s payouts across 2019 and 2023', () => {
    const payouts = provincePage(digest, 'son-la').series.find((s) => s.metric === 'payouts')!;
    expect(payouts.chartable).toBe(true);
    expect(payouts.years).toEqual([2019, 2023]);
    expect(payouts.territories).toHaveLength(1);
  });

  it('summarises each page for the index, sorted the Vietnamese way', () => {
    const list = provinceSummaries(digest, new Intl.Collator('vi'));
    const names = list.map((s) => s.unit.name);
    expect(names.indexOf('Bắc Giang')).toBeLessThan(names.indexOf('Nghệ An'));
    expect(list.find((s) => s.slug === 'lang-son')).toMatchObject({ years: [2015, 2023, 2024], articles: 3 });
  });

  it('names, for the index, every province without a page: today’s units and the former ones, once each', () => {
    const collator = new Intl.Collator('vi');
    const { current, former } = provincesWithoutPages(digest, collator);
    const pages = new Set(digest.provinceSlugs);
    expect(current.every((u) => u.validUntil === null && !pages.has(u.slug))).toBe(true);
    expect(former.every((u) => u.validUntil !== null && !pages.has(u.slug))).toBe(true);
    // Every slug the registry knows is either a page or listed: a reader's province is always named.
    const named = new Set([...pages, ...current.map((u) => u.slug), ...former.map((u) => u.slug)]);
    expect(allUnits.filter((u) => !named.has(u.slug))).toEqual([]);
    expect(new Set(former.map((u) => u.slug)).size).toBe(former.length);
    expect(current.map((u) => u.name)).toEqual([...current.map((u) => u.name)].sort(collator.compare));
    expect(former.map((u) => u.name)).toContain('Đắk Nông');
  });
});

describe('provinceSummaries', () => {
  const list = provinceSummaries(fixtureDigest(), new Intl.Collator('vi'));
  const note = (slug: string) => list.find((s) => s.slug === slug)!.note;

  it('notes the reform beside a name: Bắc Giang went into Bắc Ninh, the new Bắc Ninh came from both', () => {
    expect(note('bac-giang')).toMatchObject({ kind: 'merged-into', into: { slug: 'bac-ninh' } });
    expect(note('bac-ninh')).toMatchObject({ kind: 'formed-from' });
    expect(note('son-la')).toBeNull();
  });
});
