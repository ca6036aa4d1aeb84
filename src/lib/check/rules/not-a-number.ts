/**
 * A number written as the article writes it, or not a whole one: the fields of numbers (value, planPercent,
 * changePercent, count, the years) take digits only, in base units, with a dot for decimals.
 */
import { lowerKeepLength, parseViNumber, scanQuantities } from '../../vi-number.ts';
import { numberFromText } from '../number-hint.ts';
import type { InBoth } from '../problem.ts';
import { defineRule, example, worded, type Worded } from '../rule.ts';
import { shown, shownEn } from '../values.ts';
import { entryFile, FILE } from './example-entry.ts';

export const notANumber = defineRule({
  id: 'not-a-number',
  severity: 'error',
  describes: {
    vi: 'Trường số chỉ có chữ số, theo đơn vị gốc (101 tỷ đồng là 101000000000); khi chữ đọc được thành số, thông báo ghi số cần viết.',
    en: 'A number field has digits only, in base units (101 tỷ đồng is 101000000000); when the text reads as a number, the message gives the number to write.',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ '    value: 101000000000': '    value: 101 tỷ' }),
      `${FILE}:9  kpis[0].value  lỗi: "101 tỷ" không phải là số  — ghi số đầy đủ theo đơn vị gốc (đồng, không phải tỷ đồng), chỉ có chữ số: value: 101000000000
       ${FILE}:9  kpis[0].value  error: "101 tỷ" is not a number  — write the full number in base units (VND, not billions), digits only: value: 101000000000`,
    ),
    example(
      entryFile({
        '    value: 101000000000': '    value: 8,8',
        '  - metric: total_revenue': '  - metric: average_income',
        '    unit: VND': '    unit: VND/person/month',
        '    quote: doanh thu đạt trên 101 tỷ đồng': '    quote: thu nhập bình quân 8,8 triệu đồng/người/tháng',
        'có doanh thu đạt trên 101 tỷ đồng': 'có thu nhập bình quân 8,8 triệu đồng/người/tháng',
      }),
      `${FILE}:9  kpis[0].value  lỗi: "8,8" không phải là số  — ghi số đầy đủ theo đơn vị gốc (đồng, không phải triệu đồng), chỉ có chữ số: “8,8 triệu đồng/người/tháng” → value: 8800000
       ${FILE}:9  kpis[0].value  error: "8,8" is not a number  — write the full number in base units (VND, not millions), digits only: “8,8 triệu đồng/người/tháng” → value: 8800000`,
    ),
    example(
      entryFile({ 'reportYear: 2023': 'reportYear: "năm 2023"' }),
      `${FILE}:4  reportYear  lỗi: "năm 2023" không phải là số  — ghi năm bằng 4 chữ số, như 2023
       ${FILE}:4  reportYear  error: "năm 2023" is not a number  — write the year with 4 digits, like 2023`,
    ),
    example(
      entryFile({ '    year: 2023\n': '    year: 2023\n    planPercent: 102%\n' }),
      `${FILE}:12  kpis[0].planPercent  lỗi: "102%" không phải là số  — ghi số phần trăm, không có dấu %: planPercent: 102
       ${FILE}:12  kpis[0].planPercent  error: "102%" is not a number  — write the percentage without the % sign: planPercent: 102`,
    ),
  ],
});

export const notAWholeNumber = defineRule({
  id: 'not-a-whole-number',
  severity: 'error',
  describes: {
    vi: 'Năm và số lượng (count) là số nguyên.',
    en: 'Years and counts are whole numbers.',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ 'planYear: 2024': 'planYear: 2024.5' }),
      `${FILE}:5  planYear  lỗi: 2024.5 không phải là một năm  — ghi năm bằng 4 chữ số, như 2023
       ${FILE}:5  planYear  error: 2024.5 is not a year  — write the year with 4 digits, like 2023`,
    ),
  ],
});

export const NUMBER_RULES = [notANumber, notAWholeNumber] as const;

