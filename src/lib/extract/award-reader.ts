/**
 * The award reader: the one place that holds state while a paragraph's awards are read.
 *
 * A paragraph is read sentence by sentence and each sentence clause by clause (rules/award-clause.ts
 * says where clauses end). In a clause the reader finds the distinctions (rules/distinction.ts) and the
 * givers (givers.ts), decides the clause's shape — passive, receiving, active, on someone's behalf — and
 * then, for each distinction, who gave it and who received it. What a sentence names carries to its next
 * clause: "Bộ … tặng Cờ thi đua cho A; Bằng khen cho B" gives both.
 *
 *     Thừa ủy quyền của Chủ tịch nước, đồng chí X trao Huân chương Lao động hạng Nhì cho bà Y.
 *     ^proxy: the giver is the state   ^presenter         ^distinction              ^recipient
 */
import { warning } from '../schema/review.ts';
import { lowerKeepLength } from '../vi-number.ts';
import type { AwardContext, AwardDraft } from './award-types.ts';
import { findGivers, type GiverHit } from './givers.ts';
import {
  AND_ONLY,
  CAPITALISED,
  LEADING_SPACE,
  TRAILING_SEPARATORS,
  ATTAINABLE,
  AUXILIARIES,
  AWARD_WORDS,
  AWARD_YEAR,
  A_DEPARTMENT,
  CAPTION_LABEL,
  CEREMONY_TAIL,
  FOR_LATER,
  FOR_RECIPIENT,
  GENERIC_AWARD,
  GENERIC_PREDICATE,
  GIVER_GAP,
  GIVER_LATER,
  GIVER_LINK,
  GIVE_VERB,
  HAS,
  INTRO,
  ITEMISED_NEXT,
  LEADERS_OF,
  NEXT_GIVING,
  NEXT_GIVING_OR_CLAUSE,
  OF_GIVER,
  ON_BEHALF,
  OVER_TIME,
  PASSIVE_SUBJECT,
  RECEIVES,
  RECEIVES_OR_ATTAINS,
  RECIPIENTS_FOLLOW,
  SUBJECT_TAIL,
  quoteStart,
  splitClauses,
  trimQuote,
} from './rules/award-clause.ts';
import { findAwards, type AwardHit } from './rules/distinction.ts';
import { RECIPIENT_START, cutRecipient, parseRecipients, type RecipientPart } from './rules/recipients.ts';
import { splitSentences } from './sentences.ts';
import { maskComparisonYears } from './years.ts';

/** The giver recorded when the text names none (replaced by "Không nêu tên" when the awards are merged). */
export const UNKNOWN_GIVER = '\u0000unknown';

/** What a sentence's earlier clauses leave to the next: the last giver and the last recipients. */
interface Carry {
  giver: GiverHit | null;
  recipient: string | null;
}

/** The clause's subject: who received (passive) or who gave and who presented (active). */
interface ClauseSubject {
  recipient: string | null;
  givers: GiverHit[];
  presenter: string | undefined;
}

/** Reads the awards of one block (a paragraph or a caption). */
export class AwardReader {
  private readonly lower: string;
  /** Givers that gave something in this block, for a later title of their rank ("Chiến sĩ thi đua cấp bộ"). */
  private readonly seenGivers: GiverHit[] = [];
  private carry: Carry = { giver: null, recipient: null };
  // The clause being read.
  private ce = 0;
  private start = 0;
  private givers: GiverHit[] = [];

  constructor(
    private readonly text: string,
    private readonly block: number,
    private readonly fromCaption: boolean,
    private readonly ctx: AwardContext,
  ) {
    this.lower = lowerKeepLength(text);
  }

  /** Every award of the block, in text order. */
  read(): AwardDraft[] {
    const drafts: AwardDraft[] = [];
    // Most paragraphs mention no distinction at all; skip them cheaply.
    if (!AWARD_WORDS.test(this.lower)) return drafts;
    const sentences = splitSentences(this.text);
    sentences.forEach((sentence, si) => {
      this.carry = { giver: null, recipient: null };
      const before = drafts.length;
      if (!AWARD_WORDS.test(this.lower.slice(sentence.start, sentence.end))) return;
      for (const [cs, ce] of splitClauses(sentence.start, sentence.end, this.lower))
        drafts.push(...this.readClause(cs, ce));
      // "… đã khen thưởng các tập thể, cá nhân …. Cụ thể, …": the summary is itemised next; drop it.
      if (ITEMISED_NEXT.test(sentences[si + 1]?.text ?? '')) {
        for (let i = drafts.length - 1; i >= before; i -= 1) if (drafts[i]!.count === null) drafts.splice(i, 1);
      }
    });
    return drafts;
  }

