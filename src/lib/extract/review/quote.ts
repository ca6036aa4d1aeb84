/**
 * The numbers against the quote they were read from: a figure's value must be one of the amounts its
 * quote states (as written, or its other reading: "91,352 triệu" may be 91.352 billion), and its "% of
 * plan" and change one of the readings of a percentage there ("đạt 102%" → 102, "vượt 2%" → 102,
 * "tăng 5%" → 5, "giảm 3%" → -3 or 97, "bằng 111%" → 11). A number no reading of the quote gives came from
 * somewhere else.
 */
import { lowerKeepLengthOnce, scanQuantitiesOnce } from '../../vi-number.ts';
import { BILLION, example, fig } from './example.ts';
import { placedFigures, type Finding, type ReviewRule } from './types.ts';

const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.011, Math.abs(b) * 1e-6);

/**
 * What the quote's numbers may stand for: amounts, and the percentages with every reading. Both rules
 * read every figure's quote, so they ask for it with `text.once(quoteNumbers, quote)`: one scan each.
 */
function quoteNumbers(quote: string): { amounts: number[]; percents: number[] } {
  const amounts: number[] = [];
  const percents: number[] = [];
  // Not remembered beyond the review: a quote is rarely scanned again, and would push out the blocks.
  for (const q of scanQuantitiesOnce(lowerKeepLengthOnce(quote)))
    for (const x of q.alternative ? [q.value, q.alternative] : [q.value]) {
      if (q.kind !== 'percent') amounts.push(x);
      else percents.push(x, -x, 100 + x, 100 - x, x - 100);
    }
  return { amounts, percents };
}

export const valueInQuote: ReviewRule = {
  id: 'value-in-quote',
  why: 'A figure’s value must be an amount its quote states; one that is not was taken from elsewhere or mistyped.',
  examples: [
    example(
      'Tổng doanh thu đạt 101 tỷ đồng.',
      { kpis: [fig('Tổng doanh thu đạt 101 tỷ đồng', 110 * BILLION)] },
      'kpis[0].value',
    ),
    example(
      'Tổng doanh thu năm 2020 ước đạt 91,352 triệu đồng.',
      { kpis: [fig('Tổng doanh thu năm 2020 ước đạt 91,352 triệu đồng', 91_352_000_000)] },
      null,
    ),
  ],
  check(entry, text) {
    const out: Finding[] = [];
    for (const p of placedFigures(entry)) {
      const v = p.figure.value;
      if (v === null) continue;
      const { amounts } = text.once(quoteNumbers, p.figure.quote);
      if (amounts.some((a) => near(a, v))) continue;
      out.push({
        field: `${p.field}.value`,
        vi: `"${p.figure.quote}" không có con số ${v.toLocaleString('vi-VN')} (value). Hãy đối chiếu số với bài.`,
        en: `"${p.figure.quote}" does not state ${v.toLocaleString('en-US')} (the value). Check the number against the article.`,
        quote: p.figure.quote,
      });
    }
    return out;
  },
};

export const percentInQuote: ReviewRule = {
  id: 'percent-in-quote',
  why: 'A figure’s "% of plan" and change must be readings of a percentage its quote states.',
  examples: [
    example(
      'Tổng doanh thu đạt 101 tỷ đồng, vượt 2% kế hoạch, tăng 15% so với năm 2022.',
      {
        kpis: [
          fig('Tổng doanh thu đạt 101 tỷ đồng, vượt 2% kế hoạch, tăng 15% so với năm 2022', 101 * BILLION, {
            planPercent: 102,
            changePercent: 12,
          }),
        ],
      },
      'kpis[0].changePercent',
    ),
    example(
      'Tổng doanh thu đạt 146 tỷ đồng, bằng 102% so với năm 2022, giảm 3% so với kế hoạch.',
      {
        kpis: [
          fig('Tổng doanh thu đạt 146 tỷ đồng, bằng 102% so với năm 2022, giảm 3% so với kế hoạch', 146 * BILLION, {
            planPercent: 97,
            changePercent: 2,
          }),
        ],
      },
      null,
    ),
  ],
  check(entry, text) {
    const out: Finding[] = [];
    for (const p of placedFigures(entry)) {
      const { percents } = text.once(quoteNumbers, p.figure.quote);
      for (const [name, value] of [
        ['planPercent', p.figure.planPercent],
        ['changePercent', p.figure.changePercent],
      ] as const) {
        if (value === undefined || percents.some((x) => near(x, value))) continue;
        out.push({
          field: `${p.field}.${name}`,
          vi: `"${p.figure.quote}" không có tỷ lệ nào cho ra ${name} ${String(value).replace('.', ',')}. Hãy đối chiếu với bài.`,
          en: `"${p.figure.quote}" has no percentage that gives ${name} ${value}. Check it against the article.`,
          quote: p.figure.quote,
        });
      }
    }
    return out;
  },
};

export const QUOTE_RULES: readonly ReviewRule[] = [valueInQuote, percentInQuote];
