/**
 * The ASCII copy of names a page adds to the search index. Pagefind folds tone and vowel marks
 * ("son la" finds "Sơn La") but not đ → d, so "dak lak" would never find "Đắk Lắk", nor "dien bien"
 * "Điện Biên". Every province name a page shows, from the registry (both eras, with spelling
 * variants), is found in the page's rendered HTML and given a folded twin, so no page has to remember
 * to list the names it mentions.
 */
import { allUnits } from '../lib/provinces.ts';
import { foldDiacritics } from '../lib/text/fold.ts';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names whose folded form differs, longest first (so "Bà Rịa - Vũng Tàu" wins over any part of it). */
const FOLDABLE_NAMES = [...new Set(allUnits.flatMap((u) => [u.name, ...u.nameVariants]))]
  .filter((name) => foldDiacritics(name) !== name)
  .sort((a, b) => b.length - a.length);

const NAME_PATTERN = new RegExp(FOLDABLE_NAMES.map(escapeRegExp).join('|'), 'g');

/** The registry names that occur in a piece of text or HTML, each once, in order of appearance. */
export function provinceNamesIn(text: string): string[] {
  return [...new Set(text.match(NAME_PATTERN) ?? [])];
}

/**
 * The folded copy to index for a page: the province names in its HTML and any extra text (an article's
 * title), without diacritics, each once; empty when folding changes nothing.
 */
export function foldedSearchText(html: string, extra: readonly string[] = []): string {
  const folded = [...provinceNamesIn(html), ...extra]
    .map((s) => [s, foldDiacritics(s)] as const)
    .filter(([s, f]) => f !== s);
  return [...new Set(folded.map(([, f]) => f))].join(' · ');
}

/**
 * The names a page stands for (a province page: the province's name and its spelling variants), each
 * as written and without diacritics, once.
 */
export function placeSearchText(names: readonly string[]): string {
  return [...new Set(names.flatMap((n) => [n, foldDiacritics(n)]))].join(' · ');
}
