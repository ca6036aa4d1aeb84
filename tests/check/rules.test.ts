/**
 * The rules added after the first audit, data in and data out: encodings, the value against its
 * quote, list layout, conference dates, plan percentages, outliers across files, one problem per
 * field, drafts and the build, and which files the site's loader reads.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCorpus, type CorpusInput } from '../../src/lib/check/check-corpus.ts';
import { checkEntry } from '../../src/lib/check/check-entry.ts';
import { checkEventDate, schemaAcceptsDate } from '../../src/lib/check/rules/dates.ts';
import { decodeEntryBytes } from '../../src/lib/check/encoding.ts';
import { checkValueAgainstQuote } from '../../src/lib/check/rules/value-quote.ts';
import { ENTRY_PATTERN, readContentDir } from '../../src/lib/check/files-fs.ts';
import { formatProblem, onePerField, type Problem } from '../../src/lib/check/problem.ts';
import { diagnoseLayout } from '../../src/lib/check/rules/yaml-layout.ts';
import { metricById } from '../../src/lib/metrics.ts';
import { figureSchema } from '../../src/lib/schema/figure.ts';
import { maxYear } from '../../src/lib/schema/common.ts';
import { entrySchema } from '../../src/lib/schema/entry.ts';

const VALID = readFileSync(
  'tests/check/fixtures/valid/son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx',
  'utf8',
);
const REL = 'son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx';
const changed = (from: string, to: string, text = VALID): string => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
const rules = (text: string, relative = REL): string[] =>
  checkEntry({ file: relative, relative, text }).problems.map((p) => `${p.line} ${p.field} ${p.severity} ${p.rule}`);
const en = (text: string, relative = REL): string[] =>
  checkEntry({ file: relative, relative, text }).problems.map((p) => formatProblem(p, 'en'));

describe('encodings', () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  it('tells UTF-8 (a literal “�” included) from UTF-16 with or without a byte-order mark, and from other encodings', () => {
    expect(decodeEntryBytes(bytes('---\ntitle: Sơn La �\n---\n')).encoding).toBe('utf-8');
    expect(decodeEntryBytes(Buffer.from('\ufeff---\n', 'utf16le')).encoding).toBe('utf-16');
    expect(decodeEntryBytes(Buffer.from('---\ntitle: a\n', 'utf16le')).encoding).toBe('utf-16');
    expect(decodeEntryBytes(Buffer.from('---\ntitle: S\xf4n La\n', 'latin1'))).toMatchObject({
      encoding: 'not-utf-8',
      badLine: 2,
    });
  });

  it('keeps a UTF-8 byte-order mark working, as Astro does', () => {
    expect(rules(`\ufeff${VALID}`)).toEqual([]);
  });
});

describe('the value against its own quote', () => {
  const figure = (value: number | null, quote: string, metric = 'total_revenue', unit = 'VND') =>
    figureSchema.parse({ metric, value, unit, year: 2023, quote, ...(value === null ? { planPercent: 100 } : {}) });
  const check = (f: ReturnType<typeof figure>) => checkValueAgainstQuote(f, metricById(f.metric)!);

  it('agrees with the number read the Vietnamese way, scale words and all', () => {
    expect(check(figure(101_000_000_000, 'doanh thu đạt trên 101 tỷ đồng'))).toBeNull();
    expect(check(figure(133_643_000_000, 'doanh thu 133,643 tỷ đồng'))).toBeNull();
    expect(check(figure(1_500_000_000_000, 'đạt 1,5 nghìn tỷ đồng'))).toBeNull();
    expect(check(figure(80_000, 'gần 80.000 lượt hồ sơ', 'admin_dossiers', 'count'))).toBeNull();
    expect(check(figure(null, 'đạt 102% kế hoạch'))).toBeNull();
  });

  it('converts income per month and per year', () => {
    expect(
      check(figure(105_600_000, 'lương bình quân 8,8 triệu đồng/người/tháng', 'average_income', 'VND/person/year')),
    ).toBeNull();
  });

  it('accepts the plausible reading the ingest chose on purpose (with its review warning), and nothing else of that kind', () => {
    // "91,352 triệu đồng" of revenue is 91.352 million literally: implausible; 91 352 million is the reading.
    expect(check(figure(91_352_000_000, 'tổng doanh thu đạt 91,352 triệu đồng'))).toBeNull();
    expect(check(figure(91_352_000, 'tổng doanh thu đạt 91,352 triệu đồng'))).toBeNull();
    // 80 and 80 000 dossiers are both plausible: the Vietnamese reading stands.
    expect(check(figure(80, 'gần 80.000 lượt hồ sơ', 'admin_dossiers', 'count'))?.severity).toBe('error');
  });

  it('warns when the quote has several numbers and the value is none of them', () => {
    const f = check(figure(5_000_000_000, 'doanh thu 101 tỷ đồng, lợi nhuận 3 tỷ đồng'));
    expect([f?.severity, f?.en.what]).toEqual([
      'warning',
      "value 5,000,000,000 is none of the quote's numbers: “101 tỷ đồng” (= 101000000000), “3 tỷ đồng” (= 3000000000)",
    ]);
  });

  it("says nothing when the quote has no number of the figure's kind", () => {
    expect(check(figure(101_000_000_000, 'doanh thu tăng 5% so với năm 2022'))).toBeNull();
  });

  it("is not run against a quote that is not in the article: that mistake is the quote's", () => {
    const text = changed(
      '    quote: Tổng doanh thu các dịch vụ đạt trên 101 tỷ đồng',
      '    quote: Tổng doanh thu các dịch vụ đạt trên 110 tỷ đồng',
    );
    expect(rules(text)).toEqual(['16 kpis[0].quote error quote-not-found']);
  });

  it('passes every figure of the shipped content and of the site fixture', () => {
    for (const dir of ['content/articles', 'tests/fixtures/site-content']) {
      const checked = checkCorpus(readContentDir(dir));
      const figures = checked.checks.reduce(
        (n, c) => n + (c.entry ? c.entry.kpis.length + c.entry.targets.length : 0),
        0,
      );
      expect(figures).toBeGreaterThan(30);
      expect([
        dir,
        checked.problems.filter((p) => p.rule === 'value-quote').map((p) => formatProblem(p, 'en')),
      ]).toEqual([dir, []]);
    }
  });
});

describe('list layout', () => {
  const layout = (yaml: string) => {
    const f = diagnoseLayout(yaml, 2);
    return f ? `${f.line} ${f.field} ${f.en.what}` : null;
  };

  it("leaves valid layouts alone, lists at their key's column included", () => {
    expect(layout('kpis:\n- metric: a\n  value: 1\n- metric: b\n  value: 2\nreview:\n  status: x\n')).toBeNull();
    expect(
      layout(
        'kpis:\n  - metric: a\n    value: 1\n  - metric: b\nreview:\n  warnings:\n    - field: title\n      message: a\n',
      ),
    ).toBeNull();
  });

  it('finds the slip in nested lists and after a value', () => {
    expect(layout('review:\n  warnings:\n    - field: title\n      message: a\n        messageEn: b\n')).toBe(
      '6 review.warnings[0].messageEn messageEn is indented further than the other fields at its level (8 spaces instead of 6)',
    );
    expect(layout('title: a\n  province: son-la\n')).toBe(
      '3 province province is indented further than the other fields at its level (2 spaces instead of 0)',
    );
    expect(layout('kpis:\n  - metric: a\n   value: 1\n')).toBe(
      '4 kpis[0].value value is indented less than the other fields at its level (3 spaces instead of 4)',
    );
    expect(layout('kpis:\n    metric: a\n    value: 1\n  - metric: b\n')).toBe(
      '3 kpis[0] the first item of kpis does not start with “- ”',
    );
    expect(layout('source: {}\n  url: https://a.vn\n')).toBe(
      '2 source source: {} says the group is empty, but fields follow on the lines below',
    );
  });

  it("leaves a real duplicate, and anything with tabs or multi-line values, to the parser's words", () => {
    expect(layout('kpis:\n  - metric: a\n    period: year\n    period: year\n')).toBeNull();
    expect(layout('title: |\n  a\n    b\n')).toBeNull();
    expect(layout('kpis:\n\t- metric: a\n')).toBeNull();
    expect(
      en(changed('    period: year\n    quote: Tổng', '    period: year\n    period: year\n    quote: Tổng')),
    ).toEqual([
      `${REL}:16  period  error: the field "period" appears twice  — keep one period: line and delete the other`,
    ]);
  });
});

describe('the conference date against the years', () => {
  const date = (eventDate: string, more: Record<string, unknown> = {}) => {
    const f = checkEventDate({ eventDate, reportYear: 2023, planYear: 2024, ...more });
    return f ? `${f.severity} ${f.rule}` : null;
  };

  it('a year-end conference: October of reportYear to March of the plan year; a warning outside, an error a year off', () => {
    expect([date('2023-10-01'), date('2023-12-27'), date('2024-03-31')]).toEqual([null, null, null]);
    expect([date('2023-09-30'), date('2024-04-01'), date('2025-03-31')]).toEqual([
      'warning date-season',
      'warning date-season',
      'warning date-season',
    ]);
    expect([date('2025-04-02'), date('2025-12-20'), date('2022-12-20')]).toEqual([
      'error date-years',
      'error date-years',
      'error date-years',
    ]);
  });

  it('a mid-year review: within reportYear', () => {
    expect([date('2023-07-05', { eventKind: 'mid-year' }), date('2024-01-10', { eventKind: 'mid-year' })]).toEqual([
      null,
      'warning date-season',
    ]);
    expect(
      checkEventDate({ eventDate: '2024-01-10', reportYear: 2023, planYear: 2023, eventKind: 'mid-year' })?.en.fix,
    ).toBe(
      'check the date and years against the article; that date usually goes with reportYear: 2023, planYear: 2024; for a year-end conference, set eventKind: year-end',
    );
  });

  it("another meeting: only the schema's rule", () => {
    expect([date('2023-04-20', { eventKind: 'other' }), date('2026-01-05', { eventKind: 'other' })]).toEqual([
      null,
      'error date-years',
    ]);
  });

  it('is an error whenever the schema (what the build loads with) rejects the date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2030 }),
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        fc.date({ min: new Date('2012-01-01'), max: new Date('2034-12-31'), noInvalidDate: true }),
        fc.constantFrom('year-end', 'mid-year', 'other'),
        (r, plus, d, kind) => {
          const eventDate = d.toISOString().slice(0, 10);
          const planYear = plus === null ? null : r + plus;
          const schemaSays = entrySchema.safeParse({
            title: 'a',
            province: 'son-la',
            reportYear: r,
            planYear,
            eventDate,
            eventKind: kind,
            review: { status: 'needs-review' },
          });
          const dateIssue = !schemaSays.success && schemaSays.error.issues.some((i) => i.path[0] === 'eventDate');
          expect(dateIssue).toBe(!schemaAcceptsDate(eventDate, r, planYear));
          const finding = checkEventDate({ eventDate, reportYear: r, planYear, eventKind: kind });
          // A year the schema rejects is that field's own error; the date is then not judged against it.
          const yearsValid = r <= maxYear() && (planYear === null || planYear <= maxYear());
          if (!yearsValid) expect(finding).toBeNull();
          else if (dateIssue) expect(finding?.severity).toBe('error');
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('plan percentages', () => {
  it('unusual above 300% (a warning), impossible above 1000% (an error), in kpis and serviceGrowth alike', () => {
    const plan = (p: number): string[] =>
      rules(changed('    changePercent: 21\n', `    changePercent: 21\n    planPercent: ${p}\n`)).filter((r) =>
        r.includes('planPercent'),
      );
    expect([plan(300), plan(350), plan(1001)]).toEqual([
      [],
      ['25 kpis[1].planPercent warning implausible-plan'],
      ['25 kpis[1].planPercent error implausible-plan'],
    ]);
  });
});

const corpus = (files: Record<string, string>, only?: string[]): CorpusInput => ({
  entries: Object.entries(files).map(([relative, text]) => ({ file: `c/${relative}`, relative, text })),
  ...(only ? { only: new Set(only.map((f) => `c/${f}`)) } : {}),
});
/** The valid entry moved to another year (every year in it shifted alike), with another revenue. */
const year = (y: number, revenue: number): string =>
  changed(
    '    value: 101000000000\n',
    `    value: ${revenue}\n`,
    VALID.replace(/\b20(?:1\d|2\d)\b/g, (m) => String(Number(m) - 2023 + y)).replace(
      /trên 101 tỷ/g,
      `trên ${revenue / 1e9} tỷ`,
    ),
  );
