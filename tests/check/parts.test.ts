/**
 * The checker's parts, data in and data out.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToAstroManifest, withEntry } from '../../src/lib/scaffold/astro-manifest-fs.ts';
import { checkAwardWording } from '../../src/lib/check/rules/awards.ts';
import { checkCorpus } from '../../src/lib/check/check-corpus.ts';
import { checkEntry } from '../../src/lib/check/check-entry.ts';
import { parseFrontmatter, splitEntry } from '../../src/lib/check/frontmatter.ts';
import { checkBody } from '../../src/lib/check/mdx-body.ts';
import { numberFromText } from '../../src/lib/check/number-hint.ts';
import { suggestProvinceSlug } from '../../src/lib/check/rules/province.ts';
import { containsQuote, searchable } from '../../src/lib/check/quotes.ts';
import { inferYears } from '../../src/lib/check/conference.ts';
import { scaffoldEntry, titleWithoutLetters } from '../../src/lib/scaffold/scaffold.ts';
import { closest, editDistance } from '../../src/lib/check/suggest.ts';

const entry = (frontmatter: string, body = 'Tổng doanh thu đạt trên 101 tỷ đồng.'): string =>
  `---\ntitle: Tiêu đề\nprovince: son-la\nreportYear: 2023\nplanYear: 2024\neventDate: 2023-12-27\n${frontmatter}review:\n  status: unreviewed\n---\n${body}\n`;
const problemsOf = (text: string, relative = 'son-la/2023-12-27-tieu-de.mdx') =>
  checkEntry({ file: `x/${relative}`, relative, text }).problems.map(
    (p) => `${p.line} ${p.field} ${p.severity} ${p.rule}`,
  );

describe('numberFromText reads the figure an editor typed as words', () => {
  it.each([
    ['101 tỷ', 101_000_000_000],
    ['trên 101 tỷ đồng', 101_000_000_000],
    ['8,8 triệu', 8_800_000],
    ['133,643 tỷ đồng', 133_643_000_000],
    ['1,5 nghìn tỷ', 1_500_000_000_000],
    ['80.000', 80_000],
    ['101.000.000', 101_000_000],
    ['1.234,5', 1234.5],
    ['102%', 102],
  ])('%s → %d', (text, n) => expect(numberFromText(text)).toBe(n));

  it('gives nothing for words that are not an amount', () => {
    expect(numberFromText('nhiều')).toBeUndefined();
    expect(numberFromText('tỷ')).toBeUndefined();
  });
});

describe('suggestions', () => {
  it.each([
    ['sonla', 'son-la'],
    ['Sơn La', 'son-la'],
    ['tỉnh Sơn La', 'son-la'],
    ['ba-ria-vung-tao', 'ba-ria-vung-tau'],
    ['TP Hồ Chí Minh', 'ho-chi-minh'],
    ['hanoi', 'ha-noi'],
    ['Thừa Thiên - Huế', 'thua-thien-hue'],
  ])('province %s → %s', (input, slug) => expect(suggestProvinceSlug(input)).toBe(slug));

  it('does not force a suggestion on something unlike every slug', () => {
    expect(suggestProvinceSlug('xyz')).toBeUndefined();
    expect(closest('abc', ['xyz', 'total_revenue'])).toBeUndefined();
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('totla', 'total')).toBe(1);
    expect(closest('avg_income', ['average_income', 'profit'])).toBe('average_income');
  });
});

describe('quotes are looked for in the text a reader sees', () => {
  const source = 'Tăng trưởng \\{6,5%\\} so với **cùng kỳ**; “hoà vốn” — doanh thu\n\nđạt   trên 101 tỷ đồng.\n';
  const body = checkBody(`---\nx: 1\n---\n${source}`, source).text();
  const text = searchable(body);

  it('after MDX escapes and emphasis are resolved', () => {
    expect(body).toContain('Tăng trưởng {6,5%} so với cùng kỳ');
    expect(containsQuote(text, 'tăng trưởng {6,5%} so với cùng kỳ')).toBe(true);
  });

  it('forgiving spacing, case, quotation marks, dashes and where the tone mark sits', () => {
    expect(containsQuote(text, 'ĐẠT TRÊN 101 TỶ ĐỒNG')).toBe(true);
    expect(containsQuote(text, '"hòa vốn" - doanh thu')).toBe(true);
  });

  it('with … standing for words left out, in order', () => {
    expect(containsQuote(text, 'Tăng trưởng … cùng kỳ')).toBe(true);
    expect(containsQuote(text, 'cùng kỳ … Tăng trưởng')).toBe(false);
  });

  it('but not another number', () => {
    expect(containsQuote(text, 'đạt trên 110 tỷ đồng')).toBe(false);
  });
});

describe('frontmatter positions', () => {
  it('finds the line of a nested field, and of the parent when the field is missing', () => {
    const text = entry('kpis:\n  - metric: total_revenue\n    value: 5\n  - metric: profit\n    unit: VND\n');
    const fm = parseFrontmatter(splitEntry(text));
    expect(fm.lineOf(['kpis', 1, 'unit'])).toBe(11);
    expect(fm.lineOf(['kpis', 0, 'value'])).toBe(9);
    expect(fm.lineOf(['kpis', 1, 'quote'])).toBe(10);
    expect(fm.lineOf(['nothing'])).toBe(2);
  });

  it("explains a syntax error only js-yaml (Astro's parser) rejects, in its words, at its line", () => {
    const text = entry('').replace('title: Tiêu đề', 'title: !tieude Tiêu đề');
    const [p] = checkEntry({ file: 'a.mdx', relative: 'son-la/2023-12-27-a.mdx', text }).problems;
    expect([p?.line, p?.field, p?.rule, p?.en.what]).toEqual([
      2,
      'title',
      'yaml-syntax',
      'YAML syntax error (unknown tag !<!tieude>)',
    ]);
  });

  it('reads unquoted dates as dates, the way Astro does', () => {
    const fm = parseFrontmatter(splitEntry(entry('')));
    expect((fm.data as { eventDate: unknown }).eventDate).toBeInstanceOf(Date);
  });
});

describe('rules on one entry', () => {
  it('warns when a # glued to text cuts a value short', () => {
    expect(problemsOf(entry('').replace('title: Tiêu đề', 'title: Tin #1 hay'))).toEqual([
      '2 title warning cut-by-comment',
    ]);
    expect(problemsOf(entry('').replace('province: son-la', 'province: son-la  # Sơn La'))).toEqual([]);
  });

  it('rejects {expressions} and undefined components in the text, which would fail the build', () => {
    expect(problemsOf(entry('', 'Giá {gia} đồng'))).toEqual(['10 body error mdx-expression']);
    expect(problemsOf(entry('', 'Xem <Bieu />'))).toEqual(['10 body error mdx-component']);
    expect(problemsOf(entry('', 'Chú thích {/* ẩn */} và <br /> được phép'))).toEqual([]);
  });

  it('finds a quote through MDX escapes and emphasis, but not one hidden in an MDX comment', () => {
    const kpi = (quote: string): string =>
      `kpis:\n  - metric: total_revenue\n    value: 101000000000\n    unit: VND\n    year: 2023\n    quote: "${quote}"\n`;
    expect(
      problemsOf(
        entry(kpi('tăng trưởng {6,5%} so với cùng kỳ'), 'Doanh thu tăng trưởng \\{6,5%\\} so với **cùng kỳ**.'),
      ),
    ).toEqual([]);
    expect(problemsOf(entry(kpi('doanh thu đạt 101 tỷ'), 'Hội nghị. {/* doanh thu đạt 101 tỷ */}'))).toEqual([
      '12 kpis[0].quote error quote-not-found',
    ]);
  });

  it('reads a .md entry as plain Markdown, where braces are just text', () => {
    const text = entry('', 'Tăng trưởng {6,5%} và a <b.');
    expect(problemsOf(text, 'son-la/2023-12-27-tieu-de.md')).toEqual([]);
    expect(problemsOf(text, 'son-la/2023-12-27-tieu-de.mdx')).toEqual(['10 body error mdx-syntax']);
  });

  it("flags a file name that is not a web address, and a file in another province's folder", () => {
    expect(problemsOf(entry(''), 'son-la/Sơn La.mdx')).toEqual(['1 file error file-name']);
    expect(problemsOf(entry(''), 'lang-son/2023-12-27-tieu-de.mdx')).toEqual(['3 province warning folder-province']);
  });

  it('suggests renaming a misspelt required field instead of also calling it missing', () => {
    expect(problemsOf(entry('').replace('title:', 'titel:'))).toEqual(['2 titel error unknown-field']);
  });

  it("asks for the reviewer's name on a reviewed entry", () => {
    expect(problemsOf(entry('').replace('status: unreviewed', 'status: reviewed'))).toEqual([
      '8 review.reviewedBy warning reviewed-by',
    ]);
  });
});