const YEAR_FIELDS = new Set(['reportYear', 'planYear', 'year']);
const vnd = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
const enNum = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/**
 * A number field that holds something else: text as the article writes it ("101 tỷ", "8,8", "80.000"),
 * a fraction where a whole number belongs, a year in quotes. The fix names the number to write when the
 * text can be read as one.
 */
export function notANumberWords(key: string, value: unknown, parent: unknown): Worded {
  const fromText = typeof value === 'string' ? numberFromText(value) : undefined;
  if (YEAR_FIELDS.has(key)) {
    if (typeof value === 'number') {
      return worded(notAWholeNumber, {
        what: { vi: `${value} không phải là một năm`, en: `${value} is not a year` },
        fix: { vi: 'ghi năm bằng 4 chữ số, như 2023', en: 'write the year with 4 digits, like 2023' },
      });
    }
    const n = fromText !== undefined && Number.isInteger(fromText) ? fromText : undefined;
    return worded(notANumber, {
      what: { vi: `${shown(value)} không phải là số`, en: `${shownEn(value)} is not a number` },
      fix: n
        ? { vi: `bỏ ngoặc kép: ${key}: ${n}`, en: `remove the quotes: ${key}: ${n}` }
        : { vi: 'ghi năm bằng 4 chữ số, như 2023', en: 'write the year with 4 digits, like 2023' },
    });
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      return worded(notANumber, {
        what: { vi: `${value} không phải là một số hữu hạn`, en: `${value} is not a finite number` },
        fix: { vi: 'ghi số cụ thể trong bài', en: 'write the figure the article gives' },
      });
    }
    return worded(notAWholeNumber, {
      what: {
        vi: `${vnd.format(value)} không phải là số nguyên`,
        en: `${enNum.format(value)} is not a whole number`,
      },
      fix: { vi: 'ghi số nguyên, như 6', en: 'write a whole number, like 6' },
    });
  }
  if (key === 'count') {
    return worded(notANumber, {
      what: { vi: `${shown(value)} không phải là số`, en: `${shownEn(value)} is not a number` },
      fix:
        fromText !== undefined
          ? { vi: `ghi ${key}: ${fromText}`, en: `write ${key}: ${fromText}` }
          : {
              vi: 'ghi số người hoặc tập thể nhận, hoặc null nếu bài chỉ nói “nhiều”, “các”',
              en: 'write how many recipients, or null when the article only says “nhiều” or “các”',
            },
    });
  }
  if (key === 'planPercent' || key === 'changePercent') {
    return worded(notANumber, {
      what: { vi: `${shown(value)} không phải là số`, en: `${shownEn(value)} is not a number` },
      fix:
        fromText !== undefined
          ? {
              vi: `ghi số phần trăm, không có dấu %: ${key}: ${fromText}`,
              en: `write the percentage without the % sign: ${key}: ${fromText}`,
            }
          : {
              vi: 'ghi số phần trăm, không có dấu %, như 102',
              en: 'write the percentage without the % sign, like 102',
            },
    });
  }
  if (key === 'value') return valueNotANumber(value, fromText, parent);
  const n = fromText !== undefined ? String(fromText) : '101000000000';
  return worded(notANumber, {
    what: { vi: `${shown(value)} không phải là số`, en: `${shownEn(value)} is not a number` },
    fix: {
      vi: `ghi số đầy đủ theo đơn vị gốc (đồng, không phải tỷ đồng), chỉ có chữ số: ${key}: ${n}`,
      en: `write the full number in base units (VND, not billions), digits only: ${key}: ${n}`,
    },
  });
}

const SCALE_EN: Record<string, string> = {
  'nghìn tỷ': 'trillions',
  'ngàn tỷ': 'trillions',
  tỷ: 'billions',
  tỉ: 'billions',
  triệu: 'millions',
  nghìn: 'thousands',
  ngàn: 'thousands',
};

