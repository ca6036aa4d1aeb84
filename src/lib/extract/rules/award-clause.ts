/**
 * The shapes of an award clause. Conference reports give awards in a few shapes:
 * - passive: "Bưu điện tỉnh và 06 tập thể … đã được Tổng Công ty Bưu điện Việt Nam tặng Giấy khen";
 * - receiving: "6 cá nhân được trao tặng danh hiệu Chiến sĩ thi đua cấp bộ", "01 tập thể nhận Cờ thi
 *   đua của Bộ Thông tin và Truyền thông";
 * - active: "Tổng công ty … đã trao tặng Giấy khen cho 6 tập thể … và vinh danh 5 cá nhân", with a
 *   presenter when someone hands it over on the giver's behalf: "Thừa ủy quyền của Chủ tịch nước, đồng
 *   chí Đoàn Thanh Sơn … trao Huân chương Lao động hạng Nhì cho bà …";
 * - a ceremony: "X long trọng tổ chức Lễ đón nhận Huân chương …" (X receives);
 * - generic: "khen thưởng", "tặng thưởng" with no distinction named.
 * These patterns tell the award reader (award-reader.ts) which shape a clause has.
 */
import {
  ASPIRATION,
  BY,
  CEREMONY,
  CREDIT,
  DAY,
  PHOTO_CREDIT,
  EVERY,
  FOR,
  GIVE,
  HOLD,
  HONOURED,
  ITEMISED,
  LEADERS,
  OF,
  OPENING,
  PREDICATE,
  RECEIVE,
  RECEIVE_ASPECT,
  SOLEMNLY,
  TIME_OF_DAY,
  TIME_UNIT,
  TODAY,
  WITH_THESE,
  ATTAIN_TITLE,
} from '../lexicon/ceremony.ts';
import {
  AWARD_WORDS as AWARD_WORD_LIST,
  GENERIC_REWARD,
  PRAISE,
  RECOGNISED_TITLE_NAMES,
  TITLE,
} from '../lexicon/distinctions.ts';
import { DEPARTMENT, PROXY } from '../lexicon/givers.ts';
import { anyOf, opt, pattern, regex, seq, word, WORD_END, WORD_START } from '../lexicon/pattern.ts';

/** Words without which a paragraph (or sentence) holds no award: a cheap first test. */
export const AWARD_WORDS = regex(AWARD_WORD_LIST);
/** A clause that gives: "trao tặng", "tặng", "khen thưởng", "công nhận". */
export const GIVE_VERB = regex(word(GIVE), 'i');
/** "của …" after a praise: whose people are praised. */
export const OF_GIVER = regex(pattern`${WORD_START}${OF}\s+`);
/** "cho …": the recipients follow. */
export const FOR_RECIPIENT = regex(pattern`${WORD_START}${FOR}\s+`, 'i');

/**
 * What may open a clause before its subject: "Nhân dịp này,", "Tại hội nghị,", "Năm 2023,", "Sáng
 * 28/12,", "Ngày 28/12/2022,", "(Ảnh:", repeated ("Cũng tại hội nghị, năm 2023, …").
 */
export const INTRO = regex(
  pattern`^(?:(?:${OPENING}|${WITH_THESE}\s+[^,]{0,120}|${seq(opt('trong', 'cả'), 'năm')}\s+(?:\d{4}|${anyOf('qua', 'vừa qua')})|${'trong năm'}|${CREDIT}|(?:${seq(TIME_OF_DAY, TODAY)}|(?:${TIME_OF_DAY}\s+)?(?:${DAY}\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?))\s*[,:]\s*)+`,
  'i',
);
/** "X long trọng tổ chức Lễ đón nhận …": the one who holds the ceremony receives the distinction. */
export const CEREMONY_TAIL = regex(
  pattern`\s+${seq(opt('đã'), opt(SOLEMNLY), HOLD, opt('buổi'), CEREMONY, opt(SOLEMNLY))}$`,
  'i',
);

/**
 * Receiving: "được (nhận)", "đón nhận", "nhận" after "đã", "cũng", "vinh dự"; and "đạt danh hiệu …" (a
 * title is attained). A passive subject is what comes before.
 */
