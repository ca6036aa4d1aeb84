import { describe, expect, it } from 'vitest';
import { combinedQualifier, lineageFacts, rollUp, territoryKey, unitForEntry } from '../../src/lib/digest/lineage.ts';
import { provincePage, provinceSummaries, provincesWithoutPages } from '../../src/lib/digest/province-page.ts';
import { allUnits, unitOn, unitsWithSlug } from '../../src/lib/provinces.ts';
import { fixtureDigest } from './fixture-digest.ts';

describe('territoryKey', () => {
  it('keeps a province the reform left unchanged as one territory (Sơn La before and after)', () => {
    const before = unitOn('son-la', '2019-12-19')!;
    const after = unitOn('son-la', '2026-01-01')!;
    expect(territoryKey(after)).toBe(territoryKey(before));
  });

  it('splits a reused slug that names a larger territory after the merger (Bắc Ninh)', () => {
    const before = unitOn('bac-ninh', '2024-12-01')!;
    const after = unitOn('bac-ninh', '2026-01-20')!;
    expect(territoryKey(after)).not.toBe(territoryKey(before));
  });

  it('follows a rename: Thừa Thiên Huế, Huế city and the post-reform Huế are one territory', () => {
    const keys = [
      unitOn('thua-thien-hue', '2024-06-01')!,
      unitOn('hue', '2025-03-01')!,
      unitOn('hue', '2026-01-01')!,
    ].map(territoryKey);
    expect(new Set(keys).size).toBe(1);
  });
});

describe('unitForEntry', () => {
  it('places a dated entry on the unit in force that day', () => {
    expect(unitForEntry('bac-ninh', '2026-01-20', 2025, 'year-end')?.era).toBe('34');
    expect(unitForEntry('bac-ninh', '2024-12-20', 2024, 'year-end')?.era).toBe('63');
  });

  it('places an undated year-end conference at the end of its year', () => {
    expect(unitForEntry('bac-ninh', null, 2025, 'year-end')?.era).toBe('34');
    expect(unitForEntry('bac-ninh', null, 2025, 'mid-year')?.era).toBe('63');
  });
});

describe('lineageFacts', () => {
  it('says Bắc Giang merged into Bắc Ninh on 1 July 2025', () => {
    const facts = lineageFacts('bac-giang');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ kind: 'merged-into', date: '2025-07-01' });
    if (facts[0]!.kind !== 'merged-into') throw new Error('unexpected');
    expect(facts[0]!.into.slug).toBe('bac-ninh');
    expect(facts[0]!.partners.map((p) => p.slug)).toEqual(['bac-ninh']);
  });

  it('says the new Bắc Ninh was formed from Bắc Giang and the old Bắc Ninh (and the old one merged into it)', () => {
    const facts = lineageFacts('bac-ninh');
    const formed = facts.find((f) => f.kind === 'formed-from');
    expect(formed && formed.kind === 'formed-from' && formed.from.map((u) => u.slug).sort()).toEqual([
      'bac-giang',
      'bac-ninh',
    ]);
    expect(facts.some((f) => f.kind === 'merged-into')).toBe(true);
  });

  it('says nothing for a province the reform did not change', () => {
    expect(lineageFacts('son-la')).toEqual([]);
  });
});

describe('rollUp', () => {
  const [a, b] = unitsWithSlug('bac-giang').concat(unitsWithSlug('bac-ninh'));

  it('adds the parts when every predecessor reported', () => {
    const r = rollUp([
      { unit: a!, value: 287e9, qualifier: 'over', estimated: false },
      { unit: b!, value: 200e9, qualifier: 'exact', estimated: true },
    ]);
    expect(r).toMatchObject({ total: 487e9, qualifier: 'over', estimated: true });
  });

  it('gives no total when a predecessor is missing', () => {
    expect(
      rollUp([
        { unit: a!, value: 287e9, qualifier: 'exact', estimated: false },
        { unit: b!, value: undefined, qualifier: 'exact', estimated: false },
      ]).total,
    ).toBeNull();
  });

  it('combines hedges: over+exact → over, nearly+under → under, over+nearly → about', () => {
    expect(combinedQualifier(['over', 'exact'])).toBe('over');
    expect(combinedQualifier(['nearly', 'under'])).toBe('under');
    expect(combinedQualifier(['over', 'nearly'])).toBe('about');
    expect(combinedQualifier(['exact', 'exact'])).toBe('exact');
  });
});

describe('province pages on the fixtures', () => {
  const digest = fixtureDigest();

  it('gives pages to provinces with entries and to their merger relatives, never to an unidentified entry', () => {
    // bac-ninh has its own entry; son-la's successor keeps its slug; no page is made for null.
    expect(digest.provinceSlugs).toEqual(
      expect.arrayContaining(['bac-giang', 'bac-ninh', 'son-la', 'vinh-long', 'nghe-an']),
    );
    expect(digest.provinceSlugs).not.toContain('dong-thap'); // its only entry is a draft
    expect(digest.unassigned.map((e) => e.id)).toEqual(['2021-01-08-doanh-thu-nam-2020-uoc-dat-hon-233-ty-dong']);
  });

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
