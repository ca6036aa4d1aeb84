/**
 * The zod schema's verdict on an entry's frontmatter, in words an editor can act on: what was
 * received, what is wrong, what to write instead, in Vietnamese and English. The rules of this module are
 * the kinds of value a field can get wrong (missing, empty, of another type, not an allowed value, too
 * small); the schema's own refinements are worded by the rules they belong to (figures.ts, dates.ts,
 * province.ts), and numbers by not-a-number.ts.
 */
import { z } from 'astro/zod';
import { isKnownSlug } from '../../provinces.ts';
import { entrySchema, type Entry } from '../../schema/entry.ts';
import { defaultTitle, inferYears } from '../conference.ts';
import type { Bilingual } from '../problem.ts';
import { defineRule, example, worded, type Worded } from '../rule.ts';
import { closest } from '../suggest.ts';
import { isoDay, shown, shownEn } from '../values.ts';
import { schemaAt, unwrap, valueAt } from '../zod-walk.ts';
import {
  badDateWords,
  dateYears,
  impossibleDateWords,
  planBeforeReport,
  planBeforeReportWords,
  unquotedDateWords,
  yearRangeWords,
} from './dates.ts';
import { entryFile, FILE } from './example-entry.ts';
import {
  emptyFigure,
  emptyFigureWords,
  metricUnit,
  metricUnitWords,
  targetYear,
  targetYearWords,
  unknownMetricWords,
  valueRange,
  valueRangeWords,
} from './figures.ts';
import { notANumberWords } from './not-a-number.ts';
import { nullProvinceReview, nullProvinceReviewWords, provinceDate, unknownProvince } from './province.ts';

export const required = defineRule({
  id: 'required',
  severity: 'error',
  describes: {
    vi: 'Có đủ các trường bắt buộc; thông báo ghi sẵn dòng cần thêm (tiêu đề thì dựng từ tỉnh và năm của bài).',
    en: "Every required field is there; the message gives the line to add (a headline is made from the entry's province and years).",
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ 'title: Bưu điện tỉnh Sơn La tổng kết năm 2023\n': '' }),
      `${FILE}:2  title  lỗi: chưa có (trường bắt buộc)  — thêm dòng tiêu đề của bài, ví dụ "title: Bưu điện tỉnh Sơn La tổng kết năm 2023, triển khai kế hoạch năm 2024"
       ${FILE}:2  title  error: is missing (required)  — add a line with the article's headline, e.g. "title: Bưu điện tỉnh Sơn La tổng kết năm 2023, triển khai kế hoạch năm 2024"`,
    ),
    example(
      entryFile({ '    year: 2023\n': '' }),
      `${FILE}:8  kpis[0].year  lỗi: chưa có (trường bắt buộc)  — thêm dòng "year: 2023"
       ${FILE}:8  kpis[0].year  error: is missing (required)  — add a line "year: 2023"`,
    ),
  ],
});

export const empty = defineRule({
  id: 'empty',
  severity: 'error',
  describes: {
    vi: 'Trường bắt buộc không để trống (null hay chuỗi rỗng).',
    en: 'A required field is not left empty (null or an empty string).',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ 'reportYear: 2023': 'reportYear: null' }),
      `${FILE}:4  reportYear  lỗi: đang để trống (null)  — ghi giá trị, ví dụ "reportYear: 2023"
       ${FILE}:4  reportYear  error: is empty (null)  — write a value, e.g. "reportYear: 2023"`,
    ),
    example(
      entryFile({ '    quote: doanh thu đạt trên 101 tỷ đồng': '    quote: ""' }),
      `${FILE}:12  kpis[0].quote  lỗi: đang để trống  — chép nguyên văn câu trong bài mà số liệu được lấy ra
       ${FILE}:12  kpis[0].quote  error: is empty  — copy the exact phrase of the article the figure comes from`,
    ),
  ],
});

