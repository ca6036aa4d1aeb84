/**
 * A figure's value against the number of its own quote.
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../../src/lib/check/check-corpus.ts';
import { readContentDir } from '../../../src/lib/check/files-fs.ts';
import { formatProblem } from '../../../src/lib/check/problem.ts';
import { checkValueAgainstQuote } from '../../../src/lib/check/rules/value-quote.ts';
import { metricById } from '../../../src/lib/metrics.ts';
import { figureSchema } from '../../../src/lib/schema/figure.ts';
import { changed, rules } from '../support/entries.ts';

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
