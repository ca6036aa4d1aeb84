/**
 * The figure reader: the one place that holds state while a paragraph is read.
 *
 * A paragraph is read sentence by sentence, and each sentence as a stream of events in text order: a cue
 * that names a metric ("tổng doanh thu"), an amount ("101 tỷ đồng", "41.500 hồ sơ"), a percentage
 * ("102%") or a semicolon, which starts a new clause. A cue opens a subject; an amount of the subject's
 * unit is its figure; percentages after it compare it with the plan or last year. What each word means
 * is decided by the rules (rules/) from the words of the lexicon (lexicon/); the reader only keeps track
 * of what was said before.
 *
 *     Năm 2023, tổng doanh thu đạt trên 101 tỷ đồng, đạt 102% kế hoạch, tăng 21% so với cùng kỳ.
 *     ^topic    ^cue (subject)       ^amount → figure  ^percent → planPercent  ^percent → changePercent
 */
import { metricById, type Metric, type Unit } from '../metrics.ts';
import type { Period } from '../schema/figure.ts';
import { qualifierBefore, scanQuantities, lowerKeepLength, type Quantity } from '../vi-number.ts';
import { findCues, nounMetric, type CueHit } from './figure-cues.ts';
import { leftOutWarning, partsWarning, servicesInBetweenWarning, round, type LeftOut } from './figure-notes.ts';
import { attachPercent, readChange } from './figure-percent.ts';
import { TimeReader, findTimeMentions, sentenceTopic, type Frame, type TimeMention } from './figure-time.ts';
import type { FigureContext, FigureDraft, FigureResult, ServiceGrowthDraft } from './figure-types.ts';
import { choosePlausibleReading } from './figure-values.ts';
import { Cursor, anyWithin, lastWithin, positionsOf } from './positions.ts';
import { BREAKDOWN_WORD, isNegative, isPartOfUnit, skippedBy } from './rules/amount.ts';
import { classifyPercent, type PercentHit } from './rules/percent-role.ts';
import { periodOf } from './rules/period.ts';
import {
  AMOUNT_ENDS_CLAUSE,
  ESTIMATED,
  ESTIMATE_BEFORE,
  FOR_EVERY_INDICATOR,
  LEAD_BEFORE,
  NO_CLAUSE_BREAK,
  SERVICES_IN_BETWEEN,
  SUBJECTLESS_CLAUSE,
  cleanServiceName,
  hedgeStart,
  leadingService,
  listItemBefore,
  respectively,
  subjectScope,
  type SubjectScope,
} from './rules/subject.ts';
import { PAST_RESULT, decide, isPastPlan, targetCues } from './rules/target.ts';
import { splitSentences, type Span } from './sentences.ts';
import { maskComparisonYears } from './years.ts';

interface Subject {
  metric: Metric | null;
  /** The cue is about a part of the unit, an average or the whole postal market, not the unit itself. */
  scope?: SubjectScope | null;
  /** A service not in the catalogue ("tiết kiệm bưu điện"), for serviceGrowth. */
  service?: string;
  start: number;
  end: number;
}

type Event = { t: 'cue'; at: number; cue: CueHit } | { t: 'q'; at: number; q: Quantity } | { t: 'semi'; at: number };

/** A segment longer than this is no phrase a year or a comparison could be part of. */
const SEGMENT_REACH = 400;
const COMMA = 44;

/** Reads the figures of one block (a paragraph or a caption) into `out`. */
export class ClauseReader {
  private readonly lower: string;
  private readonly time: TimeReader;
  private readonly masked: string;
  // Cues, amounts and words are found once per block, then handed out by sentence (in order, so each
  // sentence takes its share without scanning the whole block again).
  private readonly cues: Cursor<CueHit>;
  private readonly quantities: Cursor<Quantity>;
  private readonly semicolons: Cursor<number>;
  private readonly strongCues: number[];
  private readonly weakCues: number[];
  private readonly breakdowns: number[];

  // Across sentences: what frames the next sentence, and the last subject with a metric.
  private carry: Frame | null = null;
  private carrySubject: Subject | null = null;

