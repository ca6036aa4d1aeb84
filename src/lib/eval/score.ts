/**
 * How well the extractor reads real articles (issue 9, "Extractor v2"): its dry-run output
 * (output.ts) against what careful readers wrote down (gold.ts), fact by fact.
 *
 * Definitions (each fact is matched at most once, on either side: multiset matching, maximal):
 * - Core figures: results (kpis) and targets of total_revenue, salary_revenue, labor_productivity,
 *   average_income, budget_contribution, profit, admin_dossiers. A fact is (kind result|target,
 *   metric, value, year); a match needs kind, metric and year equal and the value within 0.5% of the
 *   gold's (gold values are exact base units: VND, counts). A gold result is for report_year unless the
 *   gold entry has `year`; a target for plan_year. An output figure without a value (a percentage
 *   only) is no figure. Precision counts every output figure of a core metric that matches nothing;
 *   recall every gold one left unmatched, except a gold figure marked `truncated` (the stored text
 *   cuts it, "151 t"): matched, it counts; left out, it counts neither way.
 * - % of plan and change: a fact is (kind, metric, role plan|change, value), matched on kind, metric
 *   and role with the value within ±0.05. Gold: `plan_completion_percent` with `of` is the plan
 *   percentage of that metric, of the kind of the list it is in; `growth` entries are result changes;
 *   a target `<metric>_growth` is a target change. Output: a figure's planPercent and changePercent,
 *   and a serviceGrowth entry's changePercent (and planPercent) for its metric, or for its service
 *   name when it has no metric (seeds); the seeds' expectations give the same fields. Every metric
 *   counts here, not only the core ones.
 * - Awards: a fact is (distinction kind, giver level). Kind: "Huân chương Lao động hạng X", another
 *   "Huân chương", "Cờ thi đua" (any Cờ…), "Bằng khen", "Giấy khen", "Chiến sĩ thi đua", "Biểu dương",
 *   or "other". Level: the output's `level`; the gold's derived from its giver (Chủ tịch nước → state,
 *   Thủ tướng/Chính phủ → government, Bộ … → ministry, UBND/Ủy ban nhân dân tỉnh → province, Tổng
 *   công ty → corporation, Bưu điện tỉnh → unit, Công đoàn → union; the seeds give it). A gold giver of
 *   null is "unknown", which matches only an output award whose giver is empty or "Không nêu tên"
 *   (whatever placeholder level it carries). A gold entry naming several kinds or givers ("Cờ thi đua,
 *   Bằng khen, Giấy khen" of "Bộ …; Tổng công ty …") matches one award of any of them. Counts: each
 *   entry is one award on each side, whatever its `count`: a gold entry for "04 Công đoàn cơ sở"
 *   matches one output entry (a second output entry for part of those recipients is extra), and one
 *   output entry naming two recipients the gold lists as two entries matches one of them (the other is
 *   missed).
 * - Province: the output entry's slug equals the gold's (gold names mapped with the province
 *   registry) → right; null with a review warning on `province`, or the input refused with an error →
 *   null+warning; anything else → wrong. Report year: the same three outcomes (null with a warning on
 *   `reportYear`, or refused).
 * - Wrong amount with no warning: an output figure (of any metric) that matches no gold figure although
 *   the gold has a figure of that metric and kind (its amount or year is wrong), or has that very
 *   amount of that metric as the other kind (a target read as a result, or the reverse: the figure
 *   claims the wrong thing for its year), and that no review warning mentions: no warning's field is
 *   that figure (`kpis[2]`, `kpis[2].value`), no warning's quote or message holds its quote or one of
 *   its parts (split at "…", ", " and "; "; 12 characters or more, with a digit), and no warning's
 *   quote with a digit (8 characters or more) is inside its quote. Any other output figure the gold
 *   does not have is "extra", counted apart. Both count against the precision of their column.
 * - Two-province articles: each gold entity (the main one, then `secondary_entities`) is scored
 *   against the output entry of its province; entities and entries left over are paired in order; a
 *   gold entity with no entry has all its facts missed.
 */
import { isCore, textKey, type AwardFact, type EntityFacts, type FigureFact, type PercentFact } from './facts.ts';
import type { GoldArticle } from './gold.ts';
import type { OutputArticle, OutputEntry, ReviewWarning } from './output.ts';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export type Outcome = 'right' | 'warned' | 'wrong';

