/**
 * The second reader across entries (src/lib/extract/review/corpus.ts): the same figure from two
 * entries, this year's "% of plan" against last year's target, this year's change against last year's
 * result. Entries written here, each rule with a case that fires and one that does not.
 */
import { describe, expect, it } from 'vitest';
import { BILLION, entry, fig } from '../../src/lib/extract/review/example.ts';
import { changeProblems, planProblems, reviewCorpus, sameFigureProblems } from '../../src/lib/extract/review/corpus.ts';

const y2023 = entry({ kpis: [fig('tổng doanh thu đạt 300 tỷ đồng', 300 * BILLION)] });

describe('the same figure from two entries', () => {
  it('reports different amounts for one province, year, period and metric', () => {
    const other = entry({ eventDate: '2023-12-28', kpis: [fig('tổng doanh thu đạt 310 tỷ đồng', 310 * BILLION)] });
    const problems = sameFigureProblems([y2023, other]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      rule: 'corpus-same-figure',
      entry: 1,
      other: 0,
      field: 'kpis[0].value',
      quote: 'tổng doanh thu đạt 310 tỷ đồng',
    });
    expect(problems[0]!.vi).toContain('tổng doanh thu đạt 300 tỷ đồng');
  });

  it('accepts amounts a hedge or an estimate explains', () => {
    const over = entry({ kpis: [fig('tổng doanh thu đạt hơn 300 tỷ đồng', 300 * BILLION, { qualifier: 'over' })] });
    const final = entry({ kpis: [fig('tổng doanh thu đạt 309 tỷ đồng', 309 * BILLION)] });
    const estimate = entry({ kpis: [fig('tổng doanh thu ước đạt 318 tỷ đồng', 318 * BILLION, { estimated: true })] });
    expect(sameFigureProblems([over, final])).toEqual([]);
    expect(sameFigureProblems([final, estimate])).toEqual([]);
  });

  it('compares neither other provinces, periods, nor a land the 2025 merger enlarged', () => {
    const otherProvince = entry({ province: 'lai-chau', kpis: [fig('tổng doanh thu đạt 90 tỷ đồng', 90 * BILLION)] });
    const half = entry({ kpis: [fig('tổng doanh thu đạt 140 tỷ đồng', 140 * BILLION, { period: 'H1' })] });
    const before = entry({
      province: 'can-tho',
      reportYear: 2025,
      eventDate: '2025-06-20',
      kpis: [fig('tổng doanh thu đạt 140 tỷ đồng', 140 * BILLION, { year: 2025 })],
    });
    const after = entry({
      province: 'can-tho',
      reportYear: 2025,
      eventDate: '2025-12-20',
      kpis: [fig('tổng doanh thu đạt 400 tỷ đồng', 400 * BILLION, { year: 2025 })],
    });
    expect(sameFigureProblems([y2023, otherProvince, half])).toEqual([]);
    expect(sameFigureProblems([before, after])).toEqual([]);
  });
});

describe('% of plan against last year’s target', () => {
  const plan2023 = entry({
    reportYear: 2022,
    planYear: 2023,
    eventDate: '2022-12-28',
    kpis: [],
    targets: [fig('phấn đấu tổng doanh thu đạt 150 tỷ đồng', 150 * BILLION)],
  });

  it('reports "đạt 102% kế hoạch" for a result of 170 billion against a target of 150', () => {
    const result = entry({
      kpis: [fig('tổng doanh thu đạt 170 tỷ đồng, đạt 102% kế hoạch', 170 * BILLION, { planPercent: 102 })],
    });
    expect(planProblems([plan2023, result])).toEqual([
      expect.objectContaining({ rule: 'corpus-plan-vs-last-target', entry: 1, other: 0, field: 'kpis[0].planPercent' }),
    ]);
  });

  it('accepts a percentage of the target, or of the corporation’s plan the target was a share of', () => {
    const result = entry({
      kpis: [fig('tổng doanh thu đạt 153 tỷ đồng, đạt 102% kế hoạch', 153 * BILLION, { planPercent: 102 })],
    });
    const corporate = entry({
      reportYear: 2022,
      planYear: 2023,
      targets: [
        fig('phấn đấu tổng doanh thu đạt 160 tỷ đồng, đạt 106,7% kế hoạch Tổng công ty giao', 160 * BILLION, {
          planPercent: 106.7,
        }),
      ],
    });
    const againstCorporate = entry({
      kpis: [fig('tổng doanh thu đạt 153 tỷ đồng, đạt 102% kế hoạch', 153 * BILLION, { planPercent: 102 })],
    });
    expect(planProblems([plan2023, result])).toEqual([]);
    expect(planProblems([corporate, againstCorporate])).toEqual([]);
  });
});

describe('change against last year’s entry', () => {
  const last = entry({
    reportYear: 2022,
    eventDate: '2022-12-28',
    kpis: [fig('tổng doanh thu đạt 250 tỷ đồng', 250 * BILLION, { year: 2022 })],
  });

  it('reports a change the two amounts do not give', () => {
    const now = entry({ kpis: [fig('tổng doanh thu đạt 300 tỷ đồng, tăng 5%', 300 * BILLION, { changePercent: 5 })] });
    expect(changeProblems([last, now])).toEqual([
      expect.objectContaining({
        rule: 'corpus-change-vs-last-year',
        entry: 1,
        other: 0,
        field: 'kpis[0].changePercent',
      }),
    ]);
  });

  it('accepts a change the amounts give', () => {
    const now = entry({
      kpis: [fig('tổng doanh thu đạt 300 tỷ đồng, tăng 20%', 300 * BILLION, { changePercent: 20 })],
    });
    expect(changeProblems([last, now])).toEqual([]);
  });
});

describe('reviewCorpus', () => {
  it('lists every problem in the order of the entries', () => {
    const a = entry({ kpis: [fig('tổng doanh thu đạt 300 tỷ đồng', 300 * BILLION)] });
    const b = entry({ kpis: [fig('tổng doanh thu đạt 330 tỷ đồng', 330 * BILLION)] });
    const c = entry({ kpis: [fig('tổng doanh thu đạt 360 tỷ đồng', 360 * BILLION)] });
    expect(reviewCorpus([a, b, c]).map((p) => [p.entry, p.other])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });
});
