/**
 * Figures a headline gives. A headline often repeats the lead's main figure ("Bưu điện tỉnh đạt tổng
 * doanh thu hơn 96 tỷ đồng"); sometimes it is the only place a figure is given ("Năm 2018, Bưu điện tỉnh
 * phấn đấu đạt doanh thu trên 149 tỷ đồng" above an excerpt that stops before the targets). The text's
 * figures come first; a headline figure the text does not give is added and marked by a review warning,
 * and one the text gives with another amount is pointed out.
 */
import { metricById } from '../metrics.ts';
import { warning } from '../schema/review.ts';
import { formatPlain, formatVi } from './figure-notes.ts';
import type { FigureContext, FigureDraft, FigureResult } from './figure-types.ts';
import { extractFigures } from './figures.ts';

/** The block index a headline's figures carry: before the first paragraph. */
export const HEADLINE_BLOCK = -1;

const sameFigure = (a: FigureDraft, b: FigureDraft): boolean =>
  a.metric === b.metric && a.kind === b.kind && a.year === b.year && a.period === b.period;

/**
 * Does the text's amount fit the headline's, as headlines round and hedge? "hơn 73 tỷ đồng" fits 73,54;
 * "gần 80.000 hồ sơ" fits 79.200; a bare "73 tỷ" fits within rounding.
 */
function agrees(head: FigureDraft, text: number): boolean {
  const h = head.value!;
  const within = (low: number, high: number): boolean => text >= h * low && text <= h * high;
  switch (head.qualifier) {
    case 'over':
      return within(0.995, 1.15);
    case 'nearly':
    case 'under':
      return within(0.85, 1.005);
    case 'about':
      return within(0.95, 1.05);
    default:
      return within(0.99, 1.01);
  }
}

/** Add to `figures` what the headline gives and the text does not; warn where the two disagree. */
export function addHeadlineFigures(title: string, figures: FigureResult, ctx: FigureContext): void {
  const head = extractFigures([title], ctx);
  for (const [list, fromHead] of [
    [figures.kpis, head.kpis],
    [figures.targets, head.targets],
  ] as const) {
    for (const h of fromHead) {
      const inText = list.find((f) => sameFigure(f, h));
      if (!inText) {
        h.block = HEADLINE_BLOCK;
        h.warnings.push(
          warning(
            'quote',
            `"${h.quote}" chỉ có ở tiêu đề bài, phần bài không nêu; đã đọc từ tiêu đề. Hãy đối chiếu với bài đầy đủ.`,
            `"${h.quote}" is given only in the headline, not in the text; it was read from the headline. Check it against the full article.`,
            h.quote,
          ),
        );
        list.unshift(h);
      } else if (h.value !== null && inText.value !== null && !agrees(h, inText.value)) {
        const label = metricById(h.metric)!.label;
        inText.warnings.push(
          warning(
            'value',
            `Tiêu đề ghi "${h.quote}" (${formatVi(h.value)}), phần bài ghi ${formatVi(inText.value)} cho ${label.vi.toLocaleLowerCase('vi')}; đã theo phần bài. Hãy kiểm tra.`,
            `The headline says "${h.quote}" (${formatPlain(h.value)}), the text ${formatPlain(inText.value)} for ${label.en.toLowerCase()}; the text was followed. Check it.`,
            h.quote,
          ),
        );
      }
    }
  }
}