const RECEIVING = pattern`(?:^|\s)(?:${RECEIVE_ASPECT}\s+)*(?:${HONOURED}\s+)?`;
export const RECEIVES = regex(pattern`${RECEIVING}${RECEIVE}(?:\s|$)`);
export const RECEIVES_OR_ATTAINS = regex(pattern`${RECEIVING}${anyOf(RECEIVE, ATTAIN_TITLE)}(?:\s|$)`);
/** "Bưu điện tỉnh phấn đấu đạt danh hiệu …": a receiving verb after a word of intent is a plan, not an award. */
export const ASPIRED = regex(pattern`${WORD_START}${ASPIRATION}\s*$`, 'i');
/** A title or a soldier is attained, not only received. */
export const ATTAINABLE = regex(pattern`^${anyOf(TITLE, 'chiến sĩ', ...RECOGNISED_TITLE_NAMES)}`);
/** "Thừa ủy quyền (của) X, …": the giver is X, whoever hands it over. */
export const ON_BEHALF = regex(pattern`${PROXY}\s+`, 'i');

/** "tặng thưởng", "khen thưởng": an award whose distinction is not named. */
export const GENERIC_AWARD = regex(word(GENERIC_REWARD));
/**
 * Predicates: words that make what comes before "được … khen thưởng" a clause ("đơn vị luôn đứng trong
 * top đầu và được … khen thưởng") rather than a noun phrase naming recipients.
 */
export const GENERIC_PREDICATE = regex(word(PREDICATE));
/** "được … khen thưởng cả 4 quý", "… hằng tháng": praise over time, a ranking, not a distinction handed out. */
export const OVER_TIME = regex(pattern`^\s*${EVERY}\s+(?:\d+\s+|${'các'}\s+)?${TIME_UNIT}${WORD_END}`);
/** The passive subject before "(đã) được": "Nhiều tập thể, cá nhân được Tổng công ty … khen thưởng". */
export const PASSIVE_SUBJECT = regex(pattern`^(.*?)\s+(?:${'đã'}\s+)?${'được'}\s`);
/** "khen thưởng (cho) 01 cá nhân", "… các tập thể": the recipients follow the generic verb. */
export const RECIPIENTS_FOLLOW = regex(pattern`^\s*(?:${FOR}\s+)?(\d|${anyOf('các', 'những', 'nhiều')}\s)`);
/** "(đã) có …" before a passive subject: "Đã có 15 tập thể được …". */
export const HAS = regex(pattern`^(?:${'đã'}\s+)?${'có'}\s+`, 'i');
/** Words after an active subject before its verb: "Tổng công ty đã", "… cũng", "… tổ chức". */
export const SUBJECT_TAIL = regex(
  pattern`\s+${anyOf('đã', 'cũng', 'đã tổ chức', 'tổ chức', 'đã cùng')}(?:\s+${anyOf('đã', 'cũng', 'tổ chức', CEREMONY)})*\s*$`,
  'i',
);
/** The same words anywhere after a giver ("Bưu điện tỉnh đã tổ chức lễ tuyên dương …": the giver alone). */
export const AUXILIARIES = regex(pattern`\s*${WORD_START}${anyOf('đã', 'cũng', 'tổ chức', CEREMONY)}${WORD_END}`, 'g');
/** "lãnh đạo Tổng công ty …": the leaders present on the giver's behalf. */
export const LEADERS_OF = regex(pattern`^${LEADERS}\s+`);
/** Between an award and its giver: "của", "do". */
export const GIVER_LINK = regex(pattern`^\s*(?:${BY})?\s*`);
export const GIVER_LATER = regex(pattern`\s${BY}\s+`);
export const FOR_LATER = regex(pattern`\s${FOR}\s`);
/** Between givers listed one after another: ",", "và", ";". */
export const GIVER_GAP = regex(pattern`^\s*(?:,|${'và'}|;)?\s*`);
/** Where a recipient list ends: the next giving verb, or the next praise. */
export const NEXT_GIVING = regex(
  pattern`,\s*${anyOf('tặng', 'trao')}\s|\s+${'và'}\s+${anyOf('vinh danh', 'biểu dương', 'tuyên dương', 'tặng', 'trao')}\s`,
  'i',
);
export const NEXT_GIVING_OR_CLAUSE = regex(pattern`,\s*${anyOf('tặng', 'trao')}\s|;`, 'i');
/** Two awards listed together: "Cờ thi đua và Bằng khen". */
export const AND_ONLY = regex(pattern`^\s*(?:${'và'}|,)\s*$`);
/** A provincial department hands over a ministry's award but never gives one. */
export const A_DEPARTMENT = regex(pattern`(?:^|\s)${DEPARTMENT}\s`);
/** "… năm 2023": the year an award is for. */
export const AWARD_YEAR = regex(pattern`${'năm'}\s+(\d{4})(?!\d)`);
/** "Cụ thể, …": the summary before is itemised next. */
export const ITEMISED_NEXT = regex(pattern`^${ITEMISED}`, 'i');
/** A photo credit at the end of a quote. */
export const CREDIT_AT_END = regex(pattern`\s*\(${CREDIT}[^)]*\)\s*$`, 'i');
/** A sentence that ends with a photo's credit in brackets ("… cho Bưu điện tỉnh (Ảnh: Hữu Nam).") is its caption. */
export const PHOTO_CREDIT_AT_END = regex(pattern`\s*\(${PHOTO_CREDIT}\s*:[^)]*\)\s*\.?\s*$`, 'i');
/** A sentence that starts with a photo's credit ("Ảnh: Hữu Nam …"): the sentence before it is a caption. */
export const CREDIT_NEXT = regex(pattern`^\(?${PHOTO_CREDIT}\s*:`, 'i');
export const QUOTE_TAIL = regex(pattern`(?:[\s,;:.…]|\s${anyOf('và', 'cùng')})+$`);
/** "Ảnh: …" before a presenter named in a caption. */
export const CAPTION_LABEL = regex(pattern`^${'ảnh'}\s*:\s*`, 'i');
/** An aside in brackets after a presenter's name in a caption ("(đứng thứ 2 từ phải sang)"): not part of it. */
export const BRACKETED_ASIDE = regex(pattern`\s*\([^()]*\)\s*$`);
/** A recipient's honorific or "tập thể", and a provincial post office's place name, for comparing recipients. */
export const RECIPIENT_PREFIX = regex(pattern`^${anyOf('tập thể', 'bà', 'ông', 'đồng chí')}\s+`);
export const POST_OFFICE_NAME = regex(pattern`(${'bưu điện tỉnh'})\s.*$`);

