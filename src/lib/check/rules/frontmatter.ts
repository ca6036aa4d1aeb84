/**
 * Rules about the frontmatter as a whole: that it is there, closed, at the top of the file and a set of
 * fields; values that YAML cuts short at a " #"; and fields the model does not have (often misspelt).
 */
import { entrySchema } from '../../schema/entry.ts';
import type { CutComment, SplitEntry } from '../frontmatter.ts';
import { fieldName, type Finding } from '../problem.ts';
import { defineRule, example, finding } from '../rule.ts';
import { closest } from '../suggest.ts';
import { unknownFields, valueAt } from '../zod-walk.ts';
import { ENTRY, entryFile, FILE } from './example-entry.ts';

const BODY = 'Năm 2023, Bưu điện tỉnh Sơn La có doanh thu đạt trên 101 tỷ đồng.\n';

export const noFrontmatter = defineRule({
  id: 'no-frontmatter',
  severity: 'error',
  describes: {
    vi: 'Tệp bắt đầu bằng phần thông tin đầu (frontmatter) giữa hai dòng ---.',
    en: 'The file starts with its frontmatter between two --- lines.',
  },
  good: [entryFile()],
  bad: [
    example(
      { files: { [FILE]: BODY } },
      `${FILE}:1  frontmatter  lỗi: tệp không có phần thông tin đầu (frontmatter) giữa hai dòng ---  — bắt đầu tệp bằng một dòng ---, các trường, rồi một dòng --- (npm run new tạo sẵn tệp mẫu)
       ${FILE}:1  frontmatter  error: the file has no frontmatter between two --- lines  — start the file with a --- line, the fields, then another --- line (npm run new writes a template)`,
    ),
  ],
});

export const unclosedFrontmatter = defineRule({
  id: 'unclosed-frontmatter',
  severity: 'error',
  describes: {
    vi: 'Phần frontmatter mở bằng --- thì có một dòng --- đóng.',
    en: 'A frontmatter opened with --- is closed by another --- line.',
  },
  good: [entryFile()],
  bad: [
    example(
      { files: { [FILE]: `${ENTRY.slice(0, ENTRY.lastIndexOf('---\n'))}${BODY}` } },
      `${FILE}:1  frontmatter  lỗi: phần frontmatter mở bằng --- nhưng không có dòng --- đóng  — thêm một dòng --- ngay sau trường cuối cùng
       ${FILE}:1  frontmatter  error: the frontmatter opens with --- but no closing --- line follows  — add a --- line right after the last field`,
    ),
  ],
});

export const leadingBlankLines = defineRule({
  id: 'leading-blank-lines',
  severity: 'error',
  describes: {
    vi: 'Không có dòng trống trước dòng --- mở đầu (trình dịch MDX khi đó đọc frontmatter như văn bản).',
    en: 'No blank line comes before the opening --- (the MDX compiler would then read the frontmatter as text).',
  },
  good: [entryFile()],
  bad: [
    example(
      { files: { [FILE]: `\n\n${ENTRY}` } },
      `${FILE}:1  frontmatter  lỗi: có dòng trống trước dòng --- mở đầu  — xóa các dòng trống để tệp bắt đầu ngay bằng ---
       ${FILE}:1  frontmatter  error: there are blank lines before the opening ---  — delete them so the file starts with ---`,
    ),
  ],
});

export const notAMap = defineRule({
  id: 'not-a-map',
  severity: 'error',
  describes: {
    vi: 'Frontmatter là các trường “tên: giá trị”, không phải một danh sách hay một câu.',
    en: 'The frontmatter is a set of “name: value” fields, not a list or a sentence.',
  },
  good: [entryFile()],
  bad: [
    example(
      { files: { [FILE]: `---\n- Bưu điện tỉnh Sơn La\n- 2023\n---\n${BODY}` } },
      `${FILE}:2  frontmatter  lỗi: frontmatter không phải danh sách các trường “tên: giá trị”  — mỗi dòng viết tên trường, dấu hai chấm, một dấu cách, rồi giá trị (xem npm run new)
       ${FILE}:2  frontmatter  error: the frontmatter is not a set of “name: value” fields  — write one field per line: the name, a colon, a space, the value (see npm run new)`,
    ),
  ],
});

