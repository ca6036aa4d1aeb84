/**
 * What readers are told about an entry under review: each warning becomes a calm note beside the
 * figure it is about, or about the entry as a whole, never the editor's instructions.
 */
import { describe, expect, it } from 'vitest';
import { entryNoteText, figureReviewText, itemNoteText } from '../../src/i18n/review-notes.ts';
import { figureReview, itemKey, reviewNotes } from '../../src/lib/digest/review-notes.ts';
import { yearDigest } from '../../src/lib/digest/year-page.ts';
import { fixtureDigest } from './fixture-digest.ts';

const counts = { kpis: 3, targets: 1, serviceGrowth: 1, awards: 2 };

describe('which item or field a warning is about', () => {
  it('puts a warning on a figure, target, growth line or award beside it, by part', () => {
    const notes = reviewNotes(
      [
        { field: 'kpis[1].value' },
        { field: 'kpis[1].changePercent' },
        { field: 'kpis[1].value' },
        { field: 'targets[0].planPercent' },
        { field: 'serviceGrowth[0]' },
        { field: 'awards[1]' },
      ],
      counts,
    );
    expect(notes.entry).toEqual([]);
    expect(notes.items.get(itemKey('kpis', 1))).toEqual([
      { list: 'kpis', index: 1, part: 'value' },
      { list: 'kpis', index: 1, part: 'changePercent' },
    ]);
    expect(notes.items.get(itemKey('targets', 0))).toEqual([{ list: 'targets', index: 0, part: 'planPercent' }]);
    expect(notes.items.get(itemKey('serviceGrowth', 0))).toEqual([{ list: 'serviceGrowth', index: 0 }]);
    expect(notes.items.get(itemKey('awards', 1))).toEqual([{ list: 'awards', index: 1 }]);
    expect(notes.items.size).toBe(4);
  });

  it('keeps whole-entry doubts once per field and kind, in order', () => {
    const notes = reviewNotes(
      [
        { field: 'title', kind: 'made-up-title' },
        { field: 'province', kind: 'inferred' },
        { field: 'province', kind: 'inferred' },
        { field: 'province', kind: 'split' },
        { field: 'kpis' },
        { field: 'people[0].role' },
      ],
      counts,
    );
    expect(notes.entry).toEqual([
      { field: 'title', kind: 'made-up-title' },
      { field: 'province', kind: 'inferred' },
      { field: 'province', kind: 'split' },
      { field: 'kpis' },
      { field: 'people' },
    ]);
    expect(notes.items.size).toBe(0);
  });

  it('treats a warning on an item the entry no longer has as about the list', () => {
    const notes = reviewNotes([{ field: 'kpis[7].value' }, { field: 'awards[2]' }], counts);
    expect(notes.entry).toEqual([{ field: 'kpis' }, { field: 'awards' }]);
    expect(notes.items.size).toBe(0);
  });
});

describe('the words', () => {
  it('says what is uncertain in its own words for the kinds readers are told about', () => {
    expect(entryNoteText({ field: 'title', kind: 'made-up-title' }, 'vi')).toBe(
      'Tiêu đề do hệ thống đặt: bài gốc không có tiêu đề.',
    );
    expect(entryNoteText({ field: 'source', kind: 'excerpt' }, 'vi')).toMatch(/^Bài gốc chỉ có một phần/);
    expect(entryNoteText({ field: 'source', kind: 'excerpt' }, 'en')).toMatch(/^Only part of the article/);
    expect(entryNoteText({ field: 'eventDate', kind: 'missing' }, 'en')).toBe(
      'The article does not give the conference date.',
    );
  });

  it('falls back to the field in words, and never to an instruction or a path', () => {
    expect(entryNoteText({ field: 'reportYear' }, 'vi')).toBe('Năm báo cáo: đang được kiểm tra lại.');
    expect(entryNoteText({ field: 'planYear', kind: 'inferred' }, 'en')).toBe(
      'Plan year: inferred; the article does not state it.',
    );
    expect(entryNoteText({ field: 'people', kind: 'missing' }, 'vi')).toBe('Người được nêu tên: bài không nêu.');
    for (const lang of ['vi', 'en'] as const)
      for (const note of [{ field: 'source' }, { field: 'title' }, { field: 'custom-thing' }])
        expect(entryNoteText(note, lang)).not.toMatch(/Hãy|content\/|Check it|Replace/);
  });

  it('names the parts being checked beside a figure', () => {
    expect(
      itemNoteText(
        [
          { list: 'kpis', index: 0, part: 'value' },
          { list: 'kpis', index: 0, part: 'changePercent' },
        ],
        'vi',
      ),
    ).toBe('Đang kiểm tra lại: giá trị, so với năm trước');
    expect(itemNoteText([{ list: 'awards', index: 0 }], 'en')).toBe('Being checked');
    expect(
      itemNoteText(
        [
          { list: 'awards', index: 0 },
          { list: 'awards', index: 0, part: 'count' },
        ],
        'en',
      ),
    ).toBe('Being checked');
  });
});

describe('a figure shown away from its article (a ranking)', () => {
  const entry = (status: string, fields: string[]) => ({
    review: { status, warnings: fields.map((field) => ({ field })) },
    kpis: [1, 2, 3],
    targets: [],
    serviceGrowth: [],
    awards: [],
  });

  it('is not marked when its entry is reviewed or was read without doubts', () => {
    expect(figureReview(entry('reviewed', []), 'kpis', 0)).toBeNull();
    expect(figureReview(entry('unreviewed', []), 'kpis', 0)).toBeNull();
    expect(figureReviewText(null, 'vi')).toBeUndefined();
  });

  it('says what of it is checked when a warning points at it', () => {
    const notes = figureReview(entry('needs-review', ['kpis[2].value', 'title']), 'kpis', 2);
    expect(notes).toEqual([{ list: 'kpis', index: 2, part: 'value' }]);
    expect(figureReviewText(notes, 'vi')).toMatch(/^Đang kiểm tra lại: /);
  });

  it('says its article is being checked when the doubts are about the entry as a whole', () => {
    const notes = figureReview(entry('needs-review', ['title', 'kpis[2].value']), 'kpis', 0);
    expect(notes).toEqual([]);
    expect(figureReviewText(notes, 'vi')).toBe('Bài đang được kiểm tra lại');
    expect(figureReviewText(notes, 'en')).toBe('Article being checked');
  });
});

describe('a ranking on the fixtures', () => {
  it('marks exactly the rows whose entries are under review', () => {
    const digest = fixtureDigest();
    const seen = { marked: 0, unmarked: 0 };
    for (const year of digest.years) {
      for (const ranking of yearDigest(digest, year).rankings) {
        for (const r of ranking.rows) {
          const status = digest.entryById.get(r.row.entryId)!.review.status;
          expect(r.review === null, `${r.row.entryId} ${ranking.metric}`).toBe(status !== 'needs-review');
          seen[r.review === null ? 'unmarked' : 'marked'] += 1;
        }
      }
    }
    expect(seen.marked).toBeGreaterThan(0);
    expect(seen.unmarked).toBeGreaterThan(0);
  });
});
