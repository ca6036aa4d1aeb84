/**
 * Every check that needs only one file: text in, problems out. No file system, no Astro.
 */
import type { Entry } from '../schema/entry.ts';
import type { Encoding } from './encoding.ts';
import { parseFrontmatter, splitEntry } from './frontmatter.ts';
import { checkBody, type BodyResult } from './mdx-body.ts';
import {
  bilingual,
  fieldName,
  onePerField,
  type Bilingual,
  type Finding,
  type Problem,
  type Severity,
} from './problem.ts';
import { containsQuote, searchable, type SearchableText } from './quotes.ts';
import { encodingProblem, fileNameFinding, notUtf8, placementFindings } from './rules/files.ts';
import {
  cutCommentFinding,
  frontmatterPlaceFinding,
  notAMapFinding,
  unknownFieldFindings,
} from './rules/frontmatter.ts';
import { checkAwardWording } from './rules/awards.ts';
import { checkEventDate, dateYears, shiftedDateFinding } from './rules/dates.ts';
import { checkFigures, resultYear } from './rules/figures.ts';
import { checkProvince } from './rules/province.ts';
import { reviewFindings } from './rules/review.ts';
import { checkSchema, required } from './rules/schema.ts';
import { valueQuote } from './rules/value-quote.ts';
import { yamlSyntaxFinding } from './rules/yaml-syntax.ts';
import { isoDay } from './values.ts';
import { valueAt } from './zod-walk.ts';

export interface EntryFile {
  /** The path shown in messages (relative to the working folder, forward slashes). */
  file: string;
  /** The path inside the content folder (`son-la/2023-12-27-x.mdx`), for folder and name rules. */
  relative: string;
  text: string;
  /** How the bytes decoded (files-fs.ts); absent when the text did not come from a file. */
  encoding?: Encoding;
  /** For `not-utf-8`: the line of the first stray byte. */
  badLine?: number;
}

export interface EntryCheck {
  file: string;
  relative: string;
  problems: Problem[];
  /** The parsed entry when the frontmatter passed the schema. */
  entry: Entry | null;
  /** The frontmatter as plain data (even when invalid), for checks across files. */
  data: Record<string, unknown> | null;
  lineOf(path: readonly PropertyKey[]): number;
}

/** Lists whose items carry a `quote` that must be found in the article. */
const QUOTED_LISTS = ['kpis', 'targets', 'serviceGrowth', 'awards'] as const;

export function checkEntry(input: EntryFile): EntryCheck {
  const problems: Problem[] = [];
  const add = (line: number, field: string, severity: Severity, rule: string, words: Bilingual): void => {
    problems.push({ file: input.file, line, field, severity, rule, vi: words.vi, en: words.en });
  };
  const report = (finding: Finding): void => {
    problems.push({ file: input.file, ...finding });
  };

  // A file in the wrong encoding: every other message would be about garbled text.
  const encoding = input.encoding
    ? encodingProblem({
        text: input.text,
        encoding: input.encoding,
        ...(input.badLine ? { badLine: input.badLine } : {}),
      })
    : null;
  if (encoding) {
    add(1, 'file', 'error', notUtf8.id, encoding);
    return { file: input.file, relative: input.relative, problems, entry: null, data: null, lineOf: () => 1 };
  }

  const name = fileNameFinding(input.relative);
  if (name) report(name);

  const split = splitEntry(input.text);
  let lineOf: (path: readonly PropertyKey[]) => number = () => 1;
  let data: Record<string, unknown> | null = null;
  let entry: Entry | null = null;

  const place = frontmatterPlaceFinding(split);
  if (place) report(place);
  if (split.frontmatter !== 'missing' && split.frontmatter !== 'unclosed') {
    const fm = parseFrontmatter(split);
    lineOf = fm.lineOf;
    const firstError = fm.errors[0];
    if (firstError) {
      report(yamlSyntaxFinding(firstError, split));
    } else if (fm.data === null || typeof fm.data !== 'object' || Array.isArray(fm.data)) {
      report(notAMapFinding(split));
    } else {
      data = fm.data as Record<string, unknown>;
      for (const cut of fm.cutComments) report(cutCommentFinding(cut));
      for (const d of fm.shiftedDates) report(shiftedDateFinding(d));
      entry = checkFrontmatter(data, lineOf, add, report, new Set(fm.shiftedDates.map((d) => fieldName(d.path))));
    }
  }

  const bodySource =
    split.frontmatter === 'missing' || split.frontmatter === 'unclosed'
      ? input.text
      : input.text.split(/\r?\n/).slice(split.closingLine).join('\n');
  const body = checkBody(input.text, bodySource, input.relative.endsWith('.md') ? 'md' : 'mdx');
  for (const f of body.findings) add(f.line, 'body', f.severity, f.rule, f);
  if (data && body.compiles) checkQuotes(data, body, lineOf, split.closingLine + 1, add);
  if (entry) for (const f of placementFindings(input.relative, entry, lineOf)) report(f);
  // A quote that is not in the article says nothing about its value: that mistake is the quote's.
  const unquoted = new Set(
    problems.filter((p) => p.rule === 'quote-not-found').map((p) => p.field.replace(/\.quote$/, '.value')),
  );
  // A date that does not fit the years puts the years in doubt: no "result for a later year" on top.
  const yearsInDoubt = problems.some((p) => p.rule === dateYears.id && p.severity === 'error');
  const kept = problems.filter(
    (p) => !(p.rule === valueQuote.id && unquoted.has(p.field)) && !(yearsInDoubt && p.rule === resultYear.id),
  );
  // One mistake, one problem: a field's first error stands for what follows from it.
  return { file: input.file, relative: input.relative, problems: onePerField(kept), entry, data, lineOf };
}

