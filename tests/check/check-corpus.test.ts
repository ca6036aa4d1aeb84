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

describe('two entries of one province naming the same source file', () => {
  const SOURCE = '  originalFile: content/sources/000_8bbbab40623e6c25.txt';
  const dated = (day: string, text = VALID): string =>
    text.replace('eventDate: 2023-12-27', `eventDate: 2023-12-${day}`);
  const found = (files: Record<string, string>) =>
    checkCorpus(corpus(files)).problems.map((x) => `${x.file}:${x.line} ${x.field} ${x.rule} ${x.severity}`);

  it('warns on the later file, at the source it shares', () => {
    expect(found({ 'son-la/2023-12-20-a.mdx': dated('20'), 'son-la/2023-12-27-b.mdx': VALID })).toEqual([
      'c/son-la/2023-12-27-b.mdx:53 source.originalFile shared-source warning',
    ]);
  });

  it('finds a shared source in the list of sources too', () => {
    const listed = VALID.replace(
      SOURCE,
      `  originalFile: content/sources/other.txt\nsources:\n  - originalFile: content/sources/other.txt\n  - ${SOURCE.trim()}`,
    );
    expect(found({ 'son-la/2023-12-20-a.mdx': dated('20'), 'son-la/2023-12-27-b.mdx': listed })).toEqual([
      'c/son-la/2023-12-27-b.mdx:56 sources[1].originalFile shared-source warning',
    ]);
  });

  it('leaves the same conference to duplicate-conference, and two provinces of one article alone', () => {
    expect(found({ 'son-la/2023-12-27-a.mdx': VALID, 'son-la/2023-12-27-b.mdx': VALID })).toEqual([
      'c/son-la/2023-12-27-b.mdx:6 eventDate duplicate-conference error',
    ]);
    const laoCai = VALID.replace('province: son-la', 'province: lao-cai');
    expect(
      found({ 'lao-cai/2023-12-27-b.mdx': laoCai, 'son-la/2023-12-27-a.mdx': VALID }).filter((p) =>
        p.includes('shared-source'),
      ),
    ).toEqual([]);
    expect(
      found({
        'son-la/2023-12-20-a.mdx': dated('20', VALID.replace(SOURCE, '  originalFile: content/sources/a.txt')),
        'son-la/2023-12-27-b.mdx': VALID,
      }),
    ).toEqual([]);
  });
});
