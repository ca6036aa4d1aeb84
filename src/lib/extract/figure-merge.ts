/** Several phrases about one figure: merged into one, or the conflict reported. */
import { metricById } from '../metrics.ts';
import { warning, type Warning } from '../schema/review.ts';
import type { FigureDraft } from './figure-types.ts';

/** Merge what several phrases said about the same figure; keep the first where they disagree. */
export function mergeDuplicates<T extends FigureDraft>(list: T[], warnings: Warning[]): T[] {
  const out: T[] = [];
  for (const f of list) {
    const same = out.find(
      (o) => o.metric === f.metric && o.year === f.year && o.period === f.period && o.kind === f.kind,
    );
    if (!same) {
      out.push(f);
      continue;
    }
    const conflict =
      same.value !== null && f.value !== null && Math.abs(same.value - f.value) > Math.abs(same.value) * 0.005;
    if (conflict) {
      const label = metricById(f.metric)!.label;
      warnings.push(
        warning(
          f.kind === 'target' ? 'targets' : 'kpis',
          `Có hai giá trị khác nhau cho ${label.vi.toLocaleLowerCase('vi')} năm ${f.year}: "${same.quote}" và "${f.quote}"; giữ giá trị thứ nhất. Hãy kiểm tra đâu là số của tỉnh.`,
          `Two different values for ${label.en.toLowerCase()} ${f.year}: "${same.quote}" and "${f.quote}"; kept the first. Check which one is the province's figure.`,
          f.quote,
        ),
      );
      continue;
    }
    let took = false;
    if (same.value === null && f.value !== null) {
      same.value = f.value;
      same.unit = f.unit;
      same.qualifier = f.qualifier;
      same.estimated ||= f.estimated;
      took = true;
    }
    if (same.planPercent === undefined && f.planPercent !== undefined) {
      same.planPercent = f.planPercent;
      if (f.planQualifier) same.planQualifier = f.planQualifier;
      took = true;
    }
    if (same.changePercent === undefined && f.changePercent !== undefined) {
      same.changePercent = f.changePercent;
      if (f.changeQualifier) same.changeQualifier = f.changeQualifier;
      took = true;
    }
    // What was taken from the other phrase stays findable in the quote: "… đạt 137,7% kế hoạch … Tăng
    // trưởng đạt gần 151% so với thực hiện năm 2017" (an elision, in the article's order).
    if (took && !same.quote.includes(f.quote))
      same.quote =
        f.block > same.block || (f.block === same.block && f.start > same.start)
          ? `${same.quote} … ${f.quote}`
          : `${f.quote} … ${same.quote}`;
    same.warnings.push(...f.warnings);
  }
  return out;
}
