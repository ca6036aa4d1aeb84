/**
 * Who gives a distinction, and at what level, recognised by the head noun of its name rather than from
 * a list of organisations: "Bộ X" is a ministry whatever X is ("Bộ Lao động - Thương binh và Xã hội"),
 * "Bộ trưởng Bộ X" its minister, "Tỉnh ủy X", "UBND tỉnh X", "Sở …" and other organs "… tỉnh X" are
 * the province's, "Tổng công ty …", "Tập đoàn …" and banks are enterprises, "Công đoàn …", "Liên đoàn
 * Lao động …", "Đoàn Thanh niên …" are unions, and the provincial post office is the unit. The proper
 * name after the head (capitalised, Vietnamese style: "Ngân hàng Chính sách xã hội") belongs to the
 * giver and is kept as written.
 *
 * Levels follow the emulation law's tiers: the President (state), the Prime Minister or the Government
 * (government), a ministry or a central agency such as Bảo hiểm xã hội Việt Nam (ministry), the province's
 * party committee, People's Committee or departments (province), an enterprise (corporation), the
 * provincial post office itself (unit), a union or another mass organisation (union).
 */
import type { AwardLevel } from '../schema/award.ts';
import { WORD } from '../text/letters.ts';
import {
  BRANCH,
  GIVER_HEADS,
  MINISTRY_FORMS,
  NAME_LEAD_IN,
  NAME_STOPS,
  NATIONAL,
  type GiverHead,
} from './lexicon/givers.ts';
import { anyOf, capture, pattern, raw, regex, seq, WORD_END, WORD_START } from './lexicon/pattern.ts';

export interface GiverHit {
  start: number;
  end: number;
  level: AwardLevel;
  name: string;
  /** The only distinctions it gives itself (a Sở: its Giấy khen); any other it hands over for someone else. */
  givesOnly?: RegExp;
}

// One word-edge test around all the heads, not one per head: the scan tries every position. Each head
// is a capturing group, so the group that matched says which head it is.
const HEAD_RE = regex(pattern`${WORD_START}${anyOf(...GIVER_HEADS.map((h) => capture(h.head)))}${WORD_END}`, 'gi');
const FORMS = MINISTRY_FORMS.map(([form, name]) => [regex(pattern`^${form}${WORD_END}`, 'i'), name] as const);
const NATIONAL_AFTER = regex(pattern`^\s*${NATIONAL}`, 'i');
const BRANCH_AFTER = regex(pattern`^\s*${BRANCH}`, 'i');

/** The level of a head whose tier the following name tells. */
function levelOf(head: GiverHead, following: string): AwardLevel {
  if (head.levelOf === 'national-or-local') return NATIONAL_AFTER.test(following) ? 'ministry' : 'province';
  if (head.levelOf === 'central-bank-or-branch') return BRANCH_AFTER.test(following) ? 'province' : 'ministry';
  return head.level;
}

/** The last word of a head starts with a capital ("Giám đốc Sở"). */
const CAPITAL_WORD_END = /(?:^|\s)\p{Lu}\p{Ll}*$/u;
const GIVES_ONLY = new Map(GIVER_HEADS.flatMap((h) => (h.givesOnly ? [[h, regex(h.givesOnly, 'i')] as const] : [])));

const STOP = new Set(NAME_STOPS);
const LEAD_IN = regex(pattern`^${NAME_LEAD_IN}${WORD_END}`);
// A word, an abbreviation with dots or ampersands inside ("TP.HCM", "TT&TT"), or words joined by a
// dash ("Lao động - Thương binh"); a full stop at the end is the sentence's.
const NAME_WORD = `[${WORD}][${WORD}&'’]*(?:\\.[${WORD}]+)*`;
const TOKEN = regex(raw(`^\\s+(${NAME_WORD}(?:\\s*[-–&]\\s*${NAME_WORD})*)`));
const CAPITALISED = /^\p{Lu}/u;
const LEADING_SPACE = /^\s*/u;
const CORPORATION_HEAD = regex(anyOf('tổng công ty', 'tct', 'vnpost'), 'i');
const THE_POST = regex(seq('bưu', anyOf('điện', 'chính')), 'i');
const COMMITTEE = regex(anyOf('ubnd', 'ủy ban', 'uỷ ban', 'hđnd', 'hội đồng nhân'), 'i');
const COUNCIL = regex(anyOf('hđnd', 'hội đồng nhân'), 'i');
const CHAIR = regex(pattern`^${'chủ'}`, 'i');
const DIRECTOR = regex(pattern`^${'giám'}`, 'i');
const MINISTER = regex(pattern`^${seq('bộ', 'trưởng')}`, 'i');
/** The tier of a People's Committee as written ("UBND tỉnh", "UBND huyện"), in the order a name is tested. */
const TIERS = (['tỉnh', 'huyện', 'thị xã', 'quận'] as const).map((t) => [regex(anyOf(t), 'i'), t] as const);
const DASH = /\s*([-–])\s*/gu;

