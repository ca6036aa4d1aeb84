/**
 * Awards: who gave which distinction to whom, and how many.
 *
 * Award sentences in conference reports take a few shapes:
 * - passive: "Bưu điện tỉnh và 06 tập thể … đã được Tổng Công ty Bưu điện Việt Nam tặng Giấy khen";
 * - receiving: "6 cá nhân được trao tặng danh hiệu Chiến sĩ thi đua cấp bộ", "01 tập thể nhận Cờ thi
 *   đua của Bộ Thông tin và Truyền thông";
 * - active: "Tổng công ty … đã trao tặng Giấy khen cho 6 tập thể … và vinh danh 5 cá nhân", with a
 *   presenter when someone hands it over on the giver's behalf: "Thừa ủy quyền của Chủ tịch nước, đồng
 *   chí Đoàn Thanh Sơn … trao Huân chương Lao động hạng Nhì cho bà …" (given by the state, presented
 *   by the province's vice-chairman).
 * The giver's rank sets the level: Chủ tịch nước = state, Thủ tướng / Chính phủ = government, a Bộ =
 * ministry, UBND tỉnh = province, Tổng công ty = corporation, Bưu điện tỉnh = unit, Công đoàn = union.
 * Where the text names no giver, the distinction's own rank can ("Chiến sĩ thi đua cấp bộ" is a
 * ministry's).
 */
import type { AwardLevel } from '../schema/award.ts';
import { lowerKeepLength } from '../vi-number.ts';
import { warning, type Warning } from '../schema/review.ts';
import { findGivers, type GiverHit } from './givers.ts';
import { splitSentences } from './sentences.ts';
import { maskComparisonYears } from './years.ts';
import { WORD } from '../text/letters.ts';
import { viRegExp } from '../text/letters.ts';

export interface AwardDraft {
  award: string;
  title?: string;
  level: AwardLevel;
  giver: string;
  presenter?: string;
  recipient: string;
  recipientKind: 'individual' | 'collective' | 'mixed';
  count: number | null;
  year: number;
  quote: string;
  block: number;
  start: number;
  warnings: Warning[];
  /** Read from a photo caption: merged into the text's mention of the same award when there is one. */
  fromCaption: boolean;
  /** "khen thưởng" with no distinction named: a caption that names it ("… tặng Giấy khen") tells which. */
  generic?: boolean;
  /** No giver named; `level` then comes from the distinction's name when this is true, else is a placeholder. */
  levelFromName?: boolean;
}

const W = `(?<![${WORD}])`;
const E = `(?![${WORD}])`;

// ---------------------------------------------------------------------------------------------
// Distinctions

interface AwardHit {
  start: number;
  end: number;
  award: string;
  title?: string;
  /** Only a collective (a flag) or only a person (an emulation soldier) can receive it. */
  only?: 'collective' | 'individual';
  /** Praise verbs ("biểu dương 3 tập thể"): the recipients follow the verb directly. */
  direct?: boolean;
  /** Generic "khen thưởng" with no named distinction. */
  generic?: boolean;
  /** The level the distinction's name implies ("cấp bộ"). */
  impliedLevel?: AwardLevel;
  /** Several distinctions listed together ("các danh hiệu: Cờ thi đua, Bằng khen, Giấy khen"). */
  aggregate?: boolean;
}

/**
 * The emulation flag's full name, as the emulation law words what it is for: a unit "xuất sắc / dẫn
 * đầu phong trào thi đua" ("Cờ đơn vị xuất sắc, dẫn đầu trong phong trào thi đua năm 2019", "Cờ thi
 * đua xuất sắc, dẫn đầu phong trào thi đua"). The words up to "phong trào thi đua" are the flag's title.
 */
const FLAG_TAIL =
  '(?:\\s*,?\\s+(?:đơn\\s+vị|thi\\s+đua|xuất\\s+sắc|dẫn\\s+đầu)[^;:“”]{0,100}?phong\\s+trào\\s+thi\\s+đua(?:\\s+năm\\s+\\d{4})?)';

