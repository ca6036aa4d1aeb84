/**
 * "Did you mean …?": the closest known name to a mistyped one.
 */
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/check/suggest.ts';

describe('closest', () => {
  it('does not force a suggestion on something unlike every slug', () => {
    expect(closest('abc', ['xyz', 'total_revenue'])).toBeUndefined();
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('totla', 'total')).toBe(1);
    expect(closest('avg_income', ['average_income', 'profit'])).toBe('average_income');
  });
});
