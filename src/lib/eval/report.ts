/**
 * The measurement as text: the issue's table (one row per group and a total), one line per article,
 * and the detail of one article (every missed, extra and wrong fact with its quote).
 */
import type { AwardFact, FigureFact, PercentFact } from './facts.ts';
import {
  prf,
  type ArticleScore,
  type EntityScore,
  type GroupScore,
  type Listed,
  type Outcome,
  type Tally,
  type WrongFigure,
} from './score.ts';

const f2 = (x: number | null): string => (x === null ? '–' : x.toFixed(2));
export const f1Cell = (t: Tally): string => f2(prf(t).f1);

/** "18/18", "17/18 (1 null+warning)", "16/18 (1 null+warning, 1 wrong)". */
export function outcomeCell(o: Record<Outcome, number>): string {
  const total = o.right + o.warned + o.wrong;
  const notes = [...(o.warned > 0 ? [`${o.warned} null+warning`] : []), ...(o.wrong > 0 ? [`${o.wrong} wrong`] : [])];
  return `${o.right}/${total}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

function markdownTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The issue's table. */
export function groupTable(groups: readonly GroupScore[]): string {
  return markdownTable(
    [
      '',
      'real articles',
      'core figures F1',
      '% of plan and change F1',
      'awards F1',
      'province',
      'report year',
      'wrong amounts with no warning',
      'extra figures',
    ],
    groups.map((g) => [
      g.name,
      g.entities === g.articles ? String(g.articles) : `${g.articles} (${g.entities} entries)`,
      f1Cell(g.core),
      f1Cell(g.percent),
      f1Cell(g.awards),
      outcomeCell(g.province),
      outcomeCell(g.reportYear),
      String(g.silentWrong),
      String(g.extraFigures),
    ]),
  );
}

/** Precision and recall behind each F1 of the table. */
export function prfTable(groups: readonly GroupScore[]): string {
  const cell = (t: Tally): string => {
    const p = prf(t);
    return `P ${f2(p.precision)} R ${f2(p.recall)} (${t.tp} matched, ${t.fp} unmatched output, ${t.fn} missed)`;
  };
  return markdownTable(
    ['', 'core figures', '% of plan and change', 'awards', 'other figures'],
    groups.map((g) => [g.name, cell(g.core), cell(g.percent), cell(g.awards), cell(g.otherFigures)]),
  );
}

const matchedOf = (t: Tally): string => `${t.tp}/${t.tp + t.fn}${t.fp > 0 ? ` +${t.fp}` : ''}`;
const mark = (o: Outcome): string => (o === 'right' ? 'ok' : o === 'warned' ? 'null+warning' : 'WRONG');

/** One line per article (per entry of a two-province article): matched/gold and +extra. */
export function articleTable(articles: readonly ArticleScore[]): string {
  const rows = articles.flatMap((a) =>
    a.entities.map((e, i) => [
      a.entities.length > 1 ? `${a.id} (${i + 1})` : a.id,
      `${e.outProvince ?? 'null'} ${mark(e.province)}`,
      `${e.outReportYear ?? 'null'} ${mark(e.reportYear)}`,
      matchedOf(e.core),
      matchedOf(e.percent),
      matchedOf(e.awards),
      String(e.figures.wrong.filter((w) => !w.warned).length),
      String(e.figures.extra.length),
      a.noOutput ? 'no output' : (a.error ?? ''),
    ]),
  );
  return markdownTable(
    ['article', 'province', 'report year', 'core', '%', 'awards', 'silent wrong', 'extra figures', ''],
    rows,
  );
}

const num = (v: number): string => (Math.abs(v) >= 1e5 ? v.toLocaleString('en-US') : String(v));
export const figureText = (f: FigureFact): string =>
  `${f.kind} ${f.metric} ${num(f.value)} (${f.year ?? 'no year'}) — “${f.quote}”`;
export const percentText = (p: PercentFact): string => `${p.kind} ${p.metric} ${p.role} ${p.value}% — “${p.quote}”`;
export const awardText = (a: AwardFact): string =>
  `${a.kinds.join(' / ')} from ${a.levels.join(' / ')}: ${a.label} — “${a.quote}”`;
/** A missed or extra fact, with why it may be so. */
const listedText =
  <T>(text: (fact: T) => string) =>
  (l: Listed<T>): string =>
    l.hint ? `${text(l.fact)} [${l.hint}]` : text(l.fact);
/** A wrong figure and the gold's. */
const wrongText = (w: WrongFigure): string =>
  `wrong ${w.reason}: ${figureText(w.figure)}; gold: ${w.expected.map((g) => `${g.kind} ${num(g.value)} (${g.year ?? 'no year'})`).join(', ')}`;

function entityDetail(e: EntityScore): string[] {
  const out: string[] = [];
  out.push(`  province: ${e.outProvince ?? 'null'} (gold ${e.goldProvince ?? 'null'}) ${mark(e.province)}`);
  out.push(`  report year: ${e.outReportYear ?? 'null'} (gold ${e.goldReportYear ?? 'null'}) ${mark(e.reportYear)}`);
  if (!e.hasEntry) out.push('  (no output entry for this province)');
  out.push(
    `  core figures ${matchedOf(e.core)}, other figures ${matchedOf(e.otherFigures)}, % ${matchedOf(e.percent)}, awards ${matchedOf(e.awards)}`,
  );
  const section = (title: string, lines: string[]): void => {
    if (lines.length === 0) return;
    out.push(`  ${title}:`);
    for (const l of lines) out.push(`    - ${l}`);
  };
  section(
    'wrong figures',
    e.figures.wrong.map((w) => `${w.warned ? 'warned' : 'NO WARNING'}, ${wrongText(w)}`),
  );
  section('missed figures', e.figures.missed.map(listedText(figureText)));
  section('extra figures', e.figures.extra.map(listedText(figureText)));
  section('missed % of plan / change', e.percents.missed.map(listedText(percentText)));
  section('extra % of plan / change', e.percents.extra.map(listedText(percentText)));
  section('missed awards', e.awardFacts.missed.map(awardText));
  section('extra awards', e.awardFacts.extra.map(awardText));
  return out;
}

/** Everything about one article that did not match. */
export function articleDetail(a: ArticleScore): string {
  const lines = [`Article ${a.id}`];
  if (a.noOutput) lines.push('  no output line for this article');
  if (a.error) lines.push(`  refused: ${a.error}`);
  a.entities.forEach((e, i) => {
    if (a.entities.length > 1) lines.push(` entry ${i + 1}:`);
    lines.push(...entityDetail(e));
  });
  if (a.unpairedEntries > 0)
    lines.push(`  ${a.unpairedEntries} output entr(y/ies) for no gold province: counted as extra`);
  return lines.join('\n');
}

/** The worst bugs: wrong amounts no warning mentions, by article, with their quotes. */
export function silentWrongList(articles: readonly ArticleScore[]): string[] {
  return articles.flatMap((a) =>
    a.entities.flatMap((e) => e.figures.wrong.filter((w) => !w.warned).map((w) => `${a.id}: ${wrongText(w)}`)),
  );
}

/** Articles whose province or report year is not right. */
export function provinceAndYearList(articles: readonly ArticleScore[]): string[] {
  return articles.flatMap((a) =>
    a.entities.flatMap((e) => [
      ...(e.province !== 'right'
        ? [`${a.id}: province ${e.outProvince ?? 'null'}, gold ${e.goldProvince ?? 'null'} (${mark(e.province)})`]
        : []),
      ...(e.reportYear !== 'right'
        ? [
            `${a.id}: report year ${e.outReportYear ?? 'null'}, gold ${e.goldReportYear ?? 'null'} (${mark(e.reportYear)})`,
          ]
        : []),
    ]),
  );
}
