/**
 * Figures: results, targets and per-service growth read from report prose.
 *
 * The grammar of a Vietnamese performance report is regular. A subject names the metric ("tổng doanh
 * thu", "năng suất lao động", "nộp ngân sách"), a verb and an optional hedge follow ("đạt trên",
 * "ước đạt", "gần"), then the amount with its unit ("101 tỷ đồng", "8,8 triệu đồng/người/tháng",
 * "41.500 hồ sơ"), and then, separated by commas, how it compares: with the plan ("đạt 102% kế hoạch",
 * "vượt 5% kế hoạch", "vượt kế hoạch 56%") and with last year ("tăng 21% so với cùng kỳ", "giảm 3%",
 * "bằng 111% so với thực hiện năm 2019", "tương đương 99% so với năm 2024"). A semicolon or a new
 * subject starts the next figure. Targets use the same grammar after "phấn đấu", "kế hoạch … là",
 * "mục tiêu", or in a sentence about the plan year.
 */
import { mergeDuplicates } from './figure-merge.ts';
import { ClauseReader } from './figure-reader.ts';
import type { FigureContext, FigureResult } from './figure-types.ts';

export { anchorOf, findCues, type CueHit } from './figure-cues.ts';
export type { FigureContext, FigureDraft, FigureResult, ServiceGrowthDraft } from './figure-types.ts';

/** A figure needs a digit: speeches and captions without one are passed over. */
const HAS_DIGIT = /\d/u;

/** Read every figure of an article's blocks. */
export function extractFigures(blocks: readonly string[], ctx: FigureContext): FigureResult {
  const out: FigureResult = { kpis: [], targets: [], serviceGrowth: [], warnings: [] };
  blocks.forEach((text, i) => {
    if (HAS_DIGIT.test(text)) new ClauseReader(text, i, ctx, out).read();
  });
  out.kpis = mergeDuplicates(out.kpis, out.warnings);
  out.targets = mergeDuplicates(out.targets, out.warnings);
  return out;
}
