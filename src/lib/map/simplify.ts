/**
 * Douglas–Peucker line simplification in projected (screen) units.
 *
 * The map simplifies each TopoJSON arc once, not each ring: a border shared by two provinces is one
 * arc, so both provinces get the very same simplified line and no slivers or gaps open between them.
 */

export type Point = readonly [number, number];

/** Squared distance from p to the segment a–b. */
function segmentDistanceSquared(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let x = a[0];
  let y = a[1];
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  const ex = p[0] - x;
  const ey = p[1] - y;
  return ex * ex + ey * ey;
}

/** Indices of the points to keep between first and last (both kept), iteratively. */
function keepIndices(
  points: readonly Point[],
  first: number,
  last: number,
  toleranceSquared: number,
  keep: Uint8Array,
): void {
  const stack: Array<[number, number]> = [[first, last]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let maxDistance = 0;
    let index = -1;
    for (let i = from + 1; i < to; i += 1) {
      const d = segmentDistanceSquared(points[i]!, points[from]!, points[to]!);
      if (d > maxDistance) {
        maxDistance = d;
        index = i;
      }
    }
    if (index !== -1 && maxDistance > toleranceSquared) {
      keep[index] = 1;
      stack.push([from, index], [index, to]);
    }
  }
}

/**
 * Simplify a polyline, keeping both end points (arcs meet other arcs there).
 * A closed line (first point = last point, an island drawn as one arc) is split at the point farthest
 * from its start, so it keeps at least a triangle instead of collapsing to a segment.
 */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  const n = points.length;
  if (n <= 2 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const toleranceSquared = tolerance * tolerance;
  const closed = points[0]![0] === points[n - 1]![0] && points[0]![1] === points[n - 1]![1];
  if (closed) {
    let far = 1;
    let farDistance = -1;
    for (let i = 1; i < n - 1; i += 1) {
      const d = (points[i]![0] - points[0]![0]) ** 2 + (points[i]![1] - points[0]![1]) ** 2;
      if (d > farDistance) {
        farDistance = d;
        far = i;
      }
    }
    keep[far] = 1;
    keepIndices(points, 0, far, toleranceSquared, keep);
    keepIndices(points, far, n - 1, toleranceSquared, keep);
  } else {
    keepIndices(points, 0, n - 1, toleranceSquared, keep);
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Signed area of a ring (shoelace); positive when clockwise in screen coordinates (y down). */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return sum / 2;
}
