/**
 * Compact SVG path data for rings of integer points: an absolute move, then relative line-tos
 * ("M12 30l4-2 3 5z"). Relative integers keep a province's path to a few characters per vertex,
 * which is what keeps a whole map at a few tens of kilobytes.
 */
import type { Point } from './simplify.ts';

/** Join numbers with the fewest separators SVG allows: a minus sign separates by itself. */
function joinNumbers(numbers: readonly number[]): string {
  let out = '';
  for (const n of numbers) {
    const text = String(n);
    out += out === '' || text.startsWith('-') ? text : ` ${text}`;
  }
  return out;
}

/**
 * Path data for closed rings whose points are already rounded to integers. Consecutive repeated
 * points are dropped; the closing point is implied by `z`.
 */
export function ringsToPathData(rings: readonly (readonly Point[])[]): string {
  let d = '';
  for (const ring of rings) {
    if (ring.length < 3) continue;
    const first = ring[0]!;
    const deltas: number[] = [];
    let [px, py] = first;
    const last = ring[ring.length - 1]!;
    const end = last[0] === first[0] && last[1] === first[1] ? ring.length - 1 : ring.length;
    for (let i = 1; i < end; i += 1) {
      const [x, y] = ring[i]!;
      if (x === px && y === py) continue;
      deltas.push(x - px, y - py);
      px = x;
      py = y;
    }
    if (deltas.length < 4) continue; // fewer than three distinct points: nothing to fill
    d += `M${joinNumbers(first)}l${joinNumbers(deltas)}z`;
  }
  return d;
}
