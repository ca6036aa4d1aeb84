/**
 * The one place the digest meets Astro's content layer (the `-astro` suffix marks it, like `-fs` files
 * for node:fs). The collection is read and shaped once per build: every page awaits the same promise
 * (in `astro dev`, once per request, so edits show at once).
 * Drafts are kept in `astro dev` and left out of production builds.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDigest, type Digest } from './digest.ts';
import { toDigestEntry } from './entries.ts';

const isPublished = (entry: CollectionEntry<'articles'>): boolean => !(import.meta.env.PROD && entry.data.draft);

let articles: Promise<CollectionEntry<'articles'>[]> | undefined;
let digest: Promise<Digest> | undefined;

/** The published entries, body included: only article pages (which render them) should need this. */
export function getArticles(): Promise<CollectionEntry<'articles'>[]> {
  // In `astro dev` an editor's change must show on the next reload: read afresh every time.
  if (import.meta.env.DEV) return getCollection('articles', isPublished);
  articles ??= getCollection('articles', isPublished);
  return articles;
}

/** The shaped digest, without bodies. */
export function getDigest(): Promise<Digest> {
  const shape = (list: CollectionEntry<'articles'>[]) =>
    buildDigest(list.map((e) => toDigestEntry(e.id, e.data, e.filePath)));
  if (import.meta.env.DEV) return getArticles().then(shape);
  digest ??= getArticles().then(shape);
  return digest;
}

/** getStaticPaths of /provinces/<slug>/ (both languages). */
export async function provincePaths() {
  return (await getDigest()).provinceSlugs.map((slug) => ({ params: { slug } }));
}

/** getStaticPaths of /years/<year>/: every year with a conference or a full-year result. */
export async function yearPaths() {
  return (await getDigest()).years.map((year) => ({ params: { year: String(year) } }));
}

/**
 * getStaticPaths of /articles/<id>/: the only pages that render an entry's body. An article page
 * shows its own entry and nothing else of the digest, so the entry's digest is its cache key: with
 * `experimental.incrementalBuild` an unchanged entry's pages are not rendered again (without the
 * flag the key is ignored).
 */
export async function articlePaths() {
  return (await getArticles()).map((article) => ({
    params: { id: article.id },
    props: { article },
    ...(article.digest !== undefined ? { cacheKey: String(article.digest) } : {}),
  }));
}
