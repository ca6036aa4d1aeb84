/**
 * Every URL the site writes by hand goes through here, so a build under a sub-path (BASE_PATH=/digest/)
 * links correctly. Vietnamese pages live at the root, English ones under /en/ with the same paths.
 */
import type { Lang } from '../lib/lang.ts';

/** The configured base, always with a trailing slash ("/", "/digest/"). */
export function baseUrl(): string {
  const base = import.meta.env.BASE_URL || '/';
  return base.endsWith('/') ? base : `${base}/`;
}

const trimLeadingSlashes = (path: string): string => path.replace(/^\/+/, '');

/** A file or page that is the same in both languages: "data/kpis.csv" → "/digest/data/kpis.csv". */
export function withBase(path: string, base = baseUrl()): string {
  return `${base}${trimLeadingSlashes(path)}`;
}

/** A page in one language: ("en", "provinces/son-la/") → "/digest/en/provinces/son-la/". */
export function localePath(lang: Lang, path = '', base = baseUrl()): string {
  return withBase(`${lang === 'en' ? 'en/' : ''}${trimLeadingSlashes(path)}`, base);
}

/** Which language a pathname is in ("/digest/en/awards/" → en). */
export function langOfPath(pathname: string, base = baseUrl()): Lang {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : trimLeadingSlashes(pathname);
  return rest === 'en' || rest.startsWith('en/') ? 'en' : 'vi';
}

/** The same page in the other language: "/digest/en/awards/" ⇄ "/digest/awards/". Query and hash are kept. */
export function twinPath(pathname: string, base = baseUrl()): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : trimLeadingSlashes(pathname);
  if (rest === 'en' || rest.startsWith('en/')) return withBase(rest.replace(/^en\/?/, ''), base);
  return withBase(`en/${rest}`, base);
}

/** Page paths used in more than one place. */
export const routes = {
  home: () => '',
  provinces: () => 'provinces/',
  province: (slug: string) => `provinces/${slug}/`,
  years: () => 'years/',
  year: (year: number) => `years/${year}/`,
  yearPrint: (year: number) => `years/${year}/print/`,
  timeline: () => 'timeline/',
  awards: () => 'awards/',
  article: (id: string) => `articles/${id}/`,
  data: () => 'data/',
  map: () => 'map/',
  search: () => 'search/',
} as const;
