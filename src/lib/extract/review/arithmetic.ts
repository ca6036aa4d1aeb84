/**
 * Arithmetic inside one entry: a result's share of the plan against the plan the entry states, a
 * target's growth against this year's result, a change against the entry's own figure a year earlier,
 * and parts against their total. Articles round and hedge their numbers ("hơn 127 tỷ", "gần 45%"), so
 * every number is an interval and only intervals that cannot meet are reported.
 */
import { metricById } from '../../metrics.ts';
import type { Qualifier } from '../../schema/common.ts';
import { lowerKeepLength } from '../../vi-number.ts';
import { pattern, regex, WORD_END, WORD_START } from '../lexicon/pattern.ts';
import { WHOLE_YEAR } from '../lexicon/plan.ts';
import { BILLION, example, fig } from './example.ts';
import { placedFigures, type Finding, type PlacedFigure, type ReviewFigure, type ReviewRule } from './types.ts';

/** An interval of what a number may be. */
export type Range = readonly [lo: number, hi: number];

/**
 * What a stated amount may be: "hơn 127 tỷ" (over) up to 5% more, "gần" (nearly) up to 5% less,
 * "khoảng" either way; an exact amount within its rounding (1%).
 */
export function amountRange(value: number, qualifier: Qualifier = 'exact'): Range {
  const v = Math.abs(value);
  const r: Record<Qualifier, Range> = {
    exact: [v * 0.99, v * 1.01],
    over: [v, v * 1.05],
    nearly: [v * 0.95, v],
    under: [v * 0.9, v],
    about: [v * 0.95, v * 1.05],
  };
  return r[qualifier];
}

/** What a stated percentage may be: rounded to the unit when exact ("102%"), 3 points hedged. */
export function percentRange(value: number, qualifier: Qualifier = 'exact'): Range {
  const r: Record<Qualifier, Range> = {
    exact: [value - 0.6, value + 0.6],
    over: [value, value + 3],
    nearly: [value - 3, value],
    under: [value - 5, value],
    about: [value - 3, value + 3],
  };
  return r[qualifier];
}

/** Two ranges further apart than `slack`. */
export const apart = (a: Range, b: Range, slack: number): boolean => a[0] > b[1] + slack || b[0] > a[1] + slack;

/** The range of a / b, as a percentage. */
export const ratioRange = (a: Range, b: Range): Range => [(a[0] / b[1]) * 100, (a[1] / b[0]) * 100];

/** A number for a message, to one decimal: "42.3" in English, "42,3" in Vietnamese. */
export const formatNumber = (v: number, lang: 'vi' | 'en'): string => {
  const s = String(Math.round(v * 10) / 10);
  return lang === 'vi' ? s.replace('.', ',') : s;
};
/** A range for a message: "42.3–52.4", or one number when both ends read the same. */
export const formatRange = (r: Range, lang: 'vi' | 'en'): string => {
  const [lo, hi] = [formatNumber(r[0], lang), formatNumber(r[1], lang)];
  return lo === hi ? lo : `${lo}–${hi}`;
};
const fmt = (v: number): string => formatNumber(v, 'en');
const fmtVi = (v: number): string => formatNumber(v, 'vi');
const fmtRange = (r: Range, vi: boolean): string => formatRange(r, vi ? 'vi' : 'en');

const period = (f: ReviewFigure): string => f.period ?? 'year';
const sameSlot = (a: ReviewFigure, b: ReviewFigure): boolean =>
  a.metric === b.metric && a.year === b.year && period(a) === period(b);
const YEAR_PLAN_IN = regex(pattern`${WORD_START}${WHOLE_YEAR}${WORD_END}`);
const withValue = (p: PlacedFigure): boolean => p.figure.value !== null && p.figure.value > 0;

