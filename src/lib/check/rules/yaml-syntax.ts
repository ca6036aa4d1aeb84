/**
 * The yaml-syntax rule: a frontmatter that YAML cannot read, in words: which line, what YAML understood, how
 * to write it. A list laid out wrongly is diagnosed by yaml-layout.ts, whose advice, followed, gives a file
 * that parses.
 */
import { entrySchema } from '../../schema/entry.ts';
import type { SplitEntry, YamlSyntaxError } from '../frontmatter.ts';
import { bilingual, type Bilingual, type Finding, type InBoth } from '../problem.ts';
import { defineRule, example } from '../rule.ts';
import { elementOf, shapeOf } from '../zod-walk.ts';
import { entryFile, FILE } from './example-entry.ts';
import { diagnoseLayout } from './yaml-layout.ts';

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  describes: {
    vi: 'YAML đọc được phần frontmatter; khi không đọc được, báo đúng dòng và cách viết lại (thụt lề, dấu “- ” của danh sách, ngoặc kép quanh giá trị có “: ” hay “#”).',
    en: 'YAML can read the frontmatter; when it cannot, the line and how to write it are given (indentation, the “- ” of list items, double quotes around a value with “: ” or “#”).',
  },
  good: [
    entryFile({
      'title: Bưu điện tỉnh Sơn La tổng kết năm 2023': 'title: "Bưu điện tỉnh Sơn La: tổng kết năm 2023"',
    }),
  ],
  bad: [
    example(
      entryFile({
        'title: Bưu điện tỉnh Sơn La tổng kết năm 2023': 'title: Bưu điện tỉnh Sơn La: tổng kết năm 2023',
      }),
      `${FILE}:2  title  lỗi: giá trị có dấu “: ” nên YAML hiểu nhầm thành một trường mới  — đặt cả giá trị trong ngoặc kép: title: "Bưu điện tỉnh Sơn La: tổng kết năm 2023"
       ${FILE}:2  title  error: the value contains “: ”, which YAML reads as another field  — put the whole value in double quotes: title: "Bưu điện tỉnh Sơn La: tổng kết năm 2023"`,
    ),
    example(
      entryFile({ 'title: Bưu điện tỉnh Sơn La tổng kết năm 2023': 'title: "Bưu điện tỉnh Sơn La' }),
      `${FILE}:2  title  lỗi: ngoặc kép mở mà không đóng  — thêm dấu " ở cuối giá trị (dấu " bên trong giá trị viết là \\")
       ${FILE}:2  title  error: a double quote is opened but never closed  — add a " at the end of the value (write a " inside the value as \\")`,
    ),
    example(
      entryFile({ '    value: 101000000000': '      value: 101000000000' }),
      `${FILE}:9  kpis[0].value  lỗi: trường value thụt vào sâu hơn các trường cùng cấp (6 dấu cách thay vì 4)  — thẳng hàng với các trường cùng cấp: viết 4 dấu cách trước value:
       ${FILE}:9  kpis[0].value  error: value is indented further than the other fields at its level (6 spaces instead of 4)  — line it up with them: put 4 spaces before value:`,
    ),
    example(
      entryFile({ '  - metric: total_revenue': '- metric: total_revenue' }),
      `${FILE}:8  kpis[0]  lỗi: dấu “- ” của mục này không thẳng hàng với các mục khác của kpis (0 dấu cách phía trước thay vì 2)  — thẳng hàng mục này với các mục khác: viết 2 dấu cách trước “- ”, và các trường của mục thẳng cột với trường đầu tiên
       ${FILE}:8  kpis[0]  error: this item's “- ” is not lined up with the other items of kpis (0 spaces before it instead of 2)  — line this item up with the others: put 2 spaces before “- ”, and its fields in line with its first field`,
    ),
    example(
      entryFile({ 'kpis:\n': 'kpis: []\n' }),
      `${FILE}:7  kpis  lỗi: kpis: [] nghĩa là danh sách rỗng, nhưng các dòng dưới lại có mục  — xóa [] sau kpis:
       ${FILE}:7  kpis  error: kpis: [] says the list is empty, but items follow on the lines below  — delete [] after kpis:`,
    ),
    example(
      entryFile({ '  status: unreviewed': '\tstatus: unreviewed' }),
      `${FILE}:14  status  lỗi: dòng này thụt lề bằng phím Tab  — thay Tab bằng dấu cách (2 dấu cách cho mỗi bậc)
       ${FILE}:14  status  error: this line is indented with a Tab  — indent with spaces instead (2 spaces per level)`,
    ),
    example(
      entryFile({ 'province: son-la\n': 'province: son-la\nprovince: son-la\n' }),
      `${FILE}:4  province  lỗi: trường "province" xuất hiện hai lần  — giữ một dòng province:, xóa dòng còn lại
       ${FILE}:4  province  error: the field "province" appears twice  — keep one province: line and delete the other`,
    ),
  ],
});