  // Within a sentence.
  private s0 = 0;
  private s1 = 0;
  private topic: Frame | null = null;
  private mentionsHere: TimeMention[] = [];

  // Within a clause (reset at a semicolon) or from one figure to the next.
  private subject: Subject | null = null;
  private current: FigureDraft | null = null;
  private lastQuantityEnd = 0;
  private pending: PercentHit[] = [];
  private clauseStart = 0;
  private afterBreakdown = false;
  /** Parts listed after "trong đó" for the figure they break down ("195 tuyến phát trong đó có 48 … và 141 …"). */
  private breakdown: { fig: FigureDraft; parts: number[]; end: number } | null = null;
  /** A plan percentage for all the figures listed next ("vượt mức từ 2% các chỉ tiêu kế hoạch …, trong đó: …"). */
  private generalPlan: PercentHit | null = null;
  private lastOwnFrame: Frame | null = null;
  /** The subject of the clause before the last ";": a clause with none of its own may continue it. */
  private subjectBeforeSemi: Subject | null = null;
  private madeHere = new Set<string>();
  /** The figures read in this sentence, in order. */
  private sentenceFigures: FigureDraft[] = [];
  /** Amounts given "lần lượt", by their start, with the subject each belongs to. */
  private respective = new Map<number, CueHit>();
  /** A figure was left out (a part of the unit, a span of years): the percentages after it are its own. */
  private dropRest = false;

  private readonly text: string;
  private readonly block: number;
  private readonly ctx: FigureContext;
  private readonly out: FigureResult;

  constructor(text: string, block: number, ctx: FigureContext, out: FigureResult) {
    this.text = text;
    this.block = block;
    this.ctx = ctx;
    this.out = out;
    this.lower = lowerKeepLength(text);
    this.masked = maskComparisonYears(this.lower);
    this.time = new TimeReader(this.masked, findTimeMentions(this.masked));
    this.cues = new Cursor(
      findCues(this.lower),
      (c) => c.start,
      (c) => c.end,
    );
    this.quantities = new Cursor(
      scanQuantities(this.lower),
      (q) => q.start,
      (q) => q.end,
    );
    const { strong, weak } = targetCues(this.lower);
    this.strongCues = strong;
    this.weakCues = weak;
    this.breakdowns = this.lower.includes('trong đó') ? positionsOf(this.lower, BREAKDOWN_WORD) : [];
    const semicolons: number[] = [];
    for (let at = this.lower.indexOf(';'); at >= 0; at = this.lower.indexOf(';', at + 1)) semicolons.push(at);
    this.semicolons = new Cursor(
      semicolons,
      (at) => at,
      (at) => at,
    );
  }

  /** Read every sentence of the block. */
  read(): void {
    for (const sentence of splitSentences(this.text)) this.readSentence(sentence);
  }

  /**
   * One sentence: its events in order, then what it leaves for the next.
   *
   *     Năm 2024, phấn đấu doanh thu đạt 170 tỷ đồng.   → topic "năm 2024" frames the figure: a 2024 target
   */
  private readSentence(sentence: Span): void {
    this.s0 = sentence.start;
    this.s1 = sentence.end;
    const cues = this.cues.within(this.s0, this.s1);
    const quantities = this.quantities.within(this.s0, this.s1);
    const semis = this.semicolons.within(this.s0, this.s1);
    this.mentionsHere = this.time.within(this.s0, this.s1);
    if (quantities.length === 0) {
      // No amount: the sentence may still set the time of those after it ("Năm 2023 là năm …").
      this.carrySubject = null;
      const topic = sentenceTopic(this.masked, this.mentionsHere, this.s0, this.s1, cues[0]?.start ?? this.s1);
      if (topic) this.carry = { ...topic, source: 'carry' };
      return;
    }
    // Where the sentence's first figure starts: a cue, or an amount that is not a year or a part of one.
    const firstAmount = quantities.find((q) => !this.inMention(q));
    const firstFigureAt = Math.min(cues[0]?.start ?? this.s1, firstAmount?.start ?? this.s1);
    this.topic = sentenceTopic(this.masked, this.mentionsHere, this.s0, this.s1, firstFigureAt);
    const events: Event[] = [
      ...cues.map((cue) => ({ t: 'cue' as const, at: cue.start, cue })),
      ...quantities.map((q) => ({ t: 'q' as const, at: q.start, q })),
      ...semis.map((at) => ({ t: 'semi' as const, at })),
    ].sort((a, b) => a.at - b.at);

    this.startSentence();
    this.respective = this.respectiveSubjects(cues, quantities, semis);
    for (const ev of events) {
      if (ev.t === 'semi') this.onSemicolon(ev.at);
      else if (ev.t === 'cue') this.onCue(ev.cue);
      else this.onQuantity(ev.q);
    }
    this.flush();
    this.checkBreakdown();
    this.carrySubject = this.subject && this.subject.metric ? this.subject : this.carrySubject;
    // What frames the next sentences of the paragraph: this one's opening, else the time its figures named.
    if (this.topic) this.carry = { ...this.topic, source: 'carry' };
    else if (this.lastOwnFrame) this.carry = { ...this.lastOwnFrame, source: 'carry' };
  }

