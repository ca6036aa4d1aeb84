/**
 * Vietnamese numbers, money and qualifiers.
 *
 * Vietnamese writes a decimal comma and a thousands dot ("133,643 tỷ" = 133.643 billion; "2.200 tỷ" =
 * 2 200 billion), but scraped news also carries the English habit ("91,352 triệu" meant as 91 352
 * million). A number with one separator followed by exactly three digits can therefore be read two
 * ways; `parseViNumber` returns both so the caller can pick the reading that is plausible for the metric.
 */
import { HEDGES } from './extract/lexicon/hedges.ts';
import { anyOf, pattern, raw, regex, WORD_END, WORD_START } from './extract/lexicon/pattern.ts';
import {
  AFTER_BARE_AMOUNT,
  BILLION,
  DONG,
  DONG_SLIP,
  FOREIGN_CURRENCY,
  KM,
  MILLION,
  MILLION_SHORT,
  MONEY_NOUN,
  MONTH_OR_YEAR,
  PERCENT_WORD,
  PERSON,
  POINT,
  RESIDENTS,
  SHORT_PERIOD,
  TIMES_WORD,
  THOUSAND,
  THOUSAND_BILLION,
} from './extract/lexicon/units.ts';
import type { Qualifier } from './schema/common.ts';
import { memoByString } from './text/memo.ts';
import { WORD } from './text/letters.ts';

export interface ParsedNumber {
  /** The Vietnamese-convention reading. */
  value: number;
  /** The other reading, when the separators allow one (comma ↔ dot as thousands/decimal). */
  alternative?: number;
  /** The separators broke the Vietnamese convention (e.g. "3.5", "1,234,567"): worth a look. */
  unconventional?: boolean;
}

const DOT_CODE = 46;
const COMMA_CODE = 44;

/** Parse "2.200", "133,643", "8,8", "06", "1.234.567,5", "103,7". Returns null for anything else. */
export function parseViNumber(raw: string): ParsedNumber | null {
  const s = raw.trim();
  // One pass over the characters: a digit first, then digits and separators, no separator last or
  // doubled (`^\d[\d.,]*$`, not `[.,]$`, not `[.,]{2}`), counting the dots and commas.
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (i === 0 || (c !== DOT_CODE && c !== COMMA_CODE) || i === s.length - 1) return null;
    const next = s.charCodeAt(i + 1);
    if (next === DOT_CODE || next === COMMA_CODE) return null;
    if (c === DOT_CODE) dots += 1;
    else commas += 1;
  }
  if (s.length === 0) return null;
  if (dots === 0 && commas === 0) return { value: Number(s) };

  if (dots > 0 && commas > 0) {
    // The separator that comes last is the decimal mark.
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    if (lastComma > lastDot) {
      if (commas > 1 || !groupsOfThree(s.slice(0, lastComma), '.')) return null;
      return { value: Number(s.slice(0, lastComma).replace(/\./g, '') + '.' + s.slice(lastComma + 1)) };
    }
    if (dots > 1 || !groupsOfThree(s.slice(0, lastDot), ',')) return null;
    return { value: Number(s.slice(0, lastDot).replace(/,/g, '') + '.' + s.slice(lastDot + 1)), unconventional: true };
  }

  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  const parts = s.split(sep);
  const allThree = parts.slice(1).every((p) => p.length === 3) && parts[0]!.length <= 3;
  if (count > 1) {
    if (!allThree) return null;
    const value = Number(parts.join(''));
    // Thousands dots are the convention; thousands commas are the English habit.
    return sep === '.' ? { value } : { value, unconventional: true };
  }
  const [intPart, fracPart] = parts as [string, string];
  const asDecimal = Number(`${intPart}.${fracPart}`);
  const asThousands = Number(intPart + fracPart);
  if (sep === ',') {
    // Decimal comma is the convention; "91,352" may still have meant 91 352.
    return allThree ? { value: asDecimal, alternative: asThousands } : { value: asDecimal };
  }
  // A dot: thousands when three digits follow ("2.200"), else an English decimal ("3.5").
  return allThree ? { value: asThousands, alternative: asDecimal } : { value: asDecimal, unconventional: true };
}