export const cutByComment = defineRule({
  id: 'cut-by-comment',
  severity: 'warning',
  describes: {
    vi: 'Giá trị không bị cắt cụt bởi dấu # dính liền với chữ, thứ YAML coi là mở đầu một ghi chú.',
    en: 'No value is cut short by a # glued to text, which YAML takes for the start of a comment.',
  },
  good: [entryFile({ 'province: son-la': 'province: son-la # Sơn La' })],
  bad: [
    example(
      entryFile({
        'title: Bưu điện tỉnh Sơn La tổng kết năm 2023': 'title: Bưu điện tỉnh Sơn La xếp hạng #1 năm 2023',
      }),
      `${FILE}:2  title  cảnh báo: phần “#1 năm 2023” bị YAML bỏ đi như một ghi chú; giá trị chỉ còn "Bưu điện tỉnh Sơn La xếp hạng"  — đặt cả giá trị trong ngoặc kép
       ${FILE}:2  title  warning: “#1 năm 2023” is dropped by YAML as a comment; the value is only "Bưu điện tỉnh Sơn La xếp hạng"  — put the whole value in double quotes`,
    ),
  ],
});

export const unknownField = defineRule({
  id: 'unknown-field',
  severity: 'error',
  describes: {
    vi: 'Mọi trường đều có trong mẫu bài (trường lạ làm việc dựng trang thất bại); tên gõ sai được gợi ý tên đúng.',
    en: 'Every field is one the model has (an unknown field stops the build); a misspelt name gets the right one.',
  },
  good: [entryFile({ 'title:': '$schema: ../../../.astro/collections/articles.schema.json\ntitle:' })],
  bad: [
    example(
      entryFile({ 'planYear: 2024': 'planyear: 2024' }),
      `${FILE}:5  planyear  lỗi: không có trường "planyear" trong mẫu; trường lạ làm việc dựng trang thất bại  — có lẽ là "planYear": sửa tên trường
       ${FILE}:5  planyear  error: there is no field "planyear"; an unknown field stops the site from building  — perhaps "planYear": rename the field`,
    ),
    example(
      entryFile({ '    value: 101000000000': '    valeu: 101000000000' }),
      `${FILE}:9  kpis[0].valeu  lỗi: không có trường "valeu" trong mẫu; trường lạ làm việc dựng trang thất bại  — có lẽ là "value": sửa tên trường
       ${FILE}:9  kpis[0].valeu  error: there is no field "valeu"; an unknown field stops the site from building  — perhaps "value": rename the field`,
    ),
    example(
      entryFile({ 'province: son-la\n': 'province: son-la\nprovinces: son-la\n' }),
      `${FILE}:4  provinces  lỗi: không có trường "provinces" trong mẫu; trường lạ làm việc dựng trang thất bại  — đã có "province": xóa dòng này
       ${FILE}:4  provinces  error: there is no field "provinces"; an unknown field stops the site from building  — "province" is already there: delete this line`,
    ),
    example(
      entryFile({ 'review:': 'tinh: Sơn La\nreview:' }),
      `${FILE}:13  tinh  lỗi: không có trường "tinh" trong mẫu; trường lạ làm việc dựng trang thất bại  — xóa dòng này, hoặc dùng một trường có trong docs/editing.md
       ${FILE}:13  tinh  error: there is no field "tinh"; an unknown field stops the site from building  — delete the line, or use a field listed in docs/editing.en.md`,
    ),
  ],
});

export const FRONTMATTER_RULES = [
  noFrontmatter,
  unclosedFrontmatter,
  leadingBlankLines,
  notAMap,
  cutByComment,
  unknownField,
] as const;

// ---------------------------------------------------------------------------------------------

