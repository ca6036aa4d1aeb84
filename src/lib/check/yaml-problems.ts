/**
 * YAML syntax errors in the frontmatter, in words: which line, what YAML understood, how to write it.
 */
import type { SplitEntry, YamlSyntaxError } from './frontmatter.ts';
import { bilingual, type Bilingual } from './problem.ts';
import { entrySchema } from '../schema/entry.ts';
import { diagnoseLayout } from './yaml-layout.ts';
import { elementOf, shapeOf } from './zod-walk.ts';

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
      return {
        ...at,
        ...bilingual({
          what: { vi: `trường "${key ?? '?'}" xuất hiện hai lần`, en: `the field "${key ?? '?'}" appears twice` },
          fix: {
            vi: `giữ một dòng ${key ?? ''}:, xóa dòng còn lại`,
            en: `keep one ${key ?? ''}: line and delete the other`,
          },
        }),
      };
    case 'TAB_AS_INDENT':
      return {
        ...at,
        ...bilingual({
          what: { vi: 'dòng này thụt lề bằng phím Tab', en: 'this line is indented with a Tab' },
          fix: {
            vi: 'thay Tab bằng dấu cách (2 dấu cách cho mỗi bậc)',
            en: 'indent with spaces instead (2 spaces per level)',
          },
        }),
      };
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const fix = key && m?.[2] ? quoted(key, m[2]) : 'title: "Sơn La: tổng kết năm 2023"';
      return {
        ...at,
        ...bilingual({
          what: {
            vi: 'giá trị có dấu “: ” nên YAML hiểu nhầm thành một trường mới',
            en: 'the value contains “: ”, which YAML reads as another field',
          },
          fix: { vi: `đặt cả giá trị trong ngoặc kép: ${fix}`, en: `put the whole value in double quotes: ${fix}` },
        }),
      };
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        ...at,
        ...bilingual({
          what: {
            vi: 'dòng này thiếu dấu “: ” giữa tên trường và giá trị',
            en: 'this line lacks “: ” between the field name and its value',
          },
          fix: {
            vi: 'viết tên trường, dấu hai chấm, một dấu cách, rồi giá trị, như title: Tiêu đề',
            en: 'write the field name, a colon, a space, then the value, like title: Headline',
          },
        }),
      };
    case 'MISSING_CHAR':
      if (/quote/.test(error.message)) {
        return {
          ...at,
          ...bilingual({
            what: { vi: 'ngoặc kép mở mà không đóng', en: 'a double quote is opened but never closed' },
            fix: {
              vi: 'thêm dấu " ở cuối giá trị (dấu " bên trong giá trị viết là \\")',
              en: 'add a " at the end of the value (write a " inside the value as \\")',
            },
          }),
        };
      }
      return indentFinding(at);
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return indentFinding(at);
    case 'BAD_SCALAR_START':
      return {
        ...at,
        ...bilingual({
          what: {
            vi: 'giá trị bắt đầu bằng ký tự YAML dành riêng (@ hoặc `)',
            en: 'the value starts with a character YAML reserves (@ or `)',
          },
          fix: inQuotes,
        }),
      };
    case 'UNRESOLVED_ALIAS':
      return {
        ...at,
        ...bilingual({
          what: {
            vi: 'giá trị bắt đầu bằng * bị YAML hiểu là bí danh (alias)',
            en: 'a value starting with * is read by YAML as an alias',
          },
          fix: inQuotes,
        }),
      };
    default:
      return {
        ...at,
        ...bilingual({
          what: { vi: `lỗi cú pháp YAML (${error.message})`, en: `YAML syntax error (${error.message})` },
          fix: {
            vi: 'kiểm tra dòng này: thụt lề bằng dấu cách; giá trị có dấu “:”, “#” hoặc bắt đầu bằng ! & * @ thì đặt trong ngoặc kép',
            en: 'check this line: indent with spaces; put values containing “:” or “#”, or starting with ! & * @, in double quotes',
          },
        }),
      };
  }
}

function indentFinding(at: { line: number; field: string }): YamlFinding {
  return {
    ...at,
    ...bilingual({
      what: { vi: 'thụt lề không khớp với các dòng trên', en: 'the indentation does not match the lines above' },
      fix: {
        vi: 'các trường của cùng một mục phải thẳng cột với nhau; mỗi mục mới của danh sách bắt đầu bằng “- ”',
        en: 'fields of one item must line up; each new list item starts with “- ”',
      },
    }),
  };
}