const fileOf = (y: number): string => `son-la/${y}-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-${y + 1}.mdx`;
const outliersIn = (input: CorpusInput): string[] =>
  checkCorpus(input)
    .problems.filter((p) => p.rule === 'outlier')
    .map((p) => `${p.file} ${p.en.what}`);

describe('outliers across years', () => {
  it('lands on the year out of line with both neighbours, once', () => {
    const three = corpus({
      [fileOf(2021)]: year(2021, 10e9),
      [fileOf(2022)]: year(2022, 100e9),
      [fileOf(2023)]: year(2023, 11e9),
    });
    expect(outliersIn(three)).toEqual([
      `c/${fileOf(2022)} total_revenue for 2022 (100,000,000,000) is 10 times 2021's (10,000,000,000, c/${fileOf(2021)})`,
    ]);
  });

  it('with two years, lands on the newer; checking only the older file reports it there, naming the newer', () => {
    const two = { [fileOf(2022)]: year(2022, 10e9), [fileOf(2023)]: year(2023, 100e9) };
    expect(outliersIn(corpus(two))).toEqual([
      `c/${fileOf(2023)} total_revenue for 2023 (100,000,000,000) is 10 times 2022's (10,000,000,000, c/${fileOf(2022)})`,
    ]);
    expect(outliersIn(corpus(two, [fileOf(2022)]))).toEqual([
      `c/${fileOf(2022)} total_revenue for 2022 (10,000,000,000) is only 10% of 2023's (100,000,000,000, c/${fileOf(2023)})`,
    ]);
    expect(outliersIn(corpus(two, [fileOf(2023)]))).toEqual([
      `c/${fileOf(2023)} total_revenue for 2023 (100,000,000,000) is 10 times 2022's (10,000,000,000, c/${fileOf(2022)})`,
    ]);
  });

  it('compares a province with itself across the 2025 merger only when the merger left it as it was', () => {
    const moved = (y: number, revenue: number, province: string): string =>
      year(y, revenue)
        .replace('province: son-la', `province: ${province}`)
        .replace(/Sơn La/g, province);
    const unchanged = corpus({ [fileOf(2024)]: year(2024, 10e9), [fileOf(2025)]: year(2025, 100e9) });
    expect(outliersIn(unchanged)).toEqual([
      `c/${fileOf(2025)} total_revenue for 2025 (100,000,000,000) is 10 times 2024's (10,000,000,000, c/${fileOf(2024)})`,
    ]);
    // Cần Thơ took in Hậu Giang and Sóc Trăng on 2025-07-01: its 2025 figures are another province's.
    const merged = corpus({
      [`can-tho/2024-12-27-a.mdx`]: moved(2024, 10e9, 'can-tho'),
      [`can-tho/2025-12-27-b.mdx`]: moved(2025, 100e9, 'can-tho'),
    });
    expect(checkCorpus(merged).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outliersIn(merged)).toEqual([]);
  });
});

