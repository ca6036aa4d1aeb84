import { describe, expect, it } from 'vitest';
import {
  absorbedUnits,
  combinedQualifier,
  factsToTell,
  lineageFacts,
  mainFact,
  rollUp,
  territoryKey,
  unitForEntry,
} from '../../src/lib/digest/lineage.ts';
import { unitOn, unitsWithSlug } from '../../src/lib/provinces.ts';

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

describe('absorbedUnits', () => {
  it('lists the absorbed provinces in Vietnamese alphabetical order', () => {
    expect(absorbedUnits(unitOn('quang-ngai', '2026-01-01')!).map((u) => u.name)).toEqual(['Kon Tum', 'Quảng Ngãi']);
    expect(absorbedUnits(unitOn('vinh-long', '2026-01-01')!).map((u) => u.name)).toEqual([
      'Bến Tre',
      'Trà Vinh',
      'Vĩnh Long',
    ]);
  });
});

describe('factsToTell', () => {
  it('leaves out, on the new Bắc Ninh’s page, that the old Bắc Ninh merged into it: “formed from” says so', () => {
    expect(factsToTell(lineageFacts('bac-ninh'), 'bac-ninh').map((f) => f.kind)).toEqual(['formed-from']);
  });

  it('tells Bắc Giang’s page that it merged into Bắc Ninh', () => {
    expect(factsToTell(lineageFacts('bac-giang'), 'bac-giang').map((f) => f.kind)).toEqual(['merged-into']);
  });
});

describe('mainFact', () => {
  it('notes what a province merged into, with the date', () => {
    const fact = mainFact(lineageFacts('bac-giang'), 'bac-giang');
    expect(fact?.kind).toBe('merged-into');
    expect(fact?.kind === 'merged-into' && [fact.into.name, fact.date]).toEqual(['Bắc Ninh', '2025-07-01']);
  });

  it('notes what a new unit was formed from, not that its own old unit merged into it', () => {
    const fact = mainFact(lineageFacts('bac-ninh'), 'bac-ninh');
    expect(fact?.kind === 'formed-from' && fact.from.map((u) => u.name)).toEqual(['Bắc Giang', 'Bắc Ninh']);
  });

  it('prefers the merger to the formation when a slug has both, and notes nothing else', () => {
    const [merged] = lineageFacts('bac-giang');
    const formed = lineageFacts('bac-ninh').find((f) => f.kind === 'formed-from')!;
    expect(mainFact([formed, merged!], 'bac-giang')).toBe(merged);
    expect(mainFact(lineageFacts('son-la'), 'son-la')).toBeNull();
    // Huế's upgrade is a renaming: the index has no arrow for it.
    expect(mainFact(lineageFacts('thua-thien-hue'), 'thua-thien-hue')).toBeNull();
  });
});
