import { describe, expect, it } from 'vitest';
import { timelineGroups } from '../../src/lib/digest/timeline.ts';
import type { DigestEntry } from '../../src/lib/digest/types.ts';
import { fixtureDigest } from './fixture-digest.ts';

describe('timelineGroups', () => {
  it('puts a conference with no date at the end of its year, after the dated ones', () => {
    const e = (id: string, reportYear: number, eventDate: string | null) =>
      ({ id, reportYear, eventDate }) as DigestEntry;
    // Newest first by sort key, as the digest orders them: the undated one sorts as the year's last day.
    const groups = timelineGroups([
      e('jan', 2020, '2021-01-08'),
      e('undated', 2020, null),
      e('dec', 2020, '2020-12-22'),
      e('older', 2019, '2019-12-25'),
    ]);
    expect(groups.map((g) => [g.year, g.items.map((i) => i.id)])).toEqual([
      [2020, ['jan', 'dec', 'undated']],
      [2019, ['older']],
    ]);
  });

  it('does so on the fixture corpus', () => {
    for (const g of timelineGroups(fixtureDigest().entries)) {
      const firstUndated = g.items.findIndex((i) => i.eventDate === null);
      if (firstUndated >= 0) expect(g.items.slice(firstUndated).every((i) => i.eventDate === null)).toBe(true);
    }
  });
});
