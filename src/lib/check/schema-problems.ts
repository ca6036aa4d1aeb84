/**
 * The zod schema's verdict on an entry's frontmatter, in words an editor can act on: what was
 * received, what is wrong, what to write instead, in Vietnamese and English.
 */
import type { z } from 'astro/zod';
import { metricById } from '../metrics.ts';
import { isKnownSlug } from '../provinces.ts';
import { entrySchema, type Entry } from '../schema/entry.ts';
import { MIN_YEAR, maxYear } from '../schema/common.ts';
import { lowerKeepLength, parseViNumber, scanQuantities } from '../vi-number.ts';
import { numberFromText } from './number-hint.ts';
import { bilingual, type Bilingual, type InBoth } from './problem.ts';
import { defaultTitle, inferYears } from './conference.ts';
import { closest } from './suggest.ts';
import { schemaAt, unwrap, valueAt } from './zod-walk.ts';

type Issue = z.core.$ZodIssue;

export interface SchemaFinding extends Bilingual {
  path: (string | number)[];
  rule: string;
}

export interface SchemaResult {
  entry: Entry | null;
  findings: SchemaFinding[];
}

const YEAR_FIELDS = new Set(['reportYear', 'planYear', 'year']);
const DATE_FIELDS = new Set(['eventDate', 'reviewedAt']);
/** Checked by province-problems.ts, which can suggest the slug the editor meant. */
const PROVINCE_RULES = new Set(['unknown-province', 'province-date']);

export function checkSchema(data: unknown): SchemaResult {
  const result = entrySchema.safeParse(data);
  if (result.success) return { entry: result.data, findings: [] };
  const findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const key = path.join('.');
    // One problem per field: a date that is not YYYY-MM-DD is not also "not a real date".
    if (seen.has(key)) continue;
    const finding = describeIssue(issue, path, data);
    if (!finding) continue;
    seen.add(key);
    findings.push({ path, ...finding });
  }
  // A reportYear that is wrong itself is one mistake: not also "planYear is before reportYear".
  const ownYear = findings.some((f) => f.path.length === 1 && f.path[0] === 'reportYear');
  return {
    entry: null,
    findings: ownYear ? findings.filter((f) => f.rule !== 'plan-before-report' && f.rule !== 'target-year') : findings,
  };
}

// ---------------------------------------------------------------------------------------------

const vnd = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
const enNum = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A received value as the editor typed it, shortened. */
export function shown(v: unknown): string {
  if (v === undefined) return '(trống)';
  if (v instanceof Date) return isoDay(v) ?? String(v);
  if (typeof v === 'string') return `"${v.length > 60 ? `${v.slice(0, 57)}…` : v}"`;
  if (Array.isArray(v)) return '[…]';
  if (v !== null && typeof v === 'object') return '{…}';
  return String(v);
}
const shownEn = (v: unknown): string => (v === undefined ? '(empty)' : shown(v));

/**
 * A day as YYYY-MM-DD, from a string so written or from the Date that YAML makes of an unquoted
 * date; null for anything else.
 */
export function isoDay(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
}

function exampleFor(path: readonly PropertyKey[]): string | undefined {
  const s = schemaAt(entrySchema, path);
  const ex = s ? unwrap(s).doc.examples?.[0] : undefined;
  if (ex === undefined) return undefined;
  if (typeof ex === 'string') return ex;
  return JSON.stringify(ex);
}

/** A headline of the usual form, built from the entry's own province, date and years. */
function titleExample(data: Record<string, unknown>): string {
  const date = isoDay(data.eventDate);
  const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
  const reportYear = isYear(data.reportYear) ? data.reportYear : date ? inferYears(date).reportYear : undefined;
  if (reportYear === undefined) return exampleFor(['title']) ?? '…';
  const eventKind = data.eventKind === 'mid-year' || data.eventKind === 'other' ? data.eventKind : 'year-end';
  const province = typeof data.province === 'string' && isKnownSlug(data.province) ? data.province : null;
  return defaultTitle(province, date, {
    reportYear,
    planYear: isYear(data.planYear) ? data.planYear : null,
    eventKind,
  });
}

