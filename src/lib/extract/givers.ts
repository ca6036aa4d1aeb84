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

export interface GiverHit {
  start: number;
  end: number;
  level: AwardLevel;
  name: string;
}

interface Head {
  /** Lower-case regex source of the head words. */
  re: string;
  level: AwardLevel;
  /** The normalised name, when the head alone names one organisation. */
  name?: string;
  /** What may follow: a proper name that is part of the giver ('optional'), or must be ('required'). */
  proper?: 'optional' | 'required';
  /** The level when the name that follows says which tier ("Bảo hiểm xã hội Việt Nam" / "… tỉnh …"). */
  levelOf?: (following: string) => AwardLevel;
}

/** Central or local: a national body names "Việt Nam", a local one its province or district. */
const nationalOrLocal =
  (national: AwardLevel) =>
  (following: string): AwardLevel =>
    /^\s*việt\s+nam/iu.test(following) ? national : 'province';

/** Known ministries' short forms, normalised. */
const MINISTRY_FORMS: [RegExp, string][] = [
  [
    /^(?:thông\s+tin\s*(?:và|-|–|&)\s*truyền\s+thông|tt\s*(?:&|-|–|và)\s*tt|tttt)(?![\p{L}])/iu,
    'Thông tin và Truyền thông',
  ],
  [/^(?:khoa\s+học\s+và\s+công\s+nghệ|kh\s*(?:&|và)\s*cn)(?![\p{L}])/iu, 'Khoa học và Công nghệ'],
  [/^(?:lđ\s*-\s*tb\s*(?:&|và)\s*xh|lđtbxh)(?![\p{L}])/iu, 'Lao động - Thương binh và Xã hội'],
];

const HEADS: Head[] = [
  { re: 'chủ\\s+tịch\\s+nước', level: 'state', name: 'Chủ tịch nước' },
  { re: 'nhà\\s+nước(?=\\s+(?:đã\\s+)?(?:tặng|trao|phong|khen))', level: 'state', name: 'Nhà nước' },
  { re: '(?:phó\\s+)?thủ\\s+tướng(?:\\s+chính\\s+phủ)?|ttcp', level: 'government', name: 'Thủ tướng Chính phủ' },
  { re: 'chính\\s+phủ', level: 'government', name: 'Chính phủ' },
  {
    re: 'hội\\s+đồng\\s+thi\\s+đua\\s*[-–]?\\s*khen\\s+thưởng\\s+trung\\s+ương',
    level: 'government',
    name: 'Hội đồng Thi đua - Khen thưởng Trung ương',
  },
  { re: 'bộ\\s+trưởng\\s+bộ|bộ', level: 'ministry', proper: 'required' },
  { re: 'bảo\\s+hiểm\\s+xã\\s+hội|bhxh', level: 'province', proper: 'optional', levelOf: nationalOrLocal('ministry') },
  {
    re: 'kho\\s+bạc\\s+nhà\\s+nước|ngân\\s+hàng\\s+nhà\\s+nước',
    level: 'ministry',
    proper: 'optional',
    levelOf: (f) => (/^\s*(?:tỉnh|thành\s+phố|chi\s+nhánh|khu\s+vực)/iu.test(f) ? 'province' : 'ministry'),
  },
  { re: 'ngân\\s+hàng', level: 'corporation', proper: 'required' },
  {
    re: 'tổng\\s+liên\\s+đoàn\\s+lao\\s+động(?:\\s+việt\\s+nam)?',
    level: 'union',
    name: 'Tổng Liên đoàn Lao động Việt Nam',
  },
  {
    re: '(?:ban\\s+chấp\\s+hành\\s+|ban\\s+thường\\s+vụ\\s+)?(?:công\\s+đoàn|liên\\s+đoàn\\s+lao\\s+động|đoàn\\s+thanh\\s+niên(?:\\s+cộng\\s+sản\\s+hồ\\s+chí\\s+minh)?|tỉnh\\s+đoàn|đoàn\\s+khối|hội\\s+liên\\s+hiệp\\s+phụ\\s+nữ|hội\\s+cựu\\s+chiến\\s+binh)',
    level: 'union',
    proper: 'optional',
  },
  {
    re: '(?:ban\\s+thường\\s+vụ\\s+)?(?:tỉnh|thành)\\s+(?:ủy|uỷ)|(?:đảng\\s+(?:ủy|uỷ)\\s+khối)',
    level: 'province',
    proper: 'optional',
  },
  {
    re: 'hội\\s+đồng\\s+thi\\s+đua\\s*[-–]?\\s*khen\\s+thưởng\\s+(?:tỉnh|thành\\s+phố)',
    level: 'province',
    proper: 'optional',
  },
  {
    re: '(?:chủ\\s+tịch\\s+)?(?:ubnd|ủy\\s+ban\\s+nhân\\s+dân|uỷ\\s+ban\\s+nhân\\s+dân|hđnd|hội\\s+đồng\\s+nhân\\s+dân)\\s+(?:tỉnh|thành\\s+phố|tp\\.?|huyện|thị\\s+xã|quận)',
    level: 'province',
    proper: 'optional',
  },
  {
    re: '(?:lãnh\\s+đạo\\s+|hội\\s+đồng\\s+thành\\s+viên\\s+|tổng\\s+giám\\s+đốc\\s+)?tổng\\s+công\\s+ty(?:\\s+(?:bưu\\s+điện|bưu\\s+chính)\\s+việt\\s+nam)?|tct|vnpost',
    level: 'corporation',
    proper: 'optional',
  },
  { re: 'tập\\s+đoàn', level: 'corporation', proper: 'required' },
  { re: '(?:giám\\s+đốc\\s+)?bưu\\s+điện\\s+tỉnh', level: 'unit', proper: 'optional' },
];

