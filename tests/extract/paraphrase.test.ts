/**
 * Robustness against overfitting (issue 9): the extractor reads the real articles' annotated sentences
 * as the annotation says, and goes on reading them so when they are said another way that changes no
 * figure. Each rewrite is a small named transformation (paraphrase.ts), tested here on sentences written
 * for these tests; the property runs them, alone and chained, on the real sentences (paraphrase-cases.ts)
 * and compares what is read with what the annotation says (metric, kind, amount, year, hedge, estimate,
 * plan and change percentages).
 *
 * A rewrite the extractor reads differently is a finding, not a test to weaken: it is written down in
 * tests/extract/fixtures/paraphrase-findings.md, and only that transformation × sentence pair is left out
 * of the properties (EXCLUDED below) until the grammar reads it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BRACKETED_CHANGE,
  CHANGE_VERB,
  DONG_AS_VND,
  DONG_LEFT_OUT,
  DOUBLE_SPACE,
  IN_THE_YEAR,
  LINE_BREAK,
  NO_BREAK_SPACE,
  OPENING_COMMA,
  OVER_WORD,
  SPACE_BEFORE_COMMA,
  SPACE_BEFORE_PERCENT,
  SWAP_COMPARISONS,
  THOUSAND_BILLION,
  TRANSFORMATIONS,
  TY_TI,
  YEAR_INTO_SUBJECT,
  YEAR_TO_FRONT,
  comparisonTo,
  expectedAfter,
  planVerbTo,
  verbTo,
  type Transformation,
} from './paraphrase.ts';
import {
  ARTICLE_SENTENCES,
  LEFT_OUT,
  annotatedSentences,
  factLines,
  loadCases,
  readFacts,
  type Case,
  type Years,
} from './paraphrase-cases.ts';

const Y2023: Years = { reportYear: 2023, planYear: 2024, period: 'year' };
const H1: Years = { ...Y2023, period: 'H1' };

const REPORT =
  'Năm 2023, tổng doanh thu đạt trên 150 tỷ đồng, đạt 101% kế hoạch, tăng 6% so với năm 2022; nộp ngân sách nhà nước 5,2 tỷ đồng.';
const INCOME = 'Thu nhập bình quân 9,5 triệu đồng/người/tháng, doanh thu 150 tỷ đồng, giá vé 30.000 đồng.';
const SHORT = 'Doanh thu đạt 150 tỷ đồng, tăng 6%.';

/** A sentence in, the sentence out (null: nothing to rewrite), at the place given (0 unless said) in a review of 2023. */
const EXAMPLES: readonly (readonly [Transformation, string, string | null, number?, Years?])[] = [
  // The verb before a result's amount; never an estimate's, nor a percentage's.
  [
    verbTo('thực hiện được'),
    REPORT,
    'Năm 2023, tổng doanh thu thực hiện được trên 150 tỷ đồng, đạt 101% kế hoạch, tăng 6% so với năm 2022; nộp ngân sách nhà nước 5,2 tỷ đồng.',
  ],
  [verbTo('ước đạt'), 'Doanh thu tính lương thực hiện được 62 tỷ đồng.', 'Doanh thu tính lương ước đạt 62 tỷ đồng.'],
  [
    verbTo('được'),
    'Doanh thu đạt 150 tỷ đồng; doanh thu tính lương đạt 62 tỷ đồng.',
    'Doanh thu đạt 150 tỷ đồng; doanh thu tính lương được 62 tỷ đồng.',
    1,
  ],
  [verbTo('đạt'), 'Doanh thu thực hiện 150 tỷ đồng.', 'Doanh thu đạt 150 tỷ đồng.'],
  [verbTo('đạt'), 'Lợi nhuận ước đạt 3 tỷ đồng, đạt 101% kế hoạch.', null],
  // Every "tỷ" the other way.
  [
    TY_TI,
    'Doanh thu 150 tỷ đồng, nộp ngân sách 5,2 tỷ đồng; tỷ lệ phát đạt 98%.',
    'Doanh thu 150 tỉ đồng, nộp ngân sách 5,2 tỉ đồng; tỉ lệ phát đạt 98%.',
  ],
  [TY_TI, 'Tỉ lệ phát đạt 98%, doanh thu 150 tỉ đồng.', 'Tỷ lệ phát đạt 98%, doanh thu 150 tỷ đồng.'],
  [TY_TI, 'Thu nhập bình quân 9,5 triệu đồng/người/tháng.', null],
  // Last year however it is said; 2021 is not the year before 2023, and a first half's "cùng kỳ" is last year's first half.
  [comparisonTo('so năm trước'), REPORT, REPORT.replace('so với năm 2022', 'so năm trước')],
  [comparisonTo('so với năm trước'), 'Lợi nhuận tăng 8% so với cùng kỳ.', 'Lợi nhuận tăng 8% so với năm trước.'],
  [comparisonTo('so với cùng kỳ'), 'Lợi nhuận tăng 8% so cùng kỳ năm 2022.', 'Lợi nhuận tăng 8% so với cùng kỳ.'],
  [comparisonTo('so cùng kỳ'), 'Lợi nhuận tăng 8% so năm trước.', 'Lợi nhuận tăng 8% so cùng kỳ.'],
  [
    comparisonTo('so với cùng kỳ năm trước'),
    'Lợi nhuận tăng 8% so với năm 2022.',
    'Lợi nhuận tăng 8% so với cùng kỳ năm trước.',
  ],
  [comparisonTo('so với năm trước'), 'Lợi nhuận tăng 8% so với cùng kỳ năm 2021.', null],
  [comparisonTo('so năm trước'), 'Doanh thu tăng 8% so với cùng kỳ.', null, 0, H1],
  // The year moved within its clause.
  [
    YEAR_TO_FRONT,
    'Tổng doanh thu năm 2023 đạt 150 tỷ đồng, tăng 6%.',
    'Năm 2023, tổng doanh thu đạt 150 tỷ đồng, tăng 6%.',
  ],
  [
    YEAR_TO_FRONT,
    'Theo báo cáo, doanh thu năm 2023 ước đạt 150 tỷ đồng.',
    'Theo báo cáo, năm 2023, doanh thu ước đạt 150 tỷ đồng.',
  ],
  [YEAR_TO_FRONT, 'Doanh thu năm 2019 đạt 90 tỷ đồng.', null],
  [
    YEAR_INTO_SUBJECT,
    'Năm 2023, tổng doanh thu của Bưu điện tỉnh Hà Nam đạt trên 150 tỷ đồng, tăng 6%.',
    'Tổng doanh thu của Bưu điện tỉnh Hà Nam năm 2023 đạt trên 150 tỷ đồng, tăng 6%.',
  ],
  [YEAR_INTO_SUBJECT, 'Năm 2023, Bưu điện tỉnh tiếp tục phát triển, doanh thu đạt 150 tỷ đồng.', null],
  // The plan and the change the other way round, or the change in brackets.
  [
    SWAP_COMPARISONS,
    REPORT,
    'Năm 2023, tổng doanh thu đạt trên 150 tỷ đồng, tăng 6% so với năm 2022, đạt 101% kế hoạch; nộp ngân sách nhà nước 5,2 tỷ đồng.',
  ],
  [SWAP_COMPARISONS, 'Doanh thu đạt 150 tỷ đồng, tăng 6% so với năm 2022.', null],
  [
    BRACKETED_CHANGE,
    'Doanh thu đạt 150 tỷ đồng, tăng 6% so với năm 2022, nộp ngân sách 5,2 tỷ đồng.',
    'Doanh thu đạt 150 tỷ đồng (tăng 6% so với năm 2022), nộp ngân sách 5,2 tỷ đồng.',
  ],
  [BRACKETED_CHANGE, 'Doanh thu đạt 101% kế hoạch, tăng 6% so với năm 2022.', null],
  // Words of the amount and of its comparisons.
  [DONG_AS_VND, INCOME, 'Thu nhập bình quân 9,5 triệu VNĐ/người/tháng, doanh thu 150 tỷ VNĐ, giá vé 30.000 đồng.'],
  [DONG_LEFT_OUT, INCOME, 'Thu nhập bình quân 9,5 triệu/người/tháng, doanh thu 150 tỷ, giá vé 30.000 đồng.'],
  [THOUSAND_BILLION, 'Chi trả trên 2.200 tỷ đồng đến người hưởng.', 'Chi trả trên 2,2 nghìn tỷ đồng đến người hưởng.'],
  [THOUSAND_BILLION, 'Chi trả 3.000 tỷ đồng.', 'Chi trả 3 nghìn tỷ đồng.'],
  [THOUSAND_BILLION, 'Doanh thu 150 tỷ đồng.', null],
  [CHANGE_VERB, 'Lợi nhuận tăng 8% so với cùng kỳ.', 'Lợi nhuận tăng trưởng 8% so với cùng kỳ.'],
  [CHANGE_VERB, 'Lợi nhuận tăng trưởng 12,5%.', 'Lợi nhuận tăng 12,5%.'],
  [CHANGE_VERB, 'Doanh thu tăng trưởng 151% so với năm 2022.', null],
  [planVerbTo('bằng'), REPORT, REPORT.replace('đạt 101%', 'bằng 101%')],
  [planVerbTo('hoàn thành'), 'Doanh thu bằng 97% so với kế hoạch.', 'Doanh thu hoàn thành 97% so với kế hoạch.'],
  [planVerbTo('đạt'), 'Doanh thu vượt 1% kế hoạch.', null],
  [OVER_WORD, 'Doanh thu đạt trên 150 tỷ đồng trên địa bàn tỉnh.', 'Doanh thu đạt hơn 150 tỷ đồng trên địa bàn tỉnh.'],
  [OVER_WORD, 'Mạng lưới phủ khắp trên địa bàn tỉnh.', null],
  // Openings: their comma, "năm" or "trong năm".
  [OPENING_COMMA, 'Trong đó, doanh thu tính lương đạt 62 tỷ đồng.', 'Trong đó doanh thu tính lương đạt 62 tỷ đồng.'],
  [OPENING_COMMA, 'Năm 2023 doanh thu đạt 150 tỷ đồng.', 'Năm 2023, doanh thu đạt 150 tỷ đồng.'],
  [OPENING_COMMA, 'Doanh thu đạt 150 tỷ đồng.', null],
  [IN_THE_YEAR, 'Năm 2023, doanh thu đạt 150 tỷ đồng.', 'Trong năm 2023, doanh thu đạt 150 tỷ đồng.'],
  [IN_THE_YEAR, 'Trong năm 2023, doanh thu đạt 150 tỷ đồng.', 'Năm 2023, doanh thu đạt 150 tỷ đồng.'],
  // Spaces, commas and line breaks, at the place asked for (counted round: SHORT has 7 spaces).
  [DOUBLE_SPACE, SHORT, 'Doanh thu đạt  150 tỷ đồng, tăng 6%.', 2],
  [NO_BREAK_SPACE, SHORT, 'Doanh thu đạt 150\u00a0tỷ đồng, tăng 6%.'],
  [SPACE_BEFORE_PERCENT, SHORT, 'Doanh thu đạt 150 tỷ đồng, tăng 6 %.'],
  [SPACE_BEFORE_COMMA, SHORT, 'Doanh thu đạt 150 tỷ đồng , tăng 6%.'],
  [LINE_BREAK, SHORT, 'Doanh thu đạt 150\ntỷ đồng, tăng 6%.', 3],
  [LINE_BREAK, SHORT, 'Doanh\nthu đạt 150 tỷ đồng, tăng 6%.', 7],
];

