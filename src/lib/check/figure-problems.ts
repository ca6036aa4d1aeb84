/**
 * Figures that are valid to the schema but unlikely or self-contradictory: outside the catalogue's
 * plausible range, a change of several hundred percent, a plan reached many times over, a "result"
 * for a year after the reported one (warnings: the editor looks, the build goes on); a value that
 * is not the number of its own quote, and a plan percentage no plan can reach (errors).
 */
import { metricById, UNIT_LABELS, type Metric, type Unit } from '../metrics.ts';
import type { Entry, Figure } from '../schema/index.ts';
import { checkValueAgainstQuote } from './figure-quote.ts';
import { bilingual, type Bilingual, type Severity } from './problem.ts';

export interface FigureFinding extends Bilingual {
  path: (string | number)[];
  severity: Severity;
  rule: 'implausible-value' | 'implausible-change' | 'implausible-plan' | 'result-year' | 'value-quote';
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

export function checkFigures(entry: Entry): FigureFinding[] {
  const findings: FigureFinding[] = [];
  for (const list of ['kpis', 'targets'] as const) {
    entry[list].forEach((f, i) => {
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
          rule: 'implausible-change',
          ...bilingual({
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
      if (list === 'kpis' && f.year > entry.reportYear) {
        findings.push({
          path: [...path, 'year'],
          severity: 'warning',
          rule: 'result-year',
          ...bilingual({
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
    const plan = planPercentFinding(g.planPercent);
    if (plan) findings.push({ path: ['serviceGrowth', i, 'planPercent'], ...plan });
  });
  return findings;
}

/** planPercent like changePercent: unusual is a warning; beyond any plan, an error. */
function planPercentFinding(
  p: number | undefined,
): (Bilingual & { severity: Severity; rule: 'implausible-plan' }) | null {
  if (p === undefined || p <= PLAN_PERCENT_USUAL_MAX) return null;
  if (p > PLAN_PERCENT_MAX) {
    return {
      severity: 'error',
      rule: 'implausible-plan',
      ...bilingual({
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
    rule: 'implausible-plan',
    ...bilingual({
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

function plausibility(f: Figure, metric: Metric): (Bilingual & { rule: 'implausible-value' }) | null {
  if (f.value === null || f.period !== 'year') return null;
  const v = inMetricUnit(f.value, f.unit, metric);
  const [min, max] = metric.plausible;
  if (v >= min && v <= max) return null;
  const unitVi = UNIT_LABELS[f.unit].vi;
  const unitEn = UNIT_LABELS[f.unit].en;
  const money = f.unit.startsWith('VND');
  return {
    rule: 'implausible-value',
    ...bilingual({
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
    }),
  };
}
