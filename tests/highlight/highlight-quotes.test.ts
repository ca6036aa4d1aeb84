import { describe, expect, it } from 'vitest';
import { highlightQuotes } from '../../src/lib/highlight/highlight-quotes.ts';

describe('highlightQuotes', () => {
  it('wraps a phrase inside one paragraph in a mark with the id', () => {
    const { html, marks } = highlightQuotes('<p>Năm 2023, tổng doanh thu đạt trên 101 tỷ đồng; lương tăng.</p>', [
      { id: 'q-kpis-0', text: 'tổng doanh thu đạt trên 101 tỷ đồng' },
    ]);
    expect(html).toBe(
      '<p>Năm 2023, <mark id="q-kpis-0" class="quote">tổng doanh thu đạt trên 101 tỷ đồng</mark>; lương tăng.</p>',
    );
    expect(marks.get('q-kpis-0')).toBe('q-kpis-0');
  });

  it('splits a phrase that crosses an inline element, and only the first piece has the id', () => {
    const { html } = highlightQuotes('<p>doanh thu <em>đạt 155 tỷ</em> đồng, vượt</p>', [
      { id: 'q1', text: 'thu đạt 155 tỷ đồng' },
    ]);
    expect(html).toBe(
      '<p>doanh <mark id="q1" class="quote">thu </mark><em><mark class="quote">đạt 155 tỷ</mark></em><mark class="quote"> đồng</mark>, vượt</p>',
    );
  });

  it('forgives smart quotes, dashes, extra spaces and case', () => {
    const { marks } = highlightQuotes('<p>Biểu dương “Lao động giỏi – Lao động   sáng tạo”.</p>', [
      { id: 'q', text: 'biểu dương "Lao động giỏi - Lao động sáng tạo"' },
    ]);
    expect(marks.get('q')).toBe('q');
  });

  it('never matches across two paragraphs', () => {
    const { html, marks } = highlightQuotes('<p>đạt 101</p><p>tỷ đồng</p>', [{ id: 'q', text: 'đạt 101 tỷ đồng' }]);
    expect(marks.has('q')).toBe(false);
    expect(html).toBe('<p>đạt 101</p><p>tỷ đồng</p>');
  });

  it('gives quotes with the same words one mark, shared', () => {
    const { html, marks } = highlightQuotes('<p>Thủ tướng và Chủ tịch UBND tỉnh tặng Bằng khen.</p>', [
      { id: 'a0', text: 'Thủ tướng và Chủ tịch UBND tỉnh tặng Bằng khen' },
      { id: 'a1', text: 'Thủ tướng và Chủ tịch UBND tỉnh tặng Bằng khen' },
    ]);
    expect(marks.get('a0')).toBe('a0');
    expect(marks.get('a1')).toBe('a0');
    expect(html.match(/<mark/g)).toHaveLength(1);
  });

  it('nests a short phrase inside a longer one that contains it', () => {
    const { html, marks } = highlightQuotes('<p>doanh thu đạt 73,598 tỷ đồng, vượt 2% so kế hoạch</p>', [
      { id: 'short', text: 'vượt 2% so kế hoạch' },
      { id: 'long', text: 'đạt 73,598 tỷ đồng, vượt 2% so kế hoạch' },
    ]);
    expect(marks.size).toBe(2);
    expect(html).toBe(
      '<p>doanh thu <mark id="long" class="quote">đạt 73,598 tỷ đồng, <mark id="short" class="quote">vượt 2% so kế hoạch</mark></mark></p>',
    );
  });

  it('escapes text it rewrites and leaves a phrase that is not there unmarked', () => {
    const { html, marks } = highlightQuotes('<p>a &lt; b và 5 &amp; 6</p>', [
      { id: 'x', text: 'a < b' },
      { id: 'y', text: 'không có' },
    ]);
    expect(html).toBe('<p><mark id="x" class="quote">a &#x3C; b</mark> và 5 &#x26; 6</p>');
    expect(marks.has('y')).toBe(false);
  });

  it('returns the html untouched when there is nothing to mark', () => {
    expect(highlightQuotes('<p>x</p>', []).html).toBe('<p>x</p>');
  });
});

describe('a figure read from the headline', () => {
  const title = { text: 'Năm 2018, Bưu điện tỉnh phấn đấu đạt doanh thu trên 149 tỷ đồng', id: 'article-title' };

  it('links to the headline when the text lacks its quote', () => {
    const { marks, html } = highlightQuotes(
      '<p>Sáng 9/1, Bưu điện tỉnh tổ chức hội nghị.</p>',
      [{ id: 'q-targets-0', text: 'phấn đấu đạt doanh thu trên 149 tỷ đồng' }],
      { title },
    );
    expect(marks.get('q-targets-0')).toBe('article-title');
    expect(html).not.toContain('<mark');
  });

  it('prefers the text when both have it, and finds nothing the headline lacks', () => {
    const { marks } = highlightQuotes(
      '<p>Bưu điện tỉnh phấn đấu đạt doanh thu trên 149 tỷ đồng.</p>',
      [
        { id: 'a', text: 'phấn đấu đạt doanh thu trên 149 tỷ đồng' },
        { id: 'b', text: 'doanh thu trên 150 tỷ đồng' },
      ],
      { title },
    );
    expect(marks.get('a')).toBe('a');
    expect(marks.has('b')).toBe(false);
  });
});
