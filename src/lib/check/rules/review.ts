/**
 * The review group: a review date that is a real day, and a reviewed entry that says who reviewed it and has
 * no warning left (the site hides a reviewed entry's warnings, so one still there would go unseen).
 */
import { isRealDate } from '../../schema/common.ts';
import type { Finding } from '../problem.ts';
import { defineRule, example, finding } from '../rule.ts';
import { shown } from '../values.ts';
import { badDate } from './dates.ts';
import { entryFile, FILE } from './example-entry.ts';

export const reviewedBy = defineRule({
  id: 'reviewed-by',
  severity: 'warning',
  describes: {
    vi: 'Bài đánh dấu reviewed có ghi người rà soát (reviewedBy).',
    en: 'An entry marked reviewed says who reviewed it (reviewedBy).',
  },
  good: [
    entryFile({ '  status: unreviewed': '  status: reviewed\n  reviewedBy: Nguyễn Văn A\n  reviewedAt: "2024-01-15"' }),
  ],
  bad: [
    example(
      entryFile({ '  status: unreviewed': '  status: reviewed' }),
      `${FILE}:14  review.reviewedBy  cảnh báo: bài đã đánh dấu reviewed nhưng chưa ghi người rà soát  — thêm reviewedBy: <tên bạn> và reviewedAt: <ngày> dưới review
       ${FILE}:14  review.reviewedBy  warning: the entry is marked reviewed but does not say who reviewed it  — add reviewedBy: <your name> and reviewedAt: <date> under review`,
    ),
  ],
});

export const warningsRemain = defineRule({
  id: 'warnings-remain',
  severity: 'error',
  describes: {
    vi: 'Bài đánh dấu reviewed không còn cảnh báo rà soát nào (review.warnings): mỗi cảnh báo được xóa khi đã kiểm tra xong.',
    en: 'An entry marked reviewed has no review warning left (review.warnings): each is removed once it has been checked.',
  },
  good: [
    entryFile({
      '  status: unreviewed':
        '  status: reviewed\n  warnings: []\n  reviewedBy: Nguyễn Văn A\n  reviewedAt: "2024-01-15"',
    }),
  ],
  bad: [
    example(
      entryFile({
        '  status: unreviewed': `  status: reviewed
  warnings:
    - field: kpis[0].value
      message: Không rõ 101 tỷ là tổng doanh thu hay doanh thu tính lương
    - field: title
      message: Tiêu đề do hệ thống đặt
  reviewedBy: Nguyễn Văn A
  reviewedAt: "2024-01-15"`,
      }),
      `${FILE}:15  review.warnings  lỗi: đã đánh dấu reviewed nhưng còn 2 cảnh báo  — xóa từng cảnh báo sau khi đã kiểm tra; chưa xong thì để status: needs-review
       ${FILE}:15  review.warnings  error: reviewed, but 2 warnings remain  — remove each once checked; until then, keep status: needs-review`,
    ),
  ],
});

export const REVIEW_RULES = [reviewedBy, warningsRemain] as const;

/** What the review group says that the schema does not: a date that is no day, a reviewer not named. */
export function reviewFindings(review: unknown, lineOf: (p: readonly PropertyKey[]) => number): Finding[] {
  if (!review || typeof review !== 'object') return [];
  const { reviewedAt: at, status, reviewedBy: by } = review as Record<string, unknown>;
  const findings: Finding[] = [];
  if (typeof at === 'string' && !(/^\d{4}-\d{2}-\d{2}$/.test(at) && isRealDate(at))) {
    findings.push(
      finding(badDate, lineOf(['review', 'reviewedAt']), 'review.reviewedAt', {
        what: {
          vi: `${shown(at)} không phải ngày viết dạng YYYY-MM-DD`,
          en: `${shown(at)} is not a date written YYYY-MM-DD`,
        },
        fix: {
          vi: 'ghi ngày rà soát, như reviewedAt: 2024-01-15',
          en: 'write the review date, like reviewedAt: 2024-01-15',
        },
      }),
    );
  }
  if (status === 'reviewed' && (typeof by !== 'string' || !by.trim())) {
    findings.push(
      finding(reviewedBy, lineOf(['review', 'status']), 'review.reviewedBy', {
        what: {
          vi: 'bài đã đánh dấu reviewed nhưng chưa ghi người rà soát',
          en: 'the entry is marked reviewed but does not say who reviewed it',
        },
        fix: {
          vi: 'thêm reviewedBy: <tên bạn> và reviewedAt: <ngày> dưới review',
          en: 'add reviewedBy: <your name> and reviewedAt: <date> under review',
        },
      }),
    );
  }
  const warnings = (review as Record<string, unknown>).warnings;
  if (status === 'reviewed' && Array.isArray(warnings) && warnings.length > 0) {
    const n = warnings.length;
    findings.push(
      finding(warningsRemain, lineOf(['review', 'warnings']), 'review.warnings', {
        what: {
          vi: `đã đánh dấu reviewed nhưng còn ${n} cảnh báo`,
          en: `reviewed, but ${n} warning${n === 1 ? ' remains' : 's remain'}`,
        },
        fix: {
          vi: 'xóa từng cảnh báo sau khi đã kiểm tra; chưa xong thì để status: needs-review',
          en: 'remove each once checked; until then, keep status: needs-review',
        },
      }),
    );
  }
  return findings;
}
