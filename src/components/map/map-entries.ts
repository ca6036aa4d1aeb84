/**
 * The entries the map pages read: every published article (drafts only in `astro dev`), shaped by the
 * digest module like every other page. Loaded once per build and shared by all map pages.
 */
import { getCollection } from 'astro:content';
import { toDigestEntry } from '../../lib/digest/entries.ts';
import type { DigestEntry } from '../../lib/digest/types.ts';
import { mapSelections } from '../../lib/map/values.ts';

let loaded: Promise<DigestEntry[]> | undefined;

export function loadMapEntries(): Promise<DigestEntry[]> {
  loaded ??= getCollection('articles', (e) => import.meta.env.DEV || e.data.draft !== true).then((entries) =>
    entries.map((e) => toDigestEntry(e.id, e.data, e.filePath)),
  );
  return loaded;
}

/** getStaticPaths of `/map/<metric>/<year>/`: one page per metric and year with data. */
export async function mapStaticPaths() {
  return mapSelections(await loadMapEntries()).map((selection) => ({
    params: { metric: selection.metric, year: String(selection.year) },
    props: { selection },
  }));
}
