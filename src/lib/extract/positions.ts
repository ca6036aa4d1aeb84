/** Sorted offsets in a block, and the parts of block-wide lists that fall in one sentence. */

/** How many positions of the sorted list are below `at` (a binary search). */
export function countBelow(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last position of the sorted list within [from, to), or -1. */
export function lastWithin(sorted: readonly number[], from: number, to: number): number {
  const n = countBelow(sorted, to);
  return n > 0 && sorted[n - 1]! >= from ? sorted[n - 1]! : -1;
}

/** Is any position of the sorted list within [from, to)? */
export function anyWithin(sorted: readonly number[], from: number, to: number): boolean {
  return lastWithin(sorted, from, to) >= 0;
}

/** Where a global pattern matches in a text. */
export function positionsOf(text: string, re: RegExp): number[] {
  return [...text.matchAll(re)].map((m) => m.index);
}

/**
 * Hands out a block-wide list, sorted by start, sentence by sentence in order: each call returns the items
 * that start and end inside [from, to), and the next call starts where this one did.
 */
export class Cursor<T> {
  private i = 0;
  private readonly list: readonly T[];
  private readonly start: (x: T) => number;
  private readonly end: (x: T) => number;

  constructor(list: readonly T[], start: (x: T) => number, end: (x: T) => number) {
    this.list = list;
    this.start = start;
    this.end = end;
  }

  within(from: number, to: number): T[] {
    while (this.i < this.list.length && this.start(this.list[this.i]!) < from) this.i += 1;
    const out: T[] = [];
    for (let j = this.i; j < this.list.length && this.start(this.list[j]!) < to; j += 1)
      if (this.end(this.list[j]!) <= to) out.push(this.list[j]!);
    return out;
  }
}
