/**
 * Which map pages exist (`/map/<metric>/<year>/`, built by the map pages from the same entries), so
 * year pages link only to maps that were built. Computed once per digest.
 */
import type { Digest } from '../../lib/digest/digest.ts';
import { mapPagePath } from '../../lib/map/routes.ts';
import { mapSelections } from '../../lib/map/values.ts';

const cache = new WeakMap<Digest, Map<string, string>>();

/** `metric|year` → the map page's path (relative, for localePath). */
export function mapPages(digest: Digest): Map<string, string> {
  let pages = cache.get(digest);
  if (!pages) {
    pages = new Map(mapSelections(digest.entries).map((s) => [`${s.metric}|${s.year}`, mapPagePath(s)]));
    cache.set(digest, pages);
  }
  return pages;
}
