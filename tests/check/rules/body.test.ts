/**
 * The body rules: code in the text, and a .md entry read as plain Markdown.
 */
import { describe, expect, it } from 'vitest';
import { entry, problemsOf } from '../support/entries.ts';

describe('the body rules on one entry', () => {
  it('rejects {expressions} and undefined components in the text, which would fail the build', () => {
    expect(problemsOf(entry('', 'Giá {gia} đồng'))).toEqual(['10 body error mdx-expression']);
    expect(problemsOf(entry('', 'Xem <Bieu />'))).toEqual(['10 body error mdx-component']);
    expect(problemsOf(entry('', 'Chú thích {/* ẩn */} và <br /> được phép'))).toEqual([]);
  });

  it('reads a .md entry as plain Markdown, where braces are just text', () => {
    const text = entry('', 'Tăng trưởng {6,5%} và a <b.');
    expect(problemsOf(text, 'son-la/2023-12-27-tieu-de.md')).toEqual([]);
    expect(problemsOf(text, 'son-la/2023-12-27-tieu-de.mdx')).toEqual(['10 body error mdx-syntax']);
  });
});
