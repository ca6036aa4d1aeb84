/**
 * "Did you mean …?": the closest known name to a mistyped one.
 */

/** Edit distance with adjacent transpositions counted as one edit ("totla" → "total" is 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i]!;
    const prev = rows[i - 1]!;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate closest to `input` after both are passed through `key`, or undefined when none is
 * close enough: at most a third of the longer key may differ, so "abc" does not "correct" to "xyz".
 */
export function closest(
  input: string,
  candidates: readonly string[],
  key: (s: string) => string = (s) => s.toLowerCase(),
): string | undefined {
  const k = key(input);
  if (!k) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const ck = key(c);
    const d = editDistance(k, ck);
    const limit = Math.max(1, Math.floor(Math.max(k.length, ck.length) / 3));
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
