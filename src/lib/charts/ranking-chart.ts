/**
 * One metric compared across provinces for a year: horizontal bars, in ranking order, so names stay
 * readable on a phone. Only ranked rows are drawn; the table beside it lists the rest.
 */
import { LOCALE_TAG, type Lang } from '../lang.ts';
import type { Unit } from '../metrics.ts';
import { displayScaleFor } from '../format/number.ts';
import { PALETTE, type ChartSpec } from './types.ts';

export interface RankingBar {
  label: string;
  value: number;
  estimated?: boolean;
}

/** `estimatedLabel` names the hatched swatch the legend adds when a bar is an estimate. */
export function rankingChart(
  bars: readonly RankingBar[],
  unit: Unit,
  lang: Lang,
  datasetLabel: string,
  estimatedLabel?: string,
  /** The metric's id: a count's axis names what it counts. */
  metric?: string,
): ChartSpec {
  const scale = displayScaleFor(
    bars.map((b) => b.value),
    unit,
    lang,
    metric,
  );
  const estimated = bars.map((b) => b.estimated === true);
  const anyEstimate = estimated.some(Boolean);
  return {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.label),
      datasets: [
        {
          label: datasetLabel,
          data: bars.map((b) => Math.round((b.value / scale.divisor) * 1000) / 1000),
          backgroundColor: PALETTE.actual[0],
          borderColor: PALETTE.actual[0],
          ...(anyEstimate ? { estimated } : {}),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      valueAxisTitle: scale.label,
      ...(anyEstimate && estimatedLabel ? { estimatedLabel } : {}),
    },
    format: { locale: LOCALE_TAG[lang], unitLabel: scale.label },
  };
}