function groupsOfThree(intPart: string, sep: string): boolean {
  const parts = intPart.split(sep);
  return parts[0]!.length <= 3 && parts.slice(1).every((p) => p.length === 3);
}

/** The number pattern used in text scanning (no sign, separators inside only). */
export const NUMBER_SOURCE = String.raw`\d+(?:[.,]\d+)*`;

// --- Qualifiers ------------------------------------------------------------------------------

// The hedges and what each means are the lexicon's (extract/lexicon/hedges.ts).
const QUALIFIER_OF = HEDGES;
// One pattern for all: at any position the longer phrase is tried first ("trên dưới" before "trên",
// "ước chừng" before "chừng"); the anchor at the end leaves only the hedge right before the number.
const QUALIFIER_WORDS = new RegExp(
  `(?:^|\\s)(${Object.keys(QUALIFIER_OF)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*$`,
  'u',
);

/** The longest hedge ("suýt soát", "không quá") with its spaces fits in this many characters. */
const HEDGE_REACH = 24;

/** The qualifier written immediately before a number; `textBefore` is the lower-cased text up to it. */
export function qualifierBefore(textBefore: string): { qualifier: Qualifier; length: number } {
  // Only the end can hold the hedge: look at the last few words, not the whole clause (a regex
  // anchored at the end still scans from the start, which is quadratic over a long paragraph).
  const tail =
    textBefore.length > HEDGE_REACH
      ? textBefore.slice(textBefore.indexOf(' ', textBefore.length - HEDGE_REACH))
      : textBefore;
  const m = QUALIFIER_WORDS.exec(tail);
  if (m) return { qualifier: QUALIFIER_OF[m[1]!]!, length: m[0].trimStart().length };
  return { qualifier: 'exact', length: 0 };
}

/** Lower-case without changing string length, so offsets stay valid in the original text. */
export const lowerKeepLength = memoByString(lowerKeepLengthOnce);

/** `lowerKeepLength` without remembering: for a text read once (a quote), which would only push out the blocks. */
export function lowerKeepLengthOnce(s: string): string {
  // toLowerCase is toLocaleLowerCase('vi') for every character (Vietnamese has no locale-specific case
  // rules, unlike Turkish) and about twice as fast.
  // "Ð" (U+00D0, the Icelandic eth) is typed for "Đ" in some copy: lower-cased it is "ð", read as "đ".
  const fast = eth(s.toLowerCase());
  // Vietnamese letters keep their length; only a few other scripts' letters change it.
  if (fast.length === s.length) return fast;
  return eth(
    s.replace(/./gsu, (ch) => {
      const l = ch.toLowerCase();
      return l.length === ch.length ? l : ch;
    }),
  );
}

const eth = (lower: string): string => (lower.includes('ð') ? lower.replaceAll('ð', 'đ') : lower);

// --- Money and other quantities ------------------------------------------------------------

/** 'foreign-money': an amount in another currency ("3,5 tỷ USD"); never read as đồng. */
export type QuantityKind =
  'money' | 'foreign-money' | 'percent' | 'times' | 'count' | 'km-per-point' | 'people-per-point' | 'plain';

export interface Quantity {
  kind: QuantityKind;
  /** Offsets in the scanned string: from the first digit to the end of the unit. */
  start: number;
  end: number;
  raw: string;
  /** Value in base units (VND, a count, a percent) under the conventional reading. */
  value: number;
  /** The other reading in base units, when the number allows one. */
  alternative?: number;
  unconventional?: boolean;
  /** Money per person: the period ("8,8 triệu đồng/người/tháng"); 'other': per point, per unit… (a rate). */
  per?: 'person/month' | 'person/year' | 'other';
  /** The scale word as written ("tỷ", "triệu"). */
  scaleWord?: string;
  /** For counts: where the noun after the number starts (the caller matches it against metrics). */
  nounStart?: number;
  /** Part of a range "82-125": not a figure. */
  inRange?: boolean;
  /** Written with a minus sign ("-1,5 tỷ đồng"); `value` is the amount without it, `start` is at the sign. */
  negative?: boolean;
  /** A range of percentages ("20 - 25%", "từ 115% đến 164%"): `value` is its lower end, this its upper. */
  rangeTo?: number;
}