export interface WrongFigure {
  figure: FigureFact;
  /** What is wrong: the amount, the year, or the kind (a target read as a result, or the reverse). */
  reason: 'amount' | 'year' | 'kind';
  /**
   * The gold's figures it should have been: of the other kind with the same amount (reason "kind"), else
   * those of the same metric and kind that nothing matched (all of them when none is left).
   */
  expected: FigureFact[];
  warned: boolean;
}

export interface Listed<T> {
  fact: T;
  /** Why it may have been missed or added: "the gold has it as a target for 2026". */
  hint?: string;
}

export interface EntityScore {
  goldProvince: string | null;
  goldReportYear: number | null;
  /** null when the output has no entry for this entity. */
  outProvince: string | null;
  outReportYear: number | null;
  hasEntry: boolean;
  province: Outcome;
  reportYear: Outcome;
  core: Tally;
  /** Figures of the other metrics (not in the report's table). */
  otherFigures: Tally;
  percent: Tally;
  awards: Tally;
  figures: { missed: Listed<FigureFact>[]; wrong: WrongFigure[]; extra: Listed<FigureFact>[] };
  percents: { missed: Listed<PercentFact>[]; extra: Listed<PercentFact>[] };
  awardFacts: { missed: AwardFact[]; extra: AwardFact[] };
}

export interface ArticleScore {
  id: string;
  entities: EntityScore[];
  /** The ingest refused the article. */
  error?: string;
  /** The output has no line for the article. */
  noOutput?: boolean;
  /** Output entries no gold entity was paired with (all their facts are extra). */
  unpairedEntries: number;
}

export const VALUE_TOLERANCE = 0.005;
export const PERCENT_TOLERANCE = 0.05;

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const addTally = (a: Tally, b: Tally): void => {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
};

export const sameValue = (gold: number, out: number): boolean =>
  gold === 0 ? out === 0 : Math.abs(out - gold) <= VALUE_TOLERANCE * Math.abs(gold);

export const figuresMatch = (g: FigureFact, o: FigureFact): boolean =>
  g.kind === o.kind && g.metric === o.metric && g.year === o.year && sameValue(g.value, o.value);

export const percentsMatch = (g: PercentFact, o: PercentFact): boolean =>
  g.kind === o.kind &&
  g.metric === o.metric &&
  g.role === o.role &&
  Math.abs(g.value - o.value) <= PERCENT_TOLERANCE + 1e-9;

export const awardsMatch = (g: AwardFact, o: AwardFact): boolean =>
  g.kinds.some((k) => o.kinds.includes(k)) && g.levels.some((l) => o.levels.includes(l));

/**
 * A maximum matching between two lists (augmenting paths): pairs [gold index, output index], each
 * index at most once. Earlier items are preferred where several maximum matchings exist.
 */
