/**
 * A written digest's file is named by its year and language: `2023.mdx` is Vietnamese, `2023.en.mdx`
 * English. The collection's ids are those names without `.mdx` (`2023`, `2023.en`).
 */
import type { Lang } from '../lang.ts';

export interface DigestName {
  year: number;
  lang: Lang;
}

const NAME = /^(\d{4})(?:\.(en))?$/;

/** `2023` → 2023 vi, `2023.en` → 2023 en (an id, or a file name with `.mdx`); null for anything else. */
export function parseDigestName(idOrFile: string): DigestName | null {
  const m = NAME.exec(idOrFile.replace(/^.*\//, '').replace(/\.mdx$/, ''));
  return m ? { year: Number(m[1]), lang: m[2] === 'en' ? 'en' : 'vi' } : null;
}

export const digestId = (year: number, lang: Lang): string => (lang === 'en' ? `${year}.en` : String(year));
export const digestFileName = (year: number, lang: Lang): string => `${digestId(year, lang)}.mdx`;

/**
 * Where the written digests of an articles folder live: `content/digests/` beside `content/articles/`;
 * for any other folder of entries (a test corpus), the sibling `<folder>-digests/`.
 */
export function digestsDirFor(articlesDir: string): string {
  const trimmed = articlesDir.replace(/\/+$/, '');
  return /(^|\/)articles$/.test(trimmed) ? trimmed.replace(/articles$/, 'digests') : `${trimmed}-digests`;
}

/** The folder the site reads written digests from: DIGEST_DIGESTS_DIR, else the one beside the articles. */
export function defaultDigestsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DIGEST_DIGESTS_DIR || digestsDirFor(env.DIGEST_CONTENT_DIR || 'content/articles');
}
