/**
 * Figures that are valid but unlikely: outside the catalogue's plausible range, a change of several
 * hundred percent, a "result" for a year after the reported one. Warnings: the editor looks, the
 * build goes on.
 */
import { metricById, UNIT_LABELS, type Metric, type Unit } from '../metrics.ts';
import type { Entry, Figure } from '../schema/index.ts';
import { bi, type Bilingual } from './problem.ts';

export interface FigureFinding extends Bilingual {
  path: (string | number)[];
  rule: 'implausible-value' | 'implausible-change' | 'result-year';
}

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
      if (plausible) findings.push({ path: [...path, 'value'], ...plausible });
      if (f.changePercent !== undefined && (f.changePercent < metric.plausibleChange[0] || f.changePercent > metric.plausibleChange[1])) {
        const c = f.changePercent;
        findings.push({
          path: [...path, 'changePercent'],
          rule: 'implausible-change',
          ...bi(
            `mức thay đổi ${viNum.format(c)}% là bất thường với ${f.metric} (thường trong khoảng ${metric.plausibleChange[0]}% đến ${metric.plausibleChange[1]}%)`,
            '“bằng 111% so với năm trước” là tăng 11%, ghi changePercent: 11; kiểm tra lại với bài',
            `a change of ${enNum.format(c)}% is unusual for ${f.metric} (usually ${metric.plausibleChange[0]}% to ${metric.plausibleChange[1]}%)`,
            '“bằng 111% so với năm trước” is a rise of 11%: changePercent: 11; check against the article',
          ),
        });
      }
      if (list === 'kpis' && f.year > entry.reportYear) {
        findings.push({
          path: [...path, 'year'],
          rule: 'result-year',
          ...bi(
            `kết quả cho năm ${f.year}, sau reportYear ${entry.reportYear}`,
            'nếu là chỉ tiêu kế hoạch, chuyển sang targets; nếu không, sửa year',
            `a result for ${f.year}, after reportYear ${entry.reportYear}`,
            'if it is a target, move it to targets; otherwise correct year',
          ),
        });
      }
    });
  }
  return findings;
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
    ...bi(
      `${f.metric} = ${viNum.format(f.value)} ${unitVi} nằm ngoài khoảng thường gặp (${viNum.format(min)}–${viNum.format(max)} ${UNIT_LABELS[metric.unit].vi})`,
      money ? 'kiểm tra đơn vị: value ghi bằng đồng (101 tỷ = 101000000000), không phải tỷ hay triệu đồng' : 'kiểm tra lại số trong bài',
      `${f.metric} = ${enNum.format(f.value)} ${unitEn} is outside the usual range (${enNum.format(min)}–${enNum.format(max)} ${UNIT_LABELS[metric.unit].en})`,
      money ? 'check the unit: value is in VND (101 tỷ = 101000000000), not billions or millions' : 'check the figure in the article',
    ),
  };
}
