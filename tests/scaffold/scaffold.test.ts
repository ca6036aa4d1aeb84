/**
 * The npm run new template: a valid entry with every field, for any province in force on the date.
 */
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { entrySchema } from '../../src/lib/schema/entry.ts';
import { scaffoldEntry, titleWithoutLetters } from '../../src/lib/scaffold/scaffold.ts';
import { problemsOf } from '../check/support/entries.ts';

describe('npm run new', () => {
  it('writes an entry the checker accepts, for every province in force on the date', () => {
    for (const [province, date] of [
      ['ha-noi', '2024-12-20'],
      ['thua-thien-hue', '2024-12-30'],
      ['hue', '2026-01-10'],
      ['ba-ria-vung-tau', '2021-01-08'],
      ['son-la', '2024-07-12'],
      ['son-la', '2024-10-20'],
    ] as const) {
      const s = scaffoldEntry({ province, date });
      expect([province, date, problemsOf(s.text, s.relative)]).toEqual([province, date, []]);
    }
  });

  it('writes an unassigned entry: province null, needs-review, in unassigned/', () => {
    const s = scaffoldEntry({ province: null, date: '2024-12-26' });
    expect(s.relative).toBe('unassigned/2024-12-26-buu-dien-tinh-tong-ket-nam-2024-trien-khai-ke-hoach-nam-2025.mdx');
    expect(s.text.split('\n')).toEqual(expect.arrayContaining(['province: null', '  status: needs-review']));
    expect(problemsOf(s.text, s.relative)).toEqual([]);
  });

  it('says why the entry needs review: written by hand, not yet checked against the article', () => {
    const s = scaffoldEntry({ province: 'son-la', date: '2024-12-26' });
    const entry = entrySchema.parse(load(s.text.split('\n---\n')[0]!.replace(/^---\n/, '')));
    expect(entry.review.status).toBe('needs-review');
    expect(entry.review.warnings).toHaveLength(1);
    const [w] = entry.review.warnings;
    expect(w!.field).toBe('kpis');
    expect(w!.message).toMatch(/^Bài viết tay \(npm run new\), chưa ai đối chiếu với bài gốc\./);
    expect(w!.messageEn).toMatch(/^Written by hand \(npm run new\) and not yet checked against the article\./);
  });

  it('gives the example items the years of the entry, in every field', () => {
    const s = scaffoldEntry({ province: 'son-la', date: '2024-12-26' });
    const award = s.text.split('\n').filter((l) => l.startsWith('#   ') && /năm \d{4}|year: \d{4}/.test(l));
    expect(award).toEqual(
      expect.arrayContaining([
        '#     title: Cờ đơn vị xuất sắc, dẫn đầu phong trào thi đua năm 2024',
        '#     year: 2024',
      ]),
    );
    expect(s.text).not.toMatch(/năm 2019/);
  });

  it('knows a title with no letter or digit cannot name a file', () => {
    expect([
      titleWithoutLetters('!!!'),
      titleWithoutLetters('— …'),
      titleWithoutLetters('Sơn La'),
      titleWithoutLetters(undefined),
      titleWithoutLetters(''),
    ]).toEqual([true, true, false, false, false]);
  });
});
