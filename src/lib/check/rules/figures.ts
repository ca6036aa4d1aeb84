/**
 * Figures (kpis and targets): a metric of the catalogue, a unit that fits it, a value it can have at all
 * (errors, found by the schema); and figures that are valid but unlikely or self-contradictory: outside the
 * catalogue's plausible range, a change of several hundred percent, a plan reached many times over, a
 * "result" for a year after the reported one (warnings: the editor looks, the build goes on), a plan
 * percentage no plan can reach (an error). Whether a value is the number of its own quote: value-quote.ts.
 */
import { metricById, UNIT_LABELS, type Metric, type Unit } from '../../metrics.ts';
import { figureSchema, serviceGrowthSchema, type Figure, type ServiceGrowth } from '../../schema/index.ts';
import type { Severity } from '../problem.ts';
import { defineRule, example, worded, type Worded } from '../rule.ts';
import { shown, shownEn } from '../values.ts';
import { entryFile, FILE } from './example-entry.ts';
import { checkValueAgainstQuote } from './value-quote.ts';

export const unknownMetric = defineRule({
  id: 'unknown-metric',
  severity: 'error',
  describes: {
    vi: 'metric là một mã trong danh mục chỉ tiêu; mã gõ sai được gợi ý mã gần nhất.',
    en: 'metric is an id of the metric catalogue; a mistyped id gets the closest one.',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ 'metric: total_revenue': 'metric: total_revenu' }),
      `${FILE}:8  kpis[0].metric  lỗi: không có chỉ tiêu "total_revenu" trong danh mục  — có lẽ là "total_revenue"; dùng một mã chỉ tiêu trong docs/editing.md (mục Chỉ tiêu)
       ${FILE}:8  kpis[0].metric  error: there is no metric "total_revenu" in the catalogue  — perhaps "total_revenue"; use a metric id listed in docs/editing.en.md (Metrics)`,
    ),
  ],
});

export const metricUnit = defineRule({
  id: 'metric-unit',
  severity: 'error',
  describes: {
    vi: 'unit hợp với chỉ tiêu (doanh thu tính bằng VND, số điểm giao dịch là count…).',
    en: 'unit fits the metric (revenue in VND, transaction points a count…).',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ '    unit: VND': '    unit: count' }),
      `${FILE}:10  kpis[0].unit  lỗi: đơn vị "count" không hợp với chỉ tiêu total_revenue  — dùng unit: VND
       ${FILE}:10  kpis[0].unit  error: unit "count" does not fit metric total_revenue  — use unit: VND`,
    ),
  ],
});

export const valueRange = defineRule({
  id: 'value-range',
  severity: 'error',
  describes: {
    vi: 'value nằm trong khoảng chỉ tiêu có thể có (doanh thu không âm; phần trăm không quá mức có thể).',
    en: 'value is in the range the metric can have at all (revenue is not negative; a percentage not beyond reason).',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ '    value: 101000000000': '    value: -101000000000' }),
      `${FILE}:9  kpis[0].value  lỗi: total_revenue không thể là -101.000.000.000 (không bao giờ nhỏ hơn 0)  — bỏ dấu trừ; nếu bài nói “giảm”, ghi mức giảm vào changePercent (số âm)
       ${FILE}:9  kpis[0].value  error: total_revenue cannot be -101,000,000,000 (it is never below 0)  — remove the minus sign; if the article says “giảm” (down), put the fall in changePercent (negative)`,
    ),
  ],
});

export const emptyFigure = defineRule({
  id: 'empty-figure',
  severity: 'error',
  describes: {
    vi: 'Một con số có value, hoặc ít nhất planPercent hay changePercent (khi bài chỉ nêu phần trăm).',
    en: 'A figure has a value, or at least planPercent or changePercent (when the article gives only a percentage).',
  },
  good: [entryFile({ '    value: 101000000000': '    value: null\n    planPercent: 102' })],
  bad: [
    example(
      entryFile({ '    value: 101000000000': '    value: null' }),
      `${FILE}:9  kpis[0].value  lỗi: value để trống (null) mà không có planPercent hay changePercent  — ghi value, hoặc planPercent / changePercent, hoặc xóa chỉ tiêu này
       ${FILE}:9  kpis[0].value  error: value is empty (null) and there is no planPercent or changePercent either  — write value, or planPercent / changePercent, or delete this figure`,
    ),
  ],
});

