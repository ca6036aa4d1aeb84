/**
 * What the site search (Pagefind) indexes, and how it ranks what it finds, in one place.
 *
 * Indexed: the pages readers search for, article, province and year pages, and the province index
 * (where a province with no page of its own is named), in both languages. The build's indexer reads
 * only those folders (SEARCH_GLOB, src/integrations/search-index.ts), and a page there is indexed only
 * when its view says so (BaseLayout's `searchable`: it then marks `<main data-pagefind-body>`). Not
 * indexed: the map pages, home, timeline, awards, data, the years index, search and 404.
 *
 * Pagefind folds tone and vowel marks ("son la" finds "Sơn La") but not đ → d, so a page carries, as
 * Pagefind metadata (searched, ranked by field, never shown in an excerpt), ASCII-folded copies:
 * - `folded`: every province name the page shows, and the extra text it names (an article's title);
 * - `listed`: the same on the province index, which lists provinces to land on;
 * - `place`: on a province page, the names of the province itself, with and without diacritics.
 * The weights below are given to Pagefind by the search page (src/scripts/site-search.ts), so that a
 * province's own page comes first for its name, the index next, then pages that mention it.
 */
export const SEARCHED_SECTIONS = ['articles', 'provinces', 'years'] as const;

/** The HTML files the indexer reads, relative to the output folder. */
export const SEARCH_GLOB = `{${SEARCHED_SECTIONS.flatMap((s) => [s, `en/${s}`]).join(',')}}/**/*.html`;

/**
 * What the indexer leaves out of SEARCH_GLOB: the printed yearbooks (/years/<year>/print/), which are
 * never searched and are the largest pages of the site (a fifth of what the indexer would read at 1×).
 */
export const SEARCH_EXCLUDE: readonly string[] = ['**/print/**'];

export type SearchMetaField = 'place' | 'listed' | 'folded';

/** Pagefind's `ranking.metaWeights` (its own `title` field weighs 5). */
export const SEARCH_META_WEIGHTS: Readonly<Record<SearchMetaField, number>> = { place: 10, listed: 5, folded: 1 };
