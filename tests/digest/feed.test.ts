import { describe, expect, it } from 'vitest';
import { bestDate, feedItems } from '../../src/lib/digest/feed.ts';
import type { DigestEntry } from '../../src/lib/digest/types.ts';
import { fixtureDigest } from './fixture-digest.ts';

const dated = (eventDate: string | null, publishedAt?: string, other?: string) =>
  ({ eventDate, source: publishedAt ? { publishedAt } : {}, sources: other ? [{ publishedAt: other }] : [] }) as Pick<
    DigestEntry,
    'eventDate' | 'source' | 'sources'
  >;

describe('bestDate', () => {
  it('takes the conference date, else the publication date (the article’s own, then another outlet’s)', () => {
    expect(bestDate(dated('2023-12-27', '2023-12-29'))).toBe('2023-12-27');
    expect(bestDate(dated(null, '2021-01-08T09:30'))).toBe('2021-01-08');
    expect(bestDate(dated(null, undefined, '2020-01-05'))).toBe('2020-01-05');
    expect(bestDate(dated(null))).toBeNull();
  });
});

describe('feedItems', () => {
  const digest = fixtureDigest();

  it('dates every item, newest first, and leaves out entries with no date at all', () => {
    const items = feedItems(digest.entries, 100);
    expect(items.every((i) => /^\d{4}-\d{2}-\d{2}$/.test(i.date))).toBe(true);
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort().reverse());
    const undated = digest.entries.filter((e) => bestDate(e) === null);
    expect(items.length).toBe(digest.entries.length - undated.length);
  });

  it('keeps the newest when there are more than the feed carries', () => {
    const two = feedItems(digest.entries, 2);
    expect(two).toEqual(feedItems(digest.entries, 100).slice(0, 2));
  });
});
