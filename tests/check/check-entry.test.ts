/**
 * Whatever an editor writes, the checker answers with problems, never with an exception (which
 * `npm run check` would print as a stack trace).
 *
 * And one mistake is one problem: a field that is wrong itself does not also bring what follows from it.
 */
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check/check-corpus.ts';
import { checkEntry } from '../../src/lib/check/check-entry.ts';
import { entrySchema } from '../../src/lib/schema/entry.ts';
import { changed, rules } from './support/entries.ts';

const KEYS = [
  'title',
  'province',
  'reportYear',
  'planYear',
  'eventDate',
  'eventKind',
  'kpis',
  'targets',
  'serviceGrowth',
  'awards',
  'people',
  'source',
  'sources',
  'review',
  'draft',
  'ingest',
  'metric',
  'value',
  'quote',
  'status',
  'count',
  'recipient',
  'recipientKind',
  'year',
  'unit',
];

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(
      null,
      true,
      2023,
      -5,
      1.5,
      101000000000,
      '',
      'son-la',
      'sonla',
      '2023-12-27',
      '2023-02-30',
      'total_revenue',
      'needs-review',
      '06 tập thể và 2 cá nhân',
      'tăng {6,5%} <b',
    ),
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.date({ noInvalidDate: true }),
  ),
  node: fc.oneof(
    { maxDepth: 3 },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 4 }),
  ),
})).node;

const frontmatter = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 10 });
const body = fc
  .array(
    fc.constantFrom(
      'Doanh thu đạt 101 tỷ đồng.',
      '\\{6,5%\\}',
      '{x}',
      '<div>',
      '</p>',
      '*nghiêng*',
      '{/* ghi chú */}',
      '<Foo />',
      '---',
      '',
      'a < 5',
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join('\n\n'));

it('answers any frontmatter and body with problems, never an exception', () => {
  fc.assert(
    fc.property(frontmatter, body, (data, text) => {
      const file = `---\n${dump(data, { skipInvalid: true })}---\n${text}\n`;
      const result = checkEntry({ file: 'x.mdx', relative: 'son-la/2023-12-27-x.mdx', text: file });
      expect(Array.isArray(result.problems)).toBe(true);
      checkCorpus({
        entries: [
          { file: 'a.mdx', relative: 'son-la/a.mdx', text: file },
          { file: 'b.mdx', relative: 'son-la/b.mdx', text: file },
        ],
      });
    }),
    { numRuns: 300 },
  );
});

it('answers broken YAML and stray delimiters with problems too', () => {
  const texts = [
    '',
    '---',
    '---\n---\n',
    '---\n: :\n---\n',
    '---\n- a\n- b\n---\n',
    '---\ntitle: "a\n---\n',
    '---\n\ttitle: a\n---\n',
    '\n\n---\ntitle: a\n---\n',
    '---\ntitle: *a\n---\n',
    '---\n[\n---\n',
  ];
  for (const text of texts) {
    const result = checkEntry({ file: 'x.mdx', relative: 'son-la/2023-12-27-x.mdx', text });
    expect([text, result.problems.some((p) => p.severity === 'error')]).toEqual([text, true]);
  }
});

it('passes nothing the build would reject: no error from the check means the schema accepts what Astro reads', () => {
  const valid = {
    title: 'Bưu điện tỉnh Sơn La triển khai kế hoạch năm 2024',
    province: 'son-la',
    reportYear: 2023,
    planYear: 2024,
    eventDate: '2023-12-27',
    kpis: [
      {
        metric: 'total_revenue',
        value: 101000000000,
        unit: 'VND',
        year: 2023,
        quote: 'doanh thu đạt trên 101 tỷ đồng',
      },
    ],
    awards: [
      {
        award: 'Giấy khen',
        level: 'unit',
        giver: 'Bưu điện tỉnh',
        recipient: '6 tập thể',
        recipientKind: 'collective',
        count: 6,
        year: 2023,
        quote: 'Giấy khen cho 6 tập thể',
      },
    ],
    source: { url: 'https://baosonla.vn/a', publishedAt: '2023-12-28' },
    review: { status: 'reviewed', reviewedBy: 'A', reviewedAt: '2024-01-15', warnings: [] },
  };
  const paths = [
    ['title'],
    ['province'],
    ['reportYear'],
    ['planYear'],
    ['eventDate'],
    ['eventKind'],
    ['kpis', 0, 'metric'],
    ['kpis', 0, 'value'],
    ['kpis', 0, 'unit'],
    ['kpis', 0, 'year'],
    ['kpis', 0, 'quote'],
    ['kpis', 0, 'planPercent'],
    ['awards', 0, 'level'],
    ['awards', 0, 'count'],
    ['awards', 0, 'recipientKind'],
    ['source', 'url'],
    ['source', 'publishedAt'],
    ['review', 'status'],
    ['review', 'reviewedAt'],
    ['draft'],
    ['people'],
  ] as const;
  const odd = fc.constantFrom<unknown>(
    undefined,
    null,
    '',
    ' ',
    0,
    -1,
    1.5,
    2023,
    20233,
    '2023',
    '2023-02-30',
    '2023-12-27',
    new Date('2024-01-15T00:00:00Z'),
    'son-la',
    'bac-giang',
    'Sơn La',
    'total_revenu',
    'VND',
    'count',
    'x',
    true,
    [],
    {},
  );
  let accepted = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), odd), { minLength: 1, maxLength: 3 }), (changes) => {
      const data = structuredClone(valid) as Record<string, unknown>;
      for (const [path, v] of changes) {
        let target = data as Record<PropertyKey, unknown>;
        for (const seg of path.slice(0, -1)) target = target[seg] as Record<PropertyKey, unknown>;
        const last = path[path.length - 1]!;
        if (v === undefined) delete target[last];
        else target[last] = v;
      }
      const text = `---\n${dump(data)}---\nDoanh thu đạt trên 101 tỷ đồng. Giấy khen cho 6 tập thể.\n`;
      const { problems } = checkEntry({ file: 'x.mdx', relative: 'son-la/2023-12-27-x.mdx', text });
      if (problems.some((p) => p.severity === 'error')) return;
      // What Astro's loader does: js-yaml, then the collection's schema.
      const astroData = load(text.split('---\n')[1]!);
      expect(entrySchema.safeParse(astroData).success).toBe(true);
      accepted += 1;
    }),
    { numRuns: 500 },
  );
  // The property is not vacuous: plenty of changed entries are still valid and were compared.
  expect(accepted).toBeGreaterThan(5);
});

