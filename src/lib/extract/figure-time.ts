/**
 * When a figure is for, and whether it is a result or a target.
 *
 * Vietnamese reports place a figure in time in a few regular ways:
 * - a year right after the amount belongs to that amount: "từ 300 tỷ đồng năm 2020 lên 600 tỷ đồng
 *   năm 2024" (2020 is the first amount's, 2024 the second's);
 * - a year in the figure's own phrase: "Tổng doanh thu năm 2023 đạt …", "kế hoạch năm 2024 là …";
 * - an adverbial that opens the sentence and frames all of it, and the sentences after it in the
 *   paragraph: "Năm 2023, …", "Trong năm 2019, …", "Về nhiệm vụ năm 2024, …", "Năm qua, …",
 *   "Quý IV/2023, …", "Trong giai đoạn 2016-2018, …";
 * - words that name the reported year without its number ("năm qua", "năm vừa qua", "trong năm",
 *   "cả năm"), or the next ("năm tới", "năm sau", "thời gian tới");
 * - a year something is only compared with ("so với năm 2022") places nothing (it is masked).
 * The sentence that announces the conference ("… tổ chức hội nghị tổng kết năm 2023 và triển khai kế
 * hoạch năm 2024") names the agenda, not the time of the figures after it, so it frames nothing.
 * A span of years ("giai đoạn 2016-2018", "sau 5 năm", "lũy kế" since a service began) is no single
 * year: a figure framed by one is a total over the span and is not published as a year's figure. ("Lũy
 * kế 6 tháng", "lũy kế từ đầu năm" is the running total of the period reported on, not a span.)
 */
import type { Period } from '../schema/figure.ts';
import { CONFERENCE, HOLDS, MEETING_KIND } from './lexicon/events.ts';
import { anyOf, capture, pattern, regex, seq, WORD_END, WORD_START } from './lexicon/pattern.ts';
import {
  BEFORE_ATTACHED_YEAR,
  CUMULATIVE,
  DURING_YEAR,
  FROM_YEAR,
  HALF,
  HALF_WORD,
  MONTH,
  OTHER_YEAR,
  OVER,
  PAST_YEAR,
  PHASE,
  QUARTER,
  ROMAN_QUARTER,
  SINCE_YEAR_START,
  TO_THE_END,
  UNTIL,
  WHOLE_YEAR_TIME,
  YEAR,
  YEAR_AHEAD,
  YEARLY_AVERAGE,
  YEARS_RUNNING,
} from './lexicon/periods.ts';

export type Part = Exclude<Period, 'year'> | 'H2';

export interface TimeMention {
  start: number;
  end: number;
  kind: 'year' | 'report' | 'future' | 'span' | 'part';
  year?: number;
  part?: Part;
}

/** What a figure's time is read from, strongest first. */
export type FrameSource = 'attached' | 'local' | 'topic' | 'carry' | 'default';

export interface Frame {
  kind: 'year' | 'report' | 'future' | 'span' | 'none';
  year?: number;
  part?: Part;
  source: FrameSource;
  /** The words the frame was read from ("năm 2023", "Trong giai đoạn 2016-2018"). */
  phrase?: string;
}

const YEAR_MENTION = regex(
  pattern`(?:${YEAR}|${MONTH}\s+\d{1,2}\s*\/|${QUARTER}\s+[ivx\d]{1,4}\s*\/)\s*(\d{4})(?!\d)|(?<![\d/])\d{1,2}\/(\d{4})(?!\d)`,
  'g',
);
const REPORT = regex(
  pattern`${WORD_START}(?:${PAST_YEAR}|${WHOLE_YEAR_TIME}(?!\s*[\d#])|${DURING_YEAR}(?!\s*(?:[\d#]|${OTHER_YEAR})))${WORD_END}`,
  'g',
);
const FUTURE = regex(pattern`${WORD_START}${YEAR_AHEAD}${WORD_END}`, 'g');
// Years compared with are masked as "####" (years.ts), and a span's years are masked too.
const SPAN = regex(
  pattern`${WORD_START}(?:${PHASE}\s+[\d#]{4}\s*[-–]\s*[\d#]{2,4}|\(\s*\d{4}\s*[-–]\s*\d{4}\s*\)|${FROM_YEAR}\s+[\d#]{4}\s+${UNTIL}\s+(?:${YEAR}\s+)?[\d#]{4}|${OVER}\s+\d{1,2}\s+${YEAR}(?!\s*[\d#])|\d{1,2}\s+${YEAR}\s+${YEARS_RUNNING}|${CUMULATIVE}(?!\s+(?:\d{1,2}\s+${MONTH}|${SINCE_YEAR_START}|${QUARTER}|${TO_THE_END}\s+(?:${QUARTER}|${MONTH})))|${YEARLY_AVERAGE})${WORD_END}`,
  'g',
);
/**
 * A part of the year: "6 tháng đầu năm", "6 tháng cuối năm", "nửa đầu năm", "9 tháng", "4 tháng đầu năm",
 * "3 tháng cuối năm", "quý IV". Groups: 1 the months, 2 first or last; 3 a half; 4 a quarter.
 */