export const notText = defineRule({
  id: 'not-text',
  severity: 'error',
  describes: { vi: 'Trường chữ có giá trị là chữ.', en: 'A text field holds text.' },
  good: [entryFile({ 'title: Bưu điện tỉnh Sơn La tổng kết năm 2023': 'title: "2023"' })],
  bad: [
    example(
      entryFile({ 'title: Bưu điện tỉnh Sơn La tổng kết năm 2023': 'title: 2023' }),
      `${FILE}:2  title  lỗi: 2023 không phải là chữ  — đặt trong ngoặc kép: title: "2023"
       ${FILE}:2  title  error: 2023 is not text  — put it in double quotes: title: "2023"`,
    ),
  ],
});

export const notAList = defineRule({
  id: 'not-a-list',
  severity: 'error',
  describes: {
    vi: 'kpis, targets, serviceGrowth, awards, people là danh sách: mỗi mục bắt đầu bằng “- ”.',
    en: 'kpis, targets, serviceGrowth, awards and people are lists: each item starts with “- ”.',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ '  - metric: total_revenue': '    metric: total_revenue' }),
      `${FILE}:7  kpis  lỗi: phải là một danh sách  — viết mỗi mục trên một dòng bắt đầu bằng "- ", hoặc "kpis: []" nếu không có mục nào
       ${FILE}:7  kpis  error: must be a list  — write each item on its own line starting with "- ", or "kpis: []" when there are none`,
    ),
  ],
});

export const notAGroup = defineRule({
  id: 'not-a-group',
  severity: 'error',
  describes: {
    vi: 'source, review là nhóm trường, viết trên các dòng thụt vào bên dưới.',
    en: 'source and review are groups of fields, written on the indented lines below them.',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ 'review:\n  status: unreviewed': 'review: unreviewed' }),
      `${FILE}:13  review  lỗi: phải là một nhóm trường  — viết các trường con trên các dòng dưới "review:", thụt vào 2 dấu cách
       ${FILE}:13  review  error: must be a group of fields  — write its fields on the lines below "review:", indented by 2 spaces`,
    ),
  ],
});

export const notBoolean = defineRule({
  id: 'not-boolean',
  severity: 'error',
  describes: {
    vi: 'draft, estimated là true hoặc false, không có ngoặc kép.',
    en: 'draft and estimated are true or false, without quotes.',
  },
  good: [entryFile({ 'review:': 'draft: true\nreview:' })],
  bad: [
    example(
      entryFile({ 'review:': 'draft: "có"\nreview:' }),
      `${FILE}:13  draft  lỗi: "có" không phải true/false  — ghi true hoặc false, không có ngoặc kép
       ${FILE}:13  draft  error: "có" is not true/false  — write true or false, without quotes`,
    ),
  ],
});

export const wrongType = defineRule({
  id: 'wrong-type',
  severity: 'error',
  describes: {
    vi: 'Giá trị có đúng kiểu mà trường cần (khi không có lời riêng cho kiểu đó).',
    en: 'A value has the type its field takes (for a type with no words of its own).',
  },
  // No field of the entry takes a type other than text, number, true/false, list or group.
  good: [{ schema: z.object({ signedOn: z.date() }), data: { signedOn: new Date('2023-12-27') } }],
  bad: [
    example(
      { schema: z.object({ signedOn: z.date() }), data: { signedOn: '27/12/2023' } },
      `signedOn  lỗi: "27/12/2023" sai kiểu (cần date)  — xem mô tả trường trong docs/editing.md
       signedOn  error: "27/12/2023" has the wrong type (expected date)  — see the field in docs/editing.en.md`,
    ),
  ],
});

export const tooBig = defineRule({
  id: 'too-big',
  severity: 'error',
  describes: {
    vi: 'Số không vượt giới hạn của trường (một số nguyên quá nhiều chữ số).',
    en: "A number is within its field's limit (a whole number with far too many digits).",
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ '    year: 2023': '    year: 20232023202320232023' }),
      `${FILE}:11  kpis[0].year  lỗi: 20232023202320232000 quá lớn (tối đa 9007199254740991)  — kiểm tra lại giá trị
       ${FILE}:11  kpis[0].year  error: 20232023202320232000 is too large (at most 9007199254740991)  — check the value`,
    ),
  ],
});

