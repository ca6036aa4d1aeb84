/**
 * Plan attainment: the percentage of the year's target reached. An article's own statement ("đạt 102%
 * kế hoạch") wins. Otherwise it is computed from the target a conference set for that year, but only
 * for full-year results: six months' revenue against an annual plan is not "attainment".
 */
import { indexKey } from './change.ts';
import type { FigureRow, PlanAttainment } from './types.ts';

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function planAttainment(result: FigureRow, target: FigureRow | undefined): PlanAttainment | null {
  const stated = result.figure.planPercent;
  if (stated !== undefined) {
    return {
      percent: stated,
      source: 'stated',
      ...(result.figure.planQualifier ? { qualifier: result.figure.planQualifier } : {}),
    };
  }
  if (!target || target.kind !== 'target' || result.value === null || target.value === null || target.value <= 0)
    return null;
  if (
    result.period !== 'year' ||
    target.period !== 'year' ||
    target.year !== result.year ||
    target.unit !== result.unit
  )
    return null;
  const percent = round1((result.value / target.value) * 100);
  const hedged = result.figure.qualifier !== 'exact' || target.figure.qualifier !== 'exact';
  return { percent, source: 'computed', target, ...(hedged ? { qualifier: 'about' as const } : {}) };
}

/** The target set for a result's territory, metric and year, if any. */
export function targetFor(index: Map<string, FigureRow>, result: FigureRow): FigureRow | undefined {
  if (!result.territoryKey) return undefined;
  return index.get(indexKey(result.territoryKey, result.metric, result.year, 'year', 'target'));
}
