/**
 * The frontmatter rules on one entry: a value cut by a #, a misspelt field.
 */
import { describe, expect, it } from 'vitest';
import { entry, problemsOf } from '../support/entries.ts';

describe('the frontmatter rules on one entry', () => {
  it('warns when a # glued to text cuts a value short', () => {
    expect(problemsOf(entry('').replace('title: Tiêu đề', 'title: Tin #1 hay'))).toEqual([
      '2 title warning cut-by-comment',
    ]);
    expect(problemsOf(entry('').replace('province: son-la', 'province: son-la  # Sơn La'))).toEqual([]);
  });

  it('suggests renaming a misspelt required field instead of also calling it missing', () => {
    expect(problemsOf(entry('').replace('title:', 'titel:'))).toEqual(['2 titel error unknown-field']);
  });
});
