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
  ASPIRED,
  ATTAINABLE,
  AUXILIARIES,
  AWARD_WORDS,
  AWARD_YEAR,
  A_DEPARTMENT,
  BRACKETED_ASIDE,
  CAPITALISED_WORD,
  CAPTION_LABEL,
  CEREMONY_TAIL,
  CREDIT_NEXT,
  FOR_LATER,
  FOR_RECIPIENT,
  GENERIC_AWARD,
  GENERIC_PREDICATE,
  GIVER_GAP,
  GIVER_LATER,
  GIVER_LINK,
  GIVE_VERB,
  HAS,
  HELD,
  INTRO,
  ITEMISED_NEXT,
  LEADERS_OF,
  NEXT_GIVING,
  NEXT_GIVING_OR_CLAUSE,
  OF_GIVER,
  ON_BEHALF,
  OVER_TIME,
  PASSIVE_SUBJECT,
  PHOTO_CREDIT_AT_END,
  RECEIVES,
  RECEIVES_OR_ATTAINS,
  RECIPIENTS_FOLLOW,
  SUBJECT_TAIL,
  quoteStart,
  splitClauses,
  trimQuote,
} from './rules/award-clause.ts';
import { findAwards, type AwardHit } from './rules/distinction.ts';
import {
  DESCRIPTOR,
  ONE_OF_SEVERAL,
  RECEIVED_FOR,
  RECIPIENT_START,
  cutRecipient,
  parseRecipients,
  type RecipientPart,
} from './rules/recipients.ts';
import { splitSentences } from './sentences.ts';
import { maskComparisonYears } from './years.ts';

/** The giver recorded when the text names none (replaced by "Không nêu tên" when the awards are merged). */
export const UNKNOWN_GIVER = '\u0000unknown';
/** The recipient recorded when a caption names none. */
export const UNNAMED_RECIPIENT = 'Không nêu tên';

/** A giver as the reader keeps it: `hint` is the organisation of a presenter when nobody else is named. */
type ReadGiver = GiverHit & { hint?: string };

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
  /** Active: a giving verb before the distinction ("… trao tặng Cờ …"). */
  active: boolean;
  /** What the reading of a receiving subject leaves to a person to check. */
  doubt?: SubjectDoubt;
  /** A title set beside the recipient ("Bưu điện huyện X, đơn vị dẫn đầu phong trào thi đua, được …"). */
  title?: string;
}

/** Readings of a receiving subject that a person should check, with the phrase that caused them. */
type SubjectDoubt = { kind: 'one-of'; phrase: string } | { kind: 'on-behalf'; phrase: string };

/** Givers of distinctions listed together: "Bằng khen, Giấy khen của A, B" (paired: A's Bằng khen, B's Giấy khen). */
interface Listed {
  givers: GiverHit[];
  paired: boolean;
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
  private listed = new Map<AwardHit, Listed>();
  /** The sentence being read is a photo caption (its block is one, or a photo credit ends it). */
  private caption = false;

  private readonly text: string;
  private readonly block: number;
  private readonly fromCaption: boolean;
  private readonly ctx: AwardContext;

  constructor(text: string, block: number, fromCaption: boolean, ctx: AwardContext) {
    this.text = text;
    this.block = block;
    this.fromCaption = fromCaption;
    this.ctx = ctx;
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
      // "… trao Cờ thi đua cho Bưu điện tỉnh. Ảnh: Hữu Nam Năm 2023, …": a caption run into the body.
      this.caption =
        this.fromCaption || CREDIT_NEXT.test(sentences[si + 1]?.text ?? '') || PHOTO_CREDIT_AT_END.test(sentence.text);
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
    this.start = this.pastCredit(cs, cs + (INTRO.exec(this.text.slice(cs, ce))?.[0].length ?? 0));
    if (awards.length === 0) {
      const generic = this.genericAward();
      if (generic) awards.push(generic);
    }
    if (awards.length === 0) return [];
    const subject = this.clauseSubject(awards[0]!);
    if (!subject) return [];
    const year = awardYear(this.lower.slice(cs, ce), this.ctx.reportYear);
    this.listed = this.listedTogether(awards);
    return awards.flatMap((a, i) => this.readAward(a, awards[i + 1], subject, year));
  }