export const tooSmall = defineRule({
  id: 'too-small',
  severity: 'error',
  describes: {
    vi: 'Số không nhỏ hơn mức tối thiểu của trường (planPercent lớn hơn 0, count từ 1 trở lên).',
    en: "A number is not below its field's minimum (planPercent above 0, count 1 or more).",
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ '    year: 2023\n': '    year: 2023\n    planPercent: 0\n' }),
      `${FILE}:12  kpis[0].planPercent  lỗi: 0: phải lớn hơn 0  — kiểm tra lại số trong bài
       ${FILE}:12  kpis[0].planPercent  error: 0: must be more than 0  — check the figure in the article`,
    ),
  ],
});

export const unknownValue = defineRule({
  id: 'unknown-value',
  severity: 'error',
  describes: {
    vi: 'Trường có danh sách giá trị (eventKind, unit, level, recipientKind, review.status…) chỉ nhận một giá trị trong đó; giá trị gõ sai được gợi ý.',
    en: 'A field with a list of values (eventKind, unit, level, recipientKind, review.status…) takes one of them; a mistyped one gets the closest.',
  },
  good: [entryFile({ 'planYear: 2024\n': 'planYear: 2024\neventKind: year-end\n' })],
  bad: [
    example(
      entryFile({ 'planYear: 2024\n': 'planYear: 2024\neventKind: year_end\n' }),
      `${FILE}:6  eventKind  lỗi: "year_end" không phải giá trị cho phép  — có lẽ là "year-end"; dùng một trong: year-end, mid-year, other
       ${FILE}:6  eventKind  error: "year_end" is not an allowed value  — perhaps "year-end"; use one of: year-end, mid-year, other`,
    ),
    example(
      entryFile({ 'status: unreviewed': 'status: done' }),
      `${FILE}:14  review.status  lỗi: "done" không phải giá trị cho phép  — dùng một trong: needs-review, unreviewed, reviewed
       ${FILE}:14  review.status  error: "done" is not an allowed value  — use one of: needs-review, unreviewed, reviewed`,
    ),
  ],
});

export const badUrl = defineRule({
  id: 'bad-url',
  severity: 'error',
  describes: {
    vi: 'Địa chỉ nguồn là địa chỉ web đầy đủ, bắt đầu bằng https://.',
    en: 'A source address is a full web address, starting with https://.',
  },
  good: [entryFile({ 'review:': 'source:\n  url: https://baosonla.vn/tong-ket\nreview:' })],
  bad: [
    example(
      entryFile({ 'review:': 'source:\n  url: baosonla.vn/tong-ket\nreview:' }),
      `${FILE}:14  source.url  lỗi: "baosonla.vn/tong-ket" không phải địa chỉ web đầy đủ  — chép cả địa chỉ, bắt đầu bằng https://
       ${FILE}:14  source.url  error: "baosonla.vn/tong-ket" is not a full web address  — copy the whole address, starting with https://`,
    ),
  ],
});

export const badFormat = defineRule({
  id: 'bad-format',
  severity: 'error',
  describes: {
    vi: 'Giá trị viết đúng định dạng mà trường cần (khi không có lời riêng cho định dạng đó).',
    en: 'A value is written in the form its field takes (for a form with no words of its own).',
  },
  // Dates, web addresses and the province slug have words of their own; no other field has a format today.
  good: [{ schema: z.object({ code: z.string().regex(/^[A-Z]{2}$/) }), data: { code: 'SL' } }],
  bad: [
    example(
      { schema: z.object({ code: z.string().regex(/^[A-Z]{2}$/) }), data: { code: 'sl' } },
      `code  lỗi: "sl" sai định dạng  — xem mô tả trường trong docs/editing.md
       code  error: "sl" is not in the expected form  — see the field in docs/editing.en.md`,
    ),
  ],
});

export const invalid = defineRule({
  id: 'invalid',
  severity: 'error',
  describes: {
    vi: 'Giá trị được schema chấp nhận (khi không có lời riêng cho điều schema đòi hỏi).',
    en: 'The schema accepts the value (for a requirement with no words of its own).',
  },
  // Every check the entry's schema makes has words of its own; a union of types has none.
  good: [{ schema: z.object({ size: z.union([z.number(), z.string()]) }), data: { size: 5 } }],
  bad: [
    example(
      { schema: z.object({ size: z.union([z.number(), z.string()]) }), data: { size: true } },
      `size  lỗi: giá trị true không hợp lệ (Invalid input)  — xem mô tả trường trong docs/editing.md
       size  error: true is not valid (Invalid input)  — see the field in docs/editing.en.md`,
    ),
  ],
});

