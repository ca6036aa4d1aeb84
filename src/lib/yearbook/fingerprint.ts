/**
 * What a printed yearbook was made from, as a short hash: every published entry's frontmatter (a
 * ranking, a change against last year or a series can draw on any of them) and the year's written
 * digests. The print page carries it, `npm run digest:pdf` writes it beside the PDF, and a build links a
 * PDF only while the two agree, so the site never offers a PDF whose figures are not the site's.
 */
import { createHash } from 'node:crypto';
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

export function yearbookFingerprint(entries: readonly DigestEntry[], written: readonly WrittenText[]): string {
  const hash = createHash('sha256');
  for (const e of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) hash.update(canonical(e));
  for (const w of [...written].sort((a, b) => (a.id < b.id ? -1 : 1)))
    hash.update(canonical([w.id, w.data, w.body ?? '']));
  return hash.digest('hex').slice(0, 16);
}