/** The problem of a frontmatter YAML cannot read: its first syntax error, worded. */
export function yamlSyntaxFinding(error: YamlSyntaxError, split: SplitEntry): Finding {
  const f = describeYamlError(error, split);
  return { line: f.line, field: f.field, severity: 'error', rule: yamlSyntax.id, vi: f.vi, en: f.en };
}

type Schema = Parameters<typeof shapeOf>[0];

/** Every field name used below the top of an entry (in items and groups). */
function nestedKeys(schema: Schema, out = new Set<string>()): Set<string> {
  const inner = elementOf(schema) ?? schema;
  for (const [key, child] of Object.entries(shapeOf(inner) ?? {})) {
    out.add(key);
    nestedKeys(child, out);
  }
  return out;
}

/** The fields only an entry's top level has (province, kpis, review…): a stray one belongs at the left edge. */
let topLevelOnly: Set<string> | undefined;
const topLevelFields = (): Set<string> => {
  if (!topLevelOnly) {
    const nested = new Set<string>();
    for (const child of Object.values(shapeOf(entrySchema) ?? {})) nestedKeys(child, nested);
    topLevelOnly = new Set(Object.keys(shapeOf(entrySchema) ?? {}).filter((k) => !nested.has(k)));
  }
  return topLevelOnly;
};

export interface YamlFinding extends Bilingual {
  line: number;
  field: string;
}

const KEY_LINE = /^\s*(?:-\s+)?([A-Za-z_$][\w$-]*)\s*:(?:\s+(.*))?$/;