  /**
   * One clause: its distinctions, its shape, then each distinction's giver and recipients.
   *
   *     Bưu điện tỉnh và 06 tập thể đã được Tổng Công ty tặng Giấy khen
   *     ^passive subject: the recipients     ^giver          ^distinction
   */
  private readClause(csIn: number, ce: number): AwardDraft[] {
    // A clause after a semicolon starts with a space: its first word is where it starts.
    const cs = csIn + LEADING_SPACE.exec(this.text.slice(csIn, Math.min(ce, csIn + 20)))![0].length;
    this.ce = ce;
    const shift = <T extends { start: number; end: number }>(h: T): T => ({
      ...h,
      start: h.start + cs,
      end: h.end + cs,
    });
    const awards = findAwards(this.lower.slice(cs, ce), this.text.slice(cs, ce)).map(shift);
    // A clause names a distinction or "khen thưởng" before any giver matters.
    if (awards.length === 0 && !GENERIC_AWARD.test(this.lower.slice(cs, ce))) return [];
    this.givers = findGivers(this.lower.slice(cs, ce), this.text.slice(cs, ce)).map(shift);
    this.start = cs + (INTRO.exec(this.text.slice(cs, ce))?.[0].length ?? 0);
    if (awards.length === 0) {
      const generic = this.genericAward();
      if (generic) awards.push(generic);
    }
    if (awards.length === 0) return [];
    const subject = this.clauseSubject(awards[0]!);
    const year = awardYear(this.lower.slice(cs, ce), this.ctx.reportYear);
    return awards.flatMap((a, i) => this.readAward(a, awards[i + 1], subject, year));
  }

  /**
   * "Chủ tịch UBND tỉnh tặng thưởng cho 01 cá nhân", "Nhiều tập thể, cá nhân được Tổng công ty …
   * khen thưởng": a reward with no distinction named, when recipients are named with it. Not "được …
   * khen thưởng cả 4 quý" (praise over time), nor after a subject that is a clause ("đơn vị luôn đứng
   * trong top đầu và được … khen thưởng").
   */
  private genericAward(): AwardHit | null {
    const v = GENERIC_AWARD.exec(this.lower.slice(this.start, this.ce));
    if (!v) return null;
    const at = this.start + v.index;
    const passiveSubject = PASSIVE_SUBJECT.exec(this.lower.slice(this.start, at));
    const after = this.lower.slice(at + v[0].length, this.ce);
    const forward = RECIPIENTS_FOLLOW.test(after);
    const nounPhrase =
      passiveSubject && RECIPIENT_START.test(passiveSubject[1]!) && !GENERIC_PREDICATE.test(passiveSubject[1]!);
    if (OVER_TIME.test(after) || !(nounPhrase || forward)) return null;
    return { start: at, end: at + v[0].length, award: 'Khen thưởng', generic: true, direct: !passiveSubject };
  }

