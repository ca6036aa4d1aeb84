import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/lib/digest/digest.ts';
import { homeData } from '../../src/lib/digest/home.ts';
import { fixtureDigest, loadFixtures } from './fixture-digest.ts';

describe('homeData', () => {
  const digest = fixtureDigest();
  const home = homeData(digest)!;

  it('is about the newest report year that two provinces have reported, and says which year it passed over', () => {
    // The fixture's 2025 is Bắc Ninh alone; Đắk Lắk and Lạng Sơn both reported 2024.
    expect(digest.latestYear).toBe(2025);
    expect(home.year).toBe(2024);
    expect(home.featured).toEqual({ year: 2024, newest: { year: 2025, provinces: 1 }, passedOver: true });
    expect([...home.provinces].sort()).toEqual(['dak-lak', 'lang-son']);
  });

  it('shows the newest awards that exist, with their year, when the latest year has none yet', () => {
    const newestAwardYear = Math.max(...digest.awards.map((a) => a.award.year));
    expect(home.awards.filter((a) => a.award.year !== home.year)).toEqual([]);
    expect(home.latestAwards?.year).toBe(newestAwardYear);
    expect(home.latestAwards?.awards.length).toBe(digest.awards.filter((a) => a.award.year === newestAwardYear).length);
    expect(home.latestAwards!.awards.length).toBeGreaterThan(0);
  });

  it('has no awards block when the digest has no award', () => {
    const without = buildDigest(
      loadFixtures()
        .filter((f) => !f.entry.draft)
        .map((f) => ({ ...f.entry, awards: [] })),
    );
    expect(homeData(without)!.latestAwards).toBeNull();
  });

  it('counts how many provinces each leader was ranked against', () => {
    for (const leader of home.leaders) expect(leader.reported).toBeGreaterThanOrEqual(1);
    expect(home.leaders.some((l) => l.reported === 2)).toBe(true);
  });
});