describe('one mistake, one problem', () => {
  const p = (field: string, severity: Problem['severity'], rule: Problem['rule'], file = 'a.mdx'): Problem => ({
    file,
    line: 1,
    field,
    severity,
    rule,
    vi: { what: '', fix: '' },
    en: { what: '', fix: '' },
  });
  it("keeps a field's first error, drops what follows from it, keeps the body's and the file's every problem", () => {
    const list = [
      p('eventDate', 'error', 'impossible-date'),
      p('eventDate', 'warning', 'file-date'),
      p('awards[0].count', 'error', 'too-small'),
      p('awards[0].count', 'error', 'award-count'),
      p('body', 'error', 'mdx-expression'),
      p('body', 'error', 'mdx-component'),
      p('title', 'warning', 'cut-by-comment'),
      p('eventDate', 'warning', 'file-date', 'b.mdx'),
    ];
    expect(onePerField(list).map((x) => `${x.file} ${x.field} ${x.rule}`)).toEqual([
      'a.mdx eventDate impossible-date',
      'a.mdx awards[0].count too-small',
      'a.mdx body mdx-expression',
      'a.mdx body mdx-component',
      'a.mdx title cut-by-comment',
      'b.mdx eventDate file-date',
    ]);
  });

  it('a wrong reportYear is one problem: not also the plan before it, nor every result "after" it', () => {
    expect(rules(changed('reportYear: 2023', 'reportYear: 20233'))).toEqual(['4 reportYear error year-range']);
    expect(rules(changed('reportYear: 2023', 'reportYear: 2020'))).toEqual(['6 eventDate error date-years']);
  });
});