/** Neither a letter nor a digit follows (the end of a unit word). */
const NO_LETTER_OR_DIGIT = raw(`(?![${WORD}])`);

const SCALES: [RegExp, number][] = [
  [regex(pattern`^${THOUSAND_BILLION}`), 1e12],
  [regex(pattern`^${BILLION}`), 1e9],
  [regex(pattern`^(?:${MILLION}|${MILLION_SHORT}(?=\s?${DONG}${NO_LETTER_OR_DIGIT}))`), 1e6],
  [regex(pattern`^${THOUSAND}`), 1e3],
];
/** After a number, or a scale ("tỷ động" only after one). */
const CURRENCY = regex(pattern`^\s*${DONG}${NO_LETTER_OR_DIGIT}`);
const CURRENCY_AFTER_SCALE = regex(pattern`^\s*${anyOf(DONG, DONG_SLIP)}${NO_LETTER_OR_DIGIT}`);
const FOREIGN = regex(pattern`^\s*${FOREIGN_CURRENCY}${NO_LETTER_OR_DIGIT}`);
/** The smaller part of a compound amount: "95 tỷ 600 triệu đồng", "2 triệu 500 nghìn đồng". */
const SUB_AMOUNT = regex(
  pattern`^\s+(\d{1,3}(?:[.,]\d+)?)\s*(${anyOf(MILLION, pattern`${MILLION_SHORT}(?=\s?${anyOf('đồng', 'đ')}${WORD_END})`, THOUSAND)})${WORD_END}`,
);
const SUB_SCALE: Record<string, number> = { triệu: 1e6, nghìn: 1e3, ngàn: 1e3 };
const PER_PERSON = regex(pattern`^\s*(?:${MONEY_NOUN}\s*)?\/\s*${PERSON}\s*\/\s*(${MONTH_OR_YEAR})${WORD_END}`);
const PER_PERIOD_ONLY = regex(pattern`^\s*\/\s*(${MONTH_OR_YEAR})${WORD_END}`);
/** Money per something else ("23 triệu đồng/điểm/tháng"): a rate, not an amount of the unit's. */
const PER_OTHER = /^\s*\/\s*[\p{L}]/u;
const PERCENT = regex(pattern`^\s*(?:%|${PERCENT_WORD}${WORD_END})`);
const KM_PER_POINT = regex(pattern`^\s*${KM}\s*\/\s*${POINT}${WORD_END}`);
const PEOPLE_PER_POINT = regex(pattern`^\s*${RESIDENTS}\s*\/\s*${POINT}${WORD_END}`);
/** The upper end of a range of percentages: "20 - 25%" after the 20, "% đến 164%" after "115". */
const PERCENT_RANGE_END = regex(pattern`^\s*[-–]\s*(\d+(?:[.,]\d+)?)\s*%`);
const PERCENT_RANGE_TO = regex(pattern`^\s*%\s*(?:${anyOf('đến', 'tới')}|[-–])\s*(\d+(?:[.,]\d+)?)\s*%`);
/** "gấp 2,3 lần", "tăng 1,3 lần": a multiple (not "2 lần/ngày", a rate). */
const BARE_AMOUNT_NEXT = regex(pattern`^\s*(?:[,;.)]|${WORD_START}${AFTER_BARE_AMOUNT}${WORD_END})`);
const TIMES = regex(pattern`^\s*${TIMES_WORD}${WORD_END}(?!\s*\/)`);
/** A rate per day, per trip…: not a yearly figure ("82-125 điểm/ngày", "1-3 lần/ngày"). */
const OTHER_RATE = regex(pattern`^\s*[\p{L}]+(?:\s+[\p{L}]+)?\s*\/\s*${SHORT_PERIOD}${WORD_END}`);

/**
 * A number in running text: not glued to a word or to another number ("Covid-19", "82-125", "1/2"),
 * with an optional minus sign right before it ("-1,5 tỷ đồng"). The sign only counts after a space,
 * a bracket or the start, so a dash inside a word or a range is never a minus.
 */
/** How far after a number its unit, scale, per-person tail or noun can reach. */
const LOOKAHEAD = 80;

const NUMBER_IN_TEXT = new RegExp(
  `(?:(?<![${WORD}/.,:\\-–−])([-−–])|(?<![${WORD}/.,:\\-–−]))(?=\\d)(${NUMBER_SOURCE})`,
  'gu',
);

