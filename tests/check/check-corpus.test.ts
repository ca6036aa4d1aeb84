/**
 * A whole content folder: what stops a production build (a draft's errors do not, mostly).
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check/check-corpus.ts';
import { changed, corpus, REL, VALID } from './support/entries.ts';

describe('drafts and the production build', () => {
  const draft = (text: string): string => text.replace('review:\n', 'draft: true\nreview:\n');
  it('an error in a draft Astro can load does not stop the build; one in a published entry or one Astro rejects does', () => {
    const wrongQuote = changed(
      '    quote: Tổng doanh thu các dịch vụ đạt trên 101 tỷ đồng',
      '    quote: Tổng doanh thu các dịch vụ đạt trên 110 tỷ đồng',
    );
    const unknownField = changed('province: son-la', 'province: son-la\nprovnce: son-la');
    const badBody = `${VALID}\n<div>\n`;
    const count = (text: string) => {
      const r = checkCorpus(corpus({ [REL]: text }));
      return [r.errors, r.buildErrors];
    };
    expect([count(draft(wrongQuote)), count(wrongQuote)]).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect([count(draft(unknownField)), count(draft(badBody))]).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('a body beyond the safe subset stops the build even in a draft, beside the draft errors that do not', () => {
    const wrongQuote = changed(
      '    quote: Tổng doanh thu các dịch vụ đạt trên 101 tỷ đồng',
      '    quote: Tổng doanh thu các dịch vụ đạt trên 110 tỷ đồng',
    );
    const r = checkCorpus(corpus({ [REL]: draft(`${wrongQuote}\nGiá cước {gia} đồng.\n`) }));
    expect(r.problems.map((x) => `${x.field} ${x.rule}`)).toEqual([
      'kpis[0].quote quote-not-found',
      'body unsafe-body',
    ]);
    expect([r.errors, r.buildErrors]).toEqual([2, 1]);
  });

  it('a draft for the same conference as a published entry gets the duplicate error, not the published one', () => {
    const r = checkCorpus(corpus({ 'son-la/2023-12-27-a.mdx': draft(VALID), 'son-la/2023-12-27-b.mdx': VALID }));
    expect(r.problems.map((x) => `${x.file} ${x.rule}`)).toEqual(['c/son-la/2023-12-27-a.mdx duplicate-conference']);
    expect([r.errors, r.buildErrors]).toEqual([1, 0]);
  });
});
