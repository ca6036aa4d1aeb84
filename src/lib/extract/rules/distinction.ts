/**
 * Distinctions named in a clause: orders, flags, certificates, titles, praise. Each rule finds one kind;
 * where two overlap, the one that starts first (then the longer) is kept, so "danh hiệu Chiến sĩ thi
 * đua cấp bộ" is the emulation soldier, not a bare title. The examples are read back by
 * tests/extract/rules.test.ts.
 */
import type { AwardLevel } from '../../schema/award.ts';
import {
  AND_REWARD,
  CERTIFICATE_OF_COMMENDATION,
  CERTIFICATE_OF_MERIT,
  CLASS,
  EMULATION,
  EMULATION_MOVEMENT,
  EMULATION_SOLDIER,
  EXCELLENT,
  FLAG,
  FLAG_NAME_WORD,
  FORMS,
  IMPLIED_LEVELS,
  MEDAL_NAMES,
  ORDER,
  ORDER_NAMES,
  PLACE_ENDING_IN_BANG,
  PRAISE,
  RECOGNISED_AS,
  RECOGNISED_TITLE_NAMES,
  SOLDIER_TIER,
  TITLE,
} from '../lexicon/distinctions.ts';
import { anyOf, capitalFirst, opt, pattern, regex, seq, word, WORD_END, WORD_START } from '../lexicon/pattern.ts';
import { COLLECTIVE_WORD, QUANTIFIER } from '../lexicon/recipients.ts';

