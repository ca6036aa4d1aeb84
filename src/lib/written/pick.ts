/**
 * Which written digest a year page shows: the one in the page's language, else the other language's
 * with a note (an English page before the English text is written shows the Vietnamese one).
 */
import type { Lang } from '../lang.ts';
import { digestId } from './file-name.ts';

export interface PickedDigest {
  id: string;
  /** The language the text is written in. */
  lang: Lang;
  /** True when it is not the page's language (the page says so). */
  fallback: boolean;
}

export function pickWrittenDigest(ids: Iterable<string>, year: number, lang: Lang): PickedDigest | null {
  const have = new Set(ids);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  if (have.has(digestId(year, lang))) return { id: digestId(year, lang), lang, fallback: false };
  if (have.has(digestId(year, other))) return { id: digestId(year, other), lang: other, fallback: true };
  return null;
}
