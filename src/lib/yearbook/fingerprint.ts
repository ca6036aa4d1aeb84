/**
 * What a printed yearbook was made from, as a short hash: every published entry's frontmatter (a
 * ranking, a change against last year or a series can draw on any of them) and the year's written
 * digests. The print page carries it, `npm run digest:pdf` writes it beside the PDF, and a build links a
 * PDF only while the two agree, so the site never offers a PDF whose figures are not the site's.
 */
import { createHash, type Hash } from 'node:crypto';
import type { DigestEntry } from '../digest/types.ts';

export interface WrittenText {
  id: string;
  data: unknown;
  body?: string | undefined;
}

/** JSON with object keys sorted, so the same data always hashes the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/**
 * The hash after every entry, kept per entries array: a build asks for the fingerprint of each year in
 * each language (year page and print page) with the same entries, and hashing them all each time was
 * the year pages' largest cost. `copy()` goes on from that state, so the result is unchanged.
 */
const afterEntries = new WeakMap<readonly DigestEntry[], Hash>();

function entriesHash(entries: readonly DigestEntry[]): Hash {
  let hash = afterEntries.get(entries);
  if (!hash) {
    hash = createHash('sha256');
    for (const e of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) hash.update(canonical(e));
    afterEntries.set(entries, hash);
  }
  return hash.copy();
}

export function yearbookFingerprint(entries: readonly DigestEntry[], written: readonly WrittenText[]): string {
  const hash = entriesHash(entries);
  for (const w of [...written].sort((a, b) => (a.id < b.id ? -1 : 1)))
    hash.update(canonical([w.id, w.data, w.body ?? '']));
  return hash.digest('hex').slice(0, 16);
}