  private startSentence(): void {
    this.subject = null;
    this.current = null;
    this.lastQuantityEnd = this.s0;
    this.pending = [];
    this.clauseStart = this.s0;
    this.afterBreakdown = false;
    this.breakdown = null;
    this.generalPlan = null;
    this.lastOwnFrame = null;
    this.subjectBeforeSemi = null;
    this.madeHere = new Set();
    this.sentenceFigures = [];
    this.dropRest = false;
  }

  /**
   * The amounts after "lần lượt" and the subjects listed before it, clause by clause.
   *
   *     Doanh thu bưu chính chuyển phát và tài chính bưu chính lần lượt tăng 12% và 18%
   *               ^subject 1                  ^subject 2          ^→ 1     ^→ 2
   */
  private respectiveSubjects(cues: CueHit[], quantities: Quantity[], semis: number[]): Map<number, CueHit> {
    const out = new Map<number, CueHit>();
    if (
      !this.lower.slice(this.s0, this.s1).includes('lần lượt') &&
      !this.lower.slice(this.s0, this.s1).includes('tương ứng')
    )
      return out;
    // A multiple counts as a percentage; money per person as money.
    const amounts = quantities
      .filter((q) => !q.inRange && !this.inMention(q))
      .map((q) => ({ start: q.start, kind: q.kind === 'times' ? 'percent' : q.kind }));
    const bounds = [this.s0, ...semis, this.s1];
    for (let i = 0; i + 1 < bounds.length; i += 1) {
      const map = respectively(
        this.lower,
        bounds[i]!,
        bounds[i + 1]!,
        cues.map((c) => c.start),
        amounts,
      );
      for (const [at, index] of map) out.set(at, cues[index]!);
    }
    return out;
  }

  /** Is this number a year or part of a time phrase ("năm 2019", "quý IV/2023")? */
  private inMention(q: Quantity): boolean {
    return this.mentionsHere.some((m) => q.start >= m.start && q.start < m.end);
  }

  /**
   * A semicolon starts a new clause; its subject may carry on ("…; năm 2022 đạt 620 tỷ đồng").
   *
   *     doanh thu tăng bình quân 14%/năm; năm 2022 đạt 620 tỷ đồng
   *                                     ^ the clause before keeps its subject for a subjectless clause
   */
  private onSemicolon(at: number): void {
    this.flush();
    this.subjectBeforeSemi = this.subject?.metric ? this.subject : null;
    this.subject = null;
    this.current = null;
    this.clauseStart = at + 1;
    this.lastQuantityEnd = this.clauseStart;
    this.afterBreakdown = false;
    this.dropRest = false;
  }

  /**
   * A cue names the subject of the figures after it.
   *
   *     tổng doanh thu đạt …   → subject total_revenue, from "tổng" to "thu"
   */
  private onCue(cue: CueHit): void {
    this.flush();
    this.subject = { metric: cue.metric, start: cue.start, end: cue.end, scope: subjectScope(this.lower, cue.end) };
    this.current = null;
    this.dropRest = false;
  }