const PART = regex(
  pattern`${WORD_START}(?:(\d{1,2})\s+${MONTH}(?:\s+${capture(HALF)})?(?:\s+${YEAR})?|${HALF_WORD}\s+${capture(HALF)}\s+${YEAR}|${QUARTER}\s+${capture(anyOf(ROMAN_QUARTER, pattern`[1-4]`))}${WORD_END})`,
  'g',
);
const QUARTERS: Record<string, Part> = {
  i: 'Q1',
  '1': 'Q1',
  ii: 'Q2',
  '2': 'Q2',
  iii: 'Q3',
  '3': 'Q3',
  iv: 'Q4',
  '4': 'Q4',
};

/**
 * The part of the year "n tháng (đầu | cuối)" names: the first n months (3 = Q1, 6 = H1, 9M …), the last
 * three (Q4) or six (H2, which has no period of its own); 12 months, or a count with no such meaning
 * ("24 tháng"), none.
 */
export function monthsPart(n: number, which?: string): Part | null {
  if (which === 'cuối') return n === 3 ? 'Q4' : n === 6 ? 'H2' : null;
  const first: Record<number, Part> = {
    3: 'Q1',
    4: '4M',
    5: '5M',
    6: 'H1',
    7: '7M',
    8: '8M',
    9: '9M',
    10: '10M',
    11: '11M',
  };
  return first[n] ?? null;
}

/** Every time phrase of a (lower-cased, comparison-masked) block, in order. */
export function findTimeMentions(masked: string): TimeMention[] {
  const out: TimeMention[] = [];
  // Each kind is looked for only where its words occur at all (most paragraphs have none of most).
  const has = (a: string, b?: string, c?: string, d?: string): boolean =>
    masked.includes(a) ||
    (b !== undefined && masked.includes(b)) ||
    (c !== undefined && masked.includes(c)) ||
    (d !== undefined && masked.includes(d));
  if (has('/', 'năm'))
    for (const m of masked.matchAll(YEAR_MENTION))
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'year', year: Number(m[1] ?? m[2]) });
  if (has('năm'))
    for (const m of masked.matchAll(REPORT)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'report' });
  if (has('tới', 'sau', 'sang', 'còn lại'))
    for (const m of masked.matchAll(FUTURE)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'future' });
  if (has('giai đoạn', '(', 'từ năm', 'bình quân') || has('lũy', 'luỹ') || /\d\s+năm/u.test(masked)) {
    for (const m of masked.matchAll(SPAN)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'span' });
  }
  if (has('tháng', 'quý', 'nửa'))
    for (const m of masked.matchAll(PART)) {
      const part = m[1] ? monthsPart(Number(m[1]), m[2]) : m[3] ? (m[3] === 'đầu' ? 'H1' : 'H2') : QUARTERS[m[4]!]!;
      if (part) out.push({ start: m.index, end: m.index + m[0].length, kind: 'part', part });
    }
  return out.sort((a, b) => a.start - b.start);
}

/** The announcement of the conference itself: its years are the agenda's, not a frame for figures. */
const EVENT_SENTENCE = regex(anyOf(seq(HOLDS, anyOf(CONFERENCE, 'lễ')), seq(CONFERENCE, MEETING_KIND)));
/** An opening adverbial is short: its time phrase starts within the sentence's first words. */
const TOPIC_REACH = 60;

/**
 * The frame a sentence opens with: the time phrases before its first comma (or at its very start),
 * when nothing that names a figure comes before them. `firstFigureAt` is where the first cue or
 * amount of the sentence starts.
 */