function describeIssue(issue: Issue, path: (string | number)[], data: unknown): (Bilingual & { rule: string }) | null {
  const key = String([...path].reverse().find((p) => typeof p === 'string') ?? '');
  const value = valueAt(data, path);
  const rule = issue.code === 'custom' ? (issue.params as { rule?: string } | undefined)?.rule : undefined;
  if (rule && PROVINCE_RULES.has(rule)) return null;
  if (key === 'province' && path.length === 1 && issue.code === 'invalid_format') return null;
  // Unknown (often misspelt) fields get their own line with a suggested name (check-entry.ts).
  if (issue.code === 'unrecognized_keys') return null;
  // The date against the years, with the conference season, is date-problems.ts's (an error there too).
  if (rule === 'date-years') return null;

  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue, path, key, value, data);
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      return unknownValue(key, value, values);
    }
    case 'too_small':
      return tooSmall(issue, key, value);
    case 'too_big':
      return {
        rule: 'too-big',
        ...bilingual({
          what: {
            vi: `${shown(value)} quá lớn (tối đa ${String(issue.maximum)})`,
            en: `${shownEn(value)} is too large (at most ${String(issue.maximum)})`,
          },
          fix: { vi: 'kiểm tra lại giá trị', en: 'check the value' },
        }),
      };
    case 'invalid_format':
      return invalidFormat(issue, key, value);
    case 'custom':
      return custom(issue, path, key, value, data, rule);
    default:
      return {
        rule: 'invalid',
        ...bilingual({
          what: {
            vi: `giá trị ${shown(value)} không hợp lệ (${issue.message})`,
            en: `${shownEn(value)} is not valid (${issue.message})`,
          },
          fix: { vi: 'xem mô tả trường trong docs/editing.md', en: 'see the field in docs/editing.en.md' },
        }),
      };
  }
}

function invalidType(
  issue: Issue & { code: 'invalid_type' },
  path: (string | number)[],
  key: string,
  value: unknown,
  data: unknown,
): Bilingual & { rule: string } {
  const expected = String(issue.expected);
  if (value === undefined && path.length === 1 && key === 'title') {
    // The headline is the article's; an example built from the entry's own province and years.
    const example = `title: ${titleExample(data as Record<string, unknown>)}`;
    return {
      rule: 'required',
      ...bilingual({
        what: { vi: 'chưa có (trường bắt buộc)', en: 'is missing (required)' },
        fix: {
          vi: `thêm dòng tiêu đề của bài, ví dụ "${example}"`,
          en: `add a line with the article's headline, e.g. "${example}"`,
        },
      }),
    };
  }
  if (value === undefined) {
    const ex = exampleFor(path);
    const line = `${key}: ${ex ?? '…'}`;
    return {
      rule: 'required',
      ...bilingual({
        what: { vi: 'chưa có (trường bắt buộc)', en: 'is missing (required)' },
        fix: { vi: `thêm dòng "${line}"`, en: `add a line "${line}"` },
      }),
    };
  }
  if (value === null) {
    const ex = exampleFor(path);
    return {
      rule: 'empty',
      ...bilingual({
        what: { vi: 'đang để trống (null)', en: 'is empty (null)' },
        fix: ex
          ? { vi: `ghi giá trị, ví dụ "${key}: ${ex}"`, en: `write a value, e.g. "${key}: ${ex}"` }
          : { vi: 'ghi giá trị', en: 'write a value' },
      }),
    };
  }
  if (expected === 'number' || expected === 'int') return notANumber(key, value, valueAt(data, path.slice(0, -1)));
  if (expected === 'string' && value instanceof Date) {
    const day = isoDay(value) ?? '';
    return {
      rule: 'unquoted-date',
      ...bilingual({
        what: {
          vi: `ngày ${day} viết không có ngoặc kép nên bị đọc thành kiểu ngày, trường này cần chữ`,
          en: `the date ${day} is unquoted, so it is read as a date value; this field needs text`,
        },
        fix: { vi: `đặt trong ngoặc kép: ${key}: "${day}"`, en: `put it in double quotes: ${key}: "${day}"` },
      }),
    };
  }
  if (expected === 'string') {
    return {
      rule: 'not-text',
      ...bilingual({
        what: { vi: `${shown(value)} không phải là chữ`, en: `${shownEn(value)} is not text` },
        fix: {
          vi: `đặt trong ngoặc kép: ${key}: "${String(value)}"`,
          en: `put it in double quotes: ${key}: "${String(value)}"`,
        },
      }),
    };
  }
  if (expected === 'array') {
    return {
      rule: 'not-a-list',
      ...bilingual({
        what: { vi: 'phải là một danh sách', en: 'must be a list' },
        fix: {
          vi: `viết mỗi mục trên một dòng bắt đầu bằng "- ", hoặc "${key}: []" nếu không có mục nào`,
          en: `write each item on its own line starting with "- ", or "${key}: []" when there are none`,
        },
      }),
    };
  }
  if (expected === 'object') {
    return {
      rule: 'not-a-group',
      ...bilingual({
        what: { vi: 'phải là một nhóm trường', en: 'must be a group of fields' },
        fix: {
          vi: `viết các trường con trên các dòng dưới "${key}:", thụt vào 2 dấu cách`,
          en: `write its fields on the lines below "${key}:", indented by 2 spaces`,
        },
      }),
    };
  }
  if (expected === 'boolean') {
    return {
      rule: 'not-boolean',
      ...bilingual({
        what: { vi: `${shown(value)} không phải true/false`, en: `${shownEn(value)} is not true/false` },
        fix: { vi: 'ghi true hoặc false, không có ngoặc kép', en: 'write true or false, without quotes' },
      }),
    };
  }
  return {
    rule: 'wrong-type',
    ...bilingual({
      what: {
        vi: `${shown(value)} sai kiểu (cần ${expected})`,
        en: `${shownEn(value)} has the wrong type (expected ${expected})`,
      },
      fix: { vi: 'xem mô tả trường trong docs/editing.md', en: 'see the field in docs/editing.en.md' },
    }),
  };
}