  private onQuantity(q: Quantity): void {
    if (q.inRange) return;
    // "A và B lần lượt đạt X và Y": this amount is the subject's named for it in the list.
    const own = this.respective.get(q.start);
    if (own && this.subject?.start !== own.start) this.onCue(own);
    const zoneStart = Math.max(this.clauseStart, this.lastQuantityEnd, this.subject?.end ?? this.clauseStart);
    // A year ("năm 2019") is not an amount: it does not end the zone a percentage's verb is read in.
    if (!(q.kind === 'plain' && this.inMention(q))) this.lastQuantityEnd = q.end;
    if (q.kind === 'percent' || q.kind === 'times') this.onPercent(q, zoneStart);
    else this.onAmount(q);
  }

  /**
   * A percentage: joined to the figure of this clause, kept for the subject's figure to come, or a plan
   * share for every figure listed next.
   *
   *     tổng doanh thu đạt 101 tỷ đồng, đạt 102% kế hoạch   → the figure just read takes planPercent 102
   *     tổng doanh thu đạt 102% kế hoạch                     → pending: a figure with no amount, at the flush
   */
  private onPercent(q: Quantity, zoneStart: number): void {
    if (this.dropRest) return;
    const hit = classifyPercent(this.lower, q, zoneStart, this.clauseStart);
    if (!hit) return;
    const current = this.current;
    if (current && current.start >= this.clauseStart) {
      attachPercent(current, hit, metricById(current.metric)!, this.text, this.spanBase(current));
      current.end = Math.max(current.end, hit.phraseEnd);
      current.quote = this.text.slice(current.start, current.end).trim();
      return;
    }
    const isPlan = hit.role === 'plan' || hit.role === 'plan-excess';
    if (isPlan && (!this.subject || this.subject.metric === null) && this.forEveryIndicator(q)) {
      this.generalPlan = hit;
      return;
    }
    if (!this.subject || this.subject.metric === null) {
      // List items each name their own service: "Chuyển phát … tăng 13,3%, tiết kiệm bưu điện tăng 54,4%".
      const item = this.serviceSubject(zoneStart, hit);
      if (item && (!this.subject || item.start > this.subject.start)) {
        this.flush();
        this.subject = item;
      }
    }
    // A sentence that opens on the comparison ("Tăng trưởng đạt gần 151% so với …") continues the
    // previous sentence's subject; its quote is its own phrase.
    if (!this.subject && this.carrySubject && NO_CLAUSE_BREAK.test(this.lower.slice(this.s0, hit.phraseStart))) {
      this.subject = { ...this.carrySubject, start: hit.phraseStart, end: hit.phraseStart };
    }
    if (!this.subject) return;
    if (this.subject.metric && SERVICES_IN_BETWEEN.test(this.lower.slice(this.subject.end, hit.q.start))) {
      const phrase = this.text.slice(this.subject.start, hit.phraseEnd).trim();
      this.out.warnings.push(servicesInBetweenWarning(phrase, this.text.slice(this.subject.start, this.subject.end)));
    }
    this.pending.push(hit);
  }

  /**
   * The earlier year a change after this figure is measured from, when the sentence gave the same metric
   * for it: "năm 2012 đạt trên 20,4 tỷ đồng, đến năm 2016 đạt trên 52,1 tỷ đồng, tăng trưởng 154,5%"
   * grew from 2012, not from 2015.
   */
  private spanBase(fig: FigureDraft): number | undefined {
    const earlier = this.sentenceFigures.find((f) => f !== fig && f.metric === fig.metric && f.year < fig.year);
    return earlier && earlier.year !== fig.year - 1 ? earlier.year : undefined;
  }

  /** "hoàn thành vượt mức từ 2% các chỉ tiêu kế hoạch …, trong đó: Tổng doanh thu …": for every figure listed. */
  private forEveryIndicator(q: Quantity): boolean {
    return FOR_EVERY_INDICATOR.test(this.lower.slice(q.end, q.end + 40));
  }