/** Structure only: the space a clause starts with, the separators after a name, a capital that starts a name. */
export const LEADING_SPACE = /^\s*/u;
export const TRAILING_SEPARATORS = /[,\s]+$/u;
export const CAPITALISED = /^\p{Lu}/u;
/** A capitalised word and the space after it (a name's syllable: "Minh ", "Châu "). */
export const CAPITALISED_WORD = /^\p{Lu}[\p{L}.]*\s+/u;

/** Where a clause may end inside a sentence: a semicolon, or a new passive clause with its own counted subject. */
const CLAUSE_CUT = regex(pattern`;|(?:,|\s+${'và'})\s+(?=\d{1,4}\s+[^,.;]{2,50}?\s${anyOf('được', 'nhận')}\s)`, 'g');
const OWN_VERB = regex(pattern`${WORD_START}${anyOf('được', 'nhận')}\s`);

/**
 * Clauses: split at semicolons, and where a new receiver starts a new passive clause ("06 tập thể
 * được … tặng Giấy khen và 04 Công đoàn cơ sở thành viên được … tặng Giấy khen").
 */
export function splitClauses(start: number, end: number, lower: string): [number, number][] {
  const cuts = [start];
  // The sentence alone is searched: a global search from `start` would run on to the block's end.
  const sentence = lower.slice(start, end);
  for (const m of sentence.matchAll(CLAUSE_CUT)) {
    const at = start + m.index;
    // "15 tập thể và 30 cá nhân được … tặng": one receiver list, not two clauses. Only cut when the
    // clause so far already had its own verb.
    if (m[0] !== ';' && !OWN_VERB.test(lower.slice(cuts[cuts.length - 1]!, at))) continue;
    cuts.push(at, at + m[0].length);
  }
  cuts.push(end);
  const out: [number, number][] = [];
  for (let i = 0; i < cuts.length; i += 2) if (cuts[i + 1]! > cuts[i]!) out.push([cuts[i]!, cuts[i + 1]!]);
  return out;
}

