import { describe, expect, it } from 'vitest';
import { changeText, figureValueText, planText, targetText } from '../../src/i18n/figure-text.ts';
import { METRICS } from '../../src/lib/metrics.ts';

describe('figure text', () => {
  it('writes changes and plan attainment in each language', () => {
    expect(changeText({ percent: 21, source: 'stated' }, 'vi')).toBe('+21%');
    expect(changeText({ percent: -3, source: 'stated' }, 'en')).toBe('\u22123%');
    // A hedged change reads in words: "gần +51%" does not.
    expect(changeText({ percent: 1.4, source: 'computed', qualifier: 'about' }, 'vi')).toBe('tăng khoảng 1,4%');
    expect(changeText({ percent: 51, source: 'stated', qualifier: 'nearly' }, 'vi')).toBe('tăng gần 51%');
    expect(changeText({ percent: 45, source: 'stated', qualifier: 'nearly' }, 'en')).toBe('up nearly 45%');
    expect(planText({ percent: 43, source: 'stated' }, 'en', 'H1')).toBe('43% of the annual plan');
    expect(planText({ percent: 102, source: 'stated' }, 'vi')).toBe('đạt 102% kế hoạch');
  });

  it('writes a percentage-only target as a goal, not as an attainment', () => {
    const figure = {
      metric: 'total_revenue',
      value: null,
      unit: 'VND' as const,
      qualifier: 'exact' as const,
      estimated: false,
      year: 2016,
      period: 'year' as const,
      planPercent: 100,
      planQualifier: 'over' as const,
      quote: 'q',
    };
    expect(targetText({ value: null, unit: 'VND', figure }, 'vi')).toBe('phấn đấu đạt trên 100% kế hoạch');
    expect(targetText({ value: null, unit: 'VND', figure }, 'en')).toBe('aim: over 100% of plan');
  });

  it('gives every count its unit: what the figure’s metric counts', () => {
    const figure = {
      metric: 'admin_dossiers',
      value: 80_000,
      unit: 'count' as const,
      qualifier: 'nearly' as const,
      estimated: false,
      year: 2024,
      period: 'year' as const,
      quote: 'q',
    };
    expect(figureValueText({ value: 80_000, unit: 'count', figure }, 'vi')).toBe('gần 80.000 hồ sơ');
    expect(figureValueText({ value: 80_000, unit: 'count', figure }, 'en')).toBe('nearly 80,000 dossiers');
  });

  it('finds a unit in the catalogue for every metric counted', () => {
    const counts = METRICS.filter((m) => m.unit === 'count' || m.altUnits?.includes('count'));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((m) => !m.countUnit).map((m) => m.id)).toEqual([]);
  });
});