  /**
   * An amount: the figure of the subject when its unit fits, or of the metric its noun names.
   *
   *     năng suất lao động đạt 434 triệu đồng/người/năm  → labor_productivity (the subject, its unit)
   *     giải quyết 41.500 hồ sơ                           → admin_dossiers (the noun)
   */
  private onAmount(q: Quantity): void {
    const named = this.metricOfAmount(q);
    if (!named) return;
    const { metric, end } = named;
    const near = this.lower.slice(Math.max(this.clauseStart, q.start - 40), q.start);
    const hedge = qualifierBefore(near);
    const verbTail = near.slice(0, near.length - hedge.length);
    const sameInClause =
      this.current !== null && this.current.metric === metric.id && this.current.start >= this.clauseStart;
    const segment = this.lower.slice(this.segmentStart(q.start), q.start);
    const skip = skippedBy({
      lower: this.lower,
      q,
      metric,
      end,
      clauseStart: this.clauseStart,
      verbTail,
      segment,
      sameInClause,
    });
    if (skip) return this.trace(skip, this.text.slice(this.segmentStart(q.start), end));
    if (this.isBreakdownPart(q, metric, end)) return;

    const unit = unitOf(q, metric);
    const start = this.figureStart(q, metric);
    const phrase = this.text.slice(start, end).trim();
    if (isPartOfUnit(this.lower, metric, start, q, end, this.clauseStart)) return this.leaveOut('part-of-unit', phrase);
    if (this.subject?.metric === metric && this.subject.scope) return this.leaveOut(this.subject.scope, phrase);
    const lossSubject = this.subject?.metric === metric ? this.lower.slice(this.subject.start, this.subject.end) : null;
    const negative = isNegative(q, verbTail, lossSubject);
    if (negative && metric.valid[0] >= 0) return this.leaveOut('negative', phrase);

    const frame = this.frameFor(q.start, end);
    if (frame.kind === 'span') return this.leaveOut('span', phrase, frame);
    const { target, year } = this.decideAt(q.start, frame);
    const period = this.periodFor(frame, target, q.start, end);
    if (period === 'H2') return this.leaveOut('H2', phrase);
    if (isPastPlan(target, year, this.ctx)) return this.leaveOut('past-plan', phrase);
    if (frame.source === 'local' || frame.source === 'attached') this.lastOwnFrame = frame;
    this.dropRest = false;
    const fig: FigureDraft = {
      kind: target ? 'target' : 'result',
      metric: metric.id,
      value: q.value,
      unit,
      qualifier: hedge.qualifier,
      estimated: this.estimatedBetween(start, q.start),
      year,
      period,
      quote: '',
      block: this.block,
      start,
      end,
      warnings: [],
    };
    choosePlausibleReading(fig, q, metric, this.text);
    if (negative && fig.value !== null) fig.value = -fig.value;
    if (this.subject?.metric === metric) {
      for (const h of this.pending) attachPercent(fig, h, metric, this.text);
      this.pending = [];
    }
    this.publish(fig, target);
    this.current = fig;
    if (metric.unit === 'count') this.breakdown = { fig, parts: [], end };
    // A count named by its own noun ("45.000 lượt người") does not end the cue's subject: "chi trả
    // … cho hơn 45.000 lượt người với tổng số tiền 1.350 tỷ đồng" still pays out 1 350 billion.
    if (!this.subject) this.subject = { metric, start, end };
  }

  /**
   * The metric an amount is a figure of, and where it ends (its noun included), or null.
   *
   *     tổng doanh thu … 300 tỷ đồng       → the subject's metric (its unit is VND)
   *     … 8,8 triệu đồng/người/tháng       → average_income (the unit says so)
   *     Doanh thu đạt 3,5 triệu USD        → none: left out, foreign currency
   */
  private metricOfAmount(q: Quantity): { metric: Metric; end: number } | null {
    if (q.kind === 'plain' && q.nounStart !== undefined) {
      const noun = nounMetric(this.lower, q.nounStart, this.subject?.metric ?? null);
      return noun ? { metric: noun.metric, end: noun.end } : null;
    }
    if (q.kind === 'money') {
      // "23 triệu đồng/điểm/tháng": money per point or per unit is a rate, no figure of the catalogue.
      if (q.per === 'other') return null;
      this.continueSubjectBeforeSemicolon(q);
      const subj = this.subject?.metric;
      const unit = moneyUnit(q);
      if (subj && [subj.unit, ...(subj.altUnits ?? [])].includes(unit)) return { metric: subj, end: q.end };
      if (unit === 'VND/person/month') return { metric: metricById('average_income')!, end: q.end };
      if (unit === 'VND/person/year') return { metric: metricById('labor_productivity')!, end: q.end };
      return null;
    }
    if (q.kind === 'foreign-money') {
      // "Doanh thu đạt 3,5 triệu USD": the metric is in đồng; the amount is not.
      if (this.subject?.metric && this.subject.metric.unit.startsWith('VND'))
        this.leaveOut('foreign-currency', this.text.slice(this.subject.start, q.end).trim());
      return null;
    }
    if (q.kind === 'km-per-point') return { metric: metricById('service_radius')!, end: q.end };
    if (q.kind === 'people-per-point') return { metric: metricById('population_per_point')!, end: q.end };
    return null;
  }

