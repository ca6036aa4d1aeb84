/**
 * Does a figure's `value` say what its own `quote` says? The quote is read with the project's
 * Vietnamese number reader (src/lib/vi-number.ts: decimal comma, thousands dot, scale words), so
 * "gần 80.000 lượt hồ sơ" stands for 80000 and "8,8 triệu đồng/người/tháng" for 8800000.
 *
 * The usual slip is YAML's: `value: 80.000` is the number 80 to YAML. An entry whose value the ingest
 * deliberately read the other way (the literal reading is implausible for the metric: "91,352 triệu
 * đồng" of revenue as 91.352 billion, with a review warning saying so) agrees with its quote too.
 */
import { isPlausible, type Metric } from '../../metrics.ts';
import type { Figure } from '../../schema/index.ts';
import { lowerKeepLength, scanQuantities, type Quantity } from '../../vi-number.ts';
import type { InBoth, Severity } from '../problem.ts';
import { defineRule, example, worded, type Worded } from '../rule.ts';
import { entryFile, FILE } from './example-entry.ts';

/** The example entry's figure with another value and quote (the text says the same as the quote). */
const quoted = (value: string, quote: string) =>
  entryFile({
    '    value: 101000000000': `    value: ${value}`,
    '    quote: doanh thu đạt trên 101 tỷ đồng': `    quote: ${quote}`,
    'có doanh thu đạt trên 101 tỷ đồng': `có ${quote}`,
  });

export const valueQuote = defineRule({
  id: 'value-quote',
  severity: 'error or warning',
  describes: {
    vi: 'value là con số của chính câu trích, đọc theo cách viết tiếng Việt (dấu phẩy thập phân, dấu chấm hàng nghìn, tỷ, triệu): lỗi khi khác, cảnh báo khi câu trích có nhiều số mà không số nào khớp.',
    en: 'value is the number of its own quote, read the Vietnamese way (decimal comma, thousands dot, tỷ, triệu): an error when it differs, a warning when the quote has several numbers and none matches.',
  },
  good: [
    entryFile(),
    quoted('133643000000', 'doanh thu đạt 133,643 tỷ đồng'),
    quoted('91352000000', 'doanh thu đạt 91,352 triệu đồng'),
  ],
  bad: [
    example(
      quoted('101000000', 'doanh thu đạt trên 101 tỷ đồng'),
      `${FILE}:9  kpis[0].value  lỗi: value 101.000.000 không khớp với “101 tỷ đồng” trong câu trích (= 101000000000)  — ghi số đầy đủ bằng đồng, chỉ có chữ số: value: 101000000000
       ${FILE}:9  kpis[0].value  error: value 101,000,000 does not match the quote's “101 tỷ đồng” (= 101000000000)  — write the full number in VND, digits only: value: 101000000000`,
    ),
    example(
      entryFile({
        '  - metric: total_revenue': '  - metric: admin_dossiers',
        '    value: 101000000000': '    value: 80.000',
        '    unit: VND': '    unit: count',
        '    quote: doanh thu đạt trên 101 tỷ đồng': '    quote: tiếp nhận gần 80.000 lượt hồ sơ',
        'có doanh thu đạt trên 101 tỷ đồng': 'tiếp nhận gần 80.000 lượt hồ sơ',
      }),
      `${FILE}:9  kpis[0].value  lỗi: value 80 không khớp với “80.000” trong câu trích (= 80000)  — trong YAML viết 80000, không có dấu chấm (YAML đọc 80.000 là 80): value: 80000
       ${FILE}:9  kpis[0].value  error: value 80 does not match the quote's “80.000” (= 80000)  — in YAML write 80000 without the dot (YAML reads 80.000 as 80): value: 80000`,
    ),
    example(
      quoted('5000000000', 'doanh thu 101 tỷ đồng, lợi nhuận 3 tỷ đồng'),
      `${FILE}:9  kpis[0].value  cảnh báo: value 5.000.000.000 không phải số nào trong câu trích: “101 tỷ đồng” (= 101000000000), “3 tỷ đồng” (= 3000000000)  — xem con số nào là của chỉ tiêu này và ghi nó theo đơn vị gốc, hoặc chép câu trích đúng chỗ có con số
       ${FILE}:9  kpis[0].value  warning: value 5,000,000,000 is none of the quote's numbers: “101 tỷ đồng” (= 101000000000), “3 tỷ đồng” (= 3000000000)  — see which number is this figure and write it in base units, or quote the phrase that has the number`,
    ),
  ],
});

export interface QuoteFinding extends Worded {
  severity: Severity;
}

