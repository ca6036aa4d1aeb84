import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ringArea, simplifyLine, type Point } from '../../src/lib/map/simplify.ts';

describe('simplifyLine', () => {
  it('drops points closer to the line than the tolerance and keeps both ends', () => {
    const line: Point[] = [
      [0, 0],
      [1, 0.1],
      [2, -0.1],
      [3, 0.05],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.5)).toEqual([
      [0, 0],
      [4, 0],
    ]);
  });

  it('keeps a point that sticks out further than the tolerance', () => {
    const line: Point[] = [
      [0, 0],
      [1, 0],
      [2, 5],
      [3, 0],
      [4, 0],
    ];
    expect(simplifyLine(line, 1)).toEqual([
      [0, 0],
      [2, 5],
      [4, 0],
    ]);
  });

  it('keeps a closed ring (an island drawn as one arc) as at least a triangle', () => {
    const square: Point[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const out = simplifyLine(square, 100);
    expect(out.length).toBeGreaterThanOrEqual(3);
    expect(out[0]).toEqual(out[out.length - 1]);
  });

  it('never invents points and always keeps the ends (property)', () => {
    const point = fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }));
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 2, maxLength: 60 }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (pts, tol) => {
          const out = simplifyLine(pts, tol);
          expect(out[0]).toEqual(pts[0]);
          expect(out[out.length - 1]).toEqual(pts[pts.length - 1]);
          const keys = new Set(pts.map((p) => p.join(',')));
          for (const p of out) expect(keys.has(p.join(','))).toBe(true);
        },
      ),
    );
  });
});

describe('ringArea', () => {
  it('is the area of a square, signed by direction', () => {
    const ring: Point[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(Math.abs(ringArea(ring))).toBe(100);
    expect(ringArea([...ring].reverse())).toBe(-ringArea(ring));
  });
});