/** A plan the result's percentage was measured by, whichever way the entry states it. */
export const planAgainstTarget: ReviewRule = {
  id: 'plan-percent-vs-plan',
  why: 'A result’s "% of plan" must be its value over the plan the same entry states for that year and period.',
  examples: [
    example(
      'Năm 2023, doanh thu đạt 170 tỷ đồng, bằng 102% kế hoạch; kế hoạch năm 2023 là 150 tỷ đồng.',
      {
        kpis: [fig('doanh thu đạt 170 tỷ đồng, bằng 102% kế hoạch', 170 * BILLION, { planPercent: 102 })],
        targets: [fig('kế hoạch năm 2023 là 150 tỷ đồng', 150 * BILLION)],
      },
      'kpis[0].planPercent',
    ),
    example(
      '6 tháng đầu năm, doanh thu đạt 65 tỷ đồng, bằng 60% kế hoạch năm. Năm 2023 phấn đấu doanh thu 140 tỷ đồng.',
      {
        eventKind: 'mid-year',
        kpis: [fig('doanh thu đạt 65 tỷ đồng, bằng 60% kế hoạch năm', 65 * BILLION, { planPercent: 60, period: 'H1' })],
        targets: [fig('phấn đấu doanh thu 140 tỷ đồng', 140 * BILLION)],
      },
      'kpis[0].planPercent',
    ),
    example(
      'Doanh thu đạt 100 tỷ đồng, bằng 40% kế hoạch năm. Kế hoạch năm 2023 là 250 tỷ đồng.',
      {
        eventKind: 'mid-year',
        kpis: [fig('doanh thu đạt 100 tỷ đồng, bằng 40% kế hoạch năm', 100 * BILLION, { planPercent: 40 })],
        targets: [fig('Kế hoạch năm 2023 là 250 tỷ đồng', 250 * BILLION)],
      },
      null,
    ),
  ],
  check(entry) {
    const all = placedFigures(entry).filter(withValue);
    const out: Finding[] = [];
    for (const r of all.filter((p) => p.list === 'kpis' && p.figure.planPercent !== undefined)) {
      // "6 tháng đầu năm đạt 48% kế hoạch năm": a part of the year measured by the whole year's plan.
      const ofYear = period(r.figure) !== 'year' && YEAR_PLAN_IN.test(lowerKeepLength(r.figure.quote));
      const plan = all.find(
        (t) =>
          t.list === 'targets' &&
          (sameSlot(t.figure, r.figure) ||
            (ofYear &&
              t.figure.metric === r.figure.metric &&
              t.figure.year === r.figure.year &&
              period(t.figure) === 'year')),
      );
      if (!plan) continue;
      const computed = ratioRange(
        amountRange(r.figure.value!, r.figure.qualifier),
        amountRange(plan.figure.value!, plan.figure.qualifier),
      );
      const stated = percentRange(r.figure.planPercent!, r.figure.planQualifier);
      if (!apart(computed, stated, 1)) continue;
      out.push({
        field: `${r.field}.planPercent`,
        vi: `"${r.figure.quote}": ${fmtVi(r.figure.planPercent!)}% kế hoạch, nhưng chia cho kế hoạch "${plan.figure.quote}" thì được ${fmtRange(computed, true)}%. Hãy kiểm tra số và tỷ lệ.`,
        en: `"${r.figure.quote}": ${fmt(r.figure.planPercent!)}% of plan, but against the plan "${plan.figure.quote}" it is ${fmtRange(computed, false)}%. Check the amount and the percentage.`,
        quote: r.figure.quote,
      });
    }
    return out;
  },
};

