/**
 * Checks across entries, for `npm run check`: the same province, year, period and metric reported with
 * different amounts by two entries; a result's "% of plan" against the target last year's entry set for
 * this year; a result's change against last year's entry. Pure: entries in, problems out, each naming
 * the entry (by its index in the list), the field, the phrase, and the other entry.
 *
 * Only entries about the same land compare: the same province slug, and the same unit on both dates or
 * one that merely continued the other (a province enlarged by the 2025 merger is another land).
 */
import { predecessorsOf, unitOn } from '../../provinces.ts';
import { amountRange, apart, formatNumber, formatRange, percentRange, ratioRange, type Range } from './arithmetic.ts';
import { placedFigures, type PlacedFigure, type ReviewEntry, type ReviewFigure } from './types.ts';

export interface CorpusProblem {
  /** Stable id of the rule. */
  rule: 'corpus-same-figure' | 'corpus-plan-vs-last-target' | 'corpus-change-vs-last-year';
  /** The entry with the problem: its index in the list given. */
  entry: number;
  /** The entry it disagrees with. */
  other: number;
  /** `kpis[2].value` */
  field: string;
  /** The entry's phrase. */
  quote: string;
  vi: string;
  en: string;
}

/** How far apart two reports of one figure may be when one is an estimate ("ước đạt"), relatively. */
export const ESTIMATE_SLACK = 0.03;
/** Points a "% of plan" or a change may miss by: plans get revised, estimates become final figures. */
export const PERCENT_SLACK = 3;

const refDate = (e: ReviewEntry): string => e.eventDate ?? `${e.reportYear}-12-15`;

/** The land an entry is about: its unit, followed back through units that only continued one before them. */
function land(e: ReviewEntry): string | null {
  if (!e.province) return null;
  let unit = unitOn(e.province, refDate(e));
  if (!unit) return e.province;
  for (let guard = 0; guard < 5; guard += 1) {
    const before = predecessorsOf(unit);
    if (before.length !== 1) break;
    unit = before[0]!;
  }
  return unit.key;
}

const period = (f: ReviewFigure): string => f.period ?? 'year';
const fmt = (v: number): string => formatNumber(v, 'en');
const fmtVi = (v: number): string => formatNumber(v, 'vi');

interface Point {
  entry: number;
  land: string;
  p: PlacedFigure;
}

function points(entries: readonly ReviewEntry[]): Point[] {
  const out: Point[] = [];
  entries.forEach((e, entry) => {
    const l = land(e);
    if (l === null) return;
    for (const p of placedFigures(e))
      if (p.figure.value !== null && p.figure.value > 0) out.push({ entry, land: l, p });
  });
  return out;
}

const key = (x: Point, year = x.p.figure.year): string =>
  `${x.land}|${x.p.list}|${x.p.figure.metric}|${year}|${period(x.p.figure)}|${x.p.figure.unit}`;

function byKey(list: readonly Point[]): Map<string, Point[]> {
  const map = new Map<string, Point[]>();
  for (const x of list) map.set(key(x), [...(map.get(key(x)) ?? []), x]);
  return map;
}

const widen = (r: Range, slack: number): Range => [r[0] * (1 - slack), r[1] * (1 + slack)];

/** The same figure from two entries with amounts that cannot both be right. */
export function sameFigureProblems(entries: readonly ReviewEntry[]): CorpusProblem[] {
  const out: CorpusProblem[] = [];
  for (const group of byKey(points(entries)).values()) {
    group.forEach((b, j) => {
      for (const a of group.slice(0, j)) {
        if (a.entry === b.entry) continue;
        // A target for a year is compared only between entries planning from the same year.
        if (b.p.list === 'targets' && entries[a.entry]!.reportYear !== entries[b.entry]!.reportYear) continue;
        const slack = a.p.figure.estimated || b.p.figure.estimated ? ESTIMATE_SLACK : 0;
        const ra = widen(amountRange(a.p.figure.value!, a.p.figure.qualifier), slack);
        const rb = amountRange(b.p.figure.value!, b.p.figure.qualifier);
        if (!apart(ra, rb, 0)) continue;
        const f = b.p.figure;
        out.push({
          rule: 'corpus-same-figure',
          entry: b.entry,
          other: a.entry,
          field: `${b.p.field}.value`,
          quote: f.quote,
          vi: `"${f.quote}" khác với "${a.p.figure.quote}" của bài kia (cùng tỉnh, ${f.metric}, năm ${f.year}, kỳ ${period(f)}). Hãy đối chiếu hai bài và sửa số sai.`,
          en: `"${f.quote}" differs from "${a.p.figure.quote}" in the other entry (same province, ${f.metric}, ${f.year}, period ${period(f)}). Compare the two articles and fix the wrong one.`,
        });
        break;
      }
    });
  }
  return out;
}