describe('drafts and the production build', () => {
  const draft = (text: string): string => text.replace('review:\n', 'draft: true\nreview:\n');
  it('an error in a draft Astro can load does not stop the build; one in a published entry or one Astro rejects does', () => {
    const wrongQuote = changed(
      '    quote: Tổng doanh thu các dịch vụ đạt trên 101 tỷ đồng',
      '    quote: Tổng doanh thu các dịch vụ đạt trên 110 tỷ đồng',
    );
    const unknownField = changed('province: son-la', 'province: son-la\nprovnce: son-la');
    const badBody = `${VALID}\n<div>\n`;
    const count = (text: string) => {
      const r = checkCorpus(corpus({ [REL]: text }));
      return [r.errors, r.buildErrors];
    };
    expect([count(draft(wrongQuote)), count(wrongQuote)]).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect([count(draft(unknownField)), count(draft(badBody))]).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('a draft for the same conference as a published entry gets the duplicate error, not the published one', () => {
    const r = checkCorpus(corpus({ 'son-la/2023-12-27-a.mdx': draft(VALID), 'son-la/2023-12-27-b.mdx': VALID }));
    expect(r.problems.map((x) => `${x.file} ${x.rule}`)).toEqual(['c/son-la/2023-12-27-a.mdx duplicate-conference']);
    expect([r.errors, r.buildErrors]).toEqual([1, 0]);
  });
});

describe('which files are entries', () => {
  it('uses the very pattern of the content loader in src/content.config.ts', () => {
    const config = readFileSync('src/content.config.ts', 'utf8');
    expect(/pattern:\s*'([^']+)'/.exec(config)?.[1]).toBe(ENTRY_PATTERN);
    expect(config).toContain("process.env.DIGEST_CONTENT_DIR || './content/articles'");
  });
});
