/**
 * The ingest's summary names every entry it wrote, with what happened to its file and its review status.
 */
import { describe, expect, it } from 'vitest';
import type { EntryOutcome } from '../../src/lib/ingest/run.ts';
import { entryLines } from '../../src/lib/ingest/summary.ts';

const outcome = (path: string, status: EntryOutcome['status'], review: EntryOutcome['review'], warnings = 0) => ({
  path,
  status,
  province: 'son-la',
  review,
  warnings: Array.from({ length: warnings }, (_, i) => ({ field: `kpis[${i}].value`, message: 'Kiểm tra' })),
  mergedWith: [],
});

describe('the entries of the ingest summary', () => {
  it('lists each entry written, in path order, with its file status and its review status', () => {
    const lines = entryLines([
      outcome('content/articles/son-la/b.mdx', 'created', 'unreviewed'),
      outcome('content/articles/lang-son/a.mdx', 'updated', 'needs-review', 2),
      outcome('content/articles/son-la/c.mdx', 'unchanged', 'needs-review', 1),
    ]);
    expect(lines).toEqual([
      '  content/articles/lang-son/a.mdx  cập nhật / updated  needs-review (2 cảnh báo / 2 warnings)',
      '  content/articles/son-la/b.mdx  mới / created  unreviewed (máy đọc, chưa ai rà soát / read by the machine, not yet by a person)',
      '  content/articles/son-la/c.mdx  không đổi / unchanged  needs-review (1 cảnh báo / 1 warning)',
    ]);
  });

  it('leaves out an entry left alone because an editor changed it, and one that failed', () => {
    expect(
      entryLines([
        outcome('content/articles/son-la/a.mdx', 'skipped-edited', 'needs-review', 1),
        outcome('content/articles/son-la/b.mdx', 'failed', 'unreviewed'),
      ]),
    ).toEqual([]);
  });
});