/** The growth a figure claims against the same metric's figure a year earlier in the entry. */
function growthFindings(
  later: readonly PlacedFigure[],
  earlier: readonly PlacedFigure[],
  what: { vi: string; en: string },
): Finding[] {
  const out: Finding[] = [];
  for (const n of later.filter((p) => p.figure.changePercent !== undefined)) {
    const base = earlier.find(
      (b) =>
        b.figure.metric === n.figure.metric &&
        b.figure.year === n.figure.year - 1 &&
        period(b.figure) === period(n.figure),
    );
    if (!base) continue;
    const ratio = ratioRange(
      amountRange(n.figure.value!, n.figure.qualifier),
      amountRange(base.figure.value!, base.figure.qualifier),
    );
    const computed: Range = [ratio[0] - 100, ratio[1] - 100];
    const stated = percentRange(n.figure.changePercent!, n.figure.changeQualifier);
    if (!apart(computed, stated, 2)) continue;
    out.push({
      field: `${n.field}.changePercent`,
      vi: `"${n.figure.quote}": ${what.vi} ${fmtVi(n.figure.changePercent!)}% so với "${base.figure.quote}", nhưng hai con số cho ${fmtRange(computed, true)}%. Hãy kiểm tra hai số và tỷ lệ.`,
      en: `"${n.figure.quote}": ${what.en} ${fmt(n.figure.changePercent!)}% over "${base.figure.quote}", but the two amounts give ${fmtRange(computed, false)}%. Check both amounts and the percentage.`,
      quote: n.figure.quote,
    });
  }
  return out;
}

export const targetGrowth: ReviewRule = {
  id: 'target-growth-vs-result',
  why: 'A target stated with its growth over this year’s result must be that result grown by that much.',
  examples: [
    example(
      'Năm 2023 doanh thu đạt trên 114 tỷ đồng. Năm 2024 phấn đấu doanh thu đạt 172 tỷ đồng (tăng 34% so với năm 2023).',
      {
        kpis: [fig('doanh thu đạt trên 114 tỷ đồng', 114 * BILLION, { qualifier: 'over' })],
        targets: [
          fig('phấn đấu doanh thu đạt 172 tỷ đồng (tăng 34% so với năm 2023)', 172 * BILLION, {
            year: 2024,
            changePercent: 34,
          }),
        ],
      },
      'targets[0].changePercent',
    ),
    example(
      'Năm 2023 doanh thu đạt 128 tỷ đồng. Năm 2024 phấn đấu doanh thu đạt 172 tỷ đồng (tăng 34%).',
      {
        kpis: [fig('doanh thu đạt 128 tỷ đồng', 128 * BILLION)],
        targets: [
          fig('phấn đấu doanh thu đạt 172 tỷ đồng (tăng 34%)', 172 * BILLION, { year: 2024, changePercent: 34 }),
        ],
      },
      null,
    ),
  ],
  check(entry) {
    const all = placedFigures(entry).filter(withValue);
    return growthFindings(
      all.filter((p) => p.list === 'targets'),
      all.filter((p) => p.list === 'kpis'),
      { vi: 'chỉ tiêu tăng', en: 'the target grows' },
    );
  },
};

export const changeAgainstEarlier: ReviewRule = {
  id: 'change-vs-earlier-result',
  why: 'A result’s change against last year must match the entry’s own figure for last year, when it gives one.',
  examples: [
    example(
      'Năm 2022 doanh thu đạt 250 tỷ đồng; năm 2023 đạt 300 tỷ đồng, tăng 10%.',
      {
        kpis: [
          fig('Năm 2022 doanh thu đạt 250 tỷ đồng', 250 * BILLION, { year: 2022 }),
          fig('năm 2023 đạt 300 tỷ đồng, tăng 10%', 300 * BILLION, { changePercent: 10 }),
        ],
      },
      'kpis[1].changePercent',
    ),
    example(
      'Năm 2022 doanh thu đạt 250 tỷ đồng; năm 2023 đạt 300 tỷ đồng, tăng 20%.',
      {
        kpis: [
          fig('Năm 2022 doanh thu đạt 250 tỷ đồng', 250 * BILLION, { year: 2022 }),
          fig('năm 2023 đạt 300 tỷ đồng, tăng 20%', 300 * BILLION, { changePercent: 20 }),
        ],
      },
      null,
    ),
  ],
  check(entry) {
    const kpis = placedFigures(entry).filter((p) => p.list === 'kpis' && withValue(p));
    return growthFindings(kpis, kpis, { vi: 'tăng', en: 'grows' });
  },
};

