import { describe, expect, it } from 'vitest';
import { rankingChart } from '../../src/lib/charts/ranking-chart.ts';

describe('rankingChart', () => {
  it('draws horizontal bars in the order given, scaled to one unit', () => {
    const spec = rankingChart(
      [
        { label: 'Bắc Giang', value: 287e9 },
        { label: 'Quảng Ngãi', value: 205e9 },
      ],
      'VND',
      'en',
      'Total revenue',
    );
    expect(spec.options.indexAxis).toBe('y');
    expect(spec.data.labels).toEqual(['Bắc Giang', 'Quảng Ngãi']);
    expect(spec.data.datasets[0]!.data).toEqual([287, 205]);
    expect(spec.options.valueAxisTitle).toBe('VND billion');
    expect(spec.options.estimatedLabel).toBeUndefined();
  });

  it('marks an estimated bar, and only then adds the legend key', () => {
    const spec = rankingChart(
      [
        { label: 'Lạng Sơn', value: 138e9, estimated: true },
        { label: 'Sơn La', value: 101e9 },
      ],
      'VND',
      'vi',
      'Tổng doanh thu',
      'Ước tính',
    );
    expect(spec.data.datasets[0]!.estimated).toEqual([true, false]);
    expect(spec.options.estimatedLabel).toBe('Ước tính');
  });
});
