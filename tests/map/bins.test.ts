import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binIndex, niceBreak, quantileBinning } from '../../src/lib/map/bins.ts';
import { MAX_CLASSES } from '../../src/lib/map/palette.ts';

describe('niceBreak', () => {
  it('picks the roundest number above the lower value and not above the upper one', () => {
    expect(niceBreak(101e9, 248e9)).toBe(200e9);
    expect(niceBreak(181e9, 196e9)).toBe(190e9);
    expect(niceBreak(1234, 1235)).toBe(1235);
    expect(niceBreak(0.5, 3.7)).toBe(3);
  });

  it('works for negative values (profit can be a loss)', () => {
    const t = niceBreak(-12e9, -3e9);
    expect(t).toBeGreaterThan(-12e9);
    expect(t).toBeLessThanOrEqual(-3e9);
  });
});

describe('quantileBinning', () => {
  it('has no classes without values', () => {
    expect(quantileBinning([])).toEqual({ breaks: [], bins: [] });
  });

  it('puts equal values in one class spanning them', () => {
    const { breaks, bins } = quantileBinning([5, 5, 5]);
    expect(breaks).toEqual([]);
    expect(bins).toEqual([{ lower: 5, upper: 5, last: true }]);
  });

  it('makes one class per distinct value up to five, then quantiles', () => {
    expect(quantileBinning([1, 2, 3]).bins).toHaveLength(3);
    const ten = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    const { breaks, bins } = quantileBinning(ten);
    expect(bins).toHaveLength(5);
    expect(breaks).toEqual([30, 50, 70, 90]);
    expect(ten.map((v) => binIndex(v, breaks))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('covers every value with increasing breaks, at most five classes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e15, max: 1e15, noNaN: true }), { minLength: 1, maxLength: 70 }),
        (values) => {
          const { breaks, bins } = quantileBinning(values);
          expect(bins.length).toBeGreaterThanOrEqual(1);
          expect(bins.length).toBeLessThanOrEqual(MAX_CLASSES);
          expect(bins.length).toBe(breaks.length + 1);
          for (let i = 1; i < breaks.length; i += 1) expect(breaks[i]!).toBeGreaterThan(breaks[i - 1]!);
          for (const v of values) {
            const bin = bins[binIndex(v, breaks)]!;
            expect(v).toBeGreaterThanOrEqual(bin.lower);
            if (bin.last) expect(v).toBeLessThanOrEqual(bin.upper);
            else expect(v).toBeLessThan(bin.upper);
          }
          // No class is empty.
          const used = new Set(values.map((v) => binIndex(v, breaks)));
          expect(used.size).toBe(bins.length);
        },
      ),
    );
  });
});
