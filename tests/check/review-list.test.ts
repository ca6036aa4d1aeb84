/**
 * npm run check -- --review: each entry left to review with its warnings (field, what to check, the article's
 * phrase), the unreviewed ones too, and the entries counted by status.
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check/check-corpus.ts';
import { reviewLines } from '../../src/lib/check/review-list.ts';
import { corpus, entry } from './support/entries.ts';

const withReview = (review: string): string => entry('').replace('  status: unreviewed\n', review);

const FILES = {
  'son-la/2023-12-27-a.mdx': withReview(`  status: needs-review
  warnings:
    - field: province
      message: Không chắc là tỉnh Sơn La
      messageEn: Not sure it is Sơn La
      quote: đạt trên 101 tỷ đồng
    - field: title
      message: Tiêu đề do hệ thống đặt
`),
  'son-la/2023-12-27-b.mdx': entry(''),
  'son-la/2023-12-27-c.mdx': withReview('  status: reviewed\n  reviewedBy: Nguyễn Văn A\n'),
  'son-la/2023-12-27-d.mdx': withReview(`  status: reviewed
  warnings:
    - field: title
      message: Tiêu đề do hệ thống đặt
  reviewedBy: Nguyễn Văn A
`),
};

describe('the review list', () => {
  it('counts the entries by status, then lists needs-review, unreviewed and reviewed-with-warnings entries', () => {
    const report = checkCorpus(corpus(FILES));
    expect(reviewLines(report.review, ['vi', 'en'])).toEqual([
      'Rà soát: 1 needs-review, 1 unreviewed, 2 reviewed.',
      'Review: 1 needs-review, 1 unreviewed, 2 reviewed.',
      '',
      'c/son-la/2023-12-27-a.mdx:8  review.status  needs-review: 2 cảnh báo cần kiểm tra',
      'c/son-la/2023-12-27-a.mdx:8  review.status  needs-review: 2 warnings to check',
      'c/son-la/2023-12-27-a.mdx:10  province  Không chắc là tỉnh Sơn La  — trích: “đạt trên 101 tỷ đồng”',
      'c/son-la/2023-12-27-a.mdx:10  province  Not sure it is Sơn La  — quote: “đạt trên 101 tỷ đồng”',
      'c/son-la/2023-12-27-a.mdx:14  title  Tiêu đề do hệ thống đặt',
      'c/son-la/2023-12-27-a.mdx:14  title  Tiêu đề do hệ thống đặt',
      '',
      'c/son-la/2023-12-27-b.mdx:8  review.status  unreviewed: máy đọc không có nghi vấn, chưa người nào đối chiếu với bài',
      'c/son-la/2023-12-27-b.mdx:8  review.status  unreviewed: read by the machine without doubts, never checked against the article by a person',
      '',
      'c/son-la/2023-12-27-d.mdx:8  review.status  reviewed, nhưng còn 1 cảnh báo',
      'c/son-la/2023-12-27-d.mdx:8  review.status  reviewed, but 1 warning remains',
      'c/son-la/2023-12-27-d.mdx:10  title  Tiêu đề do hệ thống đặt',
      'c/son-la/2023-12-27-d.mdx:10  title  Tiêu đề do hệ thống đặt',
    ]);
  });

  it('in one language, and only for the files named', () => {
    const report = checkCorpus(corpus(FILES, ['son-la/2023-12-27-b.mdx']));
    expect(reviewLines(report.review, ['en'])).toEqual([
      'Review: 0 needs-review, 1 unreviewed, 0 reviewed.',
      '',
      'c/son-la/2023-12-27-b.mdx:8  review.status  unreviewed: read by the machine without doubts, never checked against the article by a person',
    ]);
  });
});