export function sentenceTopic(
  masked: string,
  mentions: readonly TimeMention[],
  s0: number,
  s1: number,
  firstFigureAt: number,
): Frame | null {
  const sentence = masked.slice(s0, s1);
  if (EVENT_SENTENCE.test(sentence)) return null;
  const inside = mentions.filter((m) => m.start >= s0 && m.end <= s1 && m.start < firstFigureAt);
  const first = inside[0];
  if (!first || first.start - s0 > TOPIC_REACH) return null;
  // The phrase ends at a comma or a colon close after the time words ("Năm 2023,", "9 tháng đầu năm
  // 2023,", "Chỉ tiêu năm 2024:"), or a few words on when the sentence starts with them ("Năm 2025 là
  // năm đầu tiên …").
  const stop = /[,:]/u.exec(masked.slice(first.end, Math.min(s1, first.end + 26)));
  const comma = stop ? first.end + stop.index : -1;
  const commaClose = comma >= 0;
  const atStart = /^[^\p{L}\d]*$/u.test(masked.slice(s0, first.start));
  if (!atStart && !commaClose) return null;
  const end = commaClose ? comma : Math.min(s1, first.end + 25);
  const opening = inside.filter((m) => m.start < end);
  const frame = combine(opening, 'topic');
  return frame ? { ...frame, phrase: masked.slice(first.start, Math.max(...opening.map((m) => m.end))).trim() } : null;
}

/** Several time phrases read together: the last that places the year, and the part of the year. */
function combine(list: readonly TimeMention[], source: FrameSource): Frame | null {
  const placing = [...list].reverse().find((m) => m.kind !== 'part');
  const part = [...list].reverse().find((m) => m.kind === 'part');
  if (!placing && !part) return null;
  return {
    kind: placing ? (placing.kind as Frame['kind']) : 'none',
    ...(placing?.year !== undefined ? { year: placing.year } : {}),
    ...(part ? { part: part.part! } : {}),
    source,
  };
}

/** A year written right after an amount: "300 tỷ đồng năm 2020", "170 tỷ đồng trong năm tới". */
const ATTACHED = regex(pattern`^\s*(?:${BEFORE_ATTACHED_YEAR}\s+)?(?=${YEAR}\s+(?:\d{4}|${anyOf('tới', 'sau')}))`);

/**
 * Reads the frames of the figures of one block. Mentions a figure has claimed (a year right after
 * its amount) are not read again for the next figure.
 */
export class TimeReader {
  private readonly claimed = new Set<number>();
  private readonly starts: number[];
  private readonly masked: string;
  readonly mentions: readonly TimeMention[];

  constructor(masked: string, mentions: readonly TimeMention[]) {
    this.masked = masked;
    this.mentions = mentions;
    this.starts = mentions.map((m) => m.start);
  }

  /** Index of the first mention starting at or after `at` (binary search: blocks can be long). */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The mentions that lie within [from, to). */
  within(from: number, to: number): TimeMention[] {
    const out: TimeMention[] = [];
    for (let i = this.firstFrom(from); i < this.mentions.length && this.mentions[i]!.start < to; i += 1) {
      if (this.mentions[i]!.end <= to) out.push(this.mentions[i]!);
    }
    return out;
  }

  /**
   * The frame of a figure whose phrase runs from `from` (its subject, or its segment) to `at` (the
   * amount), and whose amount ends at `end` (null for a percentage: "bằng 144% năm 2017" compares);
   * `topic` and `carry` are the sentence's and the paragraph's frames.
   */
  frameOf(from: number, at: number, end: number | null, topic: Frame | null, carry: Frame | null): Frame {
    let attached: TimeMention | undefined;
    if (end !== null) {
      const gap = ATTACHED.exec(this.masked.slice(end, end + 20));
      const m = gap ? this.mentions[this.firstFrom(end + gap[0].length)] : undefined;
      if (m && m.start === end + gap![0].length && (m.kind === 'year' || m.kind === 'future')) {
        attached = m;
        this.claimed.add(m.start);
      }
    }
    const local = this.within(from, at).filter((m) => !this.claimed.has(m.start));
    const placing = [...local].reverse().find((m) => m.kind !== 'part');
    const localPart = [...local].reverse().find((m) => m.kind === 'part')?.part;
    const own = attached ?? placing;
    const frame: Frame = own
      ? {
          kind: own.kind as Frame['kind'],
          ...(own.year !== undefined ? { year: own.year } : {}),
          source: attached ? 'attached' : 'local',
          phrase: this.masked.slice(own.start, own.end),
        }
      : topic && topic.kind !== 'none'
        ? topic
        : carry && carry.kind !== 'none'
          ? carry
          : { kind: 'none', source: 'default' };
    const part =
      localPart ??
      (frame.source === 'attached' ? undefined : (topic?.part ?? (frame.source === 'carry' ? carry?.part : undefined)));
    return part ? { ...frame, part } : frame;
  }

  /** Was this mention claimed by an amount (a year written right after it)? */
  isClaimed(start: number): boolean {
    return this.claimed.has(start);
  }
}
