import { describe, expect, it } from 'vitest';
import { changeAgainst } from '../../src/lib/digest/change.ts';
import { fig } from './figure-row.ts';

describe('changeAgainst (year over year)', () => {
  it('prefers the change the article states', () => {
    expect(changeAgainst(fig(2023, 110, { changePercent: 21 }), fig(2022, 100))).toEqual({
      percent: 21,
      source: 'stated',
    });
  });

  it('computes the change from last year’s figure: 100 → 110 is +10%', () => {
    const c = changeAgainst(fig(2023, 110), fig(2022, 100));
    expect(c?.percent).toBe(10);
    expect(c?.source).toBe('computed');
  });

  it('computes a fall against a loss as a share of the loss’s size: −200 → −100 is +50%', () => {
    expect(changeAgainst(fig(2023, -100), fig(2022, -200))?.percent).toBe(50);
  });

  it('calls a computed change "about" when either figure was hedged', () => {
    expect(changeAgainst(fig(2023, 110, { qualifier: 'over' }), fig(2022, 100))?.qualifier).toBe('about');
  });

  it('gives nothing without last year, without a value, or across periods', () => {
    expect(changeAgainst(fig(2023, 110), undefined)).toBeNull();
    expect(changeAgainst(fig(2023, null, { planPercent: 43 }), fig(2022, 100))).toBeNull();
    expect(changeAgainst(fig(2023, 110, { period: 'H1' }, { period: 'H1' }), fig(2022, 100))).toBeNull();
    expect(changeAgainst(fig(2023, 110), fig(2021, 100))).toBeNull();
  });
});