export function describeYamlError(error: YamlSyntaxError, split: SplitEntry): YamlFinding {
  // A list laid out wrongly: the parser's own words would point elsewhere and advise quoting.
  const quote = error.code === 'MISSING_CHAR' && /quote/.test(error.message);
  if (!quote && error.code !== 'TAB_AS_INDENT') {
    const layout = diagnoseLayout(split.yaml, split.yamlStartLine, topLevelFields());
    if (layout) return layout;
  }
  const lines = split.yaml.split('\n');
  const lineText = (fileLine: number): string => lines[fileLine - split.yamlStartLine] ?? '';
  let line = error.line;
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    // The parser notices a missing closing quote where the text ends; the quote was opened earlier.
    const opened = lines.findIndex((l) => (l.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1);
    if (opened >= 0) line = opened + split.yamlStartLine;
  }
  const m = KEY_LINE.exec(lineText(line));
  const key = m?.[1];
  const field = key ?? 'frontmatter';
  const at = { line, field };
  const here = (words: { what: InBoth; fix: InBoth }): YamlFinding => ({ ...at, ...bilingual(words) });
  const quoted = (k: string, rest: string): string =>
    `${k}: "${rest.trim().replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  // For a value that starts with a character YAML reserves: the line to write instead, when there is one.
  const inQuotes =
    key && m?.[2]
      ? {
          vi: `đặt giá trị trong ngoặc kép: ${quoted(key, m[2])}`,
          en: `put the value in double quotes: ${quoted(key, m[2])}`,
        }
      : { vi: 'đặt giá trị trong ngoặc kép', en: 'put the value in double quotes' };

  switch (error.code) {
    case 'DUPLICATE_KEY':
      return here({
        what: { vi: `trường "${key ?? '?'}" xuất hiện hai lần`, en: `the field "${key ?? '?'}" appears twice` },
        fix: {
          vi: `giữ một dòng ${key ?? ''}:, xóa dòng còn lại`,
          en: `keep one ${key ?? ''}: line and delete the other`,
        },
      });
    case 'TAB_AS_INDENT':
      return here({
        what: { vi: 'dòng này thụt lề bằng phím Tab', en: 'this line is indented with a Tab' },
        fix: {
          vi: 'thay Tab bằng dấu cách (2 dấu cách cho mỗi bậc)',
          en: 'indent with spaces instead (2 spaces per level)',
        },
      });
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const fix = key && m?.[2] ? quoted(key, m[2]) : 'title: "Sơn La: tổng kết năm 2023"';
      return here({
        what: {
          vi: 'giá trị có dấu “: ” nên YAML hiểu nhầm thành một trường mới',
          en: 'the value contains “: ”, which YAML reads as another field',
        },
        fix: { vi: `đặt cả giá trị trong ngoặc kép: ${fix}`, en: `put the whole value in double quotes: ${fix}` },
      });
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return here({
        what: {
          vi: 'dòng này thiếu dấu “: ” giữa tên trường và giá trị',
          en: 'this line lacks “: ” between the field name and its value',
        },
        fix: {
          vi: 'viết tên trường, dấu hai chấm, một dấu cách, rồi giá trị, như title: Tiêu đề',
          en: 'write the field name, a colon, a space, then the value, like title: Headline',
        },
      });
    case 'MISSING_CHAR':
      if (/quote/.test(error.message)) {
        return here({
          what: { vi: 'ngoặc kép mở mà không đóng', en: 'a double quote is opened but never closed' },
          fix: {
            vi: 'thêm dấu " ở cuối giá trị (dấu " bên trong giá trị viết là \\")',
            en: 'add a " at the end of the value (write a " inside the value as \\")',
          },
        });
      }
      return here(BAD_INDENT);
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return here(BAD_INDENT);
    case 'BAD_SCALAR_START':
      return here({
        what: {
          vi: 'giá trị bắt đầu bằng ký tự YAML dành riêng (@ hoặc `)',
          en: 'the value starts with a character YAML reserves (@ or `)',
        },
        fix: inQuotes,
      });
    case 'UNRESOLVED_ALIAS':
      return here({
        what: {
          vi: 'giá trị bắt đầu bằng * bị YAML hiểu là bí danh (alias)',
          en: 'a value starting with * is read by YAML as an alias',
        },
        fix: inQuotes,
      });
    default:
      return here({
        what: { vi: `lỗi cú pháp YAML (${error.message})`, en: `YAML syntax error (${error.message})` },
        fix: {
          vi: 'kiểm tra dòng này: thụt lề bằng dấu cách; giá trị có dấu “:”, “#” hoặc bắt đầu bằng ! & * @ thì đặt trong ngoặc kép',
          en: 'check this line: indent with spaces; put values containing “:” or “#”, or starting with ! & * @, in double quotes',
        },
      });
  }
}

/** Indentation that fits no level of the lines above: what YAML says for most slips of layout. */
const BAD_INDENT = {
  what: { vi: 'thụt lề không khớp với các dòng trên', en: 'the indentation does not match the lines above' },
  fix: {
    vi: 'các trường của cùng một mục phải thẳng cột với nhau; mỗi mục mới của danh sách bắt đầu bằng “- ”',
    en: 'fields of one item must line up; each new list item starts with “- ”',
  },
};
