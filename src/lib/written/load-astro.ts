/**
 * Where written digests meet Astro's content layer: the published ones (drafts only in `astro dev`),
 * and the one a year page shows in a language (see pick.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { DigestEntry } from '../digest/types.ts';
import type { Lang } from '../lang.ts';
import { yearbookFingerprint } from '../yearbook/fingerprint.ts';
import { pickWrittenDigest, type PickedDigest } from './pick.ts';

export type WrittenEntry = CollectionEntry<'digests'>;

let cached: Promise<WrittenEntry[]> | undefined;

export function getWrittenDigests(): Promise<WrittenEntry[]> {
  const load = () => getCollection('digests', (e) => !(import.meta.env.PROD && e.data.draft));
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** The written digest a year page in `lang` shows, or null when the year has none. */
export async function writtenDigestFor(
  year: number,
  lang: Lang,
): Promise<{ entry: WrittenEntry; picked: PickedDigest } | null> {
  const all = await getWrittenDigests();
  const picked = pickWrittenDigest(
    all.map((e) => e.id),
    year,
    lang,
  );
  const entry = picked && all.find((e) => e.id === picked.id);
  return entry && picked ? { entry, picked } : null;
}

/** The fingerprint of what a year's yearbook prints (src/lib/yearbook/fingerprint.ts). */
export async function yearbookFingerprintOf(year: number, entries: readonly DigestEntry[]): Promise<string> {
  const written = (await getWrittenDigests()).filter((e) => e.data.year === year);
  return yearbookFingerprint(
    entries,
    written.map((e) => ({ id: e.id, data: e.data, body: e.body })),
  );
}