  /**
   * "doanh thu tăng bình quân 14%/năm; năm 2022 đạt 620 tỷ đồng": a clause that is only a time, a verb
   * and the amount goes on with the subject before the semicolon.
   */
  private continueSubjectBeforeSemicolon(q: Quantity): void {
    if (
      !this.subject &&
      this.subjectBeforeSemi &&
      SUBJECTLESS_CLAUSE.test(this.lower.slice(this.clauseStart, q.start)) &&
      AMOUNT_ENDS_CLAUSE.test(this.lower.slice(q.end, q.end + 3))
    ) {
      this.subject = this.subjectBeforeSemi;
    }
  }

  /**
   * After "trong đó", amounts of a metric already read here are its parts, added up and checked.
   *
   *     195 tuyến phát, trong đó có 48 tuyến … và 141 tuyến …   → parts 48 + 141 of the 195
   */
  private isBreakdownPart(q: Quantity, metric: Metric, end: number): boolean {
    if (anyWithin(this.breakdowns, this.clauseStart, q.start) && this.current?.metric === metric.id)
      this.afterBreakdown = true;
    if (!this.afterBreakdown || !this.madeHere.has(metric.id)) return false;
    if (this.breakdown && this.breakdown.fig.metric === metric.id) {
      this.breakdown.parts.push(q.value);
      this.breakdown.end = end;
    }
    return true;
  }

  /**
   * Where a figure's phrase starts: its subject, else its hedge or verb; an estimate word, a target word
   * or a verb right before the subject joins it, since it tells a reader what kind of figure it is.
   *
   *     ước tính tiết kiệm cho người dân trên 20 tỷ đồng   → from "ước tính"
   *     phấn đấu doanh thu đạt 170 tỷ đồng                  → from "phấn đấu"
   */
  private figureStart(q: Quantity, metric: Metric): number {
    let start =
      this.subject?.metric === metric ? this.subject.start : hedgeStart(this.lower, this.clauseStart, q.start);
    const estimate = ESTIMATE_BEFORE.exec(this.lower.slice(Math.max(this.clauseStart, start - 16), start));
    if (estimate) return Math.max(this.clauseStart, start - 16) + estimate.index;
    if (this.subject?.metric === metric) {
      const lead = LEAD_BEFORE.exec(this.lower.slice(Math.max(this.clauseStart, start - 30), start));
      if (lead) start = Math.max(this.clauseStart, start - 30) + lead.index;
    }
    return start;
  }

  /** A figure read into the entry, with the plan share set for every figure listed after "các chỉ tiêu …". */
  private publish(fig: FigureDraft, target: boolean): void {
    fig.quote = this.text.slice(fig.start, fig.end).trim();
    this.applyGeneralPlan(fig);
    (target ? this.out.targets : this.out.kpis).push(fig);
    this.madeHere.add(fig.metric);
    this.sentenceFigures.push(fig);
  }

  /**
   * Percentages with a subject and no amount become a figure of their own (value null), or a service's
   * growth when the subject is a service.
   *
   *     Doanh thu bưu chính chuyển phát tăng 48% so với năm 2017   → a change for postal_delivery_revenue
   *     tiết kiệm bưu điện tăng 54,4%                              → serviceGrowth "Tiết kiệm bưu điện"
   */
  private flush(): void {
    if (this.pending.length > 0 && this.subject) this.emitPercentsOnly(this.subject, this.pending);
    this.pending = [];
  }

