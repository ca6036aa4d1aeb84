/**
 * The file rules on one entry: its name and its folder.
 */
import { describe, expect, it } from 'vitest';
import { entry, problemsOf } from '../support/entries.ts';

describe('the file rules on one entry', () => {
  it("flags a file name that is not a web address, and a file in another province's folder", () => {
    expect(problemsOf(entry(''), 'son-la/Sơn La.mdx')).toEqual(['1 file error file-name']);
    expect(problemsOf(entry(''), 'lang-son/2023-12-27-tieu-de.mdx')).toEqual(['3 province warning folder-province']);
  });
});