/** The example entry's figure with these lines added under its quote. */
const figureWith = (lines: string) =>
  entryFile({ '    quote: doanh thu đạt trên 101 tỷ đồng\n': `    quote: doanh thu đạt trên 101 tỷ đồng\n${lines}\n` });

export const implausibleValue = defineRule({
  id: 'implausible-value',
  severity: 'warning',
  describes: {
    vi: 'Con số cả năm nằm trong khoảng thường gặp của chỉ tiêu (ngoài khoảng đó thường là nhầm đơn vị tỷ/triệu).',
    en: "A full-year figure is in the metric's usual range (outside it, billions and millions are usually mixed up).",
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({
        '    value: 101000000000': '    value: 101000000',
        'quote: doanh thu đạt trên 101 tỷ đồng': 'quote: doanh thu đạt trên 101 triệu đồng',
        'có doanh thu đạt trên 101 tỷ đồng': 'có doanh thu đạt trên 101 triệu đồng',
      }),
      `${FILE}:9  kpis[0].value  cảnh báo: total_revenue = 101.000.000 đồng nằm ngoài khoảng thường gặp (3.000.000.000–30.000.000.000.000 đồng)  — kiểm tra đơn vị: value ghi bằng đồng (101 tỷ = 101000000000), không phải tỷ hay triệu đồng
       ${FILE}:9  kpis[0].value  warning: total_revenue = 101,000,000 VND is outside the usual range (3,000,000,000–30,000,000,000,000 VND)  — check the unit: value is in VND (101 tỷ = 101000000000), not billions or millions`,
    ),
  ],
});

export const implausibleChange = defineRule({
  id: 'implausible-change',
  severity: 'warning',
  describes: {
    vi: 'changePercent nằm trong khoảng thường gặp của chỉ tiêu (“bằng 111% so với năm trước” là tăng 11, không phải 111).',
    en: "changePercent is in the metric's usual range (“bằng 111% so với năm trước” is a rise of 11, not 111).",
  },
  good: [figureWith('    changePercent: 11')],
  bad: [
    example(
      figureWith('    changePercent: 111'),
      `${FILE}:13  kpis[0].changePercent  cảnh báo: mức thay đổi 111% là bất thường với total_revenue (thường trong khoảng -60% đến 100%)  — “bằng 111% so với năm trước” là tăng 11%, ghi changePercent: 11; kiểm tra lại với bài
       ${FILE}:13  kpis[0].changePercent  warning: a change of 111% is unusual for total_revenue (usually -60% to 100%)  — “bằng 111% so với năm trước” is a rise of 11%: changePercent: 11; check against the article`,
    ),
  ],
});

export const implausiblePlan = defineRule({
  id: 'implausible-plan',
  severity: 'error or warning',
  describes: {
    vi: 'planPercent là phần trăm kế hoạch đạt được (“vượt 5% kế hoạch” là 105): trên 300 là cảnh báo, trên 1000 là lỗi.',
    en: 'planPercent is the percent of plan reached (“vượt 5% kế hoạch” is 105): above 300 a warning, above 1000 an error.',
  },
  good: [figureWith('    planPercent: 105')],
  bad: [
    example(
      figureWith('    planPercent: 500'),
      `${FILE}:13  kpis[0].planPercent  cảnh báo: đạt 500% kế hoạch là bất thường (thường dưới 300%)  — “vượt 5% kế hoạch” là 105, không phải 500; kiểm tra lại với bài
       ${FILE}:13  kpis[0].planPercent  warning: reaching 500% of plan is unusual (usually under 300%)  — “vượt 5% kế hoạch” (5% over plan) is 105, not 500; check against the article`,
    ),
    example(
      figureWith('    planPercent: 10500'),
      `${FILE}:13  kpis[0].planPercent  lỗi: planPercent 10.500 không thể đúng: gấp hơn 10 lần kế hoạch  — ghi phần trăm kế hoạch đạt được: “đạt 102% kế hoạch” → 102, “vượt 5% kế hoạch” → 105
       ${FILE}:13  kpis[0].planPercent  error: planPercent 10,500 cannot be right: more than 10 times the plan  — write the percent of plan reached: “đạt 102% kế hoạch” → 102, “vượt 5% kế hoạch” → 105`,
    ),
  ],
});