function notANumber(key: string, value: unknown, parent: unknown): Bilingual & { rule: string } {
  const fromText = typeof value === 'string' ? numberFromText(value) : undefined;
  if (YEAR_FIELDS.has(key)) {
    if (typeof value === 'number') {
      return {
        rule: 'not-a-whole-number',
        ...bilingual({
          what: { vi: `${value} không phải là một năm`, en: `${value} is not a year` },
          fix: { vi: 'ghi năm bằng 4 chữ số, như 2023', en: 'write the year with 4 digits, like 2023' },
        }),
      };
    }
    const n = fromText !== undefined && Number.isInteger(fromText) ? fromText : undefined;
    return {
      rule: 'not-a-number',
      ...bilingual({
        what: { vi: `${shown(value)} không phải là số`, en: `${shownEn(value)} is not a number` },
        fix: n
          ? { vi: `bỏ ngoặc kép: ${key}: ${n}`, en: `remove the quotes: ${key}: ${n}` }
          : { vi: 'ghi năm bằng 4 chữ số, như 2023', en: 'write the year with 4 digits, like 2023' },
      }),
    };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      return {
        rule: 'not-a-number',
        ...bilingual({
          what: { vi: `${value} không phải là một số hữu hạn`, en: `${value} is not a finite number` },
          fix: { vi: 'ghi số cụ thể trong bài', en: 'write the figure the article gives' },
        }),
      };
    }
    return {
      rule: 'not-a-whole-number',
      ...bilingual({
        what: {
          vi: `${vnd.format(value)} không phải là số nguyên`,
          en: `${enNum.format(value)} is not a whole number`,
        },
        fix: { vi: 'ghi số nguyên, như 6', en: 'write a whole number, like 6' },
      }),
    };
  }
  if (key === 'count') {
    return {
      rule: 'not-a-number',
      ...bilingual({
        what: { vi: `${shown(value)} không phải là số`, en: `${shownEn(value)} is not a number` },
        fix:
          fromText !== undefined
            ? { vi: `ghi ${key}: ${fromText}`, en: `write ${key}: ${fromText}` }
            : {
                vi: 'ghi số người hoặc tập thể nhận, hoặc null nếu bài chỉ nói “nhiều”, “các”',
                en: 'write how many recipients, or null when the article only says “nhiều” or “các”',
              },
      }),
    };
  }
  if (key === 'planPercent' || key === 'changePercent') {
    return {
      rule: 'not-a-number',
      ...bilingual({
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
      }),
    };
  }
  if (key === 'value') return valueNotANumber(value, fromText, parent);
  const n = fromText !== undefined ? String(fromText) : '101000000000';
  return {
    rule: 'not-a-number',
    ...bilingual({
      what: { vi: `${shown(value)} không phải là số`, en: `${shownEn(value)} is not a number` },
      fix: {
        vi: `ghi số đầy đủ theo đơn vị gốc (đồng, không phải tỷ đồng), chỉ có chữ số: ${key}: ${n}`,
        en: `write the full number in base units (VND, not billions), digits only: ${key}: ${n}`,
      },
    }),
  };
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
function valueNotANumber(value: unknown, fromText: number | undefined, parent: unknown): Bilingual & { rule: string } {
  const figure = (parent ?? {}) as Record<string, unknown>;
  const unit = typeof figure.unit === 'string' ? figure.unit : 'VND';
  const what = { vi: `${shown(value)} không phải là số`, en: `${shownEn(value)} is not a number` };
  const say = (fix: InBoth): Bilingual & { rule: string } => ({ rule: 'not-a-number', ...bilingual({ what, fix }) });
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

function unknownValue(key: string, value: unknown, values: string[]): Bilingual & { rule: string } {
  const guess =
    typeof value === 'string' ? closest(value, values, (s) => s.toLowerCase().replace(/[-_\s]/g, '')) : undefined;
  const guessVi = guess ? `có lẽ là "${guess}"; ` : '';
  const guessEn = guess ? `perhaps "${guess}"; ` : '';
  if (key === 'metric') {
    return {
      rule: 'unknown-metric',
      ...bilingual({
        what: {
          vi: `không có chỉ tiêu ${shown(value)} trong danh mục`,
          en: `there is no metric ${shownEn(value)} in the catalogue`,
        },
        fix: {
          vi: `${guessVi}dùng một mã chỉ tiêu trong docs/editing.md (mục Chỉ tiêu)`,
          en: `${guessEn}use a metric id listed in docs/editing.en.md (Metrics)`,
        },
      }),
    };
  }
  const list = values.join(', ');
  return {
    rule: 'unknown-value',
    ...bilingual({
      what: { vi: `${shown(value)} không phải giá trị cho phép`, en: `${shownEn(value)} is not an allowed value` },
      fix: { vi: `${guessVi}dùng một trong: ${list}`, en: `${guessEn}use one of: ${list}` },
    }),
  };
}

function tooSmall(issue: Issue & { code: 'too_small' }, key: string, value: unknown): Bilingual & { rule: string } {
  if (issue.origin === 'string' || issue.origin === 'array') {
    const fix =
      key === 'quote'
        ? {
            vi: 'chép nguyên văn câu trong bài mà số liệu được lấy ra',
            en: 'copy the exact phrase of the article the figure comes from',
          }
        : key === 'title'
          ? { vi: 'ghi tiêu đề bài viết', en: 'write the headline of the article' }
          : {
              vi: 'điền nội dung, hoặc xóa dòng này nếu trường không bắt buộc',
              en: 'fill it in, or delete the line if the field is optional',
            };
    return { rule: 'empty', ...bilingual({ what: { vi: 'đang để trống', en: 'is empty' }, fix }) };
  }
  if (key === 'count') {
    return {
      rule: 'too-small',
      ...bilingual({
        what: { vi: `${shown(value)}: phải từ 1 trở lên`, en: `${shownEn(value)}: must be 1 or more` },
        fix: {
          vi: 'ghi số người hoặc tập thể nhận, hoặc null nếu bài chỉ nói “nhiều”, “các”',
          en: 'write how many recipients, or null when the article only says “nhiều” or “các”',
        },
      }),
    };
  }
  const min = String(issue.minimum);
  const viMin = issue.inclusive ? `phải từ ${min} trở lên` : `phải lớn hơn ${min}`;
  const enMin = issue.inclusive ? `must be ${min} or more` : `must be more than ${min}`;
  return {
    rule: 'too-small',
    ...bilingual({
      what: { vi: `${shown(value)}: ${viMin}`, en: `${shownEn(value)}: ${enMin}` },
      fix: { vi: 'kiểm tra lại số trong bài', en: 'check the figure in the article' },
    }),
  };
}

function invalidFormat(
  issue: Issue & { code: 'invalid_format' },
  key: string,
  value: unknown,
): Bilingual & { rule: string } {
  if (issue.format === 'url') {
    return {
      rule: 'bad-url',
      ...bilingual({
        what: {
          vi: `${shown(value)} không phải địa chỉ web đầy đủ`,
          en: `${shownEn(value)} is not a full web address`,
        },
        fix: { vi: 'chép cả địa chỉ, bắt đầu bằng https://', en: 'copy the whole address, starting with https://' },
      }),
    };
  }
  if (DATE_FIELDS.has(key) || key === 'publishedAt') {
    const dmy = typeof value === 'string' ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim()) : null;
    const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : undefined;
    const form = key === 'publishedAt' ? 'YYYY-MM-DD (hoặc YYYY-MM-DDTHH:MM)' : 'YYYY-MM-DD';
    const formEn = key === 'publishedAt' ? 'YYYY-MM-DD (or YYYY-MM-DDTHH:MM)' : 'YYYY-MM-DD';
    return {
      rule: 'bad-date',
      ...bilingual({
        what: { vi: `${shown(value)} không viết theo dạng ${form}`, en: `${shownEn(value)} is not written ${formEn}` },
        fix: iso
          ? { vi: `viết năm-tháng-ngày: ${key}: ${iso}`, en: `write year-month-day: ${key}: ${iso}` }
          : { vi: `viết năm-tháng-ngày, như ${key}: 2023-12-27`, en: `write year-month-day, like ${key}: 2023-12-27` },
      }),
    };
  }
  return {
    rule: 'bad-format',
    ...bilingual({
      what: { vi: `${shown(value)} sai định dạng`, en: `${shownEn(value)} is not in the expected form` },
      fix: { vi: 'xem mô tả trường trong docs/editing.md', en: 'see the field in docs/editing.en.md' },
    }),
  };
}

