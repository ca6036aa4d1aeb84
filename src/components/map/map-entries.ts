/**
 * The entries the map pages read: the site's digest (src/lib/digest/load-astro.ts), so the map shows
 * the same published entries as every other page (drafts only in `astro dev`).
 */
import { getDigest } from '../../lib/digest/load-astro.ts';
import type { DigestEntry } from '../../lib/digest/types.ts';
import { mapSelections } from '../../lib/map/values.ts';

export async function loadMapEntries(): Promise<DigestEntry[]> {
  return (await getDigest()).entries;
}

/** getStaticPaths of `/map/<metric>/<year>/`: one page per metric and year with data. */
export async function mapStaticPaths() {
  return mapSelections(await loadMapEntries()).map((selection) => ({
    params: { metric: selection.metric, year: String(selection.year) },
    props: { selection },
  }));
}
