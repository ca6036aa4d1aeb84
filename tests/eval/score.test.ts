/**
 * The scoring on small hand-made gold/output pairs; every expected number is worked out by hand in the
 * comment beside it.
 */
import { describe, expect, it } from 'vitest';
import type { AwardFact, EntityFacts, FigureFact, PercentFact } from '../../src/lib/eval/facts.ts';
import type { OutputEntry } from '../../src/lib/eval/output.ts';
import { maxMatching, prf, scoreArticle, scoreEntity, scoreGroup, warningMentions } from '../../src/lib/eval/score.ts';

const figure = (
  metric: string,
  value: number,
  year: number,
  kind: 'result' | 'target' = 'result',
  quote = `${metric} ${value}`,
): FigureFact => ({ kind, metric, value, year, quote });
const percent = (
  metric: string,
  role: 'plan' | 'change',
  value: number,
  kind: 'result' | 'target' = 'result',
): PercentFact => ({
  kind,
  metric,
  role,
  value,
  quote: `${metric} ${role} ${value}%`,
});
const award = (kinds: string[], levels: AwardFact['levels']): AwardFact => ({
  kinds,
  levels,
  label: kinds.join(),
  quote: kinds.join(),
});
const gold = (over: Partial<EntityFacts> = {}): EntityFacts => ({
  province: 'son-la',
  reportYear: 2023,
  figures: [],
  percents: [],
  awards: [],
  ...over,
});
const output = (over: Partial<OutputEntry> = {}): OutputEntry => ({ ...gold(), warnings: [], ...over });
/** Output figures carry where they sit, as the dry-run output gives them. */
const at = (f: FigureFact, i: number): FigureFact => ({
  ...f,
  ref: `${f.kind === 'result' ? 'kpis' : 'targets'}[${i}]`,
});