function custom(
  issue: Issue,
  path: (string | number)[],
  key: string,
  value: unknown,
  data: unknown,
  rule: string | undefined,
): Bilingual & { rule: string } {
  const parent = valueAt(data, path.slice(0, -1)) as Record<string, unknown> | undefined;
  const get = (k: string): unknown => (data as Record<string, unknown> | null)?.[k];
  switch (rule) {
    case 'metric-unit': {
      const expected = ((issue as { params?: { expected?: string[] } }).params?.expected ?? []).join(' hoặc ');
      const expectedEn = ((issue as { params?: { expected?: string[] } }).params?.expected ?? []).join(' or ');
      return {
        rule,
        ...bilingual({
          what: {
            vi: `đơn vị ${shown(value)} không hợp với chỉ tiêu ${String(parent?.metric)}`,
            en: `unit ${shownEn(value)} does not fit metric ${String(parent?.metric)}`,
          },
          fix: { vi: `dùng unit: ${expected}`, en: `use unit: ${expectedEn}` },
        }),
      };
    }
    case 'value-range': {
      const metric = metricById(String(parent?.metric));
      const [min, max] = (issue as { params?: { valid?: [number, number] } }).params?.valid ?? metric?.valid ?? [0, 0];
      const v = Number(value);
      if (v < min) {
        return {
          rule,
          ...bilingual({
            what: {
              vi: `${String(parent?.metric)} không thể là ${vnd.format(v)} (không bao giờ nhỏ hơn ${vnd.format(min)})`,
              en: `${String(parent?.metric)} cannot be ${enNum.format(v)} (it is never below ${enNum.format(min)})`,
            },
            fix:
              v < 0
                ? {
                    vi: 'bỏ dấu trừ; nếu bài nói “giảm”, ghi mức giảm vào changePercent (số âm)',
                    en: 'remove the minus sign; if the article says “giảm” (down), put the fall in changePercent (negative)',
                  }
                : { vi: 'kiểm tra lại số trong bài', en: 'check the figure in the article' },
          }),
        };
      }
      return {
        rule,
        ...bilingual({
          what: {
            vi: `${String(parent?.metric)} không thể là ${vnd.format(v)} (không bao giờ lớn hơn ${vnd.format(max)})`,
            en: `${String(parent?.metric)} cannot be ${enNum.format(v)} (it is never above ${enNum.format(max)})`,
          },
          fix: {
            vi: 'kiểm tra số chữ số 0: value ghi bằng đơn vị gốc (101 tỷ đồng = 101000000000)',
            en: 'check the number of zeros: value is in base units (101 tỷ đồng = 101000000000)',
          },
        }),
      };
    }
    case 'empty-figure':
      return {
        rule,
        ...bilingual({
          what: {
            vi: 'value để trống (null) mà không có planPercent hay changePercent',
            en: 'value is empty (null) and there is no planPercent or changePercent either',
          },
          fix: {
            vi: 'ghi value, hoặc planPercent / changePercent, hoặc xóa chỉ tiêu này',
            en: 'write value, or planPercent / changePercent, or delete this figure',
          },
        }),
      };
    case 'plan-before-report':
      return {
        rule,
        ...bilingual({
          what: {
            vi: `planYear ${String(get('planYear'))} trước reportYear ${String(get('reportYear'))}`,
            en: `planYear ${String(get('planYear'))} is before reportYear ${String(get('reportYear'))}`,
          },
          fix: {
            vi: 'planYear bằng hoặc sau reportYear (thường là reportYear + 1)',
            en: 'planYear is the same as or later than reportYear (usually reportYear + 1)',
          },
        }),
      };
    case 'null-province-review':
      return {
        rule,
        ...bilingual({
          what: {
            vi: 'province để trống (null) thì review.status phải là needs-review',
            en: 'province is empty (null), so review.status must be needs-review',
          },
          fix: {
            vi: 'ghi tỉnh vào province, hoặc đặt review.status: needs-review',
            en: 'write the province, or set review.status: needs-review',
          },
        }),
      };
    case 'target-year':
      return {
        rule,
        ...bilingual({
          what: {
            vi: `mục tiêu cho năm ${String(value)} lại cũ hơn reportYear ${String(get('reportYear'))}`,
            en: `a target for ${String(value)} is older than reportYear ${String(get('reportYear'))}`,
          },
          fix: {
            vi: 'nếu là kết quả đã đạt, chuyển sang kpis; nếu không, sửa year',
            en: 'if it is a result, move it to kpis; otherwise correct year',
          },
        }),
      };
    default:
      break;
  }
  if (DATE_FIELDS.has(key)) {
    return {
      rule: 'impossible-date',
      ...bilingual({
        what: { vi: `ngày ${String(value)} không có thật`, en: `${String(value)} is not a real date` },
        fix: {
          vi: 'kiểm tra lại ngày và tháng (ví dụ tháng 2 chỉ có 28 hoặc 29 ngày)',
          en: 'check the day and month (February has 28 or 29 days)',
        },
      }),
    };
  }
  if (YEAR_FIELDS.has(key)) {
    const range = `${MIN_YEAR}–${maxYear()}`;
    return {
      rule: 'year-range',
      ...bilingual({
        what: { vi: `năm ${String(value)} nằm ngoài khoảng ${range}`, en: `year ${String(value)} is outside ${range}` },
        fix: { vi: 'ghi đúng năm trong bài, đủ 4 chữ số', en: 'write the year the article gives, with 4 digits' },
      }),
    };
  }
  return {
    rule: 'invalid',
    ...bilingual({
      what: {
        vi: `giá trị ${shown(value)} không hợp lệ (${issue.message})`,
        en: `${shownEn(value)} is not valid (${issue.message})`,
      },
      fix: { vi: 'xem mô tả trường trong docs/editing.md', en: 'see the field in docs/editing.en.md' },
    }),
  };
}
