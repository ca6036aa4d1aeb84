/**
 * The text of a new, valid entry for `npm run new`: every field, each with a comment in Vietnamese
 * and English taken from the schema's own documentation, so the template never drifts from the schema.
 */
import { stringify } from 'yaml';
import { entrySchema, type EntryInput } from '../schema/entry.ts';
import { slugify } from '../text/fold.ts';
import { defaultTitle, inferYears } from '../check/conference.ts';
import { elementOf, schemaAt, shapeOf, unwrap } from '../check/zod-walk.ts';

export interface ScaffoldOptions {
  /** A province slug, or null for an entry whose province the article does not tell (`unassigned/`). */
  province: string | null;
  /** YYYY-MM-DD, already validated. */
  date: string;
  title?: string;
}

export interface Scaffold {
  /** Path inside the content folder: `son-la/2024-12-26-<slug>.mdx`. */
  relative: string;
  text: string;
  /** Set when the date is outside the year-end season and the years are a guess. */
  guessed: boolean;
}

/** A title the file name cannot be made from (no letter or digit at all), in the editor's words. */
export function titleWithoutLetters(title: string | undefined): boolean {
  return title !== undefined && title.trim() !== '' && slugify(title) === '';
}

const docOf = (path: (string | number)[]): { vi?: string; en?: string } => {
  const s = schemaAt(entrySchema, path);
  return s ? unwrap(s).doc : {};
};

/** `# vi` and `# en` comment lines for a field. */
function comment(path: (string | number)[], indent = ''): string[] {
  const d = docOf(path);
  return [d.vi, d.en].filter((t): t is string => Boolean(t)).map((t) => `${indent}# ${t}`);
}

/**
 * One YAML line `key: value`. Date-like text is quoted: unquoted, Astro's YAML reader turns it into
 * a date value, which text fields (reviewedAt, publishedAt) reject.
 */
export function yamlLine(key: string, value: unknown, indent = ''): string {
  return `${indent}${stringify({ [key]: value }, { lineWidth: 0, customTags: ['timestamp'] }).trimEnd()}`;
}

/** A value as it is written after `key: ` (flow style for lists and groups). */
export function yamlValue(value: unknown): string {
  return stringify(value, { lineWidth: 0, customTags: ['timestamp'], collectionStyle: 'flow' }).trim();
}

const line = yamlLine;

/** A commented-out example item of a list, built from each field's example (years set to `year`). */
function exampleItem(listPath: string[], year: number): string[] {
  const element = elementOf(schemaAt(entrySchema, listPath)!);
  const shape = element ? shapeOf(element) : undefined;
  if (!shape) return [];
  const out: string[] = [];
  let first = true;
  for (const [key, schema] of Object.entries(shape)) {
    const documented = unwrap(schema).doc.examples?.[0];
    if (documented === undefined) continue;
    // The example's own years follow the item's year ("… thi đua năm 2019" would contradict year: 2024).
    const ex =
      key === 'year'
        ? year
        : typeof documented === 'string'
          ? documented.replace(/\b(năm) \d{4}\b/g, `$1 ${year}`)
          : documented;
    out.push(`#   ${first ? '- ' : '  '}${line(key, ex).trimStart()}`);
    first = false;
  }
  return out;
}

/**
 * Why an entry made by `npm run new` needs review: a person typed it, and nobody has yet checked it against the
 * article (the ingest's entries say what they doubt; a hand-written one could hold any slip).
 */
export const HAND_WRITTEN_WARNING = [
  '    - field: kpis',
  '      message: Bài viết tay (npm run new), chưa ai đối chiếu với bài gốc. Kiểm tra từng số liệu, khen thưởng và tên người với bài, rồi xóa cảnh báo này.',
  '      messageEn: Written by hand (npm run new) and not yet checked against the article. Check each figure, award and name against it, then remove this warning.',
];

export function scaffoldEntry(options: ScaffoldOptions): Scaffold {
  const years = inferYears(options.date);
  const title = options.title?.trim() || defaultTitle(options.province, options.date, years);
  const folder = options.province ?? 'unassigned';
  const data = {
    title,
    province: options.province,
    reportYear: years.reportYear,
    planYear: years.planYear,
    eventDate: options.date,
    eventKind: years.eventKind,
  } satisfies Partial<EntryInput>;
  const out: string[] = ['---'];
  const field = (key: keyof EntryInput, value: unknown): void => {
    out.push(...comment([key]), line(key, value));
  };
  field('title', data.title);
  field('province', data.province);
  field('reportYear', data.reportYear);
  field('planYear', data.planYear);
  field('eventDate', data.eventDate);
  field('eventKind', data.eventKind);
  const list = (key: 'kpis' | 'targets' | 'serviceGrowth' | 'awards' | 'people', tableId: string): void => {
    out.push(...comment([key]), `${key}: []`);
    out.push(`#   Ví dụ một mục: thay [] ở trên bằng các dòng dưới, bỏ dấu # đầu dòng — docs/editing.md#${tableId}`);
    out.push(
      `#   Example item: replace the [] above with the lines below, without the leading # — docs/editing.en.md#${tableId}`,
    );
    out.push(...exampleItem([key], key === 'targets' ? years.planYear : years.reportYear));
  };
  list('kpis', 'figure');
  list('targets', 'figure');
  list('serviceGrowth', 'service-growth');
  list('awards', 'award');
  list('people', 'person');
  out.push(...comment(['source']), 'source: {}');
  out.push('#   Ví dụ: thay {} ở trên bằng các dòng dưới, bỏ dấu # đầu dòng — docs/editing.md#source');
  out.push('#   Example: replace the {} above with the lines below, without the leading # — docs/editing.en.md#source');
  out.push('#   url: https://baosonla.vn/…', '#   publisher: baosonla.vn', '#   publishedAt: "2024-12-27"');
  out.push(...comment(['review']), 'review:');
  out.push(...comment(['review', 'status'], '  '), '  status: needs-review');
  out.push(...comment(['review', 'warnings'], '  '), '  warnings:', ...HAND_WRITTEN_WARNING);
  out.push(...comment(['review', 'reviewedBy'], '  '), '  # reviewedBy: Nguyễn Văn A');
  out.push(...comment(['review', 'reviewedAt'], '  '), '  # reviewedAt: "2025-01-15"');
  out.push(...comment(['draft']), 'draft: true');
  out.push('---');
  out.push(
    '{/* Dán nội dung bài viết vào đây, mỗi đoạn cách nhau một dòng trống; chú thích ảnh viết *nghiêng*. Xóa dòng này. */}',
  );
  out.push(
    '{/* Paste the article text here, one blank line between paragraphs; photo captions in *italics*. Delete this line. */}',
  );
  out.push('');
  const name = `${options.date}-${slugify(title, 60)}.mdx`;
  return { relative: `${folder}/${name}`, text: out.join('\n'), guessed: years.guessed };
}