  /**
   * Who the clause's subject is. Passive or receiving: the recipients ("06 tập thể được … tặng"), the
   * givers after the verb. Active: the givers ("Tổng công ty đã trao tặng …"), or a presenter when the
   * subject is a person ("Phó Chủ tịch UBND tỉnh X trao …"); "Thừa ủy quyền của X" makes X the giver.
   */
  private clauseSubject(first: AwardHit): ClauseSubject {
    const { text, lower, start } = this;
    const leadLower = lower.slice(start, first.start);
    // Receiving: "được (nhận)", "đón nhận", "nhận", and "đạt danh hiệu …" (a title is attained).
    const attains = ATTAINABLE.test(lower.slice(first.start, first.start + 12));
    const passive = (attains ? RECEIVES_OR_ATTAINS : RECEIVES).exec(leadLower);
    if (passive && !first.direct) {
      let recipient = text.slice(start, start + passive.index).trim();
      if (HAS.test(recipient)) recipient = recipient.replace(HAS, '');
      recipient = recipient.replace(CEREMONY_TAIL, '');
      const givers = this.giverList(start + passive.index + passive[0].length, first.start);
      return { recipient, givers, presenter: undefined };
    }
    const proxy = ON_BEHALF.exec(lower.slice(start, first.start));
    const proxyGiver = proxy
      ? (this.givers.find((g) => g.start === start + proxy.index + proxy[0].length) ?? null)
      : null;
    const verb = GIVE_VERB.exec(lower.slice(start, first.start));
    const subjEnd = verb ? start + verb.index : first.start;
    let subjStart = start;
    let presenter: string | undefined;
    if (proxy && proxyGiver) {
      // "Thừa ủy quyền của X, đồng chí Y … trao": Y presents. "Y thừa ủy quyền của X trao": likewise.
      const beforeProxy = text
        .slice(start, start + proxy.index)
        .trim()
        .replace(TRAILING_SEPARATORS, '');
      if (beforeProxy) presenter = beforeProxy;
      const comma = lower.indexOf(',', proxyGiver.end);
      subjStart = comma >= 0 && comma < subjEnd ? comma + 1 : proxyGiver.end;
    }
    const subject = text.slice(subjStart, subjEnd).replace(SUBJECT_TAIL, '').trim();
    const indent = text.slice(subjStart).length - text.slice(subjStart).trimStart().length;
    const leaders = LEADERS_OF.exec(lowerKeepLength(subject))?.[0].length ?? 0;
    const listed = this.giverList(subjStart + indent + leaders, subjEnd);
    let givers: GiverHit[] = [];
    const onlyGivers =
      listed.length > 0 &&
      lowerKeepLength(text.slice(listed[listed.length - 1]!.end, subjEnd))
        .replace(AUXILIARIES, '')
        .trim() === '';
    if (onlyGivers) givers = listed;
    else if (subject && !presenter) presenter = subject;
    if (proxyGiver) givers = [proxyGiver];
    return { recipient: null, givers, presenter };
  }

  /** Givers listed one after another from `from`: "của Giám đốc Bưu điện tỉnh, Công đoàn Bưu điện tỉnh và …". */
  private giverList(from: number, limit: number): GiverHit[] {
    const out: GiverHit[] = [];
    let at = from;
    for (;;) {
      const gap = GIVER_GAP.exec(this.lower.slice(at, limit))![0].length;
      const g = this.givers.find((x) => x.start === at + gap);
      if (!g || g.end > limit) break;
      out.push(g);
      at = g.end;
    }
    return out;
  }

  /**
   * One distinction of the clause: its givers, its recipients, one draft per giver and recipient.
   *
   *     tặng Cờ thi đua cho hai tập thể là Bưu điện huyện A và Bưu điện thị xã B
   *          ^award      ^recipients follow "cho"
   */
  private readAward(a: AwardHit, next: AwardHit | undefined, subject: ClauseSubject, year: number): AwardDraft[] {
    const limit = next ? next.start : this.ce;
    const own = this.ownGivers(a, limit);
    const awardGivers = this.giversOf(a, own, subject, limit);
    const afterGivers = own.length > 0 ? own[own.length - 1]!.end : a.end;
    const found = this.recipientsOf(a, next, limit, afterGivers, subject);
    if (!found) return [];
    const { raw: recipientRaw, end: recipientEnd } = found;
    const cut = cutRecipient(recipientRaw);
    if (!cut || (!RECIPIENT_START.test(lowerKeepLength(cut)) && !CAPITALISED.test(cut))) return [];
    this.carry.recipient = cut;
    let parts = parseRecipients(cut);
    if (a.only === 'collective') parts = parts.filter((p) => p.kind !== 'individual');
    if (a.only === 'individual') parts = parts.map((p) => (p.kind === 'mixed' ? { ...p, kind: 'individual' } : p));
    const quoteEnd = Math.min(this.ce, Math.max(a.end, afterGivers, subject.recipient !== null ? a.end : recipientEnd));
    const quote = trimQuote(this.text.slice(quoteStart(this.text, this.start, a.start), quoteEnd));
    return this.drafts(a, awardGivers, parts, subject.presenter, quote, year);
  }

