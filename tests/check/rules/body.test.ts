/**
 * The body rules: code in the text, and a .md entry read as plain Markdown.
 */
import { describe, expect, it } from 'vitest';
import { entry, problemsOf } from '../support/entries.ts';

describe('the body rules on one entry', () => {
  it('holds the text to the safe subset: no {expression}, no unknown component, no event handler or unsafe link', () => {
    expect(problemsOf(entry('', 'Giá {gia} đồng'))).toEqual(['10 body error unsafe-body']);
    expect(problemsOf(entry('', 'Xem <Bieu />'))).toEqual(['10 body error unsafe-body']);
    expect(problemsOf(entry('', '<img src="a.png" onload="x()" />'))).toEqual(['10 body error unsafe-body']);
    expect(problemsOf(entry('', '[a](javascript:x)'))).toEqual(['10 body error unsafe-body']);
    expect(problemsOf(entry('', 'Chú thích {/* ẩn */} và <br /> được phép'))).toEqual([]);
  });

  it('reports each unsafe construct on its own line, even in a draft', () => {
    const body = 'Giá {gia} đồng.\n\n<img src="a.png" onerror="x()" />';
    expect(problemsOf(entry('', body))).toEqual(['10 body error unsafe-body', '12 body error unsafe-body']);
    expect(problemsOf(entry('draft: true\n', body))).toEqual([
      '11 body error unsafe-body',
      '13 body error unsafe-body',
    ]);
  });

  it('holds the raw HTML of a .md entry to the same allowlists', () => {
    expect(problemsOf(entry('', '<script>alert(1)</script>'), 'son-la/2023-12-27-tieu-de.md')).toEqual([
      '10 body error unsafe-body',
    ]);
  });

  it('reads a .md entry as plain Markdown, where braces are just text', () => {
    const text = entry('', 'Tăng trưởng {6,5%} và a <b.');
    expect(problemsOf(text, 'son-la/2023-12-27-tieu-de.md')).toEqual([]);
    expect(problemsOf(text, 'son-la/2023-12-27-tieu-de.mdx')).toEqual(['10 body error mdx-syntax']);
  });
});