/** Whole-unit money figures no part of the revenue can exceed, and the service groups that add up to it. */
const TOTAL = 'total_revenue';
const WITHIN_TOTAL = ['salary_revenue', 'profit', 'budget_contribution'];
const isServiceGroup = (metric: string): boolean => metricById(metric)?.group === 'service';
/** "Doanh thu các dịch vụ bưu chính" may be the sum of other groups, so it is not added with them. */
const UMBRELLA = 'postal_services_revenue';

export const partsAndTotal: ReviewRule = {
  id: 'parts-vs-total',
  why: 'No part of the revenue (a service group, payroll revenue, profit, tax) exceeds the total, and the groups do not add up to more.',
  examples: [
    example(
      'Tổng doanh thu đạt 21 tỷ đồng; doanh thu tính lương đạt 90 tỷ đồng.',
      {
        kpis: [
          fig('Tổng doanh thu đạt 21 tỷ đồng', 21 * BILLION),
          fig('doanh thu tính lương đạt 90 tỷ đồng', 90 * BILLION, { metric: 'salary_revenue' }),
        ],
      },
      'kpis[1].value',
    ),
    example(
      'Tổng doanh thu đạt 100 tỷ đồng; bưu chính chuyển phát 60 tỷ đồng, tài chính bưu chính 50 tỷ đồng.',
      {
        kpis: [
          fig('Tổng doanh thu đạt 100 tỷ đồng', 100 * BILLION),
          fig('bưu chính chuyển phát 60 tỷ đồng', 60 * BILLION, { metric: 'postal_delivery_revenue' }),
          fig('tài chính bưu chính 50 tỷ đồng', 50 * BILLION, { metric: 'postal_finance_revenue' }),
        ],
      },
      'kpis[0].value',
    ),
    example(
      'Doanh thu thực hiện được 210 tỷ đồng; bưu chính chuyển phát gần 86 tỷ đồng, tài chính bưu chính 40 tỷ đồng, phân phối truyền thông gần 85 tỷ đồng.',
      {
        kpis: [
          fig('doanh thu thực hiện được 210 tỷ đồng', 210 * BILLION),
          fig('bưu chính chuyển phát gần 86 tỷ đồng', 86 * BILLION, {
            metric: 'postal_delivery_revenue',
            qualifier: 'nearly',
          }),
          fig('tài chính bưu chính 40 tỷ đồng', 40 * BILLION, { metric: 'postal_finance_revenue' }),
          fig('phân phối truyền thông gần 85 tỷ đồng', 85 * BILLION, {
            metric: 'media_distribution_revenue',
            qualifier: 'nearly',
          }),
        ],
      },
      null,
    ),
  ],
  check(entry) {
    const out: Finding[] = [];
    for (const list of ['kpis', 'targets'] as const) {
      const figures = placedFigures(entry).filter((p) => p.list === list && withValue(p) && p.figure.unit === 'VND');
      for (const total of figures.filter((p) => p.figure.metric === TOTAL)) {
        const slot = figures.filter(
          (p) => p !== total && p.figure.year === total.figure.year && period(p.figure) === period(total.figure),
        );
        const totalRange = amountRange(total.figure.value!, total.figure.qualifier);
        for (const part of slot.filter(
          (p) => WITHIN_TOTAL.includes(p.figure.metric) || isServiceGroup(p.figure.metric),
        )) {
          const partRange = amountRange(part.figure.value!, part.figure.qualifier);
          if (partRange[0] <= totalRange[1] * 1.02) continue;
          out.push({
            field: `${part.field}.value`,
            vi: `"${part.figure.quote}" lớn hơn tổng doanh thu "${total.figure.quote}". Hãy kiểm tra số, đơn vị và chỉ tiêu.`,
            en: `"${part.figure.quote}" is more than the total revenue "${total.figure.quote}". Check the amount, its unit and the metric.`,
            quote: part.figure.quote,
          });
        }
        const groups = slot.filter((p) => isServiceGroup(p.figure.metric) && p.figure.metric !== UMBRELLA);
        if (new Set(groups.map((g) => g.figure.metric)).size < 2) continue;
        const low = groups.reduce((s, g) => s + amountRange(g.figure.value!, g.figure.qualifier)[0], 0);
        if (low <= totalRange[1] * 1.05) continue;
        out.push({
          field: `${total.field}.value`,
          vi: `Các nhóm dịch vụ cộng lại ít nhất ${fmtVi(low / BILLION)} tỷ đồng, nhiều hơn tổng doanh thu "${total.figure.quote}". Hãy kiểm tra tổng và các nhóm.`,
          en: `The service groups add up to at least ${fmt(low / BILLION)} billion đồng, more than the total revenue "${total.figure.quote}". Check the total and the groups.`,
          quote: total.figure.quote,
        });
      }
    }
    return out;
  },
};

