/**
 * Chart.js with only what the digest draws: bars (results, rankings) and dashed lines (targets), two
 * axes, a legend and tooltips. The tree-shaken build does not register the Colors plugin, so every
 * dataset carries its colours (src/lib/charts/types.ts).
 *
 * The legend draws what the chart draws: a bar's swatch is a box, a target's is a dashed line (not the
 * dataset's diamond points), and when a point is an estimate, a hatched box says what hatching means.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type LegendItem,
} from 'chart.js';
import type { ChartSpec, DatasetSpec } from '../lib/charts/types.ts';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);
Chart.defaults.color = '#4d5562';
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** Diagonal stripes of the bar's colour on a pale ground: an estimate, never mistaken for a final figure. */
function hatch(colour: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** A dataset as Chart.js takes it: estimated bars hatched and outlined. */
function toDataset(d: DatasetSpec) {
  const { estimated, ...rest } = d;
  if (!estimated || d.type === 'line') return rest;
  const pattern = hatch(d.backgroundColor);
  return {
    ...rest,
    backgroundColor: estimated.map((e) => (e ? pattern : d.backgroundColor)),
    borderWidth: estimated.map((e) => (e ? 2 : 0)),
  };
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, { animate = true } = {}): Chart {
  // Three significant figures, the whole part kept, as cards round (src/lib/format/number.ts formatRounded):
  // "134 tỷ đồng" for 133,643; the data table under the chart has the exact value.
  const number = new Intl.NumberFormat(spec.format.locale, {
    maximumFractionDigits: 0,
    maximumSignificantDigits: 3,
    roundingPriority: 'morePrecision',
  });
  const horizontal = spec.options.indexAxis === 'y';
  const valueAxis = horizontal ? 'x' : 'y';
  const categoryAxis = horizontal ? 'y' : 'x';
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const { estimatedLabel } = spec.options;
  const datasets = spec.data.datasets;
  const defaultLabels = Chart.defaults.plugins.legend.labels.generateLabels;
  const defaultClick = Chart.defaults.plugins.legend.onClick;
  const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
    type: 'bar',
    data: { labels: spec.data.labels, datasets: datasets.map(toDataset) } as ChartConfiguration<
      'bar' | 'line',
      (number | null)[],
      string
    >['data'],
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion || !animate ? false : { duration: 300 },
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          title: { display: spec.options.valueAxisTitle !== '', text: spec.options.valueAxisTitle },
          ticks: { callback: (v: number | string) => (typeof v === 'number' ? number.format(v) : v) },
        },
        [categoryAxis]: { ticks: { autoSkip: !horizontal } },
      },
      plugins: {
        legend: {
          display: datasets.length > 1 || estimatedLabel !== undefined,
          position: 'bottom',
          labels: {
            usePointStyle: true,
            pointStyleWidth: 28,
            // In the order the datasets are listed (results before targets); the estimate key last.
            sort: (a, b) => (a.datasetIndex ?? Infinity) - (b.datasetIndex ?? Infinity),
            generateLabels(chart): LegendItem[] {
              const items = defaultLabels(chart).map((item) => {
                const d = datasets[item.datasetIndex ?? -1];
                if (d?.type === 'line')
                  return {
                    ...item,
                    pointStyle: 'line' as const,
                    lineWidth: 3,
                    lineDash: d.borderDash ?? [],
                    fillStyle: d.borderColor,
                  };
                // A bar's swatch is its plain colour, even when its first bar is an estimate.
                return {
                  ...item,
                  pointStyle: 'rect' as const,
                  lineWidth: 0,
                  fillStyle: d?.backgroundColor ?? item.fillStyle,
                };
              });
              if (estimatedLabel !== undefined) {
                const colour = datasets.find((d) => d.estimated?.some(Boolean))?.backgroundColor ?? '#1d4f91';
                items.push({
                  text: estimatedLabel,
                  fillStyle: hatch(colour),
                  strokeStyle: colour,
                  lineWidth: 2,
                  pointStyle: 'rect',
                  hidden: false,
                  fontColor: Chart.defaults.color as string,
                });
              }
              return items;
            },
          },
          // The estimate swatch is a key, not a dataset: clicking it toggles nothing.
          onClick(event, item, legend) {
            if (item.datasetIndex !== undefined) defaultClick.call(this, event, item, legend);
          },
        },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const v = horizontal ? ctx.parsed.x : ctx.parsed.y;
              if (v === null || v === undefined) return ctx.dataset.label ?? '';
              const estimate =
                estimatedLabel && datasets[ctx.datasetIndex]?.estimated?.[ctx.dataIndex] ? ` (${estimatedLabel})` : '';
              return `${ctx.dataset.label}: ${number.format(v)} ${spec.format.unitLabel}`.trim() + estimate;
            },
          },
        },
      },
    },
  };
  return new Chart(canvas, config);
}