describe('the rewrites, on sentences written for these tests', () => {
  it.each(EXAMPLES.map(([t, input, output, at, years]) => [t.name, input, output, at ?? 0, years ?? Y2023] as const))(
    '%s: %j',
    (name, input, output, at, years) => {
      const t = TRANSFORMATIONS.find((x) => x.name === name)!;
      expect(t.apply(input, at, years)?.text ?? null).toBe(output);
    },
  );

  it('every transformation has an example', () => {
    expect(new Set(EXAMPLES.map(([t]) => t.name))).toEqual(new Set(TRANSFORMATIONS.map((t) => t.name)));
  });

  it('a verb rewrite says where the verb it replaced stood', () => {
    expect(verbTo('đạt').apply('Tổng doanh thu thực hiện 150 tỷ đồng.', 0, Y2023)?.verbAt).toBe(15);
  });

  it('"ước đạt" makes the one result whose verb it replaced an estimate; a target’s verb is not rewritten', () => {
    const fact = { value: 0, year: 2023, qualifier: 'exact', estimated: false, planPercent: null, changePercent: null };
    const c: Case = {
      id: 'test',
      sentence: 'Doanh thu đạt 150 tỷ đồng; nộp ngân sách 5,2 tỷ đồng; năm 2024 phấn đấu doanh thu đạt 160 tỷ đồng.',
      years: Y2023,
      facts: [
        { ...fact, kind: 'result', metric: 'total_revenue', value: 150e9, phrase: 'Doanh thu đạt 150 tỷ đồng' },
        { ...fact, kind: 'result', metric: 'budget_contribution', value: 5.2e9, phrase: 'nộp ngân sách 5,2 tỷ đồng' },
        {
          ...fact,
          kind: 'target',
          metric: 'total_revenue',
          value: 160e9,
          year: 2024,
          phrase: 'phấn đấu doanh thu đạt 160 tỷ đồng',
        },
      ],
    };
    const estimate = verbTo('ước đạt');
    const after = expectedAfter(c, estimate.apply(c.sentence, 0, Y2023)!, estimate);
    expect(after!.map((f) => `${f.kind} ${f.metric} ${f.estimated}`)).toEqual([
      'result total_revenue true',
      'result budget_contribution false',
      'target total_revenue false',
    ]);
    expect(expectedAfter(c, estimate.apply(c.sentence, 1, Y2023)!, estimate)).toBeNull();
    expect(expectedAfter(c, { text: c.sentence }, TY_TI)).toBe(c.facts);
  });
});