/** How far a target may move from this year's result before a unit slip or a swapped figure is likelier. */
export const TARGET_FACTOR = 2;

export const targetScale: ReviewRule = {
  id: 'target-vs-result-scale',
  why: 'A target more than twice, or less than half, this year’s result of the same metric is likely a unit slip or another metric.',
  examples: [
    example(
      'Doanh thu năm 2023 đạt 91,352 tỷ đồng; năm 2024 phấn đấu 841,3 tỷ đồng.',
      {
        kpis: [fig('Doanh thu năm 2023 đạt 91,352 tỷ đồng', 91.352 * BILLION)],
        targets: [fig('năm 2024 phấn đấu 841,3 tỷ đồng', 841.3 * BILLION, { year: 2024 })],
      },
      'targets[0].value',
    ),
    example(
      'Doanh thu năm 2023 đạt 159 tỷ đồng; năm 2024 phấn đấu 236 tỷ đồng.',
      {
        kpis: [fig('Doanh thu năm 2023 đạt 159 tỷ đồng', 159 * BILLION)],
        targets: [fig('năm 2024 phấn đấu 236 tỷ đồng', 236 * BILLION, { year: 2024 })],
      },
      null,
    ),
  ],
  check(entry) {
    const all = placedFigures(entry).filter((p) => withValue(p) && metricById(p.figure.metric)?.unit.startsWith('VND'));
    const out: Finding[] = [];
    for (const t of all.filter((p) => p.list === 'targets' && period(p.figure) === 'year')) {
      const r = all.find(
        (p) =>
          p.list === 'kpis' &&
          p.figure.metric === t.figure.metric &&
          p.figure.year === t.figure.year - 1 &&
          period(p.figure) === 'year' &&
          p.figure.unit === t.figure.unit,
      );
      if (!r) continue;
      const ratio = t.figure.value! / r.figure.value!;
      if (ratio <= TARGET_FACTOR && ratio >= 1 / TARGET_FACTOR) continue;
      out.push({
        field: `${t.field}.value`,
        vi: `Chỉ tiêu "${t.figure.quote}" gấp ${fmtVi(ratio)} lần kết quả năm trước "${r.figure.quote}". Hãy kiểm tra đơn vị (tỷ/triệu) và chỉ tiêu.`,
        en: `The target "${t.figure.quote}" is ${fmt(ratio)} times the year's result "${r.figure.quote}". Check the unit (billions/millions) and the metric.`,
        quote: t.figure.quote,
      });
    }
    return out;
  },
};

export const ARITHMETIC_RULES: readonly ReviewRule[] = [
  planAgainstTarget,
  targetGrowth,
  changeAgainstEarlier,
  partsAndTotal,
  targetScale,
];
