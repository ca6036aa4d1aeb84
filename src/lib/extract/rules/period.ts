/** The period a figure covers: the year, or a part of it named in its clause. */
import type { Period } from '../../schema/figure.ts';
import type { FigureContext } from '../figure-types.ts';
import type { Frame } from '../figure-time.ts';
import { regex } from '../lexicon/pattern.ts';
import { PART_OF_YEAR } from '../lexicon/periods.ts';
import { WHOLE_YEAR } from '../lexicon/plan.ts';

const WHOLE_YEAR_WORDS = regex(WHOLE_YEAR, 'g');
const PART_WORDS = regex(PART_OF_YEAR, 'g');

const lastAt = (clause: string, re: RegExp): number => {
  let at = -1;
  for (const m of clause.matchAll(re)) at = m.index;
  return at;
};

/**
 * The period a figure covers, or 'H2' (the second half of a year has no period of its own).
 *
 *     "Quý IV/2023, phấn đấu hoàn thành 100% kế hoạch năm với tổng doanh thu 190 tỷ đồng"  → year (the year's plan)
 *     "Để hoàn thành kế hoạch năm 2024 …, 6 tháng cuối năm cần đạt 140 tỷ đồng"           → H2 (the part named last)
 */
export function periodOf(frame: Frame, target: boolean, clause: string, ctx: FigureContext): Period | 'H2' {
  if (!frame.part) return target ? 'year' : ctx.period;
  if (target) {
    const wholeYear = lastAt(clause, WHOLE_YEAR_WORDS);
    if (wholeYear >= 0 && wholeYear > lastAt(clause, PART_WORDS)) return 'year';
  }
  return frame.part;
}