const W = `(?<![${WORD}])`;
const E = `(?![${WORD}])`;
// One word-edge test around all the heads, not one per head: the scan tries every position.
const HEAD_RE = new RegExp(`${W}(?:${HEADS.map((h) => `(${h.re})`).join('|')})${E}`, 'giu');

/** Lower-case words that may run on inside a proper name ("Lao động", "Chính sách xã hội"), and those that end it. */
const STOP = new Set(
  'tặng trao khen thưởng cho của đã được cũng vừa về năm công nhận đến tại với vì do có là trong đối ghi biểu vinh tuyên đồng cùng thừa và các những nhiều một hai ba bốn sáu bảy tám chín mười danh hiệu cờ bằng giấy huân kỷ chiến trong khi nay'.split(
    ' ',
  ),
);
/** Lower-case words that may lead into the proper name right after the head ("Công đoàn ngành …", "Bảo hiểm xã hội tỉnh …"). */
const LEAD_IN =
  /^(?:ngành|tỉnh|thành\s+phố|huyện|thị\s+xã|quận|cơ\s+sở|khối|cấp\s+trên|chi\s+nhánh|khu\s+vực|việt\s+nam)(?![\p{L}])/u;
// A word, an abbreviation with dots or ampersands inside ("TP.HCM", "TT&TT"), or words joined by a
// dash ("Lao động - Thương binh"); a full stop at the end is the sentence's.
const NAME_WORD = `[${WORD}][${WORD}&'’]*(?:\\.[${WORD}]+)*`;
const TOKEN = new RegExp(`^\\s+(${NAME_WORD}(?:\\s*[-–&]\\s*${NAME_WORD})*)`, 'u');