// ---------------------------------------------------------------------------------------------
// The real sentences.

const cases = loadCases();

/**
 * Transformation × sentence pairs the extractor reads differently: findings, written down in
 * tests/extract/fixtures/paraphrase-findings.md (the finding's id here), left out of the properties
 * until the grammar reads them. Remove a pair when it is fixed: "each exclusion is still needed" says so.
 */
const EXCLUDED: Readonly<Record<string, { finding: string; sentences: readonly string[] }>> = {
  // F1: a line break right before a capitalised name inside a short sentence ("… nộp ngân sách" / "Nhà
  // nước gần 3,2 tỷ đồng") reads like a caption or a headline and the text after it, so the halves are
  // read apart. Breaks before a lower-case word, an amount or after a word no sentence ends on are joined.
  'line break': {
    finding: 'F1',
    sentences: [
      ...['09a', '10a', '10b', '12a', '16a', '16b', '18b', '18c', '20b', '21a', '23b', '26a', '26d', '28a', '30a'],
      'seed001e',
    ],
  },
};
const excluded = (t: Transformation, c: Case): boolean => EXCLUDED[t.name]?.sentences.includes(c.id) ?? false;

const read = (text: string, c: Case): string[] => factLines(readFacts(text, c.years));
const show = (lines: readonly string[]): string => (lines.length === 0 ? '(nothing)' : lines.join(' | '));