export interface AwardHit {
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

interface DistinctionRule {
  id: string;
  /** Phrases and the distinction read from them. */
  examples: readonly (readonly [phrase: string, award: string])[];
  re: RegExp;
  /** Case matters (a name in capitals follows): the rule runs on the text as written, not lower-cased. */
  asWritten?: boolean;
  make(raw: string): Omit<AwardHit, 'start' | 'end'>;
}

const cap = (s: string): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
};
const TITLE_PREFIX = regex(pattern`^${TITLE}\s+`, 'i');
const QUOTES = /[“”"]/g;
const COLLECTIVE_TITLE = regex(pattern`^${COLLECTIVE_WORD}`, 'i');
const BARE_FLAG = regex(pattern`^${seq(FLAG, opt(EMULATION))}$`, 'i');

export const DISTINCTION_RULES: readonly DistinctionRule[] = [
  {
    id: 'order-with-class',
    examples: [['trao Huân chương Lao động hạng Nhì cho bà …', 'Huân chương Lao động hạng Nhì']],
    re: regex(pattern`${WORD_START}${ORDER}\s+[\p{L}\s]{2,30}?\s+${CLASS}${WORD_END}`, 'gi'),
    make: (raw) => ({ award: cap(raw) }),
  },
  {
    id: 'named-order-or-medal',
    examples: [['tặng Kỷ niệm chương “Vì sự nghiệp Bưu điện” cho …', 'Kỷ niệm chương “Vì sự nghiệp Bưu điện”']],
    re: regex(
      pattern`${WORD_START}${capitalFirst(...ORDER_NAMES, ...MEDAL_NAMES)}\s+(?:“[^”]{2,80}”|"[^"]{2,80}"|\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,5})`,
      'g',
    ),
    asWritten: true,
    make: (raw) => ({ award: cap(raw) }),
  },
  {
    id: 'flag',
    examples: [
      ['nhận Cờ thi đua của Bộ …', 'Cờ thi đua'],
      ['Cờ đơn vị xuất sắc, dẫn đầu trong phong trào thi đua năm 2019', 'Cờ thi đua'],
    ],
    re: regex(
      pattern`${WORD_START}${seq(FLAG, opt(seq(EMULATION, opt(EXCELLENT))))}(?:\s*“[^”]{3,120}”|\s*"[^"]{3,120}"|\s*,?\s+${FLAG_NAME_WORD}[^;:“”]{0,100}?${EMULATION_MOVEMENT}(?:\s+${'năm'}\s+\d{4})?)?(?=\s|[,.;:()]|$)`,
      'gi',
    ),
    make: (raw) => ({ award: 'Cờ thi đua', ...(BARE_FLAG.test(raw) ? {} : { title: cap(raw) }), only: 'collective' }),
  },
  {
    id: 'certificate-of-merit',
    examples: [
      ['tặng Bằng khen cho 2 tập thể', 'Bằng khen'],
      ['UBND tỉnh Cao Bằng tặng Bằng khen cho Bưu điện tỉnh', 'Bằng khen'],
    ],
    re: regex(pattern`(?<!${WORD_START}${PLACE_ENDING_IN_BANG}\s+)${word(CERTIFICATE_OF_MERIT)}`, 'gi'),
    make: () => ({ award: 'Bằng khen' }),
  },
  {
    id: 'certificate-of-commendation',
    examples: [['tặng Giấy khen cho 6 tập thể', 'Giấy khen']],
    re: regex(word(CERTIFICATE_OF_COMMENDATION), 'gi'),
    make: () => ({ award: 'Giấy khen' }),
  },
  {
    id: 'emulation-soldier',
    examples: [['6 cá nhân đạt danh hiệu Chiến sĩ thi đua cấp bộ', 'Chiến sĩ thi đua cấp bộ']],
    re: regex(word(seq(opt(TITLE), EMULATION_SOLDIER, opt(SOLDIER_TIER))), 'gi'),
    make: (raw) => ({ award: cap(raw.replace(TITLE_PREFIX, '')), only: 'individual' }),
  },
  {
    id: 'title',
    examples: [['đạt danh hiệu Tập thể lao động xuất sắc', 'Tập thể lao động xuất sắc']],
    re: regex(
      pattern`${WORD_START}${TITLE}\s+(?!:)(?:“[^”]+”|"[^"]+"|[^,.;:“”])+?(?=\s*(?:[,.;]|\s${anyOf('và', 'cho', 'của')}\s|$))`,
      'gi',
    ),
    make: (raw) => ({ award: cap(raw.replace(TITLE_PREFIX, '').replace(QUOTES, '')) }),
  },
  {
    id: 'recognised-title',
    examples: [
      ['Bưu điện Tây Ninh được Tổng công ty công nhận là tập thể lao động xuất sắc', 'Tập thể lao động xuất sắc'],
      ['Bưu điện huyện Sìn Hồ được UBND tỉnh công nhận đạt Tập thể lao động tiên tiến', 'Tập thể lao động tiên tiến'],
    ],
    re: regex(pattern`(?<=${WORD_START}${RECOGNISED_AS}\s+)${word(anyOf(...RECOGNISED_TITLE_NAMES))}`, 'gi'),
    make: (raw) => ({ award: cap(raw), only: COLLECTIVE_TITLE.test(raw) ? 'collective' : 'individual' }),
  },
  {
    id: 'praise',
    examples: [['biểu dương 3 tập thể và 5 cá nhân', 'Biểu dương']],
    re: regex(
      pattern`${WORD_START}${seq(PRAISE, opt(AND_REWARD))}(?=\s+(?:\d|${QUANTIFIER}|${anyOf('tập thể', 'cá nhân', 'người lao động', 'đơn vị')}))`,
      'gi',
    ),
    make: (raw) => ({ award: cap(raw), direct: true }),
  },
];

const IMPLIED = IMPLIED_LEVELS.map(({ level, phrases, at }) => ({
  level,
  re: regex(at === 'start' ? pattern`^${opt(TITLE)}${anyOf(...phrases)}` : anyOf(...phrases)),
}));

/** The level a distinction's own name implies: "Huân chương …" the state's, "… cấp bộ" a ministry's. */
export function impliedLevel(award: string): AwardLevel | undefined {
  const a = award.toLowerCase();
  return IMPLIED.find(({ re }) => re.test(a))?.level;
}

/** Every distinction of a clause (`lower` is `text` lower-cased, offsets shared), lists and titles merged. */
export function findAwards(lower: string, text: string): AwardHit[] {
  const hits: AwardHit[] = [];
  for (const { re, make, asWritten } of DISTINCTION_RULES) {
    re.lastIndex = 0;
    const subject = asWritten ? text : lower;
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

const LIST_INTRO = regex(pattern`${anyOf(TITLE, FORMS)}\s*:\s*$`);
const COMMA_ONLY = /^\s*,\s*$/u;
const ATTAINED = regex(pattern`(?:^|\s)${'đạt'}\s+$`);

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
      LIST_INTRO.test(lower.slice(Math.max(0, last.start - 30), last.start)) &&
      COMMA_ONLY.test(lower.slice(last.end, h.start))
    ) {
      last.award = `${last.award}, ${h.award}`;
      last.end = h.end;
      last.aggregate = true;
      delete last.only;
      delete last.title;
      continue;
    }
    if (last?.direct && ATTAINED.test(lower.slice(last.end, h.start).slice(-12))) {
      last.title = text.slice(h.start, h.end).replace(TITLE_PREFIX, '').replace(QUOTES, '').trim();
      continue;
    }
    out.push(h);
  }
  return out;
}