/** Where the proper name that starts at `at` ends (at `at` when there is none). */
function properNameEnd(text: string, at: number): number {
  let end = at;
  let pos = at;
  let lead = LEAD_IN.exec(
    text
      .slice(pos, pos + 20)
      .replace(/^\s+/u, '')
      .toLocaleLowerCase('vi'),
  );
  if (lead) {
    const ws = /^\s*/u.exec(text.slice(pos))![0].length;
    pos += ws + lead[0].length;
    end = pos;
  }
  let lowercaseRun = 0;
  let named = lead !== null;
  for (let guard = 0; guard < 12; guard += 1) {
    const m = TOKEN.exec(text.slice(pos, pos + 60));
    if (!m) break;
    const word = m[1]!;
    const lower = word.toLocaleLowerCase('vi');
    if (/^\p{Lu}/u.test(word)) {
      pos += m[0].length;
      end = pos;
      named = true;
      lowercaseRun = 0;
      continue;
    }
    if (lower === 'và' || lower === '&') {
      // A connector inside a name only when a capitalised word follows ("và Truyền thông").
      const next = TOKEN.exec(text.slice(pos + m[0].length, pos + m[0].length + 40));
      if (!next || !/^\p{Lu}/u.test(next[1]!)) break;
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
    const head = HEADS[index]!;
    const headEnd = m.index + m[0].length;
    const raw = text.slice(m.index, headEnd);
    if (head.level === 'ministry' && !head.name) {
      const hit = ministry(text, m.index, headEnd);
      if (hit) out.push(hit);
      continue;
    }
    // "Bộ", "Ngân hàng", "Tập đoàn" name nothing without the proper name after them.
    const end = head.proper ? properNameEnd(text, headEnd) : headEnd;
    if (head.proper === 'required' && end === headEnd) continue;
    const following = text.slice(headEnd, headEnd + 30);
    const level = head.levelOf ? head.levelOf(following) : head.level;
    out.push({ start: m.index, end, level, name: nameOf(head, raw, text.slice(headEnd, end)) });
    HEAD_RE.lastIndex = Math.max(HEAD_RE.lastIndex, end);
  }
  return out;
}

function nameOf(head: Head, raw: string, proper: string): string {
  const p = proper.replace(/\s+/g, ' ').trim();
  if (head.name) return head.name;
  if (head.level === 'corporation' && /tổng\s+công\s+ty|tct|vnpost/iu.test(raw)) {
    // The corporation of these articles, whichever way it is written ("Tổng Công ty Bưu chính Việt
    // Nam" is its former name); another corporation is named as written.
    return p && !/bưu\s+(?:điện|chính)/iu.test(raw + p) ? `${cap(raw)} ${p}` : 'Tổng công ty Bưu điện Việt Nam';
  }
  if (head.level === 'province' && /ubnd|ủy\s+ban|uỷ\s+ban|hđnd|hội\s+đồng\s+nhân/iu.test(raw)) {
    const who = /^chủ/iu.test(raw) ? 'Chủ tịch ' : '';
    const body = /hđnd|hội\s+đồng\s+nhân/iu.test(raw) ? 'HĐND' : 'UBND';
    const tier = /tỉnh/iu.test(raw)
      ? 'tỉnh'
      : /huyện/iu.test(raw)
        ? 'huyện'
        : /thị\s+xã/iu.test(raw)
          ? 'thị xã'
          : /quận/iu.test(raw)
            ? 'quận'
            : 'thành phố';
    return `${who}${body} ${tier}${p ? ` ${p}` : ''}`;
  }
  if (head.level === 'unit')
    return /^giám/iu.test(raw)
      ? `Giám đốc Bưu điện tỉnh${p ? ` ${p}` : ''}`
      : `${cap(raw.replace(/\s+/g, ' '))}${p ? ` ${p}` : ''}`;
  return `${cap(raw.replace(/\s+/g, ' ').trim())}${p ? ` ${p}` : ''}`;
}

/** "Bộ X" and "Bộ trưởng Bộ X": a known ministry's short form, or a capitalised name as written. */
function ministry(text: string, start: number, headEnd: number): GiverHit | null {
  const raw = text.slice(start, headEnd);
  // "toàn bộ", "cán bộ" are other words: the head is "Bộ" with a capital, or a known ministry.
  const ws = /^\s*/u.exec(text.slice(headEnd, headEnd + 10))![0].length;
  const rest = text.slice(headEnd + ws, headEnd + ws + 60);
  const minister = /^bộ\s+trưởng/iu.test(raw);
  for (const [re, name] of MINISTRY_FORMS) {
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
  const name = text
    .slice(headEnd, end)
    .replace(/\s+/g, ' ')
    .replace(/\s*([-–])\s*/gu, ' - ')
    .trim();
  return { start, end, level: 'ministry', name: `${minister ? 'Bộ trưởng ' : ''}Bộ ${name}` };
}

function cap(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}