export const SCHEMA_RULES = [
  required,
  empty,
  notText,
  notAList,
  notAGroup,
  notBoolean,
  wrongType,
  tooBig,
  tooSmall,
  unknownValue,
  badUrl,
  badFormat,
  invalid,
] as const;

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

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
/** Checked by province.ts's checkProvince, which can suggest the slug the editor meant. */
const PROVINCE_RULES = new Set<string>([unknownProvince.id, provinceDate.id]);

export function checkSchema(data: unknown): SchemaResult {
  const result = entrySchema.safeParse(data);
  if (result.success) return { entry: result.data, findings: [] };
  return { entry: null, findings: schemaFindings(result.error.issues, data, entrySchema) };
}

/** A schema's issues with some data, worded: the entry's schema, or another one in a rule's example. */
export function schemaFindings(issues: readonly Issue[], data: unknown, schema: Schema): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const key = path.join('.');
    // One problem per field: a date that is not YYYY-MM-DD is not also "not a real date".
    if (seen.has(key)) continue;
    const finding = describeIssue(issue, path, data, schema);
    if (!finding) continue;
    seen.add(key);
    findings.push({ path, ...finding });
  }
  // A reportYear that is wrong itself is one mistake: not also "planYear is before reportYear".
  const ownYear = findings.some((f) => f.path.length === 1 && f.path[0] === 'reportYear');
  return ownYear ? findings.filter((f) => f.rule !== planBeforeReport.id && f.rule !== targetYear.id) : findings;
}

// ---------------------------------------------------------------------------------------------

function exampleFor(schema: Schema, path: readonly PropertyKey[]): string | undefined {
  const s = schemaAt(schema, path);
  const ex = s ? unwrap(s).doc.examples?.[0] : undefined;
  if (ex === undefined) return undefined;
  if (typeof ex === 'string') return ex;
  return JSON.stringify(ex);
}

/** A headline of the usual form, built from the entry's own province, date and years. */
function titleExample(data: Record<string, unknown>, schema: Schema): string {
  const date = isoDay(data.eventDate);
  const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
  const reportYear = isYear(data.reportYear) ? data.reportYear : date ? inferYears(date).reportYear : undefined;
  if (reportYear === undefined) return exampleFor(schema, ['title']) ?? '…';
  const eventKind = data.eventKind === 'mid-year' || data.eventKind === 'other' ? data.eventKind : 'year-end';
  const province = typeof data.province === 'string' && isKnownSlug(data.province) ? data.province : null;
  return defaultTitle(province, date, {
    reportYear,
    planYear: isYear(data.planYear) ? data.planYear : null,
    eventKind,
  });
}

function describeIssue(issue: Issue, path: (string | number)[], data: unknown, schema: Schema): Worded | null {
  const key = String([...path].reverse().find((p) => typeof p === 'string') ?? '');
  const value = valueAt(data, path);
  const rule = issue.code === 'custom' ? (issue.params as { rule?: string } | undefined)?.rule : undefined;
  if (rule && PROVINCE_RULES.has(rule)) return null;
  if (key === 'province' && path.length === 1 && issue.code === 'invalid_format') return null;
  // Unknown (often misspelt) fields get their own line with a suggested name (check-entry.ts).
  if (issue.code === 'unrecognized_keys') return null;
  // The date against the years, with the conference season, is dates.ts's checkEventDate's (an error there too).
  if (rule === dateYears.id) return null;

  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue, path, key, value, data, schema);
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      return unknownValueWords(key, value, values);
    }
    case 'too_small':
      return tooSmallWords(issue, key, value);
    case 'too_big':
      return worded(tooBig, {
        what: {
          vi: `${shown(value)} quá lớn (tối đa ${String(issue.maximum)})`,
          en: `${shownEn(value)} is too large (at most ${String(issue.maximum)})`,
        },
        fix: { vi: 'kiểm tra lại giá trị', en: 'check the value' },
      });
    case 'invalid_format':
      return invalidFormat(issue, key, value);
    case 'custom':
      return custom(issue, path, key, value, data, rule);
    default:
      return invalidWords(value, issue.message);
  }
}