/** A frontmatter that is missing, unclosed or not at the very top; null when it is where it belongs. */
export function frontmatterPlaceFinding(split: SplitEntry): Finding | null {
  if (split.frontmatter === 'missing') {
    return finding(noFrontmatter, 1, 'frontmatter', {
      what: {
        vi: 'tệp không có phần thông tin đầu (frontmatter) giữa hai dòng ---',
        en: 'the file has no frontmatter between two --- lines',
      },
      fix: {
        vi: 'bắt đầu tệp bằng một dòng ---, các trường, rồi một dòng --- (npm run new tạo sẵn tệp mẫu)',
        en: 'start the file with a --- line, the fields, then another --- line (npm run new writes a template)',
      },
    });
  }
  if (split.frontmatter === 'unclosed') {
    return finding(unclosedFrontmatter, split.yamlStartLine - 1, 'frontmatter', {
      what: {
        vi: 'phần frontmatter mở bằng --- nhưng không có dòng --- đóng',
        en: 'the frontmatter opens with --- but no closing --- line follows',
      },
      fix: { vi: 'thêm một dòng --- ngay sau trường cuối cùng', en: 'add a --- line right after the last field' },
    });
  }
  if (split.frontmatter === 'after-blank-lines') {
    return finding(leadingBlankLines, 1, 'frontmatter', {
      what: { vi: 'có dòng trống trước dòng --- mở đầu', en: 'there are blank lines before the opening ---' },
      fix: { vi: 'xóa các dòng trống để tệp bắt đầu ngay bằng ---', en: 'delete them so the file starts with ---' },
    });
  }
  return null;
}

/** YAML that parsed, but to a list or a lone value instead of fields. */
export function notAMapFinding(split: SplitEntry): Finding {
  return finding(notAMap, split.yamlStartLine, 'frontmatter', {
    what: {
      vi: 'frontmatter không phải danh sách các trường “tên: giá trị”',
      en: 'the frontmatter is not a set of “name: value” fields',
    },
    fix: {
      vi: 'mỗi dòng viết tên trường, dấu hai chấm, một dấu cách, rồi giá trị (xem npm run new)',
      en: 'write one field per line: the name, a colon, a space, the value (see npm run new)',
    },
  });
}

export function cutCommentFinding(cut: CutComment): Finding {
  return finding(cutByComment, cut.line, fieldName(cut.path), {
    what: {
      vi: `phần “#${cut.dropped}” bị YAML bỏ đi như một ghi chú; giá trị chỉ còn "${cut.kept}"`,
      en: `“#${cut.dropped}” is dropped by YAML as a comment; the value is only "${cut.kept}"`,
    },
    fix: { vi: 'đặt cả giá trị trong ngoặc kép', en: 'put the whole value in double quotes' },
  });
}

/** Astro's own editor integration may add `$schema`; it is harmless. */
const ALLOWED_EXTRA_KEYS = ['$schema'];

/**
 * Fields the schema does not define, each with the name meant when one is close. `renamed` holds the fields
 * those names stand for: a misspelt required field ("titel") is one mistake, so its "is missing" is not said.
 */
export function unknownFieldFindings(
  data: Record<string, unknown>,
  lineOf: (p: readonly PropertyKey[]) => number,
): { findings: Finding[]; renamed: Set<string> } {
  const renamed = new Set<string>();
  const loose = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');
  const findings = unknownFields(entrySchema, data, [], ALLOWED_EXTRA_KEYS).map((u): Finding => {
    const key = String(u.path.at(-1));
    const siblings = valueAt(data, u.path.slice(0, -1)) as object;
    const guess = closest(
      key,
      u.known.filter((k) => !(k in siblings)),
      loose,
    );
    const present = guess ? undefined : closest(key, u.known, loose);
    if (guess) renamed.add(fieldName([...u.path.slice(0, -1), guess]));
    return finding(unknownField, lineOf(u.path), fieldName(u.path), {
      what: {
        vi: `không có trường "${key}" trong mẫu; trường lạ làm việc dựng trang thất bại`,
        en: `there is no field "${key}"; an unknown field stops the site from building`,
      },
      fix: guess
        ? { vi: `có lẽ là "${guess}": sửa tên trường`, en: `perhaps "${guess}": rename the field` }
        : present
          ? { vi: `đã có "${present}": xóa dòng này`, en: `"${present}" is already there: delete this line` }
          : {
              vi: 'xóa dòng này, hoặc dùng một trường có trong docs/editing.md',
              en: 'delete the line, or use a field listed in docs/editing.en.md',
            },
    });
  });
  return { findings, renamed };
}
