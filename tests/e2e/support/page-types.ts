/**
 * One page of each type of the site map (docs/content-model.md), chosen from the content: the province of
 * the newest conference, the newest report year, the newest article.
 */
import { entriesWithProvince, publishedEntries, writtenDigestYears } from './content.ts';

export type PageType =
  | 'home'
  | 'provinces'
  | 'province'
  | 'year'
  | 'year-written'
  | 'yearbook'
  | 'timeline'
  | 'awards'
  | 'article'
  | 'data'
  | 'map'
  | 'search'
  | 'not-found';

export interface PageOfType {
  type: PageType;
  /** Path relative to the language root ("provinces/son-la/"). */
  path: string;
  /** The status the server answers with. */
  status: number;
}

export const LANG_PREFIX = { vi: '', en: 'en/' } as const;
export type Lang = keyof typeof LANG_PREFIX;

/** The newest conference's province slug, report year and article id. */
export function newest() {
  const withProvince = entriesWithProvince();
  const all = publishedEntries();
  const latestYear = all.reduce((max, e) => Math.max(max, e.data.reportYear), 0);
  return {
    provinceSlug: withProvince[0]?.data.province ?? undefined,
    year: latestYear || undefined,
    articleId: (withProvince[0] ?? all[all.length - 1])?.id,
  };
}

/** One page of every type. A type whose example cannot be chosen (no entries at all) gets a path that cannot exist. */
export function pagesOfEachType(): PageOfType[] {
  const { provinceSlug, year, articleId } = newest();
  const written = writtenDigestYears()[0] ?? year;
  return [
    { type: 'home', path: '', status: 200 },
    { type: 'provinces', path: 'provinces/', status: 200 },
    { type: 'province', path: `provinces/${provinceSlug ?? 'no-province-in-content'}/`, status: 200 },
    { type: 'year', path: `years/${year ?? 'no-year-in-content'}/`, status: 200 },
    // The year with the newest written digest (else the newest year), and its printed yearbook.
    { type: 'year-written', path: `years/${written ?? 'no-year-in-content'}/`, status: 200 },
    { type: 'yearbook', path: `years/${written ?? 'no-year-in-content'}/print/`, status: 200 },
    { type: 'timeline', path: 'timeline/', status: 200 },
    { type: 'awards', path: 'awards/', status: 200 },
    { type: 'article', path: `articles/${articleId ?? 'no-article-in-content'}/`, status: 200 },
    { type: 'data', path: 'data/', status: 200 },
    { type: 'map', path: 'map/', status: 200 },
    { type: 'search', path: 'search/', status: 200 },
    { type: 'not-found', path: 'this-page-does-not-exist/', status: 404 },
  ];
}

/** The same page in a language: "en/provinces/son-la/". */
export const inLang = (lang: Lang, path: string): string => `${LANG_PREFIX[lang]}${path}`;