/** What the schema rejects for a reason this module has no words of its own for. */
function invalidWords(value: unknown, message: string): Worded {
  return worded(invalid, {
    what: {
      vi: `giá trị ${shown(value)} không hợp lệ (${message})`,
      en: `${shownEn(value)} is not valid (${message})`,
    },
    fix: { vi: 'xem mô tả trường trong docs/editing.md', en: 'see the field in docs/editing.en.md' },
  });
}

function invalidType(
  issue: Issue & { code: 'invalid_type' },
  path: (string | number)[],
  key: string,
  value: unknown,
  data: unknown,
  schema: Schema,
): Worded {
  const expected = String(issue.expected);
  if (value === undefined && path.length === 1 && key === 'title') {
    // The headline is the article's; an example built from the entry's own province and years.
    const example = `title: ${titleExample(data as Record<string, unknown>, schema)}`;
    return worded(required, {
      what: { vi: 'chưa có (trường bắt buộc)', en: 'is missing (required)' },
      fix: {
        vi: `thêm dòng tiêu đề của bài, ví dụ "${example}"`,
        en: `add a line with the article's headline, e.g. "${example}"`,
      },
    });
  }
  if (value === undefined) {
    const ex = exampleFor(schema, path);
    const line = `${key}: ${ex ?? '…'}`;
    return worded(required, {
      what: { vi: 'chưa có (trường bắt buộc)', en: 'is missing (required)' },
      fix: { vi: `thêm dòng "${line}"`, en: `add a line "${line}"` },
    });
  }
  if (value === null) {
    const ex = exampleFor(schema, path);
    return worded(empty, {
      what: { vi: 'đang để trống (null)', en: 'is empty (null)' },
      fix: ex
        ? { vi: `ghi giá trị, ví dụ "${key}: ${ex}"`, en: `write a value, e.g. "${key}: ${ex}"` }
        : { vi: 'ghi giá trị', en: 'write a value' },
    });
  }
  if (expected === 'number' || expected === 'int') return notANumberWords(key, value, valueAt(data, path.slice(0, -1)));
  if (expected === 'string' && value instanceof Date) return unquotedDateWords(key, value);
  if (expected === 'string') {
    return worded(notText, {
      what: { vi: `${shown(value)} không phải là chữ`, en: `${shownEn(value)} is not text` },
      fix: {
        vi: `đặt trong ngoặc kép: ${key}: "${String(value)}"`,
        en: `put it in double quotes: ${key}: "${String(value)}"`,
      },
    });
  }
  if (expected === 'array') {
    return worded(notAList, {
      what: { vi: 'phải là một danh sách', en: 'must be a list' },
      fix: {
        vi: `viết mỗi mục trên một dòng bắt đầu bằng "- ", hoặc "${key}: []" nếu không có mục nào`,
        en: `write each item on its own line starting with "- ", or "${key}: []" when there are none`,
      },
    });
  }
  if (expected === 'object') {
    return worded(notAGroup, {
      what: { vi: 'phải là một nhóm trường', en: 'must be a group of fields' },
      fix: {
        vi: `viết các trường con trên các dòng dưới "${key}:", thụt vào 2 dấu cách`,
        en: `write its fields on the lines below "${key}:", indented by 2 spaces`,
      },
    });
  }
  if (expected === 'boolean') {
    return worded(notBoolean, {
      what: { vi: `${shown(value)} không phải true/false`, en: `${shownEn(value)} is not true/false` },
      fix: { vi: 'ghi true hoặc false, không có ngoặc kép', en: 'write true or false, without quotes' },
    });
  }
  return worded(wrongType, {
    what: {
      vi: `${shown(value)} sai kiểu (cần ${expected})`,
      en: `${shownEn(value)} has the wrong type (expected ${expected})`,
    },
    fix: { vi: 'xem mô tả trường trong docs/editing.md', en: 'see the field in docs/editing.en.md' },
  });
}