describe('core figures', () => {
  it('2 of 3 matched with one extra: P = 2/3, R = 2/3, F1 = 2/3', () => {
    const s = scoreEntity(
      gold({
        figures: [
          figure('total_revenue', 101e9, 2023),
          figure('average_income', 8.8e6, 2023),
          figure('budget_contribution', 5.8e9, 2023),
        ],
      }),
      output({
        figures: [
          at(figure('total_revenue', 101e9, 2023), 0),
          at(figure('average_income', 8.8e6, 2023), 1),
          at(figure('profit', 9e9, 2023), 2),
        ],
      }),
    );
    expect(s.core).toEqual({ tp: 2, fp: 1, fn: 1 });
    const r = prf(s.core);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.f1).toBeCloseTo(2 / 3);
    // profit is in no gold figure at all: extra, not a wrong amount.
    expect(s.figures.extra.map((x) => x.fact.metric)).toEqual(['profit']);
    expect(s.figures.wrong).toEqual([]);
    expect(s.figures.missed.map((x) => x.fact.metric)).toEqual(['budget_contribution']);
  });

  it('matches a value within 0.5% of the gold’s, not beyond', () => {
    const g = gold({ figures: [figure('total_revenue', 269e9, 2018)] });
    // 270/269 − 1 = 0.37%: a match.
    expect(scoreEntity(g, output({ figures: [figure('total_revenue', 270e9, 2018)] })).core.tp).toBe(1);
    // 271/269 − 1 = 0.74%: no match.
    expect(scoreEntity(g, output({ figures: [figure('total_revenue', 271e9, 2018)] })).core).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
    });
  });

  it('needs the kind and the year to be the gold’s', () => {
    const s = scoreEntity(
      gold({ figures: [figure('total_revenue', 100e9, 2023), figure('total_revenue', 120e9, 2024, 'target')] }),
      output({ figures: [at(figure('total_revenue', 100e9, 2022), 0), at(figure('total_revenue', 120e9, 2024), 1)] }),
    );
    // Neither matches: 2 missed, 2 unmatched output.
    expect(s.core).toEqual({ tp: 0, fp: 2, fn: 2 });
    // The first has the right amount in the wrong year; the second is the target read as a result.
    expect(s.figures.wrong.map((w) => [w.figure.ref, w.reason, w.warned])).toEqual([
      ['kpis[0]', 'year', false],
      ['kpis[1]', 'kind', false],
    ]);
    expect(s.figures.missed.map((m) => m.hint)).toEqual([undefined, 'the output has it as a result for 2024']);
  });

  it('calls a wrong amount silent unless a warning names the figure or quotes it', () => {
    const g = gold({ figures: [figure('total_revenue', 91.352e9, 2020)] });
    const out = (warnings: OutputEntry['warnings']): OutputEntry =>
      output({
        figures: [
          {
            ...figure('total_revenue', 91.352e6, 2020),
            quote: 'Tổng doanh thu năm 2020 ước đạt 91,352 triệu đồng, đạt 102% kế hoạch',
            ref: 'kpis[0]',
          },
        ],
        warnings,
      });
    const warned = (warnings: OutputEntry['warnings']): boolean[] =>
      scoreEntity(g, out(warnings)).figures.wrong.map((w) => w.warned);
    expect(warned([])).toEqual([false]);
    expect(warned([{ field: 'title', message: 'no headline' }])).toEqual([false]);
    // By field, by the warning's quote inside the figure's, by the figure's quote inside a message.
    expect(warned([{ field: 'kpis[0].value', message: 'check' }])).toEqual([true]);
    expect(warned([{ field: 'kpis', message: 'check', quote: '91,352 triệu đồng' }])).toEqual([true]);
    expect(
      warned([{ field: 'kpis', message: 'Two values: "tổng doanh thu năm 2020 ước đạt 91,352 triệu đồng"' }]),
    ).toEqual([true]);
    // A warning about another figure of the same entry does not count.
    expect(warned([{ field: 'kpis[1].value', message: 'check', quote: '8,8 triệu đồng' }])).toEqual([false]);
  });

  it('reads "…"-joined quotes part by part', () => {
    const f = {
      ...figure('total_revenue', 1, 2020),
      quote: 'hoàn thành vượt mức từ 2% … Tổng doanh thu: 133,643 tỷ đồng',
    };
    expect(warningMentions({ field: 'targets', message: 'x', quote: 'Tổng doanh thu: 133,643 tỷ đồng' }, f)).toBe(true);
    // Too short and without a digit: "Tổng doanh thu" alone is not this figure.
    expect(warningMentions({ field: 'targets', message: 'x', quote: 'Tổng doanh thu' }, f)).toBe(false);
  });

  it('counts a truncated gold figure only when it is read', () => {
    const g = gold({ figures: [{ ...figure('total_revenue', 151e9, 2024, 'target'), optional: true }] });
    expect(scoreEntity(g, output()).core).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(scoreEntity(g, output({ figures: [figure('total_revenue', 151e9, 2024, 'target')] })).core).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
  });

  it('keeps the other metrics out of the core column', () => {
    const s = scoreEntity(
      gold({ figures: [figure('service_points', 174, 2018)] }),
      output({ figures: [figure('service_points', 174, 2018), figure('delivery_routes', 228, 2018)] }),
    );
    expect(s.core).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(s.otherFigures).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('% of plan and change', () => {
  it('matches kind, metric and role with the value within ±0.05', () => {
    const s = scoreEntity(
      gold({
        percents: [
          percent('total_revenue', 'plan', 107.5),
          percent('total_revenue', 'change', 28.5),
          percent('salary_revenue', 'change', 154.5),
          percent('total_revenue', 'plan', 104, 'target'),
        ],
      }),
      output({
        percents: [
          percent('total_revenue', 'plan', 107.54),
          // 28.5 as plan, not change: no match.
          percent('total_revenue', 'plan', 28.5),
          percent('salary_revenue', 'change', 54.5),
          percent('total_revenue', 'plan', 104, 'target'),
        ],
      }),
    );
    // 2 matched, 2 missed, 2 unmatched: P = R = F1 = 2/4.
    expect(s.percent).toEqual({ tp: 2, fp: 2, fn: 2 });
    expect(prf(s.percent).f1).toBeCloseTo(0.5);
    expect(s.percents.missed.map((m) => m.hint)).toEqual([
      'the output has 28.5 as result plan of total_revenue',
      'the output says 54.5',
    ]);
  });
});

describe('awards', () => {
  it('matches kind and giver level, one entry for one entry whatever the counts', () => {
    // The gold lists two flags of the ministry (two recipients), the output one entry naming both:
    // 1 matched, 1 missed. The gold's one union entry for 4 recipients, the output's two: 1 matched, 1 extra.
    const s = scoreEntity(
      gold({
        awards: [
          award(['Cờ thi đua'], ['ministry']),
          award(['Cờ thi đua'], ['ministry']),
          award(['Giấy khen'], ['union']),
        ],
      }),
      output({
        awards: [award(['Cờ thi đua'], ['ministry']), award(['Giấy khen'], ['union']), award(['Giấy khen'], ['union'])],
      }),
    );
    expect(s.awards).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it('lets a gold entry naming several kinds and givers match one award of any of them', () => {
    const g = gold({ awards: [award(['Bằng khen', 'Giấy khen'], ['ministry', 'corporation'])] });
    const s = scoreEntity(
      g,
      output({ awards: [award(['Giấy khen'], ['corporation']), award(['Giấy khen'], ['ministry'])] }),
    );
    expect(s.awards).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('matches a giver the gold leaves unknown only with an output that names none', () => {
    const g = gold({ awards: [award(['Huân chương Lao động hạng Ba'], ['unknown'])] });
    expect(scoreEntity(g, output({ awards: [award(['Huân chương Lao động hạng Ba'], ['state'])] })).awards).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
    });
    expect(scoreEntity(g, output({ awards: [award(['Huân chương Lao động hạng Ba'], ['unknown'])] })).awards.tp).toBe(
      1,
    );
  });
});

describe('province and report year', () => {
  it('tells right, null with a warning, and wrong apart', () => {
    const g = gold();
    expect(scoreEntity(g, output()).province).toBe('right');
    expect(scoreEntity(g, output({ province: null, warnings: [{ field: 'province', message: '?' }] })).province).toBe(
      'warned',
    );
    expect(scoreEntity(g, output({ province: null })).province).toBe('wrong');
    expect(scoreEntity(g, output({ province: 'lang-son' })).province).toBe('wrong');
    expect(scoreEntity(g, output({ reportYear: 2024 })).reportYear).toBe('wrong');
    expect(
      scoreEntity(g, output({ reportYear: null, warnings: [{ field: 'reportYear', message: '?' }] })).reportYear,
    ).toBe('warned');
    // A gold province of null (the article names none) read as null is right.
    expect(scoreEntity(gold({ province: null }), output({ province: null })).province).toBe('right');
  });

  it('counts a refused article as null with a warning, and a missing one as wrong, all facts missed', () => {
    const g = { id: '05', entities: [gold({ figures: [figure('total_revenue', 1e9, 2023)] })] };
    const refused = scoreArticle(g, { id: '05', file: '05.txt', entries: [], error: 'cannot tell the year' });
    expect([refused.entities[0]!.province, refused.entities[0]!.reportYear]).toEqual(['warned', 'warned']);
    expect(refused.entities[0]!.core).toEqual({ tp: 0, fp: 0, fn: 1 });
    const missing = scoreArticle(g, undefined);
    expect(missing.noOutput).toBe(true);
    expect([missing.entities[0]!.province, missing.entities[0]!.reportYear]).toEqual(['wrong', 'wrong']);
  });
});

describe('two-province articles', () => {
  it('scores each gold entity against the output entry of its province, whatever the order', () => {
    const gl = gold({ province: 'gia-lai', percents: [percent('total_revenue', 'plan', 137.7)] });
    const vt = gold({ province: 'ba-ria-vung-tau', percents: [percent('total_revenue', 'plan', 112)] });
    const s = scoreArticle(
      { id: '26', entities: [gl, vt] },
      {
        id: '26',
        file: '26.txt',
        entries: [
          output({ province: 'ba-ria-vung-tau', percents: [percent('total_revenue', 'plan', 112)] }),
          output({ province: 'gia-lai', percents: [percent('total_revenue', 'plan', 137.7)] }),
        ],
      },
    );
    expect(s.entities.map((e) => [e.outProvince, e.province, e.percent.tp])).toEqual([
      ['gia-lai', 'right', 1],
      ['ba-ria-vung-tau', 'right', 1],
    ]);
    // A merged output (one entry) serves the first province; the second has everything missed.
    const merged = scoreArticle(
      { id: '26', entities: [gl, vt] },
      { id: '26', file: '26.txt', entries: [output({ province: 'gia-lai', percents: gl.percents })] },
    );
    expect(merged.entities.map((e) => [e.hasEntry, e.province, e.percent.fn])).toEqual([
      [true, 'right', 0],
      [false, 'wrong', 1],
    ]);
  });
});

describe('groups', () => {
  it('sums articles, and has no F1 where there is nothing to count', () => {
    const a = scoreArticle(
      { id: '01', entities: [gold({ figures: [figure('total_revenue', 1e9, 2023)] })] },
      { id: '01', file: '01.txt', entries: [output({ figures: [figure('total_revenue', 2e9, 2023)] })] },
    );
    const b = scoreArticle(
      { id: '02', entities: [gold({ figures: [figure('profit', 1e9, 2023)] })] },
      { id: '02', file: '02.txt', entries: [output({ figures: [figure('profit', 1e9, 2023)] })] },
    );
    const g = scoreGroup('two', [a, b]);
    // 1 matched, 1 wrong (fp and fn): P = R = F1 = 1/2.
    expect(g.core).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(prf(g.core).f1).toBeCloseTo(0.5);
    expect([g.silentWrong, g.extraFigures, g.province.right, g.articles, g.entities]).toEqual([1, 0, 2, 2, 2]);
    expect(prf(g.awards)).toEqual({ precision: null, recall: null, f1: null });
  });
});

describe('maxMatching', () => {
  it('finds the largest matching where taking the first fit would not', () => {
    // Gold 0 fits outputs 0 and 1, gold 1 only output 0: the first fit (0–0) would leave gold 1 out.
    const pairs = maxMatching([['a', 'b'], ['a']], ['a', 'b'], (g, o) => g.includes(o));
    expect(pairs.sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
