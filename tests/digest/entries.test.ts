import { describe, expect, it } from 'vitest';
import { headlineRevenue } from '../../src/lib/digest/entries.ts';
import { fig } from './figure-row.ts';

const figure = (...args: Parameters<typeof fig>) => fig(...args).figure;

describe('headlineRevenue', () => {
  it('is the full-year total revenue with a value, whatever comes before it', () => {
    const revenue = figure(2023, 101e9);
    expect(headlineRevenue({ kpis: [figure(2023, 8e6, { metric: 'average_income' }), revenue] })).toEqual({
      figure: revenue,
      estimated: false,
    });
  });

  it('is nothing when total revenue is given only for part of the year or only as a percentage', () => {
    expect(headlineRevenue({ kpis: [figure(2022, 50e9, { period: 'H1' })] })).toBeNull();
    expect(headlineRevenue({ kpis: [figure(2022, null, { planPercent: 43 })] })).toBeNull();
    expect(headlineRevenue({ kpis: [] })).toBeNull();
  });

  it('says “estimated” for an estimated figure', () => {
    expect(headlineRevenue({ kpis: [figure(2023, 138e9, { estimated: true })] })?.estimated).toBe(true);
  });

  it('takes the estimate mark from the first total revenue listed, even a part-year one listed before the year’s', () => {
    const kpis = [figure(2023, 60e9, { period: 'H1', estimated: true }), figure(2023, 120e9)];
    expect(headlineRevenue({ kpis })).toEqual({ figure: kpis[1], estimated: true });
  });
});