  private emitPercentsOnly(subj: Subject, hits: PercentHit[]): void {
    const first = hits[0]!;
    const start = Math.min(subj.start, ...hits.map((h) => h.phraseStart));
    const end = Math.max(...hits.map((h) => h.phraseEnd));
    const quote = this.text.slice(start, end).trim();
    if (subj.scope && subj.metric) return this.leaveOut(subj.scope, quote);
    const frame = this.frameFor(first.q.start, null);
    if (frame.kind === 'span') return this.leaveOut('span', quote, frame);
    const { target, year } = this.decideAt(first.q.start, frame);
    const period = this.periodFor(frame, target, first.q.start, end);
    if (period === 'H2') return this.leaveOut('H2', quote);
    if (isPastPlan(target, year, this.ctx)) return this.leaveOut('past-plan', quote);
    if (frame.source === 'local' || frame.source === 'attached') this.lastOwnFrame = frame;
    const metric = subj.metric;
    const onlyChange = hits.every((h) => h.role !== 'plan' && h.role !== 'plan-excess');
    if (!metric || (metric.group === 'service' && onlyChange && !target))
      return this.emitServiceGrowth(subj, hits, { year, period, quote, start });
    const fig: FigureDraft = {
      kind: target ? 'target' : 'result',
      metric: metric.id,
      value: null,
      unit: metric.unit,
      qualifier: first.qualifier,
      estimated: this.estimatedBetween(subj.start, first.q.start),
      year,
      period,
      quote,
      block: this.block,
      start,
      end,
      warnings: [],
    };
    for (const h of hits) attachPercent(fig, h, metric, this.text);
    this.publish(fig, target);
  }

  private emitServiceGrowth(
    subj: Subject,
    hits: PercentHit[],
    at: { year: number; period: Period; quote: string; start: number },
  ): void {
    const metric = subj.metric;
    const name = subj.service ?? this.text.slice(subj.start, subj.end);
    const draft: ServiceGrowthDraft = {
      service: cleanServiceName(name),
      ...(metric ? { metric: metric.id } : {}),
      changePercent: 0,
      year: at.year,
      period: at.period,
      quote: at.quote,
      block: this.block,
      start: at.start,
      warnings: [],
    };
    let hasChange = false;
    for (const h of hits) {
      if (h.role === 'plan' || h.role === 'plan-excess')
        draft.planPercent = h.role === 'plan' ? h.q.value : 100 + h.q.value;
      else {
        const c = readChange(h, metric, this.text, draft.warnings, 'serviceGrowth');
        if (c) {
          draft.changePercent = c.value;
          if (c.qualifier !== 'exact') draft.qualifier = c.qualifier;
          hasChange = true;
        }
      }
    }
    if (hasChange && draft.service.length > 0) this.out.serviceGrowth.push(draft);
  }

  /**
   * A subject that is a service outside the catalogue: the noun phrase before "tăng N%" in a list
   * ("như: Chuyển phát bưu phẩm bảo đảm tăng 13,3%, tiết kiệm bưu điện tăng 54,4%"), or the sentence's
   * subject when it names a service ("Dịch vụ bảo hiểm y tế … tăng 138%").
   */
  private serviceSubject(zoneStart: number, hit: PercentHit): Subject | null {
    const sentence = this.lower.slice(this.s0, Math.min(hit.q.start, this.s0 + 200));
    const isChange = hit.role === 'change' || hit.role === 'change-negative' || hit.role === 'index';
    if (isChange) {
      // An item is at most 60 characters: 200 before the phrase are enough (and keep the scan short).
      const from = Math.max(zoneStart, hit.phraseStart - 200);
      const before = this.lower.slice(from, hit.phraseStart);
      const item = listItemBefore(before);
      if (item && (from === zoneStart || item.index > 0)) {
        const st = from + before.lastIndexOf(item.name);
        return this.serviceAt(st, item.name.length);
      }
    }
    const lead = leadingService(sentence, !isChange);
    return lead ? this.serviceAt(this.s0 + lead.at, lead.length) : null;
  }

