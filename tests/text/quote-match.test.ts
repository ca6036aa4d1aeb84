/**
 * One quote matcher for the check and the article page (src/lib/text/quote-match.ts): what it forgives,
 * what it does not, where it says the words are, and that the check and the page always agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsQuote, searchable } from '../../src/lib/check/quotes.ts';
import { highlightQuotes } from '../../src/lib/highlight/highlight-quotes.ts';
import { foldText, locateQuote, quoteParts } from '../../src/lib/text/quote-match.ts';

const blocks = (...texts: string[]) => texts.map(foldText);
/** The original words at each place found. */
const found = (texts: string[], quote: string) =>
  locateQuote(blocks(...texts), quote)?.map((p) => texts[p.block]!.slice(p.span.start, p.span.end)) ?? null;

const P1 = 'Năm 2023, tổng doanh thu đạt trên 101 tỷ đồng, bằng 104% kế hoạch; năng suất lao động tăng 21%.';
const P2 = 'Bưu điện tỉnh đã tiếp nhận gần 80.000 hồ sơ thủ tục hành chính.';

describe('what the matcher forgives', () => {
  it('case, runs of spaces, no-break spaces and sentence punctuation at the ends', () => {
    expect(found([P1], 'Tổng Doanh Thu   đạt\u00a0trên 101 tỷ đồng.')).toEqual(['tổng doanh thu đạt trên 101 tỷ đồng']);
  });

  it('typographic quotes and dashes, and "…" against "..."', () => {
    expect(
      found(['Phong trào “Lao động giỏi – Lao động sáng tạo”...'], '"lao động giỏi - lao động sáng tạo"…'),
    ).toEqual(['Lao động giỏi – Lao động sáng tạo']);
  });

  it('decomposed letters and where the tone mark sits', () => {
    const nfd = 'Hội nghị hoà hợp, thu nhập bình quân đạt 8,8 triệu đồng'.normalize('NFD');
    expect(found([nfd], 'hòa hợp')).toEqual(['hoà hợp'.normalize('NFD')]);
    expect(found(['khỏe mạnh, thủy sản'], 'khoẻ mạnh, thuỷ sản')).toEqual(['khỏe mạnh, thủy sản']);
  });

  it('an elision, within a block or on to a later one, in order', () => {
    expect(found([P1], 'tổng doanh thu đạt trên 101 tỷ đồng … tăng 21%')).toEqual([
      'tổng doanh thu đạt trên 101 tỷ đồng',
      'tăng 21%',
    ]);
    expect(found([P1, P2], 'bằng 104% kế hoạch [...] gần 80.000 hồ sơ')).toEqual([
      'bằng 104% kế hoạch',
      'gần 80.000 hồ sơ',
    ]);
    expect(quoteParts('a (…) b ... c')).toEqual(['a', 'b', 'c']);
  });
});

describe('what it does not forgive', () => {
  it('another number, another word, another tone', () => {
    expect(found([P1], 'tổng doanh thu đạt trên 110 tỷ đồng')).toBeNull();
    expect(found([P1], 'tổng doanh thu đạt hơn 101 tỷ đồng')).toBeNull();
    expect(found([P2], 'gần 80.000 hổ sơ')).toBeNull();
  });

  it('parts out of order, or a quote without an elision that runs from one block into the next', () => {
    expect(found([P1], 'tăng 21% … tổng doanh thu')).toBeNull();
    expect(found([P1, P2], 'tăng 21%. Bưu điện tỉnh')).toBeNull();
  });
});

describe('the check and the article page agree', () => {
  it('on an elided quote: the check accepts it and the page marks both parts, the first with the id', () => {
    const quote = 'tổng doanh thu đạt trên 101 tỷ đồng … gần 80.000 hồ sơ';
    expect(containsQuote(searchable(`${P1}\n${P2}`), quote)).toBe(true);
    const { html, marks } = highlightQuotes(`<p>${P1}</p><p>${P2}</p>`, [{ id: 'q-kpis-0', text: quote }]);
    expect(marks.get('q-kpis-0')).toBe('q-kpis-0');
    expect(html).toContain('<mark id="q-kpis-0" class="quote">tổng doanh thu đạt trên 101 tỷ đồng</mark>');
    expect(html).toContain('<mark class="quote">gần 80.000 hồ sơ</mark>');
  });

  it('on any quote cut from the text, with or without elisions, and on any other', () => {
    const word = fc.constantFrom('doanh', 'thu', 'đạt', '101', 'tỷ', 'đồng', 'hoà', 'Khoẻ', '8,8', '“x”', '–', 'năm');
    const paragraph = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    const quoteOf = (paras: string[]) =>
      fc
        .array(fc.tuple(fc.nat(paras.length - 1), fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 3 })
        .map((cuts) =>
          cuts
            .map(([p, a, b, any]) => {
              const words = paras[p]!.split(' ');
              const from = a % words.length;
              const to = from + 1 + (b % (words.length - from));
              return any ? words.slice(from, to).join(' ') : 'tăng';
            })
            .join(' … '),
        );
    fc.assert(
      fc.property(
        fc
          .array(paragraph, { minLength: 1, maxLength: 4 })
          .chain((paras) => fc.tuple(fc.constant(paras), quoteOf(paras))),
        ([paras, quote]) => {
          const checked = containsQuote(searchable(paras.join('\n')), quote);
          const html = paras.map((p) => `<p>${p}</p>`).join('');
          const shown = highlightQuotes(html, [{ id: 'q', text: quote }]).marks.has('q');
          expect(shown).toBe(checked);
        },
      ),
      { numRuns: 500 },
    );
  });
});