/** Only the end is trimmed: look at the last words, not the whole quote (linear on a run-on clause). */
export function trimQuote(q: string): string {
  const cut = Math.max(0, q.length - 120);
  const tail = q.slice(cut).replace(CREDIT_AT_END, '').replace(QUOTE_TAIL, '');
  return (q.slice(0, cut) + tail).trim();
}

/**
 * Where an award's quote starts: the clause's start, unless the clause runs on for a page (a run-on
 * sentence with many awards), when the quote starts a sentence's worth of words before the award.
 */
export function quoteStart(text: string, clauseStart: number, awardStart: number): number {
  if (awardStart - clauseStart <= 300) return clauseStart;
  const from = awardStart - 200;
  const space = text.indexOf(' ', from);
  return space >= 0 && space < awardStart ? space + 1 : from;
}

/**
 * "… đã tổ chức khen thưởng, vinh danh …", "… tổ chức lễ tuyên dương …": the subject held the
 * commendation (an event), which does not say who gave what.
 */
export const HELD = regex(
  pattern`${WORD_START}${HOLD}\s+(?:${CEREMONY}\s+)?(?:${anyOf(GENERIC_REWARD, PRAISE)}\s*,?\s*(?:${'và'}\s+)?)?$`,
  'i',
);

/** An award as the summary rule sees it. */
export interface AwardMention {
  award: string;
  title?: string;
  generic?: boolean;
  /** Held as an event: "đã tổ chức khen thưởng, vinh danh …" (see HELD). */
  held?: boolean;
  recipientKind: 'individual' | 'collective' | 'mixed';
  count: number | null;
}

const PRAISED = regex(pattern`^${PRAISE}`, 'i');
/** A mention that names no distinction: "khen thưởng", or praise with no title ("vinh danh các tập thể"). */
const unnamed = (m: AwardMention): boolean => m.generic === true || (PRAISED.test(m.award) && !m.title);
const overlap = (a: AwardMention, b: AwardMention): boolean =>
  a.recipientKind === 'mixed' || b.recipientKind === 'mixed' || a.recipientKind === b.recipientKind;

/**
 * "Bưu điện tỉnh đã tổ chức khen thưởng, vinh danh các tập thể, cá nhân …" in an article that also says
 * which distinctions those people received ("… trao bằng khen, giấy khen … cho các cá nhân, tập thể"):
 * the general sentence tells of the event and sums up the named awards; it is not one more. Not a
 * summary: a praise counted ("biểu dương 3 tập thể") or with a title of its own ("… đạt danh hiệu Lao
 * động giỏi"), nor one whose givers are named as such ("Nhiều tập thể, cá nhân được Tổng công ty, Bưu
 * điện tỉnh khen thưởng"), nor one item of a list ("…; tuyên dương người lao động tiêu biểu").
 */
export const SUMMARY_OF_NAMED = {
  id: 'summary-of-named-awards',
  examples: [
    [
      { award: 'Vinh danh', held: true, recipientKind: 'mixed', count: null },
      [{ award: 'Giấy khen', recipientKind: 'mixed', count: null }],
      true,
    ],
    [
      { award: 'Khen thưởng', generic: true, held: true, recipientKind: 'mixed', count: null },
      [{ award: 'Bằng khen', recipientKind: 'collective', count: 5 }],
      true,
    ],
    [
      { award: 'Khen thưởng', generic: true, recipientKind: 'mixed', count: null },
      [{ award: 'Giấy khen', recipientKind: 'mixed', count: null }],
      false,
    ],
    [
      { award: 'Biểu dương', recipientKind: 'collective', count: 3 },
      [{ award: 'Giấy khen', recipientKind: 'collective', count: 6 }],
      false,
    ],
    [{ award: 'Biểu dương khen thưởng', recipientKind: 'mixed', count: null }, [], false],
  ] as const satisfies readonly (readonly [AwardMention, readonly AwardMention[], boolean])[],
  /** The named award `m` sums up, if it is a summary. */
  of(m: AwardMention, others: readonly AwardMention[]): AwardMention | undefined {
    if (!unnamed(m) || !m.held || m.count !== null) return undefined;
    return others.find((o) => o !== m && !unnamed(o) && overlap(m, o));
  },
};