const AWARD_RES: { re: RegExp; make: (raw: string) => Omit<AwardHit, 'start' | 'end'> }[] = [
  {
    re: new RegExp(`${W}huân\\s+chương\\s+[\\p{L}\\s]{2,30}?\\s+hạng\\s+(?:nhất|nhì|ba)${E}`, 'giu'),
    make: (raw) => ({ award: cap(raw) }),
  },
  {
    // A name in capitals or quotes follows; case matters, so this one runs on the original text.
    re: new RegExp(
      `${W}(?:[Hh]uân|[Kk][ỷỉ]\\s+niệm)\\s+chương\\s+(?:“[^”]{2,80}”|"[^"]{2,80}"|\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){0,5})`,
      'gu',
    ),
    make: (raw) => ({ award: cap(raw) }),
  },
  {
    // "Cờ thi đua", "Cờ “Đơn vị xuất sắc …”", "Cờ đơn vị xuất sắc, dẫn đầu trong phong trào thi đua năm 2019".
    re: new RegExp(
      `${W}cờ(?:\\s+thi\\s+đua(?:\\s+xuất\\s+sắc)?)?(?:\\s*“[^”]{3,120}”|\\s*"[^"]{3,120}"|${FLAG_TAIL})?(?=\\s|[,.;:()]|$)`,
      'giu',
    ),
    make: (raw) => ({
      award: 'Cờ thi đua',
      ...(/^cờ(?:\s+thi\s+đua)?$/iu.test(raw) ? {} : { title: cap(raw) }),
      only: 'collective',
    }),
  },
  { re: new RegExp(`${W}bằng\\s+khen${E}`, 'giu'), make: () => ({ award: 'Bằng khen' }) },
  { re: new RegExp(`${W}giấy\\s+khen${E}`, 'giu'), make: () => ({ award: 'Giấy khen' }) },
  {
    re: new RegExp(
      `${W}(?:danh\\s+hiệu\\s+)?chiến\\s+sĩ\\s+thi\\s+đua(?:\\s+(?:cấp\\s+(?:bộ|cơ\\s+sở|tỉnh|ngành|tổng\\s+công\\s+ty)|cơ\\s+sở|toàn\\s+quốc))?${E}`,
      'giu',
    ),
    make: (raw) => ({ award: cap(raw.replace(/^danh\s+hiệu\s+/iu, '')), only: 'individual' }),
  },
  {
    re: new RegExp(
      `${W}danh\\s+hiệu\\s+(?!:)(?:“[^”]+”|"[^"]+"|[^,.;:“”])+?(?=\\s*(?:[,.;]|\\s(?:và|cho|của)\\s|$))`,
      'giu',
    ),
    make: (raw) => ({ award: cap(raw.replace(/^danh\s+hiệu\s+/iu, '').replace(/[“”"]/g, '')) }),
  },
  {
    // Praise: "biểu dương 3 tập thể", "vinh danh 5 cá nhân", "biểu dương khen thưởng các tập thể".
    re: new RegExp(
      `${W}(?:biểu\\s+dương|tuyên\\s+dương|vinh\\s+danh)(?:\\s+(?:khen\\s+thưởng|và\\s+khen\\s+thưởng))?(?=\\s+(?:\\d|các|những|nhiều|một\\s+số|tập\\s+thể|cá\\s+nhân|người\\s+lao\\s+động|đơn\\s+vị))`,
      'giu',
    ),
    make: (raw) => ({ award: cap(raw), direct: true }),
  },
];

/** The level a distinction's own name implies. */
function impliedLevel(award: string): AwardLevel | undefined {
  const a = award.toLowerCase();
  // Orders (huân chương) are conferred by the President of the State.
  if (/^huân\s+chương/u.test(a)) return 'state';
  if (/cấp\s+bộ|cấp\s+ngành/u.test(a)) return 'ministry';
  if (/toàn\s+quốc/u.test(a)) return 'government';
  if (/cấp\s+tổng\s+công\s+ty/u.test(a)) return 'corporation';
  if (/cấp\s+tỉnh/u.test(a)) return 'province';
  // "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến" are conferred by the head of the unit.
  if (/(?:cấp\s+|thi\s+đua\s+)cơ\s+sở|^(?:danh\s+hiệu\s+)?lao\s+động\s+tiên\s+tiến/u.test(a)) return 'unit';
  return undefined;
}

function findAwards(lower: string, text: string): AwardHit[] {
  const hits: AwardHit[] = [];
  for (const { re, make } of AWARD_RES) {
    re.lastIndex = 0;
    const subject = re.flags.includes('i') ? lower : text;
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      const raw = text.slice(m.index, m.index + m[0].trimEnd().length);
      const hit: AwardHit = { start: m.index, end: m.index + raw.length, ...make(raw) };
      const level = impliedLevel(hit.award);
      if (level) hit.impliedLevel = level;
      hits.push(hit);
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: AwardHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return mergeListsAndTitles(out, lower, text);
}

/**
 * "các danh hiệu: Cờ thi đua, Bằng khen, Giấy khen" is one aggregate (the article does not say who got
 * which); "biểu dương 3 tập thể …, đạt danh hiệu “Lao động giỏi …”" names what the praise is for.
 */
function mergeListsAndTitles(hits: AwardHit[], lower: string, text: string): AwardHit[] {
  const out: AwardHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (
      last &&
      /(?:danh\s+hiệu|hình\s+thức(?:\s+khen\s+thưởng)?)\s*:\s*$/u.test(
        lower.slice(Math.max(0, last.start - 30), last.start),
      ) &&
      /^\s*,\s*$/u.test(lower.slice(last.end, h.start))
    ) {
      last.award = `${last.award}, ${h.award}`;
      last.end = h.end;
      last.aggregate = true;
      delete last.only;
      delete last.title;
      continue;
    }
    if (last?.direct && /(?:^|\s)đạt\s+$/u.test(lower.slice(last.end, h.start).slice(-12))) {
      last.title = text
        .slice(h.start, h.end)
        .replace(/^danh\s+hiệu\s+/iu, '')
        .replace(/[“”"]/g, '')
        .trim();
      continue;
    }
    out.push(h);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Givers (givers.ts)

/** Givers listed one after another from `from`: "của Giám đốc Bưu điện tỉnh, Công đoàn Bưu điện tỉnh và …". */
function giverList(givers: GiverHit[], lower: string, from: number, limit: number): GiverHit[] {
  const out: GiverHit[] = [];
  let at = from;
  for (;;) {
    const gap = /^\s*(?:,|và|;)?\s*/u.exec(lower.slice(at, limit))![0].length;
    const g = givers.find((x) => x.start === at + gap);
    if (!g || g.end > limit) break;
    out.push(g);
    at = g.end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Recipients

export interface RecipientPart {
  text: string;
  kind: 'individual' | 'collective' | 'mixed';
  count: number | null;
}

const COLLECTIVE_NOUN =
  'tập\\s+thể|tâp\\s+thể|đơn\\s+vị|công\\s+đoàn(?:\\s+cơ\\s+sở)?|tổ|bưu\\s+cục|chi\\s+nhánh|phòng|trung\\s+tâm|bưu\\s+điện';
const INDIVIDUAL_NOUN =
  'cá\\s+nhân|người\\s+lao\\s+động|lao\\s+động|đồng\\s+chí|cán\\s+bộ|nhân\\s+viên|bưu\\s+tá|giao\\s+dịch\\s+viên|gương\\s+mặt';
const INDIVIDUAL_HEAD = new RegExp(`^(?:${INDIVIDUAL_NOUN})${E}`, 'u');
const OF_RE = new RegExp(`${W}của\\s+`, 'u');
const FOR_RE = new RegExp(`${W}cho\\s+`, 'iu');
const COLLECTIVE_RE = new RegExp(`${W}(?:${COLLECTIVE_NOUN})${E}`, 'u');
const INDIVIDUAL_RE = new RegExp(`${W}(?:${INDIVIDUAL_NOUN})${E}`, 'u');

/** Split "Bưu điện tỉnh và 06 tập thể, đơn vị trực thuộc" into parts with counts. */
export function parseRecipients(raw: string): RecipientPart[] {
  const text = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:.…]+$/u, '');
  return text
    .split(
      /\s+và\s+(?=\d|các\s|nhiều\s|một\s|bà\s|ông\s|đồng\s+chí\s|tập\s+thể\s|\p{Lu})|\s*,\s*(?=\d{1,4}\s+(?:tập\s+thể|cá\s+nhân|đơn\s+vị|công\s+đoàn|người))/u,
    )
    .map((p) => p.trim())
    .filter(Boolean)
    .map(classifyRecipient);
}

function classifyRecipient(part: string): RecipientPart {
  const lower = part.toLowerCase();
  const collective = COLLECTIVE_RE.test(lower);
  const individual = INDIVIDUAL_RE.test(lower);
  const num = /^(\d{1,4})\s+/u.exec(lower);
  if (num) {
    const count = Number(num[1]);
    const kind = INDIVIDUAL_HEAD.test(lower.slice(num[0].length)) ? 'individual' : 'collective';
    return { text: part, kind, count: count > 0 ? count : null };
  }
  if (/^(?:các|nhiều|một\s+số|những)\s/u.test(lower)) {
    // "các đơn vị Trung tâm khai thác vận chuyển, Bưu điện các huyện Ba Bể, Chợ Mới": named, so countable.
    const names = namedUnits(part);
    const kind = collective && individual ? 'mixed' : individual ? 'individual' : 'collective';
    return { text: part, kind, count: names > 0 ? names : null };
  }
  if (/^(?:ông|bà|đồng\s+chí|đ\/c)\s/u.test(lower)) return { text: part, kind: 'individual', count: 1 };
  // The head noun decides: "người lao động tiêu biểu của Bưu điện tỉnh" are people.
  if (INDIVIDUAL_HEAD.test(lower) && !/^(?:[^,]*)(?:,|\s+và)\s*(?:các\s+)?(?:tập\s+thể)/u.test(lower)) {
    return { text: part, kind: 'individual', count: null };
  }
  if (collective && individual) return { text: part, kind: 'mixed', count: null };
  if (individual && !collective) return { text: part, kind: 'individual', count: null };
  const names = /^bưu\s+điện\s+các\s/u.test(lower) ? namedUnits(part) : 1;
  return { text: part, kind: 'collective', count: names };
}

/** How many units a list names: "các đơn vị A, Bưu điện các huyện B, C" = 3; "các tập thể …" = 0. */
function namedUnits(part: string): number {
  const generic = /^(?:các|những|nhiều|một\s+số)\s+(?:đơn\s+vị|tập\s+thể|tâp\s+thể)(?:\s+|$)/iu.exec(part);
  if (/^(?:nhiều|một\s+số)\s/iu.test(part)) return 0;
  const body = generic ? part.slice(generic[0].length) : part;
  if (generic && !/^\p{Lu}/u.test(body)) return 0;
  if (!/^\p{Lu}/u.test(body) && !/^bưu\s+điện\s+các\s/iu.test(body)) return 0;
  if (!generic && !/^bưu\s+điện\s+các\s/iu.test(body)) return 0;
  return body
    .replace(/(?:bưu\s+điện\s+)?các\s+(?:huyện|quận|thị\s+xã|thành\s+phố)\s+/giu, '')
    .split(/\s*,\s*|\s+và\s+/u)
    .filter((p) => /^\p{Lu}/u.test(p)).length;
}

// ---------------------------------------------------------------------------------------------

const VERB_RE = new RegExp(
  `${W}(?:trao\\s+tặng|tặng\\s+thưởng|chuyển\\s+trao|trao|tặng|khen\\s+thưởng|công\\s+nhận)${E}`,
  'iu',
);
const INTRO =
  /^(?:(?:nhân\s+dịp\s+này|dịp\s+này|cũng\s+(?:trong|tại)\s+(?:dịp\s+này|hội\s+nghị|buổi\s+lễ)|tại\s+(?:hội\s+nghị|buổi\s+lễ)|trong\s+khuôn\s+khổ\s+hội\s+nghị|cụ\s+thể|ngoài\s+ra|bên\s+cạnh\s+đó|với\s+(?:những|các)\s+[^,]{0,120}|(?:trong\s+|cả\s+)?năm\s+(?:\d{4}|qua|vừa\s+qua)|trong\s+năm|ảnh|nguồn|(?:(?:sáng|chiều|tối|trưa)\s+(?:nay|qua|hôm\s+qua)|(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:ngày|hôm)\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?))\s*[,:]\s*)+/iu;
/** "X long trọng tổ chức Lễ đón nhận …": the one who holds the ceremony receives the distinction. */
const CEREMONY_TAIL =
  /\s+(?:đã\s+)?(?:long\s+trọng\s+|trang\s+trọng\s+)?(?:tổ\s+chức|cử\s+hành)\s+(?:buổi\s+)?lễ(?:\s+(?:long\s+trọng|trang\s+trọng))?$/iu;
const RECIPIENT_END =
  /\s*(?:,\s*)?(?:\s(?:vì|do\s+có|có\s+thành\s+tích|đạt\s+thành\s+tích|với\s+thành\s+tích|đã\s+có\s+thành|về\s+thành\s+tích|nhân\s+dịp)\s.*|\s*\((?:nguồn|ảnh)[^)]*\).*)$/iu;
const RECIPIENT_START =
  /^(?:\d|các\s|những\s|nhiều\s|một\s+số\s|tập\s+thể|tâp\s+thể|cá\s+nhân|bưu\s+điện|công\s+đoàn|trung\s+tâm|đơn\s+vị|ông\s|bà\s|đồng\s+chí|người\s+lao\s+động|lao\s+động|cán\s+bộ|gương\s+mặt)/u;

/**
 * Predicates: words that make what comes before "được … khen thưởng" a clause ("đơn vị luôn đứng trong
 * top đầu và được … khen thưởng") rather than a noun phrase naming recipients. A recipient list is
 * nouns and their modifiers ("các tập thể có thành tích xuất sắc"); a verb of its own or an adverb of
 * time or manner does not occur in one.
 */
const RECEIVES_SOURCE = String.raw`(?:^|\s)(?:đã\s+|cũng\s+)*(?:vinh\s+dự\s+)?(?:được(?:\s+nhận)?|đón\s+nhận|nhận`;
const RECEIVES = new RegExp(`${RECEIVES_SOURCE})(?:\\s|$)`, 'u');
const RECEIVES_OR_ATTAINS = new RegExp(`${RECEIVES_SOURCE}|đạt)(?:\\s|$)`, 'u');

/** "tặng thưởng", "khen thưởng": an award whose distinction is not named. */
const GENERIC_AWARD = viRegExp(String.raw`(?<![\p{L}])(?:tặng\s+thưởng|khen\s+thưởng)(?![\p{L}])`);
const GENERIC_PREDICATE =
  /(?<![\p{L}])(?:luôn|thường\s+xuyên|liên\s+tục|đứng|đạt|là|hoàn\s+thành|thực\s+hiện|nằm|duy\s+trì|tiếp\s+tục)(?![\p{L}])/u;
/**
 * "được … khen thưởng cả 4 quý", "… hằng tháng": a time quantifier after the verb says how often a
 * unit was praised (a ranking over the periods), not that a distinction was handed out.
 */
const OVER_TIME = /^\s*(?:cả|hằng|hàng|mỗi|từng|trong)\s+(?:\d+\s+|các\s+)?(?:quý|tháng|năm|kỳ|đợt|tuần)(?![\p{L}])/u;

/** Words without which a paragraph holds no award. */
const AWARD_WORDS = /khen|cờ|chương|danh\s+hiệu|chiến\s+sĩ|dương|vinh\s+danh|thưởng/u;

export interface AwardContext {
  reportYear: number;
}

/** Read every award of the blocks. `captions` marks which blocks are photo captions. */
export function extractAwards(
  blocks: readonly string[],
  captions: readonly boolean[],
  ctx: AwardContext,
): { awards: AwardDraft[]; warnings: Warning[] } {
  const drafts: AwardDraft[] = [];
  const warnings: Warning[] = [];
  blocks.forEach((text, block) => {
    const lower = lowerKeepLength(text);
    // Most paragraphs mention no distinction at all; skip them cheaply.
    if (!AWARD_WORDS.test(lower)) return;
    const sentences = splitSentences(text);
    const seenGivers: GiverHit[] = [];
    sentences.forEach((sentence, si) => {
      const carry: Carry = { giver: null, recipient: null };
      const before = drafts.length;
      if (!AWARD_WORDS.test(lower.slice(sentence.start, sentence.end))) return;
      for (const [cs, ce] of splitClauses(sentence.start, sentence.end, lower)) {
        drafts.push(
          ...readClause({
            text,
            lower,
            cs,
            ce,
            block,
            fromCaption: captions[block] ?? false,
            ctx,
            carry,
            seenGivers,
            warnings,
          }),
        );
      }
      // "… đã khen thưởng các tập thể, cá nhân …. Cụ thể, …": the summary is itemised next; drop it.
      if (/^cụ\s+thể/iu.test(sentences[si + 1]?.text ?? '')) {
        for (let i = drafts.length - 1; i >= before; i -= 1) if (drafts[i]!.count === null) drafts.splice(i, 1);
      }
    });
  });
  return { awards: dedupe(drafts), warnings };
}

/**
 * Clauses: split at semicolons, and where a new receiver starts a new passive clause ("06 tập thể
 * được … tặng Giấy khen và 04 Công đoàn cơ sở thành viên được … tặng Giấy khen").
 */
function splitClauses(start: number, end: number, lower: string): [number, number][] {
  const cuts = [start];
  // The sentence alone is searched: a global search from `start` would run on to the block's end.
  const sentence = lower.slice(start, end);
  for (const m of sentence.matchAll(/;|(?:,|\s+và)\s+(?=\d{1,4}\s+[^,.;]{2,50}?\s(?:được|nhận)\s)/gu)) {
    const at = start + m.index;
    // "15 tập thể và 30 cá nhân được … tặng": one receiver list, not two clauses. Only cut when the
    // clause so far already had its own verb.
    if (m[0] !== ';' && !/(?<![\p{L}])(?:được|nhận)\s/u.test(lower.slice(cuts[cuts.length - 1]!, at))) continue;
    cuts.push(at, at + m[0].length);
  }
  cuts.push(end);
  const out: [number, number][] = [];
  for (let i = 0; i < cuts.length; i += 2) if (cuts[i + 1]! > cuts[i]!) out.push([cuts[i]!, cuts[i + 1]!]);
  return out;
}

interface Carry {
  giver: GiverHit | null;
  recipient: string | null;
}

interface ClauseInput {
  text: string;
  lower: string;
  cs: number;
  ce: number;
  block: number;
  fromCaption: boolean;
  ctx: AwardContext;
  carry: Carry;
  seenGivers: GiverHit[];
  warnings: Warning[];
}

function readClause(input: ClauseInput): AwardDraft[] {
  const { text, lower, ce, block, fromCaption, ctx, carry, seenGivers } = input;
  // A clause after a semicolon starts with a space: its first word is where it starts.
  const cs = input.cs + /^\s*/u.exec(text.slice(input.cs, Math.min(ce, input.cs + 20)))![0].length;
  const shift = <T extends { start: number; end: number }>(h: T): T => ({ ...h, start: h.start + cs, end: h.end + cs });
  const awards = findAwards(lower.slice(cs, ce), text.slice(cs, ce)).map(shift);
  // A clause names a distinction or "khen thưởng" before any giver matters.
  if (awards.length === 0 && !GENERIC_AWARD.test(lower.slice(cs, ce))) return [];
  const givers = findGivers(lower.slice(cs, ce), text.slice(cs, ce)).map(shift);
  const intro = INTRO.exec(text.slice(cs, ce))?.[0].length ?? 0;
  const start = cs + intro;

  // Generic "tặng thưởng / khen thưởng" when no distinction is named: "Chủ tịch UBND tỉnh tặng thưởng
  // cho 01 cá nhân", "Nhiều tập thể, cá nhân được Tổng công ty … khen thưởng".
  if (awards.length === 0) {
    const v = GENERIC_AWARD.exec(lower.slice(start, ce));
    if (v) {
      const at = start + v.index;
      const passiveSubject = /^(.*?)\s+(?:đã\s+)?được\s/u.exec(lower.slice(start, at));
      const after = lower.slice(at + v[0].length, ce);
      const forward = /^\s*(?:cho\s+)?(\d|các\s|những\s|nhiều\s)/u.test(after);
      // "được … khen thưởng cả 4 quý" is praise over time, not a distinction handed out; and a subject
      // that is a clause ("đơn vị luôn đứng trong top đầu và") is not a list of recipients.
      const overTime = OVER_TIME.test(after);
      const nounPhrase =
        passiveSubject && RECIPIENT_START.test(passiveSubject[1]!) && !GENERIC_PREDICATE.test(passiveSubject[1]!);
      if (!overTime && (nounPhrase || forward)) {
        awards.push({ start: at, end: at + v[0].length, award: 'Khen thưởng', generic: true, direct: !passiveSubject });
      }
    }
  }
  if (awards.length === 0) return [];

  const first = awards[0]!;
  const leadLower = lower.slice(start, first.start);
  // Receiving: "được (nhận)", "đón nhận", "nhận", and "đạt danh hiệu …" (a title is attained).
  const attains = /^(?:danh\s+hiệu|chiến\s+sĩ)/u.test(lower.slice(first.start, first.start + 12));
  const passive = (attains ? RECEIVES_OR_ATTAINS : RECEIVES).exec(leadLower);
  const proxy = /thừa\s+(?:ủy|uỷ)\s+quyền\s+(?:của\s+)?/iu.exec(lower.slice(start, first.start));
  const proxyGiver = proxy ? (givers.find((g) => g.start === start + proxy.index + proxy[0].length) ?? null) : null;

  // The clause's subject: who received (passive) or who gave or presented (active).
  let subjectRecipient: string | null = null;
  let subjectGivers: GiverHit[] = [];
  let presenter: string | undefined;
  if (passive && !first.direct) {
    subjectRecipient = text.slice(start, start + passive.index).trim();
    if (/^(?:đã\s+)?có\s/iu.test(subjectRecipient))
      subjectRecipient = subjectRecipient.replace(/^(?:đã\s+)?có\s+/iu, '');
    subjectRecipient = subjectRecipient.replace(CEREMONY_TAIL, '');
    subjectGivers = giverList(givers, lower, start + passive.index + passive[0].length, first.start);
  } else {
    const verb = VERB_RE.exec(lower.slice(start, first.start));
    const subjEnd = verb ? start + verb.index : first.start;
    let subjStart = start;
    if (proxy && proxyGiver) {
      // "Thừa ủy quyền của X, đồng chí Y … trao": Y presents. "Y thừa ủy quyền của X trao": likewise.
      const beforeProxy = text
        .slice(start, start + proxy.index)
        .trim()
        .replace(/[,\s]+$/u, '');
      if (beforeProxy) presenter = beforeProxy;
      const comma = lower.indexOf(',', proxyGiver.end);
      subjStart = comma >= 0 && comma < subjEnd ? comma + 1 : proxyGiver.end;
    }
    const subject = text
      .slice(subjStart, subjEnd)
      .replace(/\s+(?:đã|cũng|đã\s+tổ\s+chức|tổ\s+chức|đã\s+cùng)(?:\s+(?:đã|cũng|tổ\s+chức))*\s*$/iu, '')
      .trim();
    const lowered = lowerKeepLength(subject);
    const listed = giverList(
      givers,
      lower,
      subjStart +
        (text.slice(subjStart).length - text.slice(subjStart).trimStart().length) +
        (/^lãnh\s+đạo\s+/u.exec(lowered)?.[0].length ?? 0),
      subjEnd,
    );
    if (
      listed.length > 0 &&
      lowerKeepLength(text.slice(listed[listed.length - 1]!.end, subjEnd))
        .replace(/\s+(?:đã|cũng|tổ\s+chức)\s*/gu, '')
        .trim() === ''
    ) {
      subjectGivers = listed;
    } else if (subject && !presenter) {
      presenter = subject;
    }
    if (proxyGiver) subjectGivers = [proxyGiver];
  }

  const out: AwardDraft[] = [];
  let lastRecipientEnd = first.start;
  const year = awardYear(lower.slice(cs, ce), ctx.reportYear);
  awards.forEach((a, i) => {
    const next = awards[i + 1];
    const limit = next ? next.start : ce;
    // Givers named with the award: "Cờ thi đua của Bộ …", "Cờ thi đua Chính phủ", "giấy khen của A, B".
    const ofMatch = /^\s*(?:của|do)?\s*/u.exec(lower.slice(a.end, limit))!;
    let own = giverList(givers, lower, a.end + ofMatch[0].length, limit);
    if (own.length === 0 && !a.direct) {
      // "Cờ thi đua xuất sắc, dẫn đầu … năm 2019 của Bộ thông tin và Truyền thông cho …".
      const later = /\s(?:của|do)\s+/u.exec(lower.slice(a.end, limit));
      const cho = /\scho\s/u.exec(lower.slice(a.end, limit));
      if (later && (!cho || later.index < cho.index))
        own = giverList(givers, lower, a.end + later.index + later[0].length, limit);
    }
    if (own.length > 0 && a.direct) own = [];
    let awardGivers: GiverHit[] = own.length > 0 ? own : subjectGivers;
    if (awardGivers.length === 0 && a.direct) {
      // "tuyên dương người lao động tiêu biểu của Bưu điện tỉnh": a unit praising its own people.
      const of = OF_RE.exec(lower.slice(a.end, limit));
      if (of) awardGivers = giverList(givers, lower, a.end + of.index + of[0].length, limit);
    }
    if (awardGivers.length === 0 && presenter) {
      const org = presenterOrganisation(presenter);
      if (org) awardGivers = [org];
    }
    if (awardGivers.length === 0 && a.impliedLevel) {
      const same = [...seenGivers].reverse().find((g) => g.level === a.impliedLevel);
      if (same) awardGivers = [same];
      else if (a.impliedLevel === 'state') awardGivers = [{ start: 0, end: 0, level: 'state', name: 'Chủ tịch nước' }];
    }
    if (awardGivers.length === 0 && carry.giver) awardGivers = [carry.giver];
    // Nobody named as giver: the distinction is kept, with the level its name implies, and a reviewer is
    // told (a caption's mention may still merge with the text's, which names the giver).
    const unnamed = awardGivers.length === 0;
    if (unnamed) awardGivers = [{ start: 0, end: 0, level: a.impliedLevel ?? 'unit', name: UNKNOWN_GIVER }];
    else {
      carry.giver = awardGivers[awardGivers.length - 1]!;
      // Givers that gave something, for a later title of their rank ("… Chiến sĩ thi đua cấp bộ");
      // not every name in the paragraph (a recipient's role names an organisation too).
      seenGivers.push(...awardGivers);
    }

    // Recipients.
    let recipientRaw: string | null = null;
    let recipientEnd = a.end;
    const afterGivers = own.length > 0 ? own[own.length - 1]!.end : a.end;
    if (a.direct && !a.generic) {
      recipientRaw = text.slice(a.end, limit).replace(/^\s+/u, '');
      recipientEnd = limit;
    } else {
      const cho = FOR_RE.exec(lower.slice(afterGivers, limit));
      if (cho) {
        const from = afterGivers + cho.index + cho[0].length;
        const stop = /,\s*(?:tặng|trao)\s|\s+và\s+(?:vinh\s+danh|biểu\s+dương|tuyên\s+dương|tặng|trao)\s/iu.exec(
          lower.slice(from, limit),
        );
        recipientRaw = text.slice(from, stop ? from + stop.index : limit);
        recipientEnd = from + recipientRaw.length;
      } else if (next && /^\s*(?:và|,)\s*$/u.test(lower.slice(a.end, next.start))) {
        // "tặng Cờ thi đua và Bằng khen cho 01 cá nhân": the recipient follows the last award listed.
        const cho2 = FOR_RE.exec(lower.slice(next.end, ce));
        if (cho2) {
          const from = next.end + cho2.index + cho2[0].length;
          const stop = /,\s*(?:tặng|trao)\s|;/iu.exec(lower.slice(from, ce));
          recipientRaw = text.slice(from, stop ? from + stop.index : ce);
          recipientEnd = from + recipientRaw.length;
        }
      } else if (a.direct && a.generic) {
        recipientRaw = text.slice(a.end, limit).replace(/^\s+/u, '');
        recipientEnd = limit;
      }
    }
    if (subjectRecipient !== null) {
      // In a passive clause the subject received it, unless a "cho …" names someone who can.
      const named = recipientRaw ? parseRecipients(cutRecipient(recipientRaw)) : [];
      if (!recipientRaw || (a.only === 'collective' && named.every((p) => p.kind === 'individual')))
        recipientRaw = subjectRecipient;
    } else if (!recipientRaw && carry.recipient) {
      recipientRaw = carry.recipient;
    }
    if (!recipientRaw) return;
    const cut = cutRecipient(recipientRaw);
    if (!cut || (!RECIPIENT_START.test(lowerKeepLength(cut)) && !/^\p{Lu}/u.test(cut))) return;
    carry.recipient = cut;
    lastRecipientEnd = Math.max(lastRecipientEnd, recipientEnd);
    let parts = parseRecipients(cut);
    if (a.only === 'collective') parts = parts.filter((p) => p.kind !== 'individual');
    if (a.only === 'individual') parts = parts.map((p) => (p.kind === 'mixed' ? { ...p, kind: 'individual' } : p));
    const quoteEnd = Math.min(ce, Math.max(a.end, afterGivers, subjectRecipient !== null ? a.end : recipientEnd));
    const quote = trimQuote(text.slice(quoteStart(text, start, a.start), quoteEnd));
    // Several givers and a counted recipient ("14 tập thể … của Bộ …, Tổng Công ty …"): one entry, or
    // the same 14 would be counted twice.
    const counted = parts.some((p) => p.count !== null);
    const giverEntries: GiverHit[] =
      awardGivers.length > 1 && counted
        ? [{ ...awardGivers[0]!, name: awardGivers.map((g) => g.name).join('; ') }]
        : awardGivers;
    for (const g of giverEntries) {
      for (const p of parts) {
        const draft: AwardDraft = {
          award: a.award,
          ...(a.title ? { title: a.title } : {}),
          level: g.level,
          giver: g.name,
          ...(presenter && presenter !== g.name ? { presenter: presenter.replace(/^ảnh\s*:\s*/iu, '') } : {}),
          recipient: p.text,
          recipientKind: p.kind,
          count: p.count,
          year,
          quote,
          block,
          start,
          warnings: [],
          fromCaption,
          ...(a.generic ? { generic: true } : {}),
          ...(g.name === UNKNOWN_GIVER ? { levelFromName: a.impliedLevel !== undefined } : {}),
        };
        const names = awardGivers.map((x) => x.name).join(', ');
        if (a.aggregate) {
          draft.warnings.push(
            warning(
              'awards',
              `"${quote}" nêu chung nhiều hình thức khen thưởng cho ${p.text}; bài không nói ai nhận hình thức nào.`,
              `"${quote}" lists several distinctions for ${p.text} together; the article does not say who received which.`,
              quote,
            ),
          );
        } else if (awardGivers.length > 1 && counted) {
          draft.warnings.push(
            warning(
              'awards',
              `"${quote}" nêu nhiều nơi tặng (${names}) cho cùng người nhận; chỉ ghi một lần, theo cấp của nơi đầu tiên.`,
              `"${quote}" names several givers (${names}) for the same recipients; recorded once, at the level of the first.`,
              quote,
            ),
          );
        }
        if (a.generic) {
          draft.warnings.push(
            warning(
              'awards',
              `"${quote}" không nêu tên hình thức khen thưởng; ghi là "Khen thưởng".`,
              `"${quote}" does not name the distinction; recorded as "Khen thưởng".`,
              quote,
            ),
          );
        }
        out.push(draft);
      }
    }
  });
  return out;
}

function cutRecipient(raw: string): string {
  return (
    raw
      .replace(/[\s,;:.…]+$/u, '')
      .replace(RECIPIENT_END, '')
      .replace(/\s+(?:có\s+thành\s+tích[^,;]*|năm\s+\d{4})\s*$/iu, '')
      // "cho 2 cá nhân và Cờ thi đua …": the list ends where the next distinction starts.
      .replace(/(?:[\s,;:.…]|\s(?:và|cùng|với))+$/u, '')
      .trim()
  );
}

function trimQuote(q: string): string {
  // Only the end is trimmed: look at the last words, not the whole quote (linear on a run-on clause).
  const cut = Math.max(0, q.length - 120);
  const tail = q
    .slice(cut)
    .replace(/\s*\((?:nguồn|ảnh)[^)]*\)\s*$/iu, '')
    .replace(/(?:[\s,;:.…]|\s(?:và|cùng))+$/u, '');
  return (q.slice(0, cut) + tail).trim();
}

/**
 * Where an award's quote starts: the clause's start, unless the clause runs on for a page (a run-on
 * sentence with many awards), when the quote starts a sentence's worth of words before the award.
 */
function quoteStart(text: string, clauseStart: number, awardStart: number): number {
  if (awardStart - clauseStart <= 300) return clauseStart;
  const from = awardStart - 200;
  const space = text.indexOf(' ', from);
  return space >= 0 && space < awardStart ? space + 1 : from;
}

/** The organisation a presenter works for ("Phó Tổng giám đốc Tổng công ty Đinh Như Hạnh"). */
function presenterOrganisation(presenter: string): GiverHit | null {
  const p = lowerKeepLength(presenter);
  // A Sở hands over a ministry's award but never gives one; a person's role names where they work.
  if (/(?:^|\s)sở\s/u.test(p)) return null;
  return findGivers(p, presenter)[0] ?? null;
}

function awardYear(clauseLower: string, reportYear: number): number {
  const m = /năm\s+(\d{4})(?!\d)/u.exec(maskComparisonYears(clauseLower));
  const y = m ? Number(m[1]) : reportYear;
  return Math.abs(y - reportYear) <= 1 ? y : reportYear;
}

const UNKNOWN_GIVER = '\u0000unknown';

const normRecipient = (r: string): string =>
  lowerKeepLength(r)
    .replace(/^(?:tập\s+thể|bà|ông|đồng\s+chí)\s+/u, '')
    .replace(/(bưu\s+điện\s+tỉnh)\s.*$/u, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const LEVEL_NAMES: Record<AwardLevel, [vi: string, en: string]> = {
  state: ['Nhà nước', 'the state'],
  government: ['Chính phủ', 'the government'],
  ministry: ['cấp bộ', 'a ministry'],
  province: ['cấp tỉnh', 'the province'],
  corporation: ['cấp tổng công ty', 'the corporation'],
  unit: ['cấp cơ sở', 'the unit'],
  union: ['công đoàn', 'a union'],
};

/**
 * One award mentioned in a caption and again in the text is one award; keep the text's wording. A
 * caption that names the distinction ("Các tập thể … được Tổng công ty … tặng Giấy khen") tells what
 * the text's "khen thưởng" by the same giver was. An award whose giver nobody names is kept, and says so.
 */
function dedupe(drafts: AwardDraft[]): AwardDraft[] {
  const out: AwardDraft[] = [];
  for (const d of [...drafts.filter((x) => !x.fromCaption), ...drafts.filter((x) => x.fromCaption)]) {
    const unknown = d.giver === UNKNOWN_GIVER;
    const same = out.find(
      (o) =>
        o.award === d.award &&
        (o.level === d.level || unknown) &&
        (normRecipient(o.recipient) === normRecipient(d.recipient) ||
          (d.fromCaption && d.count === null && o.recipientKind !== 'individual')),
    );
    if (same) {
      same.presenter ??= d.presenter;
      same.title ??= d.title;
      if (same.presenter === undefined) delete same.presenter;
      if (same.title === undefined) delete same.title;
      continue;
    }
    const generic =
      d.fromCaption && !d.generic && d.count === null && !unknown
        ? out.find((o) => o.generic && !o.fromCaption && o.level === d.level && o.count === null)
        : undefined;
    if (generic) {
      generic.award = d.award;
      // Both phrases stay in the quote, in the article's order: the caption names the distinction.
      generic.quote =
        d.block < generic.block || (d.block === generic.block && d.start < generic.start)
          ? `${d.quote} … ${generic.quote}`
          : `${generic.quote} … ${d.quote}`;
      generic.title ??= d.title;
      generic.presenter ??= d.presenter;
      if (generic.title === undefined) delete generic.title;
      if (generic.presenter === undefined) delete generic.presenter;
      delete generic.generic;
      generic.warnings = generic.warnings.filter((w) => !/does not name the distinction/u.test(w.messageEn));
      continue;
    }
    if (unknown) {
      const [vi, en] = LEVEL_NAMES[d.level];
      d.giver = d.levelFromName ? `Không nêu tên (${vi})` : 'Không nêu tên';
      d.warnings.push(
        d.levelFromName
          ? warning(
              'awards',
              `"${d.quote}": bài không nêu ai tặng; cấp khen (${vi}) suy ra từ tên danh hiệu. Hãy điền nơi tặng nếu biết.`,
              `"${d.quote}": the article does not say who gave it; the level (${en}) comes from the distinction's name. Fill in the giver if you know it.`,
              d.quote,
            )
          : warning(
              'awards',
              `"${d.quote}": bài không nêu ai tặng; cấp khen tạm ghi là ${vi} (unit). Hãy sửa nơi tặng và cấp khen.`,
              `"${d.quote}": the article does not say who gave it; the level is set to unit as a placeholder. Correct the giver and the level.`,
              d.quote,
            ),
      );
    }
    out.push(d);
  }
  return out.sort((a, b) => a.block - b.block || a.start - b.start);
}

function cap(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}
