/**
 * The ingest's summary of the entries it wrote: every entry by its path, what happened to its file and its
 * review status, so an editor knows which files to open (needs-review: read with doubts, each written under
 * review.warnings; unreviewed: read without doubts by the machine, not yet by a person).
 */
import type { EntryOutcome, EntryStatus } from './run.ts';

type Written = Exclude<EntryStatus, 'skipped-edited' | 'failed'>;

const FILE_STATUS: Record<Written, string> = {
  created: 'mới / created',
  updated: 'cập nhật / updated',
  unchanged: 'không đổi / unchanged',
};

const isWritten = (e: EntryOutcome): e is EntryOutcome & { status: Written } => e.status in FILE_STATUS;

function reviewWords(e: EntryOutcome): string {
  const n = e.warnings.length;
  if (e.review === 'needs-review') return `needs-review (${n} cảnh báo / ${n} warning${n === 1 ? '' : 's'})`;
  if (e.review === 'unreviewed')
    return 'unreviewed (máy đọc, chưa ai rà soát / read by the machine, not yet by a person)';
  return 'reviewed';
}

/**
 * One line per entry the run wrote (or found already as it would write it), in path order:
 * `  <path>  <what happened>  <review status>`. An entry left alone because an editor changed it, or one
 * that failed, is not the run's: the summary lists those apart.
 */
export function entryLines(entries: readonly EntryOutcome[]): string[] {
  return entries
    .filter(isWritten)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => `  ${e.path}  ${FILE_STATUS[e.status]}  ${reviewWords(e)}`);
}