const viNum = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });
const enNum = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
/** As it is written in YAML: digits only, a dot for decimals. */
const plain = (n: number): string => String(Number(n.toPrecision(12)));

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** A quantity of the quote in the figure's unit (income per month ↔ per year), with its sign. */
function inFigureUnit(q: Quantity, reading: number, unit: Figure['unit']): number {
  // The reader marks "-1,5 tỷ đồng" as negative and keeps the amount without the sign.
  const signed = (q as Quantity & { negative?: boolean }).negative ? -reading : reading;
  if (unit === 'VND/person/year' && q.per === 'person/month') return signed * 12;
  if (unit === 'VND/person/month' && q.per === 'person/year') return signed / 12;
  return signed;
}

/** The quote's numbers that can be this figure: money for VND, percentages for percent, counts for counts. */
function candidates(quantities: readonly Quantity[], unit: Figure['unit']): Quantity[] {
  return quantities.filter((q) => {
    if (q.inRange) return false;
    if (unit.startsWith('VND')) return q.kind === 'money';
    if (unit === 'percent') return q.kind === 'percent';
    if (unit === 'count') return q.kind === 'plain';
    if (unit === 'km/point') return q.kind === 'km-per-point';
    if (unit === 'people/point') return q.kind === 'people-per-point';
    return false;
  });
}

export function checkValueAgainstQuote(f: Figure, metric: Metric): QuoteFinding | null {
  const v = f.value;
  if (v === null || !f.quote) return null;
  const all = scanQuantities(lowerKeepLength(f.quote));
  // Any number of the quote read the Vietnamese way: the value agrees.
  if (all.some((q) => same(inFigureUnit(q, q.value, f.unit), v))) return null;
  const found = candidates(all, f.unit);
  if (found.length === 0) return null;
  const raw = (q: Quantity): string => f.quote.slice(q.start, q.end).trim();
  const mismatch = (q: Quantity, meant: number): InBoth => ({
    vi: `value ${viNum.format(v)} không khớp với “${raw(q)}” trong câu trích (= ${plain(meant)})`,
    en: `value ${enNum.format(v)} does not match the quote's “${raw(q)}” (= ${plain(meant)})`,
  });

  // The value is the quote's number read the other way ("80.000" as 80 rather than 80 000).
  const other = found.find((q) => q.alternative !== undefined && same(inFigureUnit(q, q.alternative, f.unit), v));
  if (other) {
    // The ingest's deliberate reading: the literal one is implausible for the metric, this one is not.
    if (!isPlausible(metric, other.value) && isPlausible(metric, v)) return null;
    const meant = inFigureUnit(other, other.value, f.unit);
    const mark = /\d\.\d{3}(?!\d)/.test(other.raw) ? 'dot' : 'comma';
    return {
      severity: 'error',
      ...worded(valueQuote, {
        what: mismatch(other, meant),
        fix:
          mark === 'dot'
            ? {
                vi: `trong YAML viết ${plain(meant)}, không có dấu chấm (YAML đọc ${other.raw} là ${plain(v)}): value: ${plain(meant)}`,
                en: `in YAML write ${plain(meant)} without the dot (YAML reads ${other.raw} as ${plain(v)}): value: ${plain(meant)}`,
              }
            : {
                vi: `dấu phẩy là dấu thập phân: value: ${plain(meant)}; nếu bài muốn nói ${plain(v)}, sửa câu trích cho đúng bài`,
                en: `the comma is the decimal mark: value: ${plain(meant)}; if the article means ${plain(v)}, correct the quote to match it`,
              },
      }),
    };
  }

  if (found.length === 1) {
    const q = found[0]!;
    const meant = inFigureUnit(q, q.value, f.unit);
    const money = f.unit.startsWith('VND');
    return {
      severity: 'error',
      ...worded(valueQuote, {
        what: mismatch(q, meant),
        fix: money
          ? {
              vi: `ghi số đầy đủ bằng đồng, chỉ có chữ số: value: ${plain(meant)}`,
              en: `write the full number in VND, digits only: value: ${plain(meant)}`,
            }
          : {
              vi: `ghi đúng số trong câu trích: value: ${plain(meant)}`,
              en: `write the number the quote gives: value: ${plain(meant)}`,
            },
      }),
    };
  }

  // Several numbers and none is the value: the quote may be about something else too.
  const listVi = found.map((q) => `“${raw(q)}” (= ${plain(inFigureUnit(q, q.value, f.unit))})`).join(', ');
  return {
    severity: 'warning',
    ...worded(valueQuote, {
      what: {
        vi: `value ${viNum.format(v)} không phải số nào trong câu trích: ${listVi}`,
        en: `value ${enNum.format(v)} is none of the quote's numbers: ${listVi}`,
      },
      fix: {
        vi: 'xem con số nào là của chỉ tiêu này và ghi nó theo đơn vị gốc, hoặc chép câu trích đúng chỗ có con số',
        en: 'see which number is this figure and write it in base units, or quote the phrase that has the number',
      },
    }),
  };
}