  /** Givers named with the award: "Cờ thi đua của Bộ …", "Cờ thi đua Chính phủ", "giấy khen của A, B". */
  private ownGivers(a: AwardHit, limit: number): GiverHit[] {
    const after = this.lower.slice(a.end, limit);
    let own = this.giverList(a.end + GIVER_LINK.exec(after)![0].length, limit);
    if (own.length === 0 && !a.direct) {
      // "Cờ thi đua xuất sắc, dẫn đầu … năm 2019 của Bộ thông tin và Truyền thông cho …".
      const later = GIVER_LATER.exec(after);
      const cho = FOR_LATER.exec(after);
      if (later && (!cho || later.index < cho.index))
        own = this.giverList(a.end + later.index + later[0].length, limit);
    }
    return own.length > 0 && a.direct ? [] : own;
  }

  /**
   * Who gave it, strongest evidence first: named with it, the clause's subject, the people praised "của"
   * a unit, the presenter's organisation, a giver of the level the name implies named earlier, the last
   * giver of the sentence; else nobody (kept, with the level its name implies, and a warning).
   */
  private giversOf(a: AwardHit, own: GiverHit[], subject: ClauseSubject, limit: number): GiverHit[] {
    let givers: GiverHit[] = own.length > 0 ? own : subject.givers;
    if (givers.length === 0 && a.direct) {
      // "tuyên dương người lao động tiêu biểu của Bưu điện tỉnh": a unit praising its own people.
      const of = OF_GIVER.exec(this.lower.slice(a.end, limit));
      if (of) givers = this.giverList(a.end + of.index + of[0].length, limit);
    }
    if (givers.length === 0 && subject.presenter) {
      const org = presenterOrganisation(subject.presenter);
      if (org) givers = [org];
    }
    if (givers.length === 0 && a.impliedLevel) {
      const same = [...this.seenGivers].reverse().find((g) => g.level === a.impliedLevel);
      if (same) givers = [same];
      else if (a.impliedLevel === 'state') givers = [{ start: 0, end: 0, level: 'state', name: 'Chủ tịch nước' }];
    }
    if (givers.length === 0 && this.carry.giver) givers = [this.carry.giver];
    if (givers.length === 0) return [{ start: 0, end: 0, level: a.impliedLevel ?? 'unit', name: UNKNOWN_GIVER }];
    this.carry.giver = givers[givers.length - 1]!;
    // Givers that gave something, for a later title of their rank; not every name in the paragraph (a
    // recipient's role names an organisation too).
    this.seenGivers.push(...givers);
    return givers;
  }

  /**
   * Who received it, and where the phrase that says so ends: after "cho", after a praise verb, after the
   * last of two awards listed together, the passive subject, or the recipients carried from before.
   */
  private recipientsOf(
    a: AwardHit,
    next: AwardHit | undefined,
    limit: number,
    afterGivers: number,
    subject: ClauseSubject,
  ): { raw: string; end: number } | null {
    const { text, lower, ce } = this;
    let raw: string | null = null;
    let end = a.end;
    if (a.direct && !a.generic) {
      raw = text.slice(a.end, limit).replace(LEADING_SPACE, '');
      end = limit;
    } else {
      const cho = FOR_RECIPIENT.exec(lower.slice(afterGivers, limit));
      if (cho) {
        const from = afterGivers + cho.index + cho[0].length;
        const stop = NEXT_GIVING.exec(lower.slice(from, limit));
        raw = text.slice(from, stop ? from + stop.index : limit);
        end = from + raw.length;
      } else if (next && AND_ONLY.test(lower.slice(a.end, next.start))) {
        // "tặng Cờ thi đua và Bằng khen cho 01 cá nhân": the recipient follows the last award listed.
        const cho2 = FOR_RECIPIENT.exec(lower.slice(next.end, ce));
        if (cho2) {
          const from = next.end + cho2.index + cho2[0].length;
          const stop = NEXT_GIVING_OR_CLAUSE.exec(lower.slice(from, ce));
          raw = text.slice(from, stop ? from + stop.index : ce);
          end = from + raw.length;
        }
      } else if (a.direct && a.generic) {
        raw = text.slice(a.end, limit).replace(LEADING_SPACE, '');
        end = limit;
      }
    }
    if (subject.recipient !== null) {
      // In a passive clause the subject received it, unless a "cho …" names someone who can.
      const named = raw ? parseRecipients(cutRecipient(raw)) : [];
      if (!raw || (a.only === 'collective' && named.every((p) => p.kind === 'individual'))) raw = subject.recipient;
    } else if (!raw && this.carry.recipient) {
      raw = this.carry.recipient;
    }
    return raw ? { raw, end } : null;
  }

