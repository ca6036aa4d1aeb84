import { describe, expect, it } from 'vitest';
import { chartYears, seriesChart } from '../../src/lib/charts/series-chart.ts';
import { provincePage } from '../../src/lib/digest/province-page.ts';
import { fixtureDigest } from '../digest/fixture-digest.ts';

const labels = { actual: () => 'Thực hiện', target: () => 'Kế hoạch', combined: 'Cộng lại', estimated: 'Ước tính' };

describe('seriesChart', () => {
  const digest = fixtureDigest();
  const revenue = provincePage(digest, 'lang-son').series.find((s) => s.metric === 'total_revenue')!;
  const spec = seriesChart(revenue, 'vi', labels);

  it('spans every year from the first value to the last, gaps left empty', () => {
    // 2015 result … 2025 target; the 2016 target gave only a percentage and draws nothing.
    expect(spec.data.labels).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
  });

  it('draws results as bars in tỷ đồng and targets as a dashed line', () => {
    const [actual, target] = spec.data.datasets;
    expect(actual).toMatchObject({ type: 'bar', label: 'Thực hiện' });
    expect(actual!.data).toEqual([73.598, null, null, null, null, null, null, null, 138, 140, null]);
    expect(target).toMatchObject({ type: 'line', label: 'Kế hoạch', borderDash: [6, 4] });
    expect(target!.data.slice(-2)).toEqual([133.643, 145]);
    expect(spec.options.valueAxisTitle).toBe('tỷ đồng');
    expect(spec.format).toEqual({ locale: 'vi-VN', unitLabel: 'tỷ đồng' });
  });

  it('gives every dataset its own colours (the tree-shaken Chart.js has no Colors plugin)', () => {
    for (const d of spec.data.datasets) {
      expect(d.backgroundColor).toMatch(/^#[0-9a-f]{6}$/);
      expect(d.borderColor).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('marks the estimated bars (2023 and 2024 were "ước đạt") and names the hatching in the legend', () => {
    const actual = spec.data.datasets.find((d) => d.type === 'bar')!;
    const years = spec.data.labels;
    expect(years.filter((_, i) => actual.estimated?.[i])).toEqual(['2023', '2024']);
    expect(spec.options.estimatedLabel).toBe('Ước tính');
    // A target is never an estimate: its line carries no marks.
    expect(spec.data.datasets.find((d) => d.type === 'line')!.estimated).toBeUndefined();
  });

  it('has no estimate key when no figure is an estimate', () => {
    const sonLa = provincePage(digest, 'son-la').series.find(
      (s) => s.chartable && s.points.every((p) => !p.actual?.figure.estimated),
    );
    if (!sonLa) return;
    const plain = seriesChart(sonLa, 'vi', labels);
    expect(plain.options.estimatedLabel).toBeUndefined();
    expect(plain.data.datasets.every((d) => d.estimated === undefined)).toBe(true);
  });

  it('labels the axis in English for English pages', () => {
    expect(seriesChart(revenue, 'en', labels).options.valueAxisTitle).toBe('VND billion');
  });
});

describe('chartYears', () => {
  it('fills the years between the first and the last', () => {
    expect(chartYears([2023, 2019])).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(chartYears([])).toEqual([]);
  });
});
