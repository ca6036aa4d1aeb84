/** The province registry against what the reform says: 63 provinces before 2025-07-01, 34 after. */
import { describe, expect, it } from 'vitest';
import {
  MERGER_DATE,
  allUnits,
  districtsNamed,
  isUnchangedByMerger,
  predecessorsOf,
  resolveOn,
  successorOf,
  unitOn,
  unitsWithSlug,
} from '../src/lib/provinces.ts';

const onDay = (date: string) =>
  allUnits.filter(
    (u) => (u.validFrom === null || u.validFrom <= date) && (u.validUntil === null || date <= u.validUntil),
  );

describe('province registry', () => {
  it('has 63 provinces on any day before the merger and 34 from it', () => {
    expect(onDay('2019-06-01')).toHaveLength(63);
    expect(onDay('2025-03-01')).toHaveLength(63);
    expect(onDay(MERGER_DATE)).toHaveLength(34);
    expect(onDay('2026-11-23')).toHaveLength(34);
  });
  it('gives every pre-2025 province exactly one successor, and every new one its predecessors', () => {
    const old = onDay('2025-06-30');
    for (const u of old) expect(successorOf(u)?.validFrom).toBe(MERGER_DATE);
    const absorbed = onDay(MERGER_DATE).flatMap((u) => predecessorsOf(u).map((p) => p.key));
    expect(new Set(absorbed).size).toBe(63);
    expect(absorbed).toHaveLength(63);
  });
  it('keeps slugs apart by date where the reform reused them', () => {
    expect(unitOn('bac-ninh', '2020-01-01')?.key).toBe('63:27');
    expect(unitOn('bac-ninh', '2026-01-20')?.key).toBe('34:24');
    expect(
      predecessorsOf(unitOn('bac-ninh', '2026-01-20')!)
        .map((u) => u.slug)
        .sort(),
    ).toEqual(['bac-giang', 'bac-ninh']);
    // Code 24 was Bắc Giang before and is Bắc Ninh after.
    expect(unitOn('bac-giang', '2020-01-01')?.code).toBe('24');
    expect(unitOn('bac-giang', '2026-01-20')).toBeUndefined();
    expect(resolveOn(unitOn('bac-giang', '2020-01-01')!, '2026-01-20')?.slug).toBe('bac-ninh');
    expect(unitsWithSlug('tuyen-quang')).toHaveLength(2);
  });
  it('follows Thừa Thiên Huế becoming the city of Huế on 2025-01-01', () => {
    expect(unitOn('thua-thien-hue', '2024-12-31')?.fullName).toBe('Tỉnh Thừa Thiên Huế');
    expect(unitOn('thua-thien-hue', '2025-01-01')).toBeUndefined();
    expect(unitOn('hue', '2025-01-01')?.type).toBe('thanh_pho_trung_uong');
    expect(isUnchangedByMerger(unitOn('hue', '2026-01-01')!)).toBe(true);
    expect(isUnchangedByMerger(unitOn('bac-ninh', '2026-01-01')!)).toBe(false);
  });
  it('knows districts, and that some names belong to two provinces', () => {
    expect(districtsNamed('Chi Lăng').map((d) => d.provinceCode)).toEqual(['20']);
    expect(
      districtsNamed('Chợ Mới')
        .map((d) => d.provinceCode)
        .sort(),
    ).toEqual(['06', '89']);
    expect(districtsNamed('Hoàng Sa')[0]?.provinceCode).toBe('48');
    expect(districtsNamed('Trường Sa')[0]?.provinceCode).toBe('56');
  });
});