/** A result's "% of plan" against the target an earlier entry set for its year. */
export function planProblems(entries: readonly ReviewEntry[]): CorpusProblem[] {
  const all = points(entries);
  const targets = byKey(all.filter((x) => x.p.list === 'targets'));
  const out: CorpusProblem[] = [];
  for (const r of all.filter((x) => x.p.list === 'kpis' && x.p.figure.planPercent !== undefined)) {
    const f = r.p.figure;
    const plans = (targets.get(key({ ...r, p: { ...r.p, list: 'targets' } })) ?? []).filter((t) => t.entry !== r.entry);
    if (plans.length === 0) continue;
    const stated = percentRange(f.planPercent!, f.planQualifier);
    const value = amountRange(f.value!, f.qualifier);
    // A target may itself be a share of the corporation's plan ("đạt 103% kế hoạch Tổng công ty giao"):
    // the result may be measured against either.
    const fits = (t: Point): boolean => {
      const plan = amountRange(t.p.figure.value!, t.p.figure.qualifier);
      const bases: Range[] = [plan];
      if (t.p.figure.planPercent)
        bases.push([(plan[0] * 100) / t.p.figure.planPercent, (plan[1] * 100) / t.p.figure.planPercent]);
      return bases.some((b) => !apart(ratioRange(value, b), stated, PERCENT_SLACK));
    };
    if (plans.some(fits)) continue;
    const t = plans[0]!;
    const computed = ratioRange(value, amountRange(t.p.figure.value!, t.p.figure.qualifier));
    out.push({
      rule: 'corpus-plan-vs-last-target',
      entry: r.entry,
      other: t.entry,
      field: `${r.p.field}.planPercent`,
      quote: f.quote,
      vi: `"${f.quote}": ${fmtVi(f.planPercent!)}% kế hoạch, nhưng so với chỉ tiêu "${t.p.figure.quote}" (bài năm trước) thì được ${formatRange(computed, 'vi')}%. Hãy kiểm tra số, tỷ lệ và chỉ tiêu.`,
      en: `"${f.quote}": ${fmt(f.planPercent!)}% of plan, but against the target "${t.p.figure.quote}" (last year's entry) it is ${formatRange(computed, 'en')}%. Check the amount, the percentage and the target.`,
    });
  }
  return out;
}

/** A result's change against the same figure in last year's entry. */
export function changeProblems(entries: readonly ReviewEntry[]): CorpusProblem[] {
  const all = points(entries);
  const kpis = byKey(all.filter((x) => x.p.list === 'kpis'));
  const out: CorpusProblem[] = [];
  for (const n of all.filter((x) => x.p.list === 'kpis' && x.p.figure.changePercent !== undefined)) {
    const f = n.p.figure;
    const before = (kpis.get(key(n, f.year - 1)) ?? []).filter((b) => b.entry !== n.entry);
    if (before.length === 0) continue;
    const stated = percentRange(f.changePercent!, f.changeQualifier);
    const change = (b: Point): Range => {
      const r = ratioRange(amountRange(f.value!, f.qualifier), amountRange(b.p.figure.value!, b.p.figure.qualifier));
      return [r[0] - 100, r[1] - 100];
    };
    const slack = (b: Point): number => PERCENT_SLACK + (f.estimated || b.p.figure.estimated ? 2 : 0);
    if (before.some((b) => !apart(change(b), stated, slack(b)))) continue;
    const b = before[0]!;
    out.push({
      rule: 'corpus-change-vs-last-year',
      entry: n.entry,
      other: b.entry,
      field: `${n.p.field}.changePercent`,
      quote: f.quote,
      vi: `"${f.quote}": tăng ${fmtVi(f.changePercent!)}%, nhưng so với "${b.p.figure.quote}" (bài năm trước) thì được ${formatRange(change(b), 'vi')}%. Hãy kiểm tra hai số và tỷ lệ.`,
      en: `"${f.quote}": a change of ${fmt(f.changePercent!)}%, but against "${b.p.figure.quote}" (last year's entry) it is ${formatRange(change(b), 'en')}%. Check both amounts and the percentage.`,
    });
  }
  return out;
}

/** Every cross-entry problem, in the order of the entries. */
export function reviewCorpus(entries: readonly ReviewEntry[]): CorpusProblem[] {
  return [...sameFigureProblems(entries), ...planProblems(entries), ...changeProblems(entries)].sort(
    (a, b) => a.entry - b.entry || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
  );
}