export function maxMatching<G, O>(
  gold: readonly G[],
  out: readonly O[],
  ok: (g: G, o: O) => boolean,
): [number, number][] {
  const adj = gold.map((g) => out.flatMap((o, j) => (ok(g, o) ? [j] : [])));
  const owner: (number | undefined)[] = out.map(() => undefined);
  const augment = (i: number, seen: Set<number>): boolean => {
    for (const j of adj[i]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      const k = owner[j];
      if (k === undefined || augment(k, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, i) => augment(i, new Set()));
  return owner.flatMap((i, j) => (i === undefined ? [] : [[i, j] as [number, number]]));
}

function split<G, O>(gold: readonly G[], out: readonly O[], ok: (g: G, o: O) => boolean) {
  const pairs = maxMatching(gold, out, ok);
  const g = new Set(pairs.map(([i]) => i));
  const o = new Set(pairs.map(([, j]) => j));
  return {
    matched: pairs.map(([i, j]) => [gold[i]!, out[j]!] as const),
    missed: gold.filter((_, i) => !g.has(i)),
    extra: out.filter((_, j) => !o.has(j)),
  };
}

const trimEnds = (s: string): string => s.replace(/^[\s.,;:!?"'()-]+|[\s.,;:!?"'()-]+$/g, '');

/** Does a review warning speak about this output figure (see the definitions above)? */
export function warningMentions(w: ReviewWarning, f: FigureFact): boolean {
  if (f.ref && (w.field === f.ref || w.field.startsWith(`${f.ref}.`))) return true;
  const texts = [w.quote, w.message, w.messageEn].filter((t): t is string => !!t).map(textKey);
  const quote = textKey(f.quote);
  const parts = [quote, ...quote.split(/\s*…\s*|[,;]\s+/)].map(trimEnds).filter((p) => p.length >= 12 && /\d/.test(p));
  if (parts.some((p) => texts.some((t) => t.includes(p)))) return true;
  const wq = w.quote ? trimEnds(textKey(w.quote)) : '';
  return wq.length >= 8 && /\d/.test(wq) && quote.includes(wq);
}

const otherKind = (k: FigureFact['kind']): FigureFact['kind'] => (k === 'result' ? 'target' : 'result');

function figureHint(f: FigureFact, other: readonly FigureFact[], side: 'gold' | 'output'): string | undefined {
  const swapped = other.find(
    (x) => x.metric === f.metric && x.kind === otherKind(f.kind) && sameValue(f.value, x.value),
  );
  if (swapped) return `the ${side} has it as a ${swapped.kind}${swapped.year !== null ? ` for ${swapped.year}` : ''}`;
  const sameValueOtherMetric = other.find(
    (x) => x.kind === f.kind && x.metric !== f.metric && sameValue(f.value, x.value),
  );
  if (sameValueOtherMetric) return `the ${side} has this amount as ${sameValueOtherMetric.metric}`;
  return undefined;
}

function percentHint(p: PercentFact, other: readonly PercentFact[], side: 'gold' | 'output'): string | undefined {
  const near = (x: PercentFact): boolean => Math.abs(x.value - p.value) <= PERCENT_TOLERANCE + 1e-9;
  const sameKey = other.filter((x) => x.kind === p.kind && x.metric === p.metric && x.role === p.role);
  if (sameKey.length > 0) return `the ${side} says ${sameKey.map((x) => x.value).join(', ')}`;
  const elsewhere = other.find((x) => near(x) && (x.metric !== p.metric || x.role !== p.role || x.kind !== p.kind));
  if (elsewhere) return `the ${side} has ${p.value} as ${elsewhere.kind} ${elsewhere.role} of ${elsewhere.metric}`;
  return undefined;
}

/** One gold entity against the output entry paired with it (undefined: none). */
export function scoreEntity(gold: EntityFacts, out: OutputEntry | undefined, refused = false): EntityScore {
  const o: OutputEntry = out ?? {
    province: null,
    reportYear: null,
    figures: [],
    percents: [],
    awards: [],
    warnings: [],
  };
  const warnedOn = (field: string): boolean => o.warnings.some((w) => w.field === field);
  const outcome = (right: boolean, isNull: boolean, field: string): Outcome =>
    right ? 'right' : refused || (out && isNull && warnedOn(field)) ? 'warned' : 'wrong';

  const figures = split(gold.figures, o.figures, figuresMatch);
  const core = tally();
  const other = tally();
  const t = (metric: string): Tally => (isCore(metric) ? core : other);
  for (const [g] of figures.matched) t(g.metric).tp += 1;
  for (const g of figures.missed) if (!g.optional) t(g.metric).fn += 1;
  const wrong: WrongFigure[] = [];
  const extra: Listed<FigureFact>[] = [];
  for (const f of figures.extra) {
    t(f.metric).fp += 1;
    const swapped = gold.figures.filter(
      (g) => g.metric === f.metric && g.kind !== f.kind && sameValue(g.value, f.value),
    );
    const same = gold.figures.filter((g) => g.metric === f.metric && g.kind === f.kind);
    if (swapped.length === 0 && same.length === 0) {
      const hint = figureHint(f, gold.figures, 'gold');
      extra.push({ fact: f, ...(hint ? { hint } : {}) });
      continue;
    }
    const left = same.filter((g) => figures.missed.includes(g));
    wrong.push({
      figure: f,
      reason: swapped.length > 0 ? 'kind' : same.some((g) => sameValue(g.value, f.value)) ? 'year' : 'amount',
      expected: swapped.length > 0 ? swapped : left.length > 0 ? left : same,
      warned: o.warnings.some((w) => warningMentions(w, f)),
    });
  }

  const percents = split(gold.percents, o.percents, percentsMatch);
  const percent = { tp: percents.matched.length, fp: percents.extra.length, fn: percents.missed.length };
  const awards = split(gold.awards, o.awards, awardsMatch);

  const withHint = <T>(fact: T, hint: string | undefined): Listed<T> => ({ fact, ...(hint ? { hint } : {}) });
  return {
    goldProvince: gold.province,
    goldReportYear: gold.reportYear,
    outProvince: out ? o.province : null,
    outReportYear: out ? o.reportYear : null,
    hasEntry: out !== undefined,
    province: outcome(!!out && o.province === gold.province, o.province === null, 'province'),
    reportYear: outcome(!!out && o.reportYear === gold.reportYear, o.reportYear === null, 'reportYear'),
    core,
    otherFigures: other,
    percent,
    awards: { tp: awards.matched.length, fp: awards.extra.length, fn: awards.missed.length },
    figures: {
      missed: figures.missed.filter((g) => !g.optional).map((g) => withHint(g, figureHint(g, o.figures, 'output'))),
      wrong,
      extra,
    },
    percents: {
      missed: percents.missed.map((p) => withHint(p, percentHint(p, percents.extra, 'output'))),
      extra: percents.extra.map((p) => withHint(p, percentHint(p, percents.missed, 'gold'))),
    },
    awardFacts: { missed: awards.missed, extra: awards.extra },
  };
}

/** Gold entities and output entries paired: same province first, then what is left, in order. */
export function pairEntities(gold: readonly EntityFacts[], out: readonly OutputEntry[]): (OutputEntry | undefined)[] {
  const taken = new Set<number>();
  const pairs: (OutputEntry | undefined)[] = gold.map((g) => {
    const j = out.findIndex((o, k) => !taken.has(k) && g.province !== null && o.province === g.province);
    if (j < 0) return undefined;
    taken.add(j);
    return out[j];
  });
  return pairs.map((p) => {
    if (p) return p;
    const j = out.findIndex((_, k) => !taken.has(k));
    if (j < 0) return undefined;
    taken.add(j);
    return out[j];
  });
}

/** One article: each gold entity against its output entry. */
export function scoreArticle(gold: GoldArticle, out: OutputArticle | undefined): ArticleScore {
  const entries = out?.entries ?? [];
  const paired = pairEntities(gold.entities, entries);
  const entities = gold.entities.map((g, i) => scoreEntity(g, paired[i], out?.error !== undefined));
  const unpaired = entries.filter((e) => !paired.includes(e));
  // Entries no gold entity claims: everything in them is extra.
  for (const e of unpaired) {
    const empty: EntityFacts = { province: null, reportYear: null, figures: [], percents: [], awards: [] };
    const s = scoreEntity(empty, e);
    const first = entities[0];
    if (!first) continue;
    addTally(first.core, s.core);
    addTally(first.otherFigures, s.otherFigures);
    addTally(first.percent, s.percent);
    addTally(first.awards, s.awards);
    first.figures.extra.push(...s.figures.extra);
    first.percents.extra.push(...s.percents.extra);
    first.awardFacts.extra.push(...s.awardFacts.extra);
  }
  return {
    id: gold.id,
    entities,
    unpairedEntries: unpaired.length,
    ...(out?.error !== undefined ? { error: out.error } : {}),
    ...(out ? {} : { noOutput: true }),
  };
}

export interface GroupScore {
  name: string;
  articles: number;
  entities: number;
  core: Tally;
  otherFigures: Tally;
  percent: Tally;
  awards: Tally;
  province: Record<Outcome, number>;
  reportYear: Record<Outcome, number>;
  silentWrong: number;
  warnedWrong: number;
  extraFigures: number;
}

const outcomes = (): Record<Outcome, number> => ({ right: 0, warned: 0, wrong: 0 });

/** Sums over a group of articles. */
export function scoreGroup(name: string, articles: readonly ArticleScore[]): GroupScore {
  const s: GroupScore = {
    name,
    articles: articles.length,
    entities: 0,
    core: tally(),
    otherFigures: tally(),
    percent: tally(),
    awards: tally(),
    province: outcomes(),
    reportYear: outcomes(),
    silentWrong: 0,
    warnedWrong: 0,
    extraFigures: 0,
  };
  for (const a of articles) {
    for (const e of a.entities) {
      s.entities += 1;
      addTally(s.core, e.core);
      addTally(s.otherFigures, e.otherFigures);
      addTally(s.percent, e.percent);
      addTally(s.awards, e.awards);
      s.province[e.province] += 1;
      s.reportYear[e.reportYear] += 1;
      s.silentWrong += e.figures.wrong.filter((w) => !w.warned).length;
      s.warnedWrong += e.figures.wrong.filter((w) => w.warned).length;
      s.extraFigures += e.figures.extra.length;
    }
  }
  return s;
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Precision, recall and F1 of a tally; null where there is nothing to divide by. */
export function prf(t: Tally): Prf {
  const div = (a: number, b: number): number | null => (b === 0 ? null : a / b);
  return {
    precision: div(t.tp, t.tp + t.fp),
    recall: div(t.tp, t.tp + t.fn),
    f1: div(2 * t.tp, 2 * t.tp + t.fp + t.fn),
  };
}
