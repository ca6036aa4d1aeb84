/**
 * A chart as plain JSON: what the page hands the client through a data-* attribute. It is a subset of a
 * Chart.js configuration (kept here without importing chart.js, so pages never bundle it) plus `format`,
 * which the client turns into tick and tooltip callbacks (functions cannot travel as JSON).
 */
export interface DatasetSpec {
  type?: 'bar' | 'line';
  label: string;
  data: (number | null)[];
  backgroundColor: string;
  borderColor: string;
  borderWidth?: number;
  borderDash?: number[];
  pointRadius?: number;
  pointStyle?: 'circle' | 'rect' | 'rectRot' | 'triangle';
  spanGaps?: boolean;
  order?: number;
  /** Per point: an estimate ("ước đạt"), drawn hatched and lighter so it never passes for a final figure. */
  estimated?: boolean[];
}

export interface ChartSpec {
  type: 'bar';
  data: { labels: string[]; datasets: DatasetSpec[] };
  options: {
    indexAxis?: 'x' | 'y';
    /** Axis title for the value axis ("tỷ đồng"). */
    valueAxisTitle: string;
    /** Legend label of the hatched estimate swatch; set when some point is an estimate. */
    estimatedLabel?: string;
  };
  format: {
    /** BCP 47 tag for Intl.NumberFormat. */
    locale: string;
    /** Appended to tooltip values ("tỷ đồng"). */
    unitLabel: string;
  };
}

/** Colours chosen for contrast on white and for telling apart without colour: targets are dashed lines. */
export const PALETTE = {
  actual: ['#1d4f91', '#6a3d9a', '#0f766e'],
  target: '#b45309',
  combined: '#7b93b8',
} as const;