function unknownValueWords(key: string, value: unknown, values: string[]): Worded {
  const guess =
    typeof value === 'string' ? closest(value, values, (s) => s.toLowerCase().replace(/[-_\s]/g, '')) : undefined;
  if (key === 'metric') return unknownMetricWords(value, guess);
  const guessVi = guess ? `có lẽ là "${guess}"; ` : '';
  const guessEn = guess ? `perhaps "${guess}"; ` : '';
  const list = values.join(', ');
  return worded(unknownValue, {
    what: { vi: `${shown(value)} không phải giá trị cho phép`, en: `${shownEn(value)} is not an allowed value` },
    fix: { vi: `${guessVi}dùng một trong: ${list}`, en: `${guessEn}use one of: ${list}` },
  });
}

function tooSmallWords(issue: Issue & { code: 'too_small' }, key: string, value: unknown): Worded {
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
    return worded(empty, { what: { vi: 'đang để trống', en: 'is empty' }, fix });
  }
  if (key === 'count') {
    return worded(tooSmall, {
      what: { vi: `${shown(value)}: phải từ 1 trở lên`, en: `${shownEn(value)}: must be 1 or more` },
      fix: {
        vi: 'ghi số người hoặc tập thể nhận, hoặc null nếu bài chỉ nói “nhiều”, “các”',
        en: 'write how many recipients, or null when the article only says “nhiều” or “các”',
      },
    });
  }
  const min = String(issue.minimum);
  const viMin = issue.inclusive ? `phải từ ${min} trở lên` : `phải lớn hơn ${min}`;
  const enMin = issue.inclusive ? `must be ${min} or more` : `must be more than ${min}`;
  return worded(tooSmall, {
    what: { vi: `${shown(value)}: ${viMin}`, en: `${shownEn(value)}: ${enMin}` },
    fix: { vi: 'kiểm tra lại số trong bài', en: 'check the figure in the article' },
  });
}

function invalidFormat(issue: Issue & { code: 'invalid_format' }, key: string, value: unknown): Worded {
  if (issue.format === 'url') {
    return worded(badUrl, {
      what: {
        vi: `${shown(value)} không phải địa chỉ web đầy đủ`,
        en: `${shownEn(value)} is not a full web address`,
      },
      fix: { vi: 'chép cả địa chỉ, bắt đầu bằng https://', en: 'copy the whole address, starting with https://' },
    });
  }
  if (DATE_FIELDS.has(key) || key === 'publishedAt') return badDateWords(key, value);
  return worded(badFormat, {
    what: { vi: `${shown(value)} sai định dạng`, en: `${shownEn(value)} is not in the expected form` },
    fix: { vi: 'xem mô tả trường trong docs/editing.md', en: 'see the field in docs/editing.en.md' },
  });
}

function custom(
  issue: Issue,
  path: (string | number)[],
  key: string,
  value: unknown,
  data: unknown,
  rule: string | undefined,
): Worded {
  const parent = valueAt(data, path.slice(0, -1)) as Record<string, unknown> | undefined;
  const get = (k: string): unknown => (data as Record<string, unknown> | null)?.[k];
  const params = (issue as { params?: { expected?: string[]; valid?: [number, number] } }).params;
  switch (rule) {
    case metricUnit.id:
      return metricUnitWords(value, parent?.metric, params?.expected ?? []);
    case valueRange.id:
      return valueRangeWords(parent?.metric, value, params?.valid);
    case emptyFigure.id:
      return emptyFigureWords();
    case planBeforeReport.id:
      return planBeforeReportWords(get('planYear'), get('reportYear'));
    case nullProvinceReview.id:
      return nullProvinceReviewWords();
    case targetYear.id:
      return targetYearWords(value, get('reportYear'));
    default:
      break;
  }
  if (DATE_FIELDS.has(key)) return impossibleDateWords(String(value));
  if (YEAR_FIELDS.has(key)) return yearRangeWords(value);
  return invalidWords(value, issue.message);
}