  /**
   * Where a clause that opens with a photo credit starts: past the photographer's name, the capitalised
   * words before an opening, a giver or a recipient.
   *
   *     Ảnh: Minh Châu Năm 2022, Bưu điện tỉnh được Bộ … tặng Cờ thi đua
   *          ^name     ^the clause (an opening, then its subject)
   */
  private pastCredit(cs: number, from: number): number {
    if (!CREDIT_NEXT.test(this.text.slice(cs, from))) return from;
    let at = from;
    for (let k = 0; k < 4; k += 1) {
      const name = CAPITALISED_WORD.exec(this.text.slice(at, this.ce));
      if (!name) return from;
      at += name[0].length;
      const rest = this.text.slice(at, this.ce);
      const intro = INTRO.exec(rest)?.[0].length ?? 0;
      if (intro > 0) return at + intro;
      if (RECIPIENT_START.test(lowerKeepLength(rest)) || this.givers.some((g) => g.start === at)) return at;
    }
    return from;
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
  private clauseSubject(first: AwardHit): ClauseSubject | null {
    const { text, lower, start } = this;
    const leadLower = lower.slice(start, first.start);
    // Receiving: "được (nhận)", "đón nhận", "nhận", and "đạt danh hiệu …" (a title is attained).
    const attains = ATTAINABLE.test(lower.slice(first.start, first.end));
    const passive = (attains ? RECEIVES_OR_ATTAINS : RECEIVES).exec(leadLower);
    if (passive && !first.direct) {
      // "Năm 2024, Bưu điện tỉnh phấn đấu đạt danh hiệu …": a plan; nobody received anything.
      if (ASPIRED.test(leadLower.slice(0, passive.index))) return null;
      let recipient = text.slice(start, start + passive.index).trim();
      if (HAS.test(recipient)) recipient = recipient.replace(HAS, '');
      recipient = recipient.replace(CEREMONY_TAIL, '');
      const givers = this.giverList(start + passive.index + passive[0].length, first.start);
      return { givers, presenter: undefined, active: false, ...receivingSubject(recipient) };
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
    // "Giám đốc Sở … trao Cờ thi đua của Bộ …": a department gives its own Giấy khen, and presents the rest.
    if (onlyGivers && listed.every((g) => g.givesOnly) && subject) presenter ??= subject;
    // "Thừa ủy quyền của Bộ TT-TT, lãnh đạo Sở TT-TT tỉnh trao …": whoever the subject is, they present.
    if (proxyGiver) {
      givers = [proxyGiver];
      if (subject) presenter ??= subject;
    }
    return { recipient: null, givers, presenter, active: verb !== null };
  }

  /**
   * Distinctions listed together share the givers named after the last of them; as many givers as
   * distinctions pair in order.
   *
   *     trao tặng bằng khen, giấy khen của Bộ Khoa học và Công nghệ, Tổng công ty Bưu điện Việt Nam
   *               ^listed together          ^the first's giver        ^the second's
   */
  private listedTogether(awards: AwardHit[]): Map<AwardHit, Listed> {
    const out = new Map<AwardHit, Listed>();
    for (let i = 0; i < awards.length;) {
      let j = i;
      while (j + 1 < awards.length && AND_ONLY.test(this.lower.slice(awards[j]!.end, awards[j + 1]!.start))) j += 1;
      const run = awards.slice(i, j + 1);
      const last = run[run.length - 1]!;
      const givers = run.length > 1 ? this.namedWith(last, awards[j + 1]?.start ?? this.ce) : [];
      const paired = run.length > 1 && givers.length === run.length && !run.some((a) => a.direct);
      if (givers.length > 0)
        run.forEach((a, k) => out.set(a, paired ? { givers: [givers[k]!], paired } : { givers, paired }));
      i = j + 1;
    }
    return out;
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
    const listed = this.listed.get(a);
    const own = listed?.givers ?? this.ownGivers(a, limit);
    const { givers: awardGivers, presenter } = this.giversOf(a, own, subject, limit);
    const afterGivers = own.length > 0 ? Math.max(...own.map((g) => g.end)) : a.end;
    const found = this.recipientsOf(a, next, limit, afterGivers, subject);
    const quoteOf = (end: number): string =>
      trimQuote(this.text.slice(quoteStart(this.text, this.start, a.start), Math.min(this.ce, end)));
    if (!found)
      return this.unnamedRecipient(a, subject, awardGivers, presenter, quoteOf(Math.max(a.end, afterGivers)), year);
    const { raw: recipientRaw, end: recipientEnd } = found;
    const described = DESCRIPTOR.read(recipientRaw);
    const cut = cutRecipient(described?.recipients ?? recipientRaw);
    if (!cut || (!RECIPIENT_START.test(lowerKeepLength(cut)) && !CAPITALISED.test(cut))) return [];
    this.carry.recipient = cut;
    let parts = parseRecipients(cut);
    if (a.only === 'collective') parts = parts.filter((p) => p.kind !== 'individual');
    if (a.only === 'individual') parts = parts.map((p) => (p.kind === 'mixed' ? { ...p, kind: 'individual' } : p));
    const quote = quoteOf(
      Math.max(a.end, afterGivers, subject.recipient !== null && !found.follows ? a.end : recipientEnd),
    );
    const title = a.title ?? subject.title ?? (described ? cap(described.title) : undefined);
    const drafts = this.drafts({ ...a, ...(title ? { title } : {}) }, awardGivers, parts, presenter, quote, year);
    for (const d of drafts) {
      if (listed?.paired) d.warnings.push(pairedWarning(quote, d.award, d.giver));
      if (subject.doubt && found.raw === subject.recipient) d.warnings.push(subjectWarning(quote, subject.doubt, d));
      if (found.doubt) d.warnings.push(subjectWarning(quote, found.doubt, d));
    }
    return drafts;
  }

  /**
   * A caption that shows a distinction handed over and names nobody who received it: "Giám đốc Sở … trao
   * tặng Cờ “Đơn vị xuất sắc phong trào thi đua năm 2018”". Kept when the distinction says who can receive
   * it (a flag goes to a collective), with a warning; in the text, or with no giving verb (a photo of the
   * flag), such a clause is no award of its own.
   */
  private unnamedRecipient(
    a: AwardHit,
    subject: ClauseSubject,
    givers: ReadGiver[],
    presenter: string | undefined,
    quote: string,
    year: number,
  ): AwardDraft[] {
    if (!this.caption || !subject.active || !a.only || a.direct || a.generic || this.carry.recipient) return [];
    const part: RecipientPart = { text: UNNAMED_RECIPIENT, kind: a.only, count: null };
    const drafts = this.drafts(a, givers, [part], presenter, quote, year);
    for (const d of drafts) d.warnings.push(unnamedRecipientWarning(quote));
    return drafts;
  }

  /** Givers named right after the award: "Cờ thi đua của Bộ …", "Cờ thi đua Chính phủ", "giấy khen của A, B". */
  private namedWith(a: AwardHit, limit: number): GiverHit[] {
    return this.giverList(a.end + GIVER_LINK.exec(this.lower.slice(a.end, limit))![0].length, limit);
  }

  /** Givers named with the award, right after it or later, before its recipients ("… năm 2019 của Bộ … cho"). */
  private ownGivers(a: AwardHit, limit: number): GiverHit[] {
    const after = this.lower.slice(a.end, limit);
    let own = this.namedWith(a, limit);
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
  private giversOf(
    a: AwardHit,
    own: GiverHit[],
    subject: ClauseSubject,
    limit: number,
  ): { givers: ReadGiver[]; presenter: string | undefined } {
    let presenter = subject.presenter;
    let givers: ReadGiver[] = own.length > 0 ? own : subject.givers;
    // "Giám đốc Sở … trao Bằng khen của Bộ …" presents it; a Sở gives only its own Giấy khen.
    const handing = givers.find((g) => g.givesOnly && !g.givesOnly.test(a.award));
    if (handing) {
      givers = givers.filter((g) => g !== handing);
      presenter ??= this.text.slice(handing.start, handing.end);
    }
    if (givers.length === 0 && a.direct) {
      // "tuyên dương người lao động tiêu biểu của Bưu điện tỉnh": a unit praising its own people.
      const of = OF_GIVER.exec(this.lower.slice(a.end, limit));
      if (of) givers = this.giverList(a.end + of.index + of[0].length, limit);
    }
    if (givers.length === 0 && presenter) {
      // "Phó Tổng giám đốc Tổng công ty X trao giấy khen": the presenter's organisation may have given it,
      // or may only hand it over; the giver stays unnamed, at the level of that organisation, with a warning.
      const org = presenterOrganisation(presenter);
      // "Bưu điện tỉnh đã tổ chức biểu dương …": the subject is the organisation itself, which gives.
      if (org && org.start === 0 && org.end >= presenter.trimEnd().length) givers = [org];
      else if (org) return { givers: [{ ...org, start: 0, end: 0, name: UNKNOWN_GIVER, hint: org.name }], presenter };
    }
    if (givers.length === 0 && a.impliedLevel) {
      const same = [...this.seenGivers].reverse().find((g) => g.level === a.impliedLevel);
      if (same) givers = [same];
      else if (a.impliedLevel === 'state') givers = [{ start: 0, end: 0, level: 'state', name: 'Chủ tịch nước' }];
    }
    if (givers.length === 0 && this.carry.giver) givers = [this.carry.giver];
    if (givers.length === 0)
      return { givers: [{ start: 0, end: 0, level: a.impliedLevel ?? 'unit', name: UNKNOWN_GIVER }], presenter };
    this.carry.giver = givers[givers.length - 1]!;
    // Givers that gave something, for a later title of their rank; not every name in the paragraph (a
    // recipient's role names an organisation too).
    this.seenGivers.push(...givers);
    return { givers, presenter };
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
  ): { raw: string; end: number; doubt?: SubjectDoubt; follows?: true } | null {
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
      if (!raw || (a.only === 'collective' && named.every((p) => p.kind === 'individual'))) {
        raw = subject.recipient;
        // "Ông A, Giám đốc, nhận Cờ thi đua thay mặt đơn vị": he received it for the unit.
        const phrase = `${subject.recipient} ${text.slice(afterGivers, limit)}`;
        const behalf = RECEIVED_FOR.read(phrase);
        if (behalf && behalf.recipient !== subject.recipient)
          return {
            raw: behalf.recipient,
            end: limit,
            follows: true,
            ...(behalf.unnamed
              ? { doubt: { kind: 'on-behalf', phrase: trimQuote(text.slice(this.start, limit)) } }
              : {}),
          };
      }
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
    awardGivers: ReadGiver[],
    parts: RecipientPart[],
    presenter: string | undefined,
    quote: string,
    year: number,
  ): AwardDraft[] {
    const counted = parts.some((p) => p.count !== null);
    const several = awardGivers.length > 1 && counted;
    const giverEntries: ReadGiver[] = several
      ? [{ ...awardGivers[0]!, name: awardGivers.map((g) => g.name).join('; ') }]
      : awardGivers;
    const names = awardGivers.map((x) => x.name).join(', ');
    // The words just before the award (a window: a run-on clause may hold hundreds of awards).
    const held = HELD.test(this.lower.slice(Math.max(this.start, a.start - 60), a.start));
    const out: AwardDraft[] = [];
    for (const g of giverEntries) {
      for (const p of parts) {
        const draft: AwardDraft = {
          award: a.award,
          ...(a.title ? { title: a.title } : {}),
          level: g.level,
          giver: g.name,
          ...(presenter && presenter !== g.name
            ? { presenter: presenter.replace(CAPTION_LABEL, '').replace(BRACKETED_ASIDE, '') }
            : {}),
          recipient: p.text,
          recipientKind: p.kind,
          count: p.count,
          year,
          quote,
          block: this.block,
          start: this.start,
          warnings: [],
          fromCaption: this.caption,
          ...(a.generic ? { generic: true } : {}),
          ...(held ? { held } : {}),
          ...(g.name === UNKNOWN_GIVER ? { levelFromName: a.impliedLevel !== undefined && !g.hint } : {}),
          ...(g.hint ? { presenterOrganisation: g.hint } : {}),
        };
        if (a.aggregate) draft.warnings.push(aggregateWarning(quote, p.text));
        else if (several) draft.warnings.push(severalGiversWarning(quote, names));
        if (p.namesDiffer) draft.warnings.push(namesDifferWarning(quote, p.text, p.count));
        if (a.generic) draft.warnings.push(genericWarning(quote));
        out.push(draft);
      }
    }
    return out;
  }
}

/**
 * What a receiving subject says about who received: a title set beside the recipient, someone who
 * received for a unit, one unit among several.
 *
 *     Bưu điện huyện Đầm Dơi, đơn vị dẫn đầu phong trào thi đua, được …     → the unit; the flag's title
 *     Ông A, Giám đốc Bưu điện tỉnh, thay mặt tập thể đón nhận …            → Bưu điện tỉnh
 *     …, là 1 trong 5 bưu điện tỉnh, thành trong cả nước được …            → Bưu điện tỉnh (checked)
 */
function receivingSubject(raw: string): Pick<ClauseSubject, 'recipient' | 'doubt' | 'title'> {
  const described = DESCRIPTOR.read(raw);
  const recipient = described?.recipients ?? raw;
  const title = described ? { title: cap(described.title) } : {};
  const behalf = RECEIVED_FOR.read(recipient);
  if (behalf)
    return {
      recipient: behalf.recipient,
      ...title,
      ...(behalf.unnamed ? { doubt: { kind: 'on-behalf', phrase: raw } } : {}),
    };
  const one = ONE_OF_SEVERAL.read(recipient);
  if (one)
    return { recipient: one.recipient, ...title, ...(one.inferred ? { doubt: { kind: 'one-of', phrase: raw } } : {}) };
  return { recipient, ...title };
}

const cap = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

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

function pairedWarning(quote: string, award: string, giver: string) {
  return warning(
    'awards',
    `"${quote}" nêu các hình thức khen thưởng rồi các nơi tặng theo cùng thứ tự; đã ghi ${award} là của ${giver}. Hãy kiểm tra.`,
    `"${quote}" lists the distinctions, then their givers in the same order; ${award} is recorded as given by ${giver}. Check it.`,
    quote,
  );
}

function namesDifferWarning(quote: string, recipient: string, count: number | null) {
  return warning(
    'awards',
    `"${quote}": "${recipient}" nêu ${count} người/đơn vị nhận nhưng số tên kể ra khác; ghi một mục với số ${count}.`,
    `"${quote}": "${recipient}" gives ${count} recipients but names a different number; recorded as one entry of ${count}.`,
    quote,
  );
}

function subjectWarning(quote: string, doubt: SubjectDoubt, d: AwardDraft) {
  return doubt.kind === 'one-of'
    ? warning(
        'awards',
        `"${doubt.phrase}": "1 trong …" không phải số người nhận; đã ghi người nhận là ${d.recipient} (đơn vị của bài). Hãy kiểm tra.`,
        `"${doubt.phrase}": "1 trong …" (one of several) is not a count of recipients; the recipient is recorded as ${d.recipient}, the unit the article is about. Check it.`,
        quote,
      )
    : warning(
        'awards',
        `"${doubt.phrase}": người nhận thay mặt "${d.recipient}" nhưng bài không nêu tên đơn vị. Hãy điền tên đơn vị nhận.`,
        `"${doubt.phrase}": someone received it on behalf of "${d.recipient}", but the article does not name the unit. Fill in the recipient.`,
        quote,
      );
}

function unnamedRecipientWarning(quote: string) {
  return warning(
    'awards',
    `"${quote}": chú thích ảnh không nêu ai nhận. Hãy điền người nhận nếu biết.`,
    `"${quote}": the photo caption does not say who received it. Fill in the recipient if you know it.`,
    quote,
  );
}