/**
 * A figure's value written as the article writes it ("8,8", "101 tỷ", "80,000"). Money is written in
 * whole VND: "8,8" alone is not an amount, so the scale comes from the figure's own quote ("8,8 triệu
 * đồng" → 8800000). Only a percentage is written with a decimal dot; a count is digits only.
 */
function valueNotANumber(value: unknown, fromText: number | undefined, parent: unknown): Worded {
  const figure = (parent ?? {}) as Record<string, unknown>;
  const unit = typeof figure.unit === 'string' ? figure.unit : 'VND';
  const what = { vi: `${shown(value)} không phải là số`, en: `${shownEn(value)} is not a number` };
  const say = (fix: InBoth): Worded => worded(notANumber, { what, fix });
  const text = typeof value === 'string' ? value.trim() : '';
  const digits = /^\d[\d.,]*$/.test(text) ? parseViNumber(text) : null;
  if (unit === 'percent') {
    const n = digits?.value ?? fromText;
    return n !== undefined
      ? say({
          vi: `ghi số phần trăm, không có dấu %, phần thập phân sau dấu chấm: value: ${n}`,
          en: `write the percentage without the % sign, decimals after a dot: value: ${n}`,
        })
      : say({
          vi: 'ghi số phần trăm, không có dấu %, như 98.5',
          en: 'write the percentage without the % sign, like 98.5',
        });
  }
  if (!unit.startsWith('VND')) {
    // "80.000" or "80,000" lượt: thousands marks, not decimals.
    const n = digits ? (Number.isInteger(digits.value) ? digits.value : digits.alternative) : fromText;
    return n !== undefined && Number.isInteger(n)
      ? say({
          vi: `ghi số đếm chỉ có chữ số, không có dấu chấm hay dấu phẩy: value: ${n}`,
          en: `write the count in digits only, without dots or commas: value: ${n}`,
        })
      : say({ vi: 'ghi số đếm chỉ có chữ số, như 80000', en: 'write the count in digits only, like 80000' });
  }
  const inQuote = digits && typeof figure.quote === 'string' ? moneyInQuote(figure.quote, text) : undefined;
  if (inQuote) {
    const scaleVi = inQuote.scale ? `không phải ${inQuote.scale} đồng` : 'không phải tỷ hay triệu đồng';
    const scaleEn = inQuote.scale ? `not ${SCALE_EN[inQuote.scale] ?? inQuote.scale}` : 'not billions or millions';
    return say({
      vi: `ghi số đầy đủ theo đơn vị gốc (đồng, ${scaleVi}), chỉ có chữ số: “${inQuote.phrase}” → value: ${inQuote.value}`,
      en: `write the full number in base units (VND, ${scaleEn}), digits only: “${inQuote.phrase}” → value: ${inQuote.value}`,
    });
  }
  if (fromText !== undefined && !digits) {
    return say({
      vi: `ghi số đầy đủ theo đơn vị gốc (đồng, không phải tỷ đồng), chỉ có chữ số: value: ${fromText}`,
      en: `write the full number in base units (VND, not billions), digits only: value: ${fromText}`,
    });
  }
  // Digits with a mark but no scale: the amount cannot be told from them alone.
  return say({
    vi: 'ghi số đầy đủ theo đơn vị gốc (đồng), chỉ có chữ số, như 8,8 triệu → 8800000, 101 tỷ → 101000000000',
    en: 'write the full number in base units (VND), digits only, like 8,8 triệu → 8800000, 101 tỷ → 101000000000',
  });
}

/** The amount of money in a quote whose digits are the ones the editor typed ("8,8" in "8,8 triệu đồng"). */
function moneyInQuote(quote: string, digits: string): { phrase: string; value: number; scale?: string } | undefined {
  const q = scanQuantities(lowerKeepLength(quote)).find((x) => x.kind === 'money' && x.raw === digits);
  if (!q) return undefined;
  return {
    phrase: quote.slice(q.start, q.end).trim(),
    value: q.value,
    ...(q.scaleWord ? { scale: q.scaleWord.replace(/\s+/g, ' ') } : {}),
  };
}
