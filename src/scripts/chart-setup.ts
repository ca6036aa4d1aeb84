/**
 * Chart.js with only what the digest draws: bars (results, rankings) and dashed lines (targets), two
 * axes, a legend and tooltips. The tree-shaken build does not register the Colors plugin, so every
 * dataset carries its colours (src/lib/charts/types.ts).
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
} from 'chart.js';
import type { ChartSpec } from '../lib/charts/types.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.color = '#4d5562';
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart {
  const number = new Intl.NumberFormat(spec.format.locale, { maximumFractionDigits: 2 });
  const horizontal = spec.options.indexAxis === 'y';
  const valueAxis = horizontal ? 'x' : 'y';
  const categoryAxis = horizontal ? 'y' : 'x';
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
    type: 'bar',
    data: spec.data as ChartConfiguration<'bar' | 'line', (number | null)[], string>['data'],
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 300 },
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          title: { display: spec.options.valueAxisTitle !== '', text: spec.options.valueAxisTitle },
          ticks: { callback: (v: number | string) => (typeof v === 'number' ? number.format(v) : v) },
        },
        [categoryAxis]: { ticks: { autoSkip: !horizontal } },
      },
      plugins: {
        legend: { display: spec.data.datasets.length > 1, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const v = horizontal ? ctx.parsed.x : ctx.parsed.y;
              return v === null || v === undefined ? ctx.dataset.label ?? '' : `${ctx.dataset.label}: ${number.format(v)} ${spec.format.unitLabel}`.trim();
            },
          },
        },
      },
    },
  };
  return new Chart(canvas, config);
}