export const resultYear = defineRule({
  id: 'result-year',
  severity: 'warning',
  describes: {
    vi: 'Kết quả (kpis) không thuộc năm sau reportYear: chỉ tiêu cho năm tới nằm trong targets.',
    en: 'A result (kpis) is not for a year after reportYear: a target for the coming year goes in targets.',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ '    year: 2023': '    year: 2024' }),
      `${FILE}:11  kpis[0].year  cảnh báo: kết quả cho năm 2024, sau reportYear 2023  — nếu là chỉ tiêu kế hoạch, chuyển sang targets; nếu không, sửa year
       ${FILE}:11  kpis[0].year  warning: a result for 2024, after reportYear 2023  — if it is a target, move it to targets; otherwise correct year`,
    ),
  ],
});

/** The example entry with its figure given again as a target, for the year given. */
const targetFor = (year: number) =>
  entryFile({
    'review:': [
      'targets:',
      '  - metric: total_revenue',
      '    value: 101000000000',
      '    unit: VND',
      `    year: ${year}`,
      '    quote: doanh thu đạt trên 101 tỷ đồng',
      'review:',
    ].join('\n'),
  });

export const targetYear = defineRule({
  id: 'target-year',
  severity: 'error',
  describes: {
    vi: 'Chỉ tiêu kế hoạch (targets) không thuộc năm trước reportYear: kết quả đã đạt nằm trong kpis.',
    en: 'A target is not for a year before reportYear: a result already reached goes in kpis.',
  },
  good: [targetFor(2024)],
  bad: [
    example(
      targetFor(2022),
      `${FILE}:17  targets[0].year  lỗi: mục tiêu cho năm 2022 lại cũ hơn reportYear 2023  — nếu là kết quả đã đạt, chuyển sang kpis; nếu không, sửa year
       ${FILE}:17  targets[0].year  error: a target for 2022 is older than reportYear 2023  — if it is a result, move it to kpis; otherwise correct year`,
    ),
  ],
});

export const FIGURE_RULES = [
  unknownMetric,
  metricUnit,
  valueRange,
  emptyFigure,
  implausibleValue,
  implausibleChange,
  implausiblePlan,
  resultYear,
  targetYear,
] as const;

export interface FigureFinding extends Worded {
  path: (string | number)[];
  severity: Severity;
}

/** Above this share of its plan a figure is worth a second look ("vượt 5%" is 105, not 500). */
export const PLAN_PERCENT_USUAL_MAX = 300;
/** Above this no plan was ever meant: more than ten times the target is a slip, not a result. */
export const PLAN_PERCENT_MAX = 1000;

const viNum = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const enNum = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Per-month and per-year figures compare after conversion to the metric's own unit. */
export function inMetricUnit(value: number, unit: Unit, metric: Metric): number {
  if (unit === metric.unit) return value;
  if (unit === 'VND/person/month' && metric.unit === 'VND/person/year') return value * 12;
  if (unit === 'VND/person/year' && metric.unit === 'VND/person/month') return value / 12;
  return value;
}

/**
 * What checkFigures reads: an entry's figure lists and report year. From a whole entry, or from one that fails
 * elsewhere (figureLists), so that a figure's own problems show in the same run as the others.
 */
export interface FigureLists {
  reportYear: number | undefined;
  /** null for an item that does not pass its own schema (its problems are the schema's). */
  kpis: readonly (Figure | null)[];
  targets: readonly (Figure | null)[];
  serviceGrowth: readonly (ServiceGrowth | null)[];
}

/** The items of an entry's lists that pass their own schema, each at its index, when the entry as a whole does not. */
export function figureLists(data: Record<string, unknown>): FigureLists {
  const items = <T>(list: unknown, schema: { safeParse(v: unknown): { success: boolean; data?: T } }): (T | null)[] =>
    Array.isArray(list)
      ? list.map((item) => {
          const r = schema.safeParse(item);
          return r.success ? r.data! : null;
        })
      : [];
  return {
    reportYear: typeof data.reportYear === 'number' ? data.reportYear : undefined,
    kpis: items<Figure>(data.kpis, figureSchema),
    targets: items<Figure>(data.targets, figureSchema),
    serviceGrowth: items<ServiceGrowth>(data.serviceGrowth, serviceGrowthSchema),
  };
}

