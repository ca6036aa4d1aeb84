import { describe, expect, it } from 'vitest';
import { ringsToPathData } from '../../src/lib/map/svg-path.ts';

describe('ringsToPathData', () => {
  it('writes an absolute move, relative line-tos and a close, with minus signs as separators', () => {
    expect(
      ringsToPathData([
        [
          [10, 20],
          [15, 20],
          [15, 10],
          [10, 20],
        ],
      ]),
    ).toBe('M10 20l5 0 0-10z');
  });

  it('drops repeated points and rings with fewer than three distinct points', () => {
    expect(
      ringsToPathData([
        [
          [0, 0],
          [0, 0],
          [1, 1],
          [0, 0],
        ],
      ]),
    ).toBe('');
    expect(
      ringsToPathData([
        [
          [0, 0],
          [4, 0],
          [4, 0],
          [0, 3],
          [0, 0],
        ],
      ]),
    ).toBe('M0 0l4 0-4 3z');
  });
});
