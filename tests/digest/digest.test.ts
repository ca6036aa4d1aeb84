import { describe, expect, it } from 'vitest';
import { fixtureDigest } from './fixture-digest.ts';

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
});
