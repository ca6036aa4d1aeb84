import { describe, expect, it } from 'vitest';
import { planAttainment } from '../../src/lib/digest/plan.ts';
import { fig } from './figure-row.ts';

describe('planAttainment', () => {
  const target = (year: number, value: number | null, q: 'exact' | 'over' = 'exact') =>
    fig(year, value, { qualifier: q }, { kind: 'target' });

  it('prefers the percentage the article states, with its hedge', () => {
    expect(planAttainment(fig(2023, 138, { planPercent: 101, planQualifier: 'over' }), target(2023, 100))).toEqual({
      percent: 101,
      source: 'stated',
      qualifier: 'over',
    });
  });

  it('computes result ÷ target: 140 against 133.643 is 104.8%', () => {
    const p = planAttainment(fig(2024, 140e9), target(2024, 133.643e9));
    expect(p?.percent).toBe(104.8);
    expect(p?.source).toBe('computed');
  });

  it('never computes attainment for a part of the year', () => {
    expect(planAttainment(fig(2022, 50, { period: 'H1' }, { period: 'H1' }), target(2022, 100))).toBeNull();
  });

  it('needs a target of the same year with a value', () => {
    expect(planAttainment(fig(2024, 140), target(2025, 100))).toBeNull();
    expect(planAttainment(fig(2024, 140), target(2024, null))).toBeNull();
    expect(planAttainment(fig(2024, 140), undefined)).toBeNull();
  });
});