/**
 * Find every number in a (lower-cased) text with what follows it: money with its scale, percentages,
 * per-person money, and plain numbers (the caller decides whether the next words are a count noun).
 * Dates ("27/12/2023", "19.1"), times and ranges' inner ends are marked or skipped.
 */
export const scanQuantities: (lower: string) => readonly Quantity[] = memoByString(scanQuantitiesOnce);

/**
 * The scan itself. The figure reader and the review scan the same paragraph more than once, so
 * `scanQuantities` remembers it (the list is read, never changed); a text scanned once (a quote, which
 * the review keeps for itself) is scanned here without being remembered.
 */
export function scanQuantitiesOnce(lower: string): Quantity[] {
  const out: Quantity[] = [];
  const re = NUMBER_IN_TEXT;
  re.lastIndex = 0;
  // What follows a number is read from a short window, never from a copy of the rest of the text
  // (that would be quadratic in a paragraph with many numbers).
  const ahead = (at: number): string => lower.slice(at, at + LOOKAHEAD);
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const raw = m[2]!;
    // A minus sign right before the digits, not a hyphen inside a word or a range ("Covid-19", "82-125").
    // At the very start of a line it is a list marker.
    const negative = m[1] !== undefined && m.index > 0;
    const start = m.index;
    let end = start + m[0].length;
    const after = ahead(end);
    // Dates and times: 27/12, 27/12/2023, 08:15, "quý ii/2022".
    if (/^\s?\/\s?\d/.test(after) || /^:\d/.test(after)) {
      re.lastIndex = end + (after.match(/^[\s/:\d.]+/)?.[0].length ?? 0);
      continue;
    }
    const parsed = parseViNumber(raw);
    if (!parsed) continue;
    // What follows is told by its first letter; only the patterns that can start with it are tried.
    const ws = leadingSpace(after);
    // The first character after the space (a lone code unit is enough to compare with these letters).
    const lead = after.charAt(ws);
    const dash = lead === '-' || lead === '–';
    // "tăng 20 - 25%", "từ 115% đến 164%": one range of percentages, read by its lower end.
    const range = dash ? PERCENT_RANGE_END.exec(after) : lead === '%' ? PERCENT_RANGE_TO.exec(after) : null;
    const upper = range ? parseViNumber(range[1]!) : null;
    if (range && upper && upper.value > parsed.value) {
      end += range[0].length;
      re.lastIndex = end;
      out.push({ start, raw, kind: 'percent', end, value: parsed.value, rangeTo: upper.value, inRange: false });
      continue;
    }
    const inRange =
      (dash && /^\s*[-–]\s*\d/.test(after)) || /\d\s*[-–]\s*$/.test(lower.slice(Math.max(0, start - 3), start));
    const base = { start, raw, unconventional: parsed.unconventional, ...(negative ? { negative } : {}) } as const;

    const pct = lead === '%' || lead === 'p' ? PERCENT.exec(after) : null;
    if (pct) {
      end += pct[0].length;
      out.push({
        ...base,
        kind: 'percent',
        end,
        value: parsed.value,
        ...(parsed.alternative !== undefined ? { alternative: parsed.alternative } : {}),
        inRange,
      });
      continue;
    }
    const times = lead === 'l' ? TIMES.exec(after) : null;
    if (times) {
      out.push({ ...base, kind: 'times', end: end + times[0].length, value: parsed.value, inRange });
      continue;
    }
    const km = lead === 'k' ? KM_PER_POINT.exec(after) : null;
    if (km) {
      out.push({ ...base, kind: 'km-per-point', end: end + km[0].length, value: parsed.value, inRange });
      continue;
    }
    const ppp = lead === 'n' || lead === 'd' ? PEOPLE_PER_POINT.exec(after) : null;
    if (ppp) {
      out.push({ ...base, kind: 'people-per-point', end: end + ppp[0].length, value: parsed.value, inRange });
      continue;
    }
    const trimmed = after.slice(ws);
    let scale: number | undefined;
    let scaleWord: string | undefined;
    for (const [sre, mult] of lead === 't' || lead === 'n' ? SCALES : []) {
      const sm = sre.exec(trimmed);
      const next = sm ? trimmed.slice(sm[0].length) : '';
      if (sm && (!/^[\p{L}]/u.test(next) || CURRENCY.test(next))) {
        scale = mult;
        scaleWord = sm[0];
        end += ws + sm[0].length;
        break;
      }
    }
    // "95 tỷ 600 triệu đồng" is one amount: 95.6 billion.
    let subAmount = 0;
    if (scale !== undefined && scale >= 1e6) {
      const sub = SUB_AMOUNT.exec(ahead(end));
      const subScale = sub ? (SUB_SCALE[sub[2]!] ?? 1e6) : 0;
      const subValue = sub ? parseViNumber(sub[1]!) : null;
      if (sub && subValue && subScale < scale && subValue.value * subScale < scale) {
        subAmount = subValue.value * subScale;
        end += sub[0].length;
        re.lastIndex = end;
      }
    }
    // What follows the number with its scale: a currency, or the noun of a count.
    const unitAhead = ahead(end);
    const foreign = FOREIGN.exec(unitAhead);
    if (foreign) {
      end += foreign[0].length;
      re.lastIndex = Math.max(re.lastIndex, end);
      out.push({ ...base, kind: 'foreign-money', end, value: parsed.value * (scale ?? 1) + subAmount, inRange });
      continue;
    }
    const currency = (scale !== undefined ? CURRENCY_AFTER_SCALE : CURRENCY).exec(unitAhead);
    // Money written without "đồng": a scale followed by money's own words ("434 triệu doanh thu/người/năm")
    // or by a verb or a comparison ("95.855 triệu đạt 111,1% kế hoạch").
    const bareMoney =
      !currency && scale !== undefined && (PER_PERSON.test(unitAhead) || BARE_AMOUNT_NEXT.test(unitAhead));
    // "2,5 triệu bưu gửi", "1,2 triệu lượt người": millions or thousands of something, not money.
    if (
      scale !== undefined &&
      scale < 1e9 &&
      !currency &&
      !bareMoney &&
      /^\s+[\p{L}]/u.test(unitAhead) &&
      !/^\s*(?:\/|vnđ|vnd|đ\b)/u.test(unitAhead)
    ) {
      const nounAt = end + (unitAhead.length - unitAhead.trimStart().length);
      out.push({
        ...base,
        kind: 'plain',
        end,
        value: Math.round(parsed.value * scale),
        nounStart: nounAt,
        scaleWord: scaleWord!,
        inRange,
      });
      continue;
    }
    if (scale !== undefined || currency) {
      if (currency) end += currency[0].length;
      const mult = scale ?? 1;
      let per: Quantity['per'];
      const perAhead = ahead(end);
      const pp = PER_PERSON.exec(perAhead);
      if (pp) {
        per = pp[1] === 'tháng' ? 'person/month' : 'person/year';
        end += pp[0].length;
      } else {
        const po = PER_PERIOD_ONLY.exec(perAhead);
        if (po) {
          // "8,8 triệu đồng/tháng" in an income sentence: per person is implied.
          per = po[1] === 'tháng' ? 'person/month' : 'person/year';
          end += po[0].length;
        } else if (PER_OTHER.test(perAhead)) {
          per = 'other';
        }
      }
      out.push({
        ...base,
        kind: 'money',
        end,
        value: roundMoney(parsed.value * mult + subAmount),
        ...(parsed.alternative !== undefined && subAmount === 0
          ? { alternative: roundMoney(parsed.alternative * mult) }
          : {}),
        ...(per ? { per } : {}),
        ...(scaleWord ? { scaleWord } : {}),
        inRange,
      });
      continue;
    }
    if (OTHER_RATE.test(after)) continue;
    out.push({
      ...base,
      kind: 'plain',
      end,
      value: parsed.value,
      ...(parsed.alternative !== undefined ? { alternative: parsed.alternative } : {}),
      nounStart: end + ws,
      inRange,
    });
  }
  return out;
}

/** How many characters of white space (`\s`) the text starts with. */
function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i += 1;
  return i;
}

/** The code units `\s` matches. */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Money in VND is whole; avoid 133.643 × 1e9 = 133642999999.99998. */
function roundMoney(v: number): number {
  return Math.round(v);
}
