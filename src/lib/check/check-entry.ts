/**
 * Every check that needs only one file: text in, problems out. No file system, no Astro.
 */
import type { Entry } from '../schema/entry.ts';
import { parseFrontmatter, readPastErrors, splitEntry, type ParsedFrontmatter } from './frontmatter.ts';
import type { EntryFile } from './input.ts';
import { checkBody } from './mdx-body.ts';
import { fieldName, onePerField, type Bilingual, type Finding, type Problem, type Severity } from './problem.ts';
import { checkAwardWording } from './rules/awards.ts';
import { unsafeBodyFindings } from './rules/body.ts';
import { checkEventDate, dateYears, shiftedDateFinding } from './rules/dates.ts';
import { checkFigures, figureLists, resultYear } from './rules/figures.ts';
import { encodingProblem, fileNameFinding, notUtf8, placementFindings } from './rules/files.ts';
import {
  cutCommentFinding,
  frontmatterPlaceFinding,
  notAMapFinding,
  unknownFieldFindings,
} from './rules/frontmatter.ts';
import { checkProvince } from './rules/province.ts';
import { quoteFindings, quoteNotFound } from './rules/quotes.ts';
import { reviewFindings } from './rules/review.ts';
import { checkSchema, required } from './rules/schema.ts';
import { valueQuote } from './rules/value-quote.ts';
import { yamlSyntax, yamlSyntaxFinding } from './rules/yaml-syntax.ts';
import { isoDay } from './values.ts';

export type { EntryFile };

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
  /** After a syntax error, the top-level fields whose lines were left out to read the rest. */
  let untrusted = new Set<string>();

  const readData = (fm: ParsedFrontmatter): void => {
    lineOf = fm.lineOf;
    data = fm.data as Record<string, unknown>;
    for (const cut of fm.cutComments) report(cutCommentFinding(cut));
    for (const d of fm.shiftedDates) report(shiftedDateFinding(d));
    entry = checkFrontmatter(data, lineOf, add, report, new Set(fm.shiftedDates.map((d) => fieldName(d.path))));
  };

  const place = frontmatterPlaceFinding(split);
  if (place) report(place);
  if (split.frontmatter !== 'missing' && split.frontmatter !== 'unclosed') {
    const fm = parseFrontmatter(split);
    lineOf = fm.lineOf;
    if (fm.errors.length > 0) {
      // Each syntax error, then the rest of the frontmatter, read without their lines.
      const past = readPastErrors(split, fm);
      for (const r of past.rounds) report(yamlSyntaxFinding(r.error, r.split));
      if (past.recovered) {
        untrusted = past.touched;
        readData(past.recovered);
        // An entry read with lines left out is no entry the site could load: only its problems count.
        entry = null;
      }
    } else if (fm.data === null || typeof fm.data !== 'object' || Array.isArray(fm.data)) {
      report(notAMapFinding(split));
    } else {
      readData(fm);
    }
  }

  const bodySource =
    split.frontmatter === 'missing' || split.frontmatter === 'unclosed'
      ? input.text
      : input.text.split(/\r?\n/).slice(split.closingLine).join('\n');
  const body = checkBody(input.text, bodySource, input.relative.endsWith('.md') ? 'md' : 'mdx');
  for (const f of body.findings) report(f);
  if (body.compiles) for (const f of unsafeBodyFindings(input.file, input.text, bodySource)) report(f);
  if (data && body.compiles) for (const f of quoteFindings(data, body, lineOf, split.closingLine + 1)) report(f);
  if (entry) for (const f of placementFindings(input.relative, entry, lineOf)) report(f);
  // A quote that is not in the article says nothing about its value: that mistake is the quote's.
  const unquoted = new Set(
    problems.filter((p) => p.rule === quoteNotFound.id).map((p) => p.field.replace(/\.quote$/, '.value')),
  );
  // A date that does not fit the years puts the years in doubt: no "result for a later year" on top.
  const yearsInDoubt = problems.some((p) => p.rule === dateYears.id && p.severity === 'error');
  const kept = problems.filter(
    (p) =>
      !(p.rule === valueQuote.id && unquoted.has(p.field)) &&
      !(yearsInDoubt && p.rule === resultYear.id) &&
      !(p.rule !== yamlSyntax.id && untrusted.has(topKey(p.field))),
  );
  // One mistake, one problem: a field's first error stands for what follows from it.
  return { file: input.file, relative: input.relative, problems: onePerField(kept), entry, data, lineOf };
}

/** The top-level field a problem is on: `kpis` for `kpis[3].value`. */
const topKey = (field: string): string => /^[^.[]*/.exec(field)![0];

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

  // A figure's own problems (a value that does not match its quote) show even when the entry fails elsewhere.
  for (const f of checkFigures(entry ?? figureLists(data)))
    add(lineOf(f.path), fieldName(f.path), f.severity, f.rule, f);
  return entry;
}
