import { describe, expect, it } from 'vitest';
import { MAX_CLASSES, sequentialPalette } from '../../src/lib/map/palette.ts';

describe('sequentialPalette', () => {
  it('has one distinct colour per class, light to dark', () => {
    for (let k = 1; k <= MAX_CLASSES; k += 1) {
      const colours = sequentialPalette(k);
      expect(colours).toHaveLength(k);
      expect(new Set(colours).size).toBe(k);
      const luminance = colours.map(
        (c) => parseInt(c.slice(1, 3), 16) + parseInt(c.slice(3, 5), 16) + parseInt(c.slice(5, 7), 16),
      );
      for (let i = 1; i < k; i += 1) expect(luminance[i]!).toBeLessThan(luminance[i - 1]!);
    }
  });
});
