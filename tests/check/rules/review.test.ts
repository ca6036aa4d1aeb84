/**
 * The review rules: a reviewed entry names its reviewer and has no warning left.
 */
import { describe, expect, it } from 'vitest';
import { en, entry, problemsOf } from '../support/entries.ts';

describe('the review rules on one entry', () => {
  it("asks for the reviewer's name on a reviewed entry", () => {
    expect(problemsOf(entry('').replace('status: unreviewed', 'status: reviewed'))).toEqual([
      '8 review.reviewedBy warning reviewed-by',
    ]);
  });

  const reviewed = (warnings: string): string =>
    entry('').replace(
      '  status: unreviewed\n',
      `  status: reviewed\n${warnings}  reviewedBy: Nguyễn Văn A\n  reviewedAt: "2024-01-15"\n`,
    );

  it('says a reviewed entry still has its warnings, however many, and not for needs-review or an empty list', () => {
    const one = '  warnings:\n    - field: title\n      message: Tiêu đề do hệ thống đặt\n';
    expect(problemsOf(reviewed(one))).toEqual(['9 review.warnings error warnings-remain']);
    expect(en(reviewed(one), 'son-la/2023-12-27-tieu-de.mdx')[0]).toContain(
      'review.warnings  error: reviewed, but 1 warning remains  — remove each once checked',
    );
    expect(problemsOf(reviewed('  warnings: []\n'))).toEqual([]);
    expect(problemsOf(reviewed(one).replace('status: reviewed', 'status: needs-review'))).toEqual([]);
  });
});
