/**
 * Finding a quote in the text a reader sees (quotes.ts, on the text mdx-body.ts gives).
 */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/check/mdx-body.ts';
import { containsQuote, searchable } from '../../src/lib/check/quotes.ts';

describe('quotes are looked for in the text a reader sees', () => {
  const source = 'Tăng trưởng \\{6,5%\\} so với **cùng kỳ**; “hoà vốn” — doanh thu\n\nđạt   trên 101 tỷ đồng.\n';
  const body = checkBody(`---\nx: 1\n---\n${source}`, source).text();
  const text = searchable(body);

  it('after MDX escapes and emphasis are resolved', () => {
    expect(body).toContain('Tăng trưởng {6,5%} so với cùng kỳ');
    expect(containsQuote(text, 'tăng trưởng {6,5%} so với cùng kỳ')).toBe(true);
  });

  it('forgiving spacing, case, quotation marks, dashes and where the tone mark sits', () => {
    expect(containsQuote(text, 'ĐẠT TRÊN 101 TỶ ĐỒNG')).toBe(true);
    expect(containsQuote(text, '"hòa vốn" - doanh thu')).toBe(true);
  });

  it('with … standing for words left out, in order', () => {
    expect(containsQuote(text, 'Tăng trưởng … cùng kỳ')).toBe(true);
    expect(containsQuote(text, 'cùng kỳ … Tăng trưởng')).toBe(false);
  });

  it('but not another number', () => {
    expect(containsQuote(text, 'đạt trên 110 tỷ đồng')).toBe(false);
  });
});