describe('award wording', () => {
  const award = { recipient: '02 tập thể và 05 cá nhân', recipientKind: 'mixed', count: 7 };
  it('adds up the numbers in the recipient and expects mixed for collectives and individuals', () => {
    expect(checkAwardWording(award)).toEqual([]);
    expect(checkAwardWording({ ...award, recipientKind: 'collective', count: 2 }).map((f) => f.rule)).toEqual([
      'award-kind',
      'award-count',
    ]);
  });

  it('leaves a named recipient alone', () => {
    expect(checkAwardWording({ recipient: 'Bưu điện huyện Chi Lăng', recipientKind: 'collective', count: 1 })).toEqual(
      [],
    );
    expect(
      checkAwardWording({ recipient: 'các tâp thể thuộc Bưu điện Nghệ An', recipientKind: 'collective', count: null }),
    ).toEqual([]);
  });
});

describe('npm run new', () => {
  it.each([
    ['2024-12-26', { reportYear: 2024, planYear: 2025, eventKind: 'year-end', guessed: false }],
    ['2021-01-08', { reportYear: 2020, planYear: 2021, eventKind: 'year-end', guessed: false }],
    ['2022-07-15', { reportYear: 2022, planYear: 2022, eventKind: 'mid-year', guessed: true }],
    ['2022-10-01', { reportYear: 2022, planYear: 2023, eventKind: 'year-end', guessed: false }],
    ['2022-04-20', { reportYear: 2022, planYear: 2022, eventKind: 'other', guessed: true }],
  ])('infers the years of a conference on %s', (date, years) => expect(inferYears(date)).toEqual(years));

  it('writes an entry the checker accepts, for every province in force on the date', () => {
    for (const [province, date] of [
      ['ha-noi', '2024-12-20'],
      ['thua-thien-hue', '2024-12-30'],
      ['hue', '2026-01-10'],
      ['ba-ria-vung-tau', '2021-01-08'],
      ['son-la', '2024-07-12'],
      ['son-la', '2024-10-20'],
    ] as const) {
      const s = scaffoldEntry({ province, date });
      expect([province, date, problemsOf(s.text, s.relative)]).toEqual([province, date, []]);
    }
  });

  it('writes an unassigned entry: province null, needs-review, in unassigned/', () => {
    const s = scaffoldEntry({ province: null, date: '2024-12-26' });
    expect(s.relative).toBe('unassigned/2024-12-26-buu-dien-tinh-tong-ket-nam-2024-trien-khai-ke-hoach-nam-2025.mdx');
    expect(s.text.split('\n')).toEqual(expect.arrayContaining(['province: null', '  status: needs-review']));
    expect(problemsOf(s.text, s.relative)).toEqual([]);
  });

  it('gives the example items the years of the entry, in every field', () => {
    const s = scaffoldEntry({ province: 'son-la', date: '2024-12-26' });
    const award = s.text.split('\n').filter((l) => l.startsWith('#   ') && /năm \d{4}|year: \d{4}/.test(l));
    expect(award).toEqual(
      expect.arrayContaining([
        '#     title: Cờ đơn vị xuất sắc, dẫn đầu phong trào thi đua năm 2024',
        '#     year: 2024',
      ]),
    );
    expect(s.text).not.toMatch(/năm 2019/);
  });

  it('knows a title with no letter or digit cannot name a file', () => {
    expect([
      titleWithoutLetters('!!!'),
      titleWithoutLetters('— …'),
      titleWithoutLetters('Sơn La'),
      titleWithoutLetters(undefined),
      titleWithoutLetters(''),
    ]).toEqual([true, true, false, false, false]);
  });
});

