import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/lib/digest/digest.ts';
import { homeData } from '../../src/lib/digest/home.ts';
import { fixtureDigest, loadFixtures } from './fixture-digest.ts';

describe('homeData', () => {
  const digest = fixtureDigest();
  const home = homeData(digest)!;

  it('is about the newest report year', () => {
    expect(home.year).toBe(digest.latestYear);
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

  it('counts how many provinces each leader was ranked against (one, for a one-province year)', () => {
    for (const leader of home.leaders) expect(leader.reported).toBeGreaterThanOrEqual(1);
    // The fixture's 2025 is Bắc Ninh alone.
    expect(home.provinces).toEqual(['bac-ninh']);
    expect(home.leaders.every((l) => l.reported === 1)).toBe(true);
  });
});
