/**
 * The review group: a review date that is a real day, and a reviewed entry that says who reviewed it.
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

export const REVIEW_RULES = [reviewedBy] as const;

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
  return findings;
}
