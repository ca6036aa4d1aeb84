/**
 * Whatever an editor writes, the checker answers with problems, never with an exception (which
 * `npm run check` would print as a stack trace).
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check/check-corpus.ts';
import { checkEntry } from '../../src/lib/check/check-entry.ts';

const KEYS = ['title', 'province', 'reportYear', 'planYear', 'eventDate', 'eventKind', 'kpis', 'targets', 'serviceGrowth', 'awards', 'people', 'source', 'sources', 'review', 'draft', 'ingest', 'metric', 'value', 'quote', 'status', 'count', 'recipient', 'recipientKind', 'year', 'unit'];

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(null, true, 2023, -5, 1.5, 101000000000, '', 'son-la', 'sonla', '2023-12-27', '2023-02-30', 'total_revenue', 'needs-review', '06 tập thể và 2 cá nhân', 'tăng {6,5%} <b'),
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.date({ noInvalidDate: true }),
  ),
  node: fc.oneof({ maxDepth: 3 }, tie('leaf'), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 4 })),
})).node;

const frontmatter = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 10 });
const body = fc.array(fc.constantFrom('Doanh thu đạt 101 tỷ đồng.', '\\{6,5%\\}', '{x}', '<div>', '</p>', '*nghiêng*', '{/* ghi chú */}', '<Foo />', '---', '', 'a < 5'), { maxLength: 5 }).map((parts) => parts.join('\n\n'));

it('answers any frontmatter and body with problems, never an exception', () => {
  fc.assert(
    fc.property(frontmatter, body, (data, text) => {
      const file = `---\n${dump(data, { skipInvalid: true })}---\n${text}\n`;
      const result = checkEntry({ file: 'x.mdx', relative: 'son-la/2023-12-27-x.mdx', text: file });
      expect(Array.isArray(result.problems)).toBe(true);
      checkCorpus({ entries: [{ file: 'a.mdx', relative: 'son-la/a.mdx', text: file }, { file: 'b.mdx', relative: 'son-la/b.mdx', text: file }] });
    }),
    { numRuns: 300 },
  );
});

it('answers broken YAML and stray delimiters with problems too', () => {
  const texts = ['', '---', '---\n---\n', '---\n: :\n---\n', '---\n- a\n- b\n---\n', '---\ntitle: "a\n---\n', '---\n\ttitle: a\n---\n', '\n\n---\ntitle: a\n---\n', '---\ntitle: *a\n---\n', '---\n[\n---\n'];
  for (const text of texts) {
    const result = checkEntry({ file: 'x.mdx', relative: 'son-la/2023-12-27-x.mdx', text });
    expect([text, result.problems.some((p) => p.severity === 'error')]).toEqual([text, true]);
  }
});