describe('across files', () => {
  it('two files with one name in different folders would share a page address', () => {
    const text = entry('');
    const report = checkCorpus({
      entries: [
        { file: 'c/son-la/2023-12-27-tieu-de.mdx', relative: 'son-la/2023-12-27-tieu-de.mdx', text },
        {
          file: 'c/unassigned/2023-12-27-tieu-de.mdx',
          relative: 'unassigned/2023-12-27-tieu-de.mdx',
          text: text.replace('eventDate: 2023-12-27', 'eventDate: 2023-12-28'),
        },
      ],
    });
    expect(
      report.problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.rule} ${p.en.what}`),
    ).toEqual([
      'c/unassigned/2023-12-27-tieu-de.mdx duplicate-id the file name is the same as c/son-la/2023-12-27-tieu-de.mdx; both would have the address /articles/2023-12-27-tieu-de/',
    ]);
  });
});

describe('the Astro extension learns about a new file', () => {
  it("adds it to Astro's collection manifest the way Astro keys it, and leaves anything else alone", () => {
    const root = mkdtempSync(join(tmpdir(), 'digest-manifest-'));
    try {
      const file = join(root, 'content/articles/son-la/2024-12-26-a.mdx');
      expect(addToAstroManifest(root, file)).toBe(false);
      mkdirSync(join(root, '.astro/collections'), { recursive: true });
      const manifest = join(root, '.astro/collections/collections.json');
      writeFileSync(
        manifest,
        JSON.stringify({
          collections: [{ hasSchema: true, name: 'articles' }],
          entries: { 'file:///old.mdx': 'articles' },
        }),
      );
      expect(addToAstroManifest(root, file)).toBe(true);
      expect(JSON.parse(readFileSync(manifest, 'utf8')).entries).toEqual({
        'file:///old.mdx': 'articles',
        [`file://${file}`.toLowerCase()]: 'articles',
      });
      expect(withEntry('not json', file, 'articles')).toBeNull();
      expect(withEntry('{"entries":{}}', file, 'articles')).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
