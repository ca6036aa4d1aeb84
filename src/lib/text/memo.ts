/**
 * Remember a pure function's results for the last few hundred strings. The extractors look at the same
 * paragraph several times (years, figures, awards, people); this spares repeating the same work.
 */
export function memoByString<T>(fn: (s: string) => T, size = 512): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const value = fn(s);
    if (cache.size >= size) cache = new Map();
    cache.set(s, value);
    return value;
  };
}