type Add = (line: number, field: string, severity: Severity, rule: string, words: Bilingual) => void;

function checkFrontmatter(
  data: Record<string, unknown>,
  lineOf: (p: readonly PropertyKey[]) => number,
  add: Add,
  report: (f: Finding) => void,
  reported: ReadonlySet<string>,
): Entry | null {
  const { entry, findings } = checkSchema(data);
  // A misspelt required field ("titel") is one mistake: say "rename it", not also "title is missing".
  const unknown = unknownFieldFindings(data, lineOf);
  for (const f of findings) {
    if (f.rule === required.id && unknown.renamed.has(fieldName(f.path))) continue;
    if (reported.has(fieldName(f.path))) continue;
    add(lineOf(f.path), fieldName(f.path), 'error', f.rule, f);
  }

  for (const f of unknown.findings) report(f);

  if (!reported.has('eventDate')) {
    const date = checkEventDate(data);
    if (date) add(lineOf(['eventDate']), 'eventDate', date.severity, date.rule, date);
  }

  const province = checkProvince(data.province, isoDay(data.eventDate), data.reportYear);
  if (province) add(lineOf(['province']), 'province', 'error', province.rule, province);

  const awards = Array.isArray(data.awards) ? data.awards : [];
  awards.forEach((a, i) => {
    if (a === null || typeof a !== 'object') return;
    for (const f of checkAwardWording(a as Record<string, unknown>))
      add(lineOf(['awards', i, f.field]), fieldName(['awards', i, f.field]), 'error', f.rule, f);
  });

  for (const f of reviewFindings(data.review, lineOf)) report(f);

  if (entry) {
    for (const f of checkFigures(entry)) add(lineOf(f.path), fieldName(f.path), f.severity, f.rule, f);
  }
  return entry;
}

function checkQuotes(
  data: Record<string, unknown>,
  body: BodyResult,
  lineOf: (p: readonly PropertyKey[]) => number,
  bodyLine: number,
  add: Add,
): void {
  const quoted: { path: (string | number)[]; quote: string; severity: Severity }[] = [];
  for (const list of QUOTED_LISTS) {
    const items = data[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      const q = (item as Record<string, unknown> | null)?.quote;
      if (typeof q === 'string' && q.trim()) quoted.push({ path: [list, i, 'quote'], quote: q, severity: 'error' });
    });
  }
  // A review warning's phrase helps the reviewer find the spot; a miss there does not block publishing.
  const warnings = valueAt(data, ['review', 'warnings']);
  if (Array.isArray(warnings)) {
    warnings.forEach((w, i) => {
      const q = (w as Record<string, unknown> | null)?.quote;
      if (typeof q === 'string' && q.trim())
        quoted.push({ path: ['review', 'warnings', i, 'quote'], quote: q, severity: 'warning' });
    });
  }
  if (!body.source.trim()) {
    if (quoted.length > 0) {
      add(
        bodyLine,
        'body',
        'error',
        'empty-body',
        bilingual({
          what: {
            vi: 'bài chưa có nội dung nên không kiểm tra được các câu trích',
            en: 'the article text is missing, so the quotes cannot be checked',
          },
          fix: {
            vi: 'dán nội dung bài viết vào dưới dòng --- thứ hai',
            en: 'paste the article text below the second --- line',
          },
        }),
      );
    }
    return;
  }
  // Word for word in the source first; the parsed text (escapes resolved) only for what is left.
  const source = searchable(body.source);
  let text: SearchableText | undefined;
  for (const q of quoted) {
    if (containsQuote(source, q.quote) || containsQuote((text ??= searchable(body.text())), q.quote)) continue;
    const short = q.quote.length > 70 ? `${q.quote.slice(0, 67)}…` : q.quote;
    add(
      lineOf(q.path),
      fieldName(q.path),
      q.severity,
      'quote-not-found',
      bilingual({
        what: {
          vi: `câu trích "${short}" không có trong nội dung bài`,
          en: `the quote "${short}" is not in the article text`,
        },
        fix: {
          vi: 'chép nguyên văn từ bài (có thể dùng … để lược bớt), hoặc sửa lại nội dung bài',
          en: 'copy it word for word from the article (… may stand for words left out), or correct the article text',
        },
      }),
    );
  }
}