export function checkFigures(entry: FigureLists): FigureFinding[] {
  const findings: FigureFinding[] = [];
  for (const list of ['kpis', 'targets'] as const) {
    entry[list].forEach((f, i) => {
      if (!f) return;
      const metric = metricById(f.metric);
      if (!metric) return;
      const path = [list, i];
      const plausible = plausibility(f, metric);
      if (plausible) findings.push({ path: [...path, 'value'], severity: 'warning', ...plausible });
      const quoted = checkValueAgainstQuote(f, metric);
      if (quoted) findings.push({ path: [...path, 'value'], ...quoted });
      const plan = planPercentFinding(f.planPercent);
      if (plan) findings.push({ path: [...path, 'planPercent'], ...plan });
      if (
        f.changePercent !== undefined &&
        (f.changePercent < metric.plausibleChange[0] || f.changePercent > metric.plausibleChange[1])
      ) {
        const c = f.changePercent;
        findings.push({
          path: [...path, 'changePercent'],
          severity: 'warning',
          ...worded(implausibleChange, {
            what: {
              vi: `mức thay đổi ${viNum.format(c)}% là bất thường với ${f.metric} (thường trong khoảng ${metric.plausibleChange[0]}% đến ${metric.plausibleChange[1]}%)`,
              en: `a change of ${enNum.format(c)}% is unusual for ${f.metric} (usually ${metric.plausibleChange[0]}% to ${metric.plausibleChange[1]}%)`,
            },
            fix: {
              vi: '“bằng 111% so với năm trước” là tăng 11%, ghi changePercent: 11; kiểm tra lại với bài',
              en: '“bằng 111% so với năm trước” is a rise of 11%: changePercent: 11; check against the article',
            },
          }),
        });
      }
      if (list === 'kpis' && entry.reportYear !== undefined && f.year > entry.reportYear) {
        findings.push({
          path: [...path, 'year'],
          severity: 'warning',
          ...worded(resultYear, {
            what: {
              vi: `kết quả cho năm ${f.year}, sau reportYear ${entry.reportYear}`,
              en: `a result for ${f.year}, after reportYear ${entry.reportYear}`,
            },
            fix: {
              vi: 'nếu là chỉ tiêu kế hoạch, chuyển sang targets; nếu không, sửa year',
              en: 'if it is a target, move it to targets; otherwise correct year',
            },
          }),
        });
      }
    });
  }
  entry.serviceGrowth.forEach((g, i) => {
    if (!g) return;
    const plan = planPercentFinding(g.planPercent);
    if (plan) findings.push({ path: ['serviceGrowth', i, 'planPercent'], ...plan });
  });
  return findings;
}

/** planPercent like changePercent: unusual is a warning; beyond any plan, an error. */
function planPercentFinding(p: number | undefined): (Worded & { severity: Severity }) | null {
  if (p === undefined || p <= PLAN_PERCENT_USUAL_MAX) return null;
  if (p > PLAN_PERCENT_MAX) {
    return {
      severity: 'error',
      ...worded(implausiblePlan, {
        what: {
          vi: `planPercent ${viNum.format(p)} không thể đúng: gấp hơn ${PLAN_PERCENT_MAX / 100} lần kế hoạch`,
          en: `planPercent ${enNum.format(p)} cannot be right: more than ${PLAN_PERCENT_MAX / 100} times the plan`,
        },
        fix: {
          vi: 'ghi phần trăm kế hoạch đạt được: “đạt 102% kế hoạch” → 102, “vượt 5% kế hoạch” → 105',
          en: 'write the percent of plan reached: “đạt 102% kế hoạch” → 102, “vượt 5% kế hoạch” → 105',
        },
      }),
    };
  }
  return {
    severity: 'warning',
    ...worded(implausiblePlan, {
      what: {
        vi: `đạt ${viNum.format(p)}% kế hoạch là bất thường (thường dưới ${PLAN_PERCENT_USUAL_MAX}%)`,
        en: `reaching ${enNum.format(p)}% of plan is unusual (usually under ${PLAN_PERCENT_USUAL_MAX}%)`,
      },
      fix: {
        vi: '“vượt 5% kế hoạch” là 105, không phải 500; kiểm tra lại với bài',
        en: '“vượt 5% kế hoạch” (5% over plan) is 105, not 500; check against the article',
      },
    }),
  };
}

function plausibility(f: Figure, metric: Metric): Worded | null {
  if (f.value === null || f.period !== 'year') return null;
  const v = inMetricUnit(f.value, f.unit, metric);
  const [min, max] = metric.plausible;
  if (v >= min && v <= max) return null;
  const unitVi = UNIT_LABELS[f.unit].vi;
  const unitEn = UNIT_LABELS[f.unit].en;
  const money = f.unit.startsWith('VND');
  return worded(implausibleValue, {
    what: {
      vi: `${f.metric} = ${viNum.format(f.value)} ${unitVi} nằm ngoài khoảng thường gặp (${viNum.format(min)}–${viNum.format(max)} ${UNIT_LABELS[metric.unit].vi})`,
      en: `${f.metric} = ${enNum.format(f.value)} ${unitEn} is outside the usual range (${enNum.format(min)}–${enNum.format(max)} ${UNIT_LABELS[metric.unit].en})`,
    },
    fix: money
      ? {
          vi: 'kiểm tra đơn vị: value ghi bằng đồng (101 tỷ = 101000000000), không phải tỷ hay triệu đồng',
          en: 'check the unit: value is in VND (101 tỷ = 101000000000), not billions or millions',
        }
      : { vi: 'kiểm tra lại số trong bài', en: 'check the figure in the article' },
  });
}