/** Where the proper name that starts at `at` ends (at `at` when there is none). */
function properNameEnd(text: string, at: number): number {
  let end = at;
  let pos = at;
  const lead = LEAD_IN.exec(
    text
      .slice(pos, pos + 20)
      .replace(LEADING_SPACE, '')
      // toLowerCase is toLocaleLowerCase('vi') (no Vietnamese case rules), without the locale's look-up.
      .toLowerCase(),
  );
  if (lead) {
    const ws = LEADING_SPACE.exec(text.slice(pos))![0].length;
    pos += ws + lead[0].length;
    end = pos;
  }
  let lowercaseRun = 0;
  let named = lead !== null;
  for (let guard = 0; guard < 12; guard += 1) {
    const m = TOKEN.exec(text.slice(pos, pos + 60));
    if (!m) break;
    const word = m[1]!;
    const lower = word.toLowerCase();
    if (CAPITALISED.test(word)) {
      pos += m[0].length;
      end = pos;
      named = true;
      lowercaseRun = 0;
      continue;
    }
    if (lower === 'và' || lower === '&') {
      // A connector inside a name only when a capitalised word follows ("và Truyền thông").
      const next = TOKEN.exec(text.slice(pos + m[0].length, pos + m[0].length + 40));
      if (!next || !CAPITALISED.test(next[1]!)) break;
      pos += m[0].length;
      continue;
    }
    if (!named || STOP.has(lower) || lowercaseRun >= 3) break;
    pos += m[0].length;
    end = pos;
    lowercaseRun += 1;
  }
  // Trailing lower-case words belong to the name only when a capitalised word came before them.
  return named ? end : at;
}

/** Every giver named in a clause: `lower` is the lower-cased `text`, offsets shared. */
export function findGivers(lower: string, text: string): GiverHit[] {
  const out: GiverHit[] = [];
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(lower); m; m = HEAD_RE.exec(lower)) {
    const index = m.slice(1).findIndex((x) => x !== undefined);
    const head = GIVER_HEADS[index]!;
    const headEnd = m.index + m[0].length;
    const raw = text.slice(m.index, headEnd);
    if (head.level === 'ministry' && !head.name) {
      const hit = ministry(text, m.index, headEnd);
      if (hit) out.push(hit);
      continue;
    }
    // "Sở Tài chính" is a department, "cơ sở" another word: such a head is a name only with its capital.
    if (head.capital && !CAPITAL_WORD_END.test(raw)) continue;
    // "Bộ", "Ngân hàng", "Tập đoàn" name nothing without the proper name after them.
    const end = head.proper ? properNameEnd(text, headEnd) : headEnd;
    if (head.proper === 'required' && end === headEnd) continue;
    const following = text.slice(headEnd, headEnd + 30);
    const level = levelOf(head, following);
    out.push({
      start: m.index,
      end,
      level,
      name: nameOf(head, raw, text.slice(headEnd, end)),
      ...(head.givesOnly ? { givesOnly: GIVES_ONLY.get(head)! } : {}),
    });
    HEAD_RE.lastIndex = Math.max(HEAD_RE.lastIndex, end);
  }
  return out;
}

function nameOf(head: GiverHead, raw: string, proper: string): string {
  const p = proper.replace(/\s+/g, ' ').trim();
  if (head.name) return head.name;
  if (head.level === 'corporation' && CORPORATION_HEAD.test(raw)) {
    // The corporation of these articles, whichever way it is written ("Tổng Công ty Bưu chính Việt
    // Nam" is its former name); another corporation is named as written.
    return p && !THE_POST.test(raw + p) ? `${cap(raw)} ${p}` : 'Tổng công ty Bưu điện Việt Nam';
  }
  if (head.level === 'province' && COMMITTEE.test(raw)) {
    const who = CHAIR.test(raw) ? 'Chủ tịch ' : '';
    const body = COUNCIL.test(raw) ? 'HĐND' : 'UBND';
    const tier = TIERS.find(([re]) => re.test(raw))?.[1] ?? 'thành phố';
    return `${who}${body} ${tier}${p ? ` ${p}` : ''}`;
  }
  if (head.level === 'unit')
    return DIRECTOR.test(raw)
      ? `Giám đốc Bưu điện tỉnh${p ? ` ${p}` : ''}`
      : `${cap(raw.replace(/\s+/g, ' '))}${p ? ` ${p}` : ''}`;
  return `${cap(raw.replace(/\s+/g, ' ').trim())}${p ? ` ${p}` : ''}`;
}

/** "Bộ X" and "Bộ trưởng Bộ X": a known ministry's short form, or a capitalised name as written. */
function ministry(text: string, start: number, headEnd: number): GiverHit | null {
  const raw = text.slice(start, headEnd);
  // "toàn bộ", "cán bộ" are other words: the head is "Bộ" with a capital, or a known ministry.
  const ws = LEADING_SPACE.exec(text.slice(headEnd, headEnd + 10))![0].length;
  const rest = text.slice(headEnd + ws, headEnd + ws + 60);
  const minister = MINISTER.test(raw);
  for (const [re, name] of FORMS) {
    const m = re.exec(rest);
    if (m)
      return {
        start,
        end: headEnd + ws + m[0].length,
        level: 'ministry',
        name: `${minister ? 'Bộ trưởng ' : ''}Bộ ${name}`,
      };
  }
  if (!/^B/u.test(raw)) return null;
  const end = properNameEnd(text, headEnd);
  if (end === headEnd) return null;
  const name = text.slice(headEnd, end).replace(/\s+/g, ' ').replace(DASH, ' - ').trim();
  return { start, end, level: 'ministry', name: `${minister ? 'Bộ trưởng ' : ''}Bộ ${name}` };
}

function cap(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}
