/**
 * The review rules: a reviewed entry names its reviewer.
 */
import { describe, expect, it } from 'vitest';
import { entry, problemsOf } from '../support/entries.ts';

describe('the review rules on one entry', () => {
  it("asks for the reviewer's name on a reviewed entry", () => {
    expect(problemsOf(entry('').replace('status: unreviewed', 'status: reviewed'))).toEqual([
      '8 review.reviewedBy warning reviewed-by',
    ]);
  });
});