// ---------------------------------------------------------------------------------------------
// The schema's verdicts on a figure, in words.

const vnd = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
const enNum4 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A metric id not in the catalogue, with the one meant when it is close. */
export function unknownMetricWords(value: unknown, guess: string | undefined): Worded {
  const guessVi = guess ? `có lẽ là "${guess}"; ` : '';
  const guessEn = guess ? `perhaps "${guess}"; ` : '';
  return worded(unknownMetric, {
    what: {
      vi: `không có chỉ tiêu ${shown(value)} trong danh mục`,
      en: `there is no metric ${shownEn(value)} in the catalogue`,
    },
    fix: {
      vi: `${guessVi}dùng một mã chỉ tiêu trong docs/editing.md (mục Chỉ tiêu)`,
      en: `${guessEn}use a metric id listed in docs/editing.en.md (Metrics)`,
    },
  });
}

export function metricUnitWords(value: unknown, metric: unknown, expected: readonly string[]): Worded {
  return worded(metricUnit, {
    what: {
      vi: `đơn vị ${shown(value)} không hợp với chỉ tiêu ${String(metric)}`,
      en: `unit ${shownEn(value)} does not fit metric ${String(metric)}`,
    },
    fix: { vi: `dùng unit: ${expected.join(' hoặc ')}`, en: `use unit: ${expected.join(' or ')}` },
  });
}

/** A value the metric cannot have (`valid` is the catalogue's hard range). */
export function valueRangeWords(metric: unknown, value: unknown, valid: readonly [number, number] | undefined): Worded {
  const [min, max] = valid ?? metricById(String(metric))?.valid ?? [0, 0];
  const v = Number(value);
  if (v < min) {
    return worded(valueRange, {
      what: {
        vi: `${String(metric)} không thể là ${vnd.format(v)} (không bao giờ nhỏ hơn ${vnd.format(min)})`,
        en: `${String(metric)} cannot be ${enNum4.format(v)} (it is never below ${enNum4.format(min)})`,
      },
      fix:
        v < 0
          ? {
              vi: 'bỏ dấu trừ; nếu bài nói “giảm”, ghi mức giảm vào changePercent (số âm)',
              en: 'remove the minus sign; if the article says “giảm” (down), put the fall in changePercent (negative)',
            }
          : { vi: 'kiểm tra lại số trong bài', en: 'check the figure in the article' },
    });
  }
  return worded(valueRange, {
    what: {
      vi: `${String(metric)} không thể là ${vnd.format(v)} (không bao giờ lớn hơn ${vnd.format(max)})`,
      en: `${String(metric)} cannot be ${enNum4.format(v)} (it is never above ${enNum4.format(max)})`,
    },
    fix: {
      vi: 'kiểm tra số chữ số 0: value ghi bằng đơn vị gốc (101 tỷ đồng = 101000000000)',
      en: 'check the number of zeros: value is in base units (101 tỷ đồng = 101000000000)',
    },
  });
}

export function emptyFigureWords(): Worded {
  return worded(emptyFigure, {
    what: {
      vi: 'value để trống (null) mà không có planPercent hay changePercent',
      en: 'value is empty (null) and there is no planPercent or changePercent either',
    },
    fix: {
      vi: 'ghi value, hoặc planPercent / changePercent, hoặc xóa chỉ tiêu này',
      en: 'write value, or planPercent / changePercent, or delete this figure',
    },
  });
}

export function targetYearWords(year: unknown, reportYear: unknown): Worded {
  return worded(targetYear, {
    what: {
      vi: `mục tiêu cho năm ${String(year)} lại cũ hơn reportYear ${String(reportYear)}`,
      en: `a target for ${String(year)} is older than reportYear ${String(reportYear)}`,
    },
    fix: {
      vi: 'nếu là kết quả đã đạt, chuyển sang kpis; nếu không, sửa year',
      en: 'if it is a result, move it to kpis; otherwise correct year',
    },
  });
}