it('answers any layout of lists and fields with problems, never an exception or a hang', () => {
  const line = fc
    .tuple(
      fc.integer({ min: 0, max: 9 }),
      fc.boolean(),
      fc.constantFrom('kpis', 'metric', 'value', 'review', 'warnings', 'field', 'title', 'source', 'url'),
      fc.constantFrom('', ' 1', ' []', ' {}', ' a: b', ' "x', ' |', ' # c'),
    )
    .map(([indent, dash, key, value]) => `${' '.repeat(indent)}${dash ? '- ' : ''}${key}:${value}`);
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
      const result = checkEntry({
        file: 'x.mdx',
        relative: 'son-la/2023-12-27-x.mdx',
        text: `---\n${lines.join('\n')}\n---\nNội dung.\n`,
      });
      expect(Array.isArray(result.problems)).toBe(true);
    }),
    { numRuns: 500 },
  );
});

describe('one mistake, one problem', () => {
  it('a wrong reportYear is one problem: not also the plan before it, nor every result "after" it', () => {
    expect(rules(changed('reportYear: 2023', 'reportYear: 20233'))).toEqual(['4 reportYear error year-range']);
    expect(rules(changed('reportYear: 2023', 'reportYear: 2020'))).toEqual(['6 eventDate error date-years']);
  });
});

describe('every problem in one run', () => {
  const title = 'title: Bưu điện tỉnh Sơn La triển khai kế hoạch năm 2024';
  const eighty = (text: string) => changed('    value: 80000', '    value: 80.000', text);
  const year = (text: string) => changed('reportYear: 2023', 'reportYear: "2023x"', text);

  it("shows a figure's own problem (value: 80.000) beside an error elsewhere in the entry", () => {
    expect(rules(eighty(year(changed('', ''))))).toEqual([
      '4 reportYear error not-a-number',
      '32 kpis[3].value error value-quote',
    ]);
  });

  it('reads on past a YAML syntax error that leaves the rest readable', () => {
    const colon = changed(title, 'title: Tổng kết: Bưu điện tỉnh Sơn La');
    expect(rules(eighty(year(colon)))).toEqual([
      '2 title error yaml-syntax',
      '4 reportYear error not-a-number',
      '32 kpis[3].value error value-quote',
    ]);
  });

  it('says nothing of the field whose lines were left out, and treats the entry as one the site cannot load', () => {
    // A tab in the kpis block: the rest is read, kpis is not judged (its item lost a line).
    const tab = changed('  - metric: admin_dossiers', '\t- metric: admin_dossiers', year(changed('', '')));
    const found = rules(tab);
    expect(found.filter((r) => r.includes('yaml-syntax'))).toHaveLength(1);
    expect(found.filter((r) => !r.includes('yaml-syntax'))).toEqual(['4 reportYear error not-a-number']);
    const draft = tab.replace('review:\n', 'draft: true\nreview:\n');
    const r = checkCorpus({ entries: [{ file: 'a.mdx', relative: 'son-la/a.mdx', text: draft }] });
    expect(r.buildErrors).toBe(r.errors);
  });

  it('reports each syntax error of another field, then what the rest has (sorted by line when printed)', () => {
    const quote = changed(title, 'title: "Bưu điện tỉnh Sơn La', year(changed('', '')));
    const twice = changed('planYear: 2024', 'planYear: 2024: 2025', quote);
    expect(rules(twice)).toEqual([
      '2 title error yaml-syntax',
      '5 planYear error yaml-syntax',
      '4 reportYear error not-a-number',
    ]);
  });
});