describe('the annotated sentences', () => {
  it('are each used or left out with a reason', () => {
    const listed = [...ARTICLE_SENTENCES, ...LEFT_OUT];
    for (let n = 1; n <= 30; n += 1) {
      const article = String(n).padStart(2, '0');
      for (const sentence of annotatedSentences(article))
        expect(
          listed.some(([a, starts]) => a === article && sentence.startsWith(starts)),
          `${article}: "${sentence}"`,
        ).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s reads alone as the annotation says', (_id, c) => {
    expect(read(c.sentence, c), c.sentence).toEqual(factLines(c.facts));
  });

  it('name only real transformations and sentences in the exclusions', () => {
    const names = new Set(TRANSFORMATIONS.map((t) => t.name));
    const ids = new Set(cases.map((c) => c.id));
    for (const [name, { sentences }] of Object.entries(EXCLUDED)) {
      expect(names.has(name), name).toBe(true);
      for (const id of sentences) expect(ids.has(id), `${name} × ${id}`).toBe(true);
    }
  });
});

/** The pairs the properties draw from: a transformation with something to rewrite in a sentence, not excluded. */
const pairs = cases.flatMap((c) =>
  TRANSFORMATIONS.filter(
    (t) => !excluded(t, c) && [0, 1, 2].some((at) => t.apply(c.sentence, at, c.years) !== null),
  ).map((t) => [c, t] as const),
);

/** A rewrite of the case is read as the annotation says (a rewrite the annotation cannot judge is passed over). */
function check(c: Case, t: Transformation, at: number): void {
  const r = t.apply(c.sentence, at, c.years);
  const expected = r && expectedAfter(c, r, t);
  if (!expected) return;
  expect(
    read(r!.text, c),
    `${t.name} × ${c.id}: ${JSON.stringify(r!.text)} — a finding: add it to paraphrase-findings.md and EXCLUDED`,
  ).toEqual(factLines(expected));
}

describe('paraphrases of the annotated sentences change no figure', () => {
  it(`one rewrite: each of the ${pairs.length} pairs of a sentence and a transformation, at a place drawn`, () => {
    fc.assert(
      fc.property(fc.nat(400), (at) => {
        for (const [c, t] of pairs) check(c, t, at);
      }),
      { numRuns: 3 },
    );
  });

  it('one rewrite: a pair and a place drawn', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.nat(400), ([c, t], at) => check(c, t, at)),
      { numRuns: 500 },
    );
  });

  it('two to four rewrites, one after another', () => {
    const verbs = new Set(TRANSFORMATIONS.filter((t) => t.name.startsWith('verb')));
    fc.assert(
      fc.property(
        fc.nat(cases.length - 1),
        fc.array(fc.tuple(fc.nat(TRANSFORMATIONS.length - 1), fc.nat(400)), { minLength: 2, maxLength: 4 }),
        (ci, steps) => {
          const c = cases[ci]!;
          let text = c.sentence;
          let expected = c.facts;
          const names: string[] = [];
          for (const [ti, at] of steps) {
            const t = TRANSFORMATIONS[ti]!;
            // A verb rewrite finds its figure in the sentence as written: it comes first or not at all.
            if (excluded(t, c) || (verbs.has(t) && names.length > 0)) continue;
            const r = t.apply(text, at, c.years);
            if (!r) continue;
            if (verbs.has(t)) {
              const after = expectedAfter(c, r, t);
              if (!after) continue;
              expected = after;
            }
            text = r.text;
            names.push(t.name);
          }
          fc.pre(names.length >= 2);
          expect(read(text, c), `${names.join(' + ')} × ${c.id}: ${JSON.stringify(text)}`).toEqual(factLines(expected));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('each exclusion is still needed (when the grammar reads a pair, remove it here and in the findings)', () => {
    for (const [name, { finding, sentences }] of Object.entries(EXCLUDED)) {
      const t = TRANSFORMATIONS.find((x) => x.name === name)!;
      for (const id of sentences) {
        const c = cases.find((x) => x.id === id)!;
        const seen = new Set<string>();
        let differs = false;
        for (let at = 0; !differs; at += 1) {
          const r = t.apply(c.sentence, at, c.years);
          if (!r || seen.has(r.text)) break;
          seen.add(r.text);
          const expected = expectedAfter(c, r, t);
          differs = expected !== null && show(read(r.text, c)) !== show(factLines(expected));
        }
        expect(differs, `${finding}: ${name} × ${id} is read as annotated now`).toBe(true);
      }
    }
  });
});