  private serviceAt(start: number, length: number): Subject {
    return { metric: null, service: this.text.slice(start, start + length), start, end: start + length };
  }

  /** Left out with a warning; the percentages that follow are its own, not the next figure's. */
  private leaveOut(why: LeftOut, phrase: string, frame?: Frame): void {
    this.dropRest = true;
    this.pending = [];
    this.out.warnings.push(leftOutWarning(why, phrase, this.ctx, frame));
    this.trace(why, phrase);
  }

  private trace(rule: string, phrase: string): void {
    this.ctx.trace?.({ rule, phrase });
  }

  /** The start of the comma-delimited segment of the clause that holds `at` (searched back to the clause's start only). */
  private segmentStart(at: number): number {
    const floor = Math.max(this.clauseStart, this.s0, at - SEGMENT_REACH);
    for (let i = at - 1; i >= floor; i -= 1) if (this.lower.charCodeAt(i) === COMMA) return i + 1;
    return floor;
  }

  /** The time frame of a figure whose amount is at `at` (ending at `end`; null for a percentage). */
  private frameFor(at: number, end: number | null): Frame {
    const s = this.subject;
    const from =
      s && s.start >= this.s0 ? Math.min(this.segmentStart(s.start), this.segmentStart(at)) : this.segmentStart(at);
    return this.time.frameOf(from, at, end, this.topic, this.carry);
  }

  /**
   * Result or target at `at`. A target word binds the amounts after it until a past result is named:
   * "được giao kế hoạch doanh thu 300 tỷ đồng, thực hiện được 310 tỷ đồng" plans 300 and reports 310.
   */
  private decideAt(at: number, frame: Frame): { target: boolean; year: number } {
    const cue = lastWithin(this.strongCues, this.clauseStart, at);
    const strong = cue >= 0 && !PAST_RESULT.test(this.lower.slice(Math.max(cue, at - 300), at));
    return decide(frame, strong, anyWithin(this.weakCues, this.s0, at), this.ctx);
  }

  private periodFor(frame: Frame, target: boolean, at: number, end: number): Period | 'H2' {
    return periodOf(frame, target, this.lower.slice(Math.max(this.clauseStart, at - 200), end), this.ctx);
  }

  private estimatedBetween(from: number, to: number): boolean {
    return ESTIMATED.test(this.lower.slice(Math.max(this.clauseStart, from - 12, to - 200), to));
  }

  /** "hoàn thành vượt mức từ 2% các chỉ tiêu kế hoạch …, trong đó: Tổng doanh thu …": each figure's plan share. */
  private applyGeneralPlan(fig: FigureDraft): void {
    const g = this.generalPlan;
    if (!g || fig.planPercent !== undefined) return;
    if (fig.kind !== (this.decideAt(g.q.start, this.frameFor(g.q.start, null)).target ? 'target' : 'result')) return;
    fig.planPercent = round(g.role === 'plan' ? g.q.value : 100 + g.q.value);
    if (g.qualifier !== 'exact') fig.planQualifier = g.qualifier;
    fig.corporatePlan = g.corporatePlan;
    fig.quote = `${this.text.slice(g.phraseStart, g.phraseEnd).trim()} … ${fig.quote}`;
  }

  /** At the sentence's end: do the parts listed after "trong đó" add up to their total? */
  private checkBreakdown(): void {
    const b = this.breakdown;
    if (!b || b.parts.length < 2 || b.fig.value === null) return;
    const sum = b.parts.reduce((x, y) => x + y, 0);
    if (sum !== b.fig.value)
      b.fig.warnings.push(partsWarning(this.text.slice(b.fig.start, b.end).trim(), sum, b.fig.value));
  }
}

/** The unit of an amount of money: per person per month or year, or plain đồng. */
function moneyUnit(q: Quantity): Unit {
  return q.per === 'person/month' ? 'VND/person/month' : q.per === 'person/year' ? 'VND/person/year' : 'VND';
}

/** The unit an amount is in: money's own, or the metric's for a count. */
function unitOf(q: Quantity, metric: Metric): Unit {
  return q.kind === 'money' ? moneyUnit(q) : metric.unit;
}