  /**
   * The drafts of one distinction: one per giver and recipient part. Several givers and a counted
   * recipient ("14 tập thể … của Bộ …, Tổng Công ty …") make one entry, or the same 14 would count twice.
   */
  private drafts(
    a: AwardHit,
    awardGivers: GiverHit[],
    parts: RecipientPart[],
    presenter: string | undefined,
    quote: string,
    year: number,
  ): AwardDraft[] {
    const counted = parts.some((p) => p.count !== null);
    const several = awardGivers.length > 1 && counted;
    const giverEntries: GiverHit[] = several
      ? [{ ...awardGivers[0]!, name: awardGivers.map((g) => g.name).join('; ') }]
      : awardGivers;
    const names = awardGivers.map((x) => x.name).join(', ');
    const out: AwardDraft[] = [];
    for (const g of giverEntries) {
      for (const p of parts) {
        const draft: AwardDraft = {
          award: a.award,
          ...(a.title ? { title: a.title } : {}),
          level: g.level,
          giver: g.name,
          ...(presenter && presenter !== g.name ? { presenter: presenter.replace(CAPTION_LABEL, '') } : {}),
          recipient: p.text,
          recipientKind: p.kind,
          count: p.count,
          year,
          quote,
          block: this.block,
          start: this.start,
          warnings: [],
          fromCaption: this.fromCaption,
          ...(a.generic ? { generic: true } : {}),
          ...(g.name === UNKNOWN_GIVER ? { levelFromName: a.impliedLevel !== undefined } : {}),
        };
        if (a.aggregate) draft.warnings.push(aggregateWarning(quote, p.text));
        else if (several) draft.warnings.push(severalGiversWarning(quote, names));
        if (a.generic) draft.warnings.push(genericWarning(quote));
        out.push(draft);
      }
    }
    return out;
  }
}

/** The organisation a presenter works for ("Phó Tổng giám đốc Tổng công ty Đinh Như Hạnh"). */
function presenterOrganisation(presenter: string): GiverHit | null {
  const p = lowerKeepLength(presenter);
  // A Sở hands over a ministry's award but never gives one; a person's role names where they work.
  if (A_DEPARTMENT.test(p)) return null;
  return findGivers(p, presenter)[0] ?? null;
}

/** The year an award is for: one named in the clause close to the report year, else the report year. */
function awardYear(clauseLower: string, reportYear: number): number {
  const m = AWARD_YEAR.exec(maskComparisonYears(clauseLower));
  const y = m ? Number(m[1]) : reportYear;
  return Math.abs(y - reportYear) <= 1 ? y : reportYear;
}

function aggregateWarning(quote: string, recipient: string) {
  return warning(
    'awards',
    `"${quote}" nêu chung nhiều hình thức khen thưởng cho ${recipient}; bài không nói ai nhận hình thức nào.`,
    `"${quote}" lists several distinctions for ${recipient} together; the article does not say who received which.`,
    quote,
  );
}

function severalGiversWarning(quote: string, names: string) {
  return warning(
    'awards',
    `"${quote}" nêu nhiều nơi tặng (${names}) cho cùng người nhận; chỉ ghi một lần, theo cấp của nơi đầu tiên.`,
    `"${quote}" names several givers (${names}) for the same recipients; recorded once, at the level of the first.`,
    quote,
  );
}

/** The English message of the warning a generic reward carries (award-merge.ts removes it when a caption names the distinction). */
export const GENERIC_EN = 'does not name the distinction';

function genericWarning(quote: string) {
  return warning(
    'awards',
    `"${quote}" không nêu tên hình thức khen thưởng; ghi là "Khen thưởng".`,
    `"${quote}" ${GENERIC_EN}; recorded as "Khen thưởng".`,
    quote,
  );
}
