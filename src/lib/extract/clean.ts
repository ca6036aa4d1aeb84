/**
 * Cleaning: from scraped text to the article itself (headline, paragraphs, photo captions) by general
 * rules about how news pages are built, not by lists of known strings:
 * - site chrome is short and made of interface words (share/print bars, hotlines, confirmation prompts);
 * - a weekday with a date and no time at the top is the site's "today" header;
 * - a short line with a date and a time is the publication stamp;
 * - the headline is the longest short line before the lead; other short lines there are section labels;
 * - a short line between paragraphs without closing punctuation is a photo caption ("Ảnh: Toàn cảnh
 *   hội nghị" too: a credit label followed by words that are not a name is a caption);
 * - a person's name alone at the very end (or "Tin, ảnh: QUANG VŨ") is the byline; only non-content
 *   lines may follow it, and a line that reads like article text is never dropped;
 * - list markers ("- ", "– ") stay: they are part of the text (the MDX builder escapes them); a dash
 *   alone before the lead is what is left of its dateline ("LẠNG SƠN – Chiều 28/12, …") and goes;
 * - a "Tin khác" / "Tin liên quan" heading starts the list of related links: the article ended before it;
 * - a paragraph repeated word for word (a caption echoed as alt text) is kept once.
 */
import { isPageDateLine, parseHeaderDate, parsePublicationStamp } from '../vi-date.ts';
import { isWordCode } from '../text/letters.ts';
import { CONTINUES } from './lexicon/layout.ts';
import { anyOf, pattern, regex, WORD_END, WORD_START } from './lexicon/pattern.ts';
import { BILLION, CURRENCY_CODE, MILLION, THOUSAND } from './lexicon/units.ts';

/** Paragraphs and captions come from the article; a heading only separates a second source's text. */
export type BlockKind = 'paragraph' | 'caption' | 'heading';

export interface Block {
  kind: BlockKind;
  text: string;
}

export interface DroppedLine {
  text: string;
  reason:
    | 'chrome'
    | 'page-date'
    | 'stamp'
    | 'section-label'
    | 'byline'
    | 'credit'
    | 'crawl-metadata'
    | 'related-links'
    | 'duplicate'
    | 'noise';
}

export interface CleanedArticle {
  title: string | null;
  blocks: Block[];
  /** From an in-text publication stamp: YYYY-MM-DDTHH:MM. */
  publishedAt: string | null;
  author: string | null;
  dropped: DroppedLine[];
}

/** Number of words (syllables) in a line, counted without building a list. */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i += 1) {
    const isWord = isWordCode(s.charCodeAt(i));
    if (isWord && !inWord) n += 1;
    inWord = isWord;
  }
  return n;
}

/** What separates the words of a bar of interface words: white space, "|", "/", "•", "·". */
const CHROME_SEPARATORS = new Set(
  [
    ...' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff|/•·',
  ].map((c) => c.charCodeAt(0)),
);

/** Interface vocabulary of Vietnamese news sites (share, print, save, comment, font size…). */
const UI_WORDS = new Set([
  'gửi',
  'email',
  'e-mail',
  'in',
  'trang',
  'lưu',
  'chia',
  'sẻ',
  'bình',
  'luận',
  'thích',
  'like',
  'share',
  'tweet',
  'facebook',
  'zalo',
  'twitter',
  'print',
  'save',
  'copy',
  'link',
  'sao',
  'chép',
  'liên',
  'kết',
  'theo',
  'dõi',
  'phóng',
  'to',
  'thu',
  'nhỏ',
  'cỡ',
  'chữ',
  'aa',
  'a',
  'a-',
  'a+',
  'bài',
  'viết',
  'tin',
  'quay',
  'lại',
  'về',
  'đầu',
  'trang',
  'chủ',
  'nghe',
  'đọc',
  'bản',
  'in',
  'mail',
]);

/** Lines a site prints around every article. */
const CHROME_LINE = [
  /^(?:đường\s+dây\s+nóng|hotline|tổng\s+đài)(?![\p{L}]).*$/iu,
  /^bạn\s+có\s+(?:chắc|muốn)(?![\p{L}])/iu,
  /^(?:đăng\s+nhập|đăng\s+ký|quên\s+mật\s+khẩu|đăng\s+xuất)(?![\p{L}])/iu,
  /^(?:danh\s+bạ|sơ\s+đồ\s+(?:trang|site)|liên\s+hệ|trang\s+chủ|tìm\s+kiếm|xem\s+thêm|đọc\s+thêm|quay\s+lại)\s*[:.]?$/iu,
  /^\d+\s+lượt\s+(?:xem|thích|chia\s+sẻ)$/iu,
  /^[\d\s.()+-]{8,}$/iu, // a phone number on its own (no letter in it: "i" changes nothing)
];
/** The lines above as one pattern, each alternative anchored at the start as before: one search, not six. */
const ANY_CHROME_LINE = new RegExp(CHROME_LINE.map((re) => `(?:${re.source})`).join('|'), 'iu');

const RELATED_LINKS_HEADING =
  /^(?:các\s+)?(?:tin|bài(?:\s+viết)?)\s+(?:khác|liên\s+quan|cùng\s+chuyên\s+mục|đã\s+đưa|mới\s+nhất|xem\s+nhiều)\s*:?$/iu;

/**
 * Crawl metadata left at the start of the text (" date 2021-01 Trong năm 2020, …"): an ISO date, alone
 * or after a one-word English label. Vietnamese prose writes dates day first ("27/12/2023", "ngày 27
 * tháng 12"), never year-month-day, so a leading ISO date is a machine's, not the article's.
 */
const CRAWL_PREFIX =
  /^(?:[a-z][a-z_-]{1,15}\s*[:=]?\s*)?\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\s+(?=\S)/u;

/** The full date of a crawl prefix ("date 2026-01-14"), as a publication date, or null when it gives only a month. */
function crawlDate(prefix: string): string | null {
  const m = /(\d{4})-(\d{2})-(\d{2})/u.exec(prefix);
  return m ? parseHeaderDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/** Words, and numbers with their sign, separators and "%": what two lines must share to be one repeated. */
const REPEAT_TOKEN = /[+\-−–]?\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+/gu;

/**
 * What makes two lines the same: their words and numbers, whatever the case, spacing and punctuation
 * between them ("Toàn cảnh hội nghị" and "Toàn cảnh Hội nghị."; "Năm 2023," and "Năm 2023"). A number keeps
 * its sign, separators and percent: "+15%" and "-15%", "1.250" and "1,250 tỷ" are different lines.
 */
export function repeatKey(line: string): string {
  const lower = line.toLowerCase();
  return repeatKeyByUnits(lower) ?? repeatKeyByPattern(lower);
}

function repeatKeyByPattern(lower: string): string {
  return (lower.match(REPEAT_TOKEN) ?? []).map((t) => t.replace(/^[−–]/u, '-')).join(' ');
}

/** How far the table below reaches: Latin, the combining marks, Latin Extended Additional, the punctuation. */
const UNIT_TABLE_SIZE = 0x2100;
const OTHER = 0;
const LETTER_OR_NUMBER = 1;
const DIGIT = 2;
const SIGN = 3;
const UNKNOWN = 4;
/** Each code unit's part in REPEAT_TOKEN, read once from its own classes (`[\p{L}\p{N}]`, `\d`, the signs). */
const UNIT_KIND = Uint8Array.from({ length: UNIT_TABLE_SIZE }, (_, c) => {
  const ch = String.fromCharCode(c);
  if (/^\d$/u.test(ch)) return DIGIT;
  if (/^[+\-−–]$/u.test(ch)) return SIGN;
  return /^[\p{L}\p{N}]$/u.test(ch) ? LETTER_OR_NUMBER : OTHER;
});
const MINUS = '−'.charCodeAt(0);
const EN_DASH = '–'.charCodeAt(0);
const PERCENT_SIGN = 37;
const DOT = 46;
const COMMA_CODE = 44;

/**
 * The same key as REPEAT_TOKEN's matches, found by walking the code units (a few times faster), for a
 * line whose every unit the table knows; null for any other line (the pattern reads it).
 */
function repeatKeyByUnits(lower: string): string | null {
  const n = lower.length;
  const kind = (i: number): number => {
    if (i >= n) return OTHER;
    const c = lower.charCodeAt(i);
    return c < UNIT_TABLE_SIZE ? UNIT_KIND[c]! : UNKNOWN;
  };
  let key = '';
  let i = 0;
  while (i < n) {
    const k = kind(i);
    if (k === UNKNOWN) return null;
    let j = i + 1;
    // A number: an optional sign, digits, groups of "." or "," and digits, an optional "%".
    if (k === DIGIT || (k === SIGN && kind(i + 1) === DIGIT)) {
      while (kind(j) === DIGIT) j += 1;
      for (;;) {
        const c = j < n ? lower.charCodeAt(j) : -1;
        if ((c !== DOT && c !== COMMA_CODE) || kind(j + 1) !== DIGIT) break;
        j += 2;
        while (kind(j) === DIGIT) j += 1;
      }
      if (j < n && lower.charCodeAt(j) === PERCENT_SIGN) j += 1;
      const first = lower.charCodeAt(i);
      const token = first === MINUS || first === EN_DASH ? `-${lower.slice(i + 1, j)}` : lower.slice(i, j);
      key = key === '' ? token : `${key} ${token}`;
    } else if (k === LETTER_OR_NUMBER) {
      for (let m = kind(j); m === LETTER_OR_NUMBER || m === DIGIT; m = kind(j)) j += 1;
      key = key === '' ? lower.slice(i, j) : `${key} ${lower.slice(i, j)}`;
    }
    i = j;
  }
  return key;
}

/**
 * A hash of a line's letters and digits, lower-cased, in order. Every letter and digit of a line is in its
 * repeatKey, and the key adds only spaces, signs, separators and "%", none of them a letter or digit; so
 * two lines with the same key have the same hash, and lines with different hashes are told apart without
 * building their keys (most lines of an article: building a key and looking it up costs several times more).
 */
export function lettersHash(line: string): number {
  const lower = line.toLowerCase();
  let hash = 0;
  for (let i = 0; i < lower.length; i += 1) {
    const c = lower.charCodeAt(i);
    const k = c < UNIT_TABLE_SIZE ? UNIT_KIND[c] : OTHER;
    if (k === LETTER_OR_NUMBER || k === DIGIT) hash = (Math.imul(hash, 31) + c) | 0;
  }
  return hash;
}

/** A line that ends on a word no sentence ends on ("… trao tặng"), and what may continue it. */
const ENDS_MID_SENTENCE = regex(pattern`${WORD_START}${CONTINUES}$`, 'i');
const STARTS_AS_CONTINUATION = /^[\p{L}“"]/u;
/**
 * Whether a line can end on a word of CONTINUES at all: only when its last character is a letter or a
 * mark. Every phrase of CONTINUES is letters (checked here on the pattern's source: were one not, every
 * line would be searched), and a character that case-insensitive matching takes for a letter is a
 * letter, or the one mark that folds to one (U+0345). A line that ends on anything else (most lines: a
 * full stop) is passed over without the search, which tries every position of the line.
 */
const CONTINUES_ARE_LETTERS = CONTINUES.source.split('|').every((phrase) => /^\p{L}+(?:\\s\+\p{L}+)*$/u.test(phrase));
const ENDS_ON_LETTER = /[\p{L}\p{M}]$/u;
function mayEndMidSentence(line: string): boolean {
  // The last two code units hold the last character, even one outside the Basic Multilingual Plane.
  return !CONTINUES_ARE_LETTERS || ENDS_ON_LETTER.test(line.slice(-2));
}
/**
 * An amount cut from its currency: a line that ends on a number or a scale ("… đạt 40 tỷ") and one that
 * starts with a currency's code ("VNĐ, tăng 13%…"), which no sentence opens with. ("đồng" in lower case
 * is a continuation anyway; "Đồng chí …" opens many sentences, so it is not one of these.)
 */
const ENDS_ON_AMOUNT = regex(pattern`\d(?:\s*${anyOf(BILLION, MILLION, THOUSAND)})?$`, 'i');
const STARTS_WITH_CURRENCY = regex(pattern`^${CURRENCY_CODE}${WORD_END}`, 'i');
/**
 * A sentence ends inside the line: a stop after a lower-case word or a number ("… 150 tỷ đồng. Năm …"),
 * then a capital — not an abbreviation in capitals ("TP. Huế", "Th.S").
 */
const INNER_SENTENCE_END = /[\p{Ll}\d][.!?]\s+\p{Lu}/u;
/** A caption's photo credit at its end ("… hạng Ba. Ảnh: Đức Lam"): the caption ends there. */
const ENDS_WITH_CREDIT = /(?:^|[.!?]\s+|\()(?:ảnh|nguồn|tin|bài)(?:\s*,\s*ảnh)?\s*:\s*[^.:]{1,40}\)?\s*$/iu;
/** Punctuation a sentence or a clause of a list may end a line with. */
const ENDS_CLAUSE = /[.!?…:;]["”'’)]*\s*$/u;
/**
 * What only the rest of a sentence starts with: a lower-case letter, an amount, "%", a comma or a
 * semicolon (no sentence opens with one: "… 172 tỷ đồng" / ", tăng 23%") — not a time or a date
 * ("14:14:38 04/01/2017", a page's stamp the rules above did not know).
 */
const CONTINUATION_START = /^(?:\p{Ll}|\d+(?:[.,]\d+)*(?![\d:/])|%|[,;]|\((?=\p{Ll}|\d))/u;

/**
 * Headlines of Vietnamese news run to about 25 syllables (the longest of the shared articles has 25); a
 * line above the lead with more than this is a caption or a summary, never the headline.
 */
const MAX_HEADLINE_WORDS = 30;

function isChrome(line: string): boolean {
  if (ANY_CHROME_LINE.test(line)) return true;
  // A bar of interface words is short: a paragraph of article text is not split into words to see.
  if (line.length > 120) return false;
  // Token by token, stopping at the first that is not an interface word (most lines stop at once).
  const lower = line.toLowerCase();
  let count = 0;
  let from = -1;
  for (let i = 0; i <= lower.length; i += 1) {
    const sep = i === lower.length || CHROME_SEPARATORS.has(lower.charCodeAt(i));
    if (!sep && from < 0) from = i;
    else if (sep && from >= 0) {
      count += 1;
      if (count > 10 || !UI_WORDS.has(lower.slice(from, i))) return false;
      from = -1;
    }
  }
  return count > 0;
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}]*\.?(?:\p{Lu}\.?)*`;
// The agency after the name: "/THĐT", "- TTXVN", or in brackets "(TTXVN)", "(Báo Quảng Bình)".
const AGENCY = String.raw`(?:\s*[/-]\s*[\p{Lu}\d]{2,10}|\s*\(\s*(?:[\p{Lu}\d]{2,10}|${NAME_WORD}(?:\s+${NAME_WORD}){1,3})\s*\))`;
const NAME_LINE = new RegExp(String.raw`^\(?(${NAME_WORD}(?:\s+${NAME_WORD}){0,3})\)?${AGENCY}?\s*\|?$`, 'u');
const CREDIT_LINE = /^(tin|bài|ảnh|tin\s*,\s*ảnh|bài\s*,\s*ảnh|tin\s+và\s+ảnh|bài\s+và\s+ảnh|nguồn)\s*:\s*(.{2,60})$/iu;

/** "Hoàng Nhi", "ĐỖ HOẠT", "Lê Giang/THĐT", "P.G |", "(Trần Minh)": a name, maybe with an agency. */
function nameOnly(line: string): string | null {
  const s = line.trim();
  if (s.length > 40 || /\d/.test(s.replace(/[/-].*$/, ''))) return null;
  const m = NAME_LINE.exec(s);
  if (!m) return null;
  const name = m[1]!;
  // A single capitalised word is a label, not a name, unless it is an initials pair ("P.G").
  if (!/\s/.test(name) && !/\./.test(name)) return null;
  return name;
}

/**
 * The person a byline names: "Hoàng Nhi", "Lê Giang/THĐT", "Tin, ảnh: QUANG VŨ". A credit label is
 * only a byline when a name follows it: "Ảnh: Toàn cảnh hội nghị" is a photo caption, "Nguồn: Báo Gia
 * Lai" names a source, not an author.
 */
export function bylineName(line: string): string | null {
  const s = line.trim();
  const credit = CREDIT_LINE.exec(s);
  if (credit) {
    if (/^nguồn$/iu.test(credit[1]!)) return null;
    return nameOnly(credit[2]!) ?? null;
  }
  return nameOnly(s);
}

const DASH_START = /^[–—-]\s+/u;

/** "Nguồn: Báo Gia Lai", "Nguồn: vnpost.vn" on a line of its own: where the text came from. */
const SOURCE_CREDIT = /^\(?nguồn\s*:\s*[^.]{2,60}\)?$/iu;

/** Closing punctuation of a sentence, possibly inside closing quotes or a bracket. */
const TERMINAL = /[.!?…]["”'’)]*\s*$/u;

/** Can this line be a photo caption? Short, no closing full stop. */
function captionLike(line: string): boolean {
  if (/^ảnh\s*(?:minh\s+họa)?\s*:/iu.test(line)) return true;
  if (TERMINAL.test(line)) return false;
  const n = words(line);
  if (/:\s*$/.test(line)) return n <= 12;
  return n >= 2 && n <= 45;
}

/** A line that opens the story: a full sentence, or longer than any headline (counted in syllables). */
function leadLike(line: string): boolean {
  const n = words(line);
  return n >= 45 || (n >= 6 && TERMINAL.test(line));
}

/** A line that is article text, whatever its position: a sentence, or too long for a label or a name. */
function isContent(line: string): boolean {
  return leadLike(line) || words(line) > 12;
}

export interface CleanOptions {
  /** The stored copy stops before the article ends: its last paragraph is cut, not a caption. */
  excerpt?: boolean;
}

/**
 * A line broken mid-sentence (by the page, or by hand when the text was copied) goes on in the next
 * one: a line with no closing punctuation followed by one that starts in lower case, with a digit or
 * "%" ("… tổng doanh thu đạt" / "233 tỷ đồng, …"), or a line that ends on a word no sentence ends on
 * ("… trao tặng" / "Cờ thi đua …"). Captions and headlines end without punctuation too, but what follows
 * them starts a sentence of its own, with a capital.
 *
 * Each test is made only when the ones before it leave the answer open, and the cheap tests of how the
 * next line starts come before the patterns that search the whole line.
 */
function goesOn(line: string, next: string): boolean {
  if (!ENDS_CLAUSE.test(line) && (CONTINUATION_START.test(next) || paragraphCut(line, next))) return true;
  if (STARTS_WITH_CURRENCY.test(next) && ENDS_ON_AMOUNT.test(line)) return true;
  return STARTS_AS_CONTINUATION.test(next) && mayEndMidSentence(line) && ENDS_MID_SENTENCE.test(line);
}

/**
 * A line longer than any caption (45 syllables) that stops without punctuation is a paragraph cut in
 * two, whatever the next line starts with ("… nộp ngân sách" / "Nhà nước gần 3,2 tỷ đồng"). So is one
 * that holds a full sentence before the words it stops on: a caption is one sentence.
 */
function paragraphCut(line: string, next: string): boolean {
  return /^\p{L}/u.test(next) && (words(line) > 45 || INNER_SENTENCE_END.test(line)) && !ENDS_WITH_CREDIT.test(line);
}

export function cleanArticle(text: string, options: CleanOptions = {}): CleanedArticle {
  const dropped: DroppedLine[] = [];
  let publishedAt: string | null = null;
  let author: string | null = null;

  let lines = text
    .split('\n')
    .map((l) => l.replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0);

  // The related-links list runs to the end of the page.
  const related = lines.findIndex((l, i) => i > 0 && RELATED_LINKS_HEADING.test(l));
  if (related > 0) {
    for (const l of lines.slice(related)) dropped.push({ text: l, reason: 'related-links' });
    lines = lines.slice(0, related);
  }

  // First pass: drop chrome, page dates and stamps; keep the rest in order, as written (a list
  // marker is part of the line; it is only looked past to classify the line).
  const kept: string[] = [];
  for (let line of lines) {
    if (kept.length === 0) {
      const crawl = CRAWL_PREFIX.exec(line);
      if (crawl) {
        dropped.push({ text: crawl[0].trim(), reason: 'crawl-metadata' });
        line = line.slice(crawl[0].length);
        // A full date there is when the page was published (or crawled, which is no earlier): a stamp.
        publishedAt ??= crawlDate(crawl[0]);
      }
    }
    const probe = line.replace(/^[–—-]\s+/u, '').trim();
    if (probe.length <= 2 && !/\d/.test(probe)) {
      dropped.push({ text: line, reason: 'noise' });
    } else if (isPageDateLine(probe)) {
      dropped.push({ text: line, reason: 'page-date' });
    } else if (isChrome(probe)) {
      dropped.push({ text: line, reason: 'chrome' });
    } else {
      const stamp = parsePublicationStamp(probe);
      if (stamp) {
        publishedAt ??= stamp;
        dropped.push({ text: line, reason: 'stamp' });
      } else {
        kept.push(line);
      }
    }
  }

  // A line broken mid-sentence goes on in the next one (goesOn).
  for (let i = kept.length - 2; i >= 0; i -= 1) {
    const line = kept[i]!;
    const next = kept[i + 1]!;
    if (goesOn(line, next)) kept.splice(i, 2, `${line} ${next}`);
  }

  // Headline: the longest short line before the lead; the other short lines there are section labels.
  let title: string | null = null;
  const leadIndex = kept.findIndex((l) => leadLike(l));
  // "– Chiều 28/12, Bưu điện tỉnh …": a lead that opens with a dash is a dateline ("LẠNG SƠN – …")
  // whose place was lost in the copy; the dash alone is its separator, not a list marker (a list has
  // more than one dashed line).
  if (
    leadIndex >= 0 &&
    DASH_START.test(kept[leadIndex]!) &&
    !DASH_START.test(kept[leadIndex - 1] ?? '') &&
    !DASH_START.test(kept[leadIndex + 1] ?? '')
  ) {
    kept[leadIndex] = kept[leadIndex]!.replace(DASH_START, '');
  }
  const head = leadIndex === -1 ? [] : kept.slice(0, leadIndex);
  let bodyLines = leadIndex === -1 ? kept : kept.slice(leadIndex);
  if (head.length > 0) {
    // A line longer than any headline is not one: a photo's caption or a summary shown above the text.
    const best = head
      .filter((l) => words(l) <= MAX_HEADLINE_WORDS)
      .reduce<string | null>((a, l) => (a === null || words(l) > words(a) ? l : a), null);
    if (best && words(best) >= 4) title = best.replace(/\s*\|\s*$/, '');
    const titleAt = title ? head.indexOf(best!) : head.length;
    const captions: string[] = [];
    for (const [i, l] of head.entries()) {
      if (i === titleAt) continue;
      // Before the headline a short line is a section label ("BƯU ĐIỆN TỈNH"); after it, a byline, or
      // the caption of a photo above the lead, which is kept.
      const name = i > titleAt ? bylineName(l) : null;
      if (name) {
        author ??= name;
        dropped.push({ text: l, reason: 'byline' });
      } else if (
        (i > titleAt && (captionLike(l) || SOURCE_CREDIT.test(l)) && words(l) >= 6) ||
        (words(l) > MAX_HEADLINE_WORDS && captionLike(l))
      ) {
        captions.push(l);
      } else {
        dropped.push({ text: l, reason: 'section-label' });
      }
    }
    bodyLines = [...captions, ...bodyLines];
  }

  // Byline at the end: a name-only line among the final lines, with nothing after it that reads like
  // article text. What follows it (site furniture that no rule knew) goes with it; a paragraph after a
  // name means the name was not the byline, and nothing is dropped.
  for (let i = bodyLines.length - 1; i >= Math.max(1, bodyLines.length - 4); i -= 1) {
    const line = bodyLines[i]!;
    if (isContent(line)) break;
    const name = bylineName(line);
    if (name) {
      author = name;
      for (const l of bodyLines.slice(i)) dropped.push({ text: l, reason: l === line ? 'byline' : 'chrome' });
      bodyLines = bodyLines.slice(0, i);
      break;
    }
  }
  // A source credit alone at the end ("Nguồn: Báo Gia Lai") is not article text either.
  if (bodyLines.length > 1 && SOURCE_CREDIT.test(bodyLines[bodyLines.length - 1]!)) {
    dropped.push({ text: bodyLines[bodyLines.length - 1]!, reason: 'credit' });
    bodyLines = bodyLines.slice(0, -1);
  }
  // A byline right after the headline ("P.G |").
  if (bodyLines.length > 0) {
    const name = bylineName(bodyLines[0]!);
    if (name) {
      author ??= name;
      dropped.push({ text: bodyLines[0]!, reason: 'byline' });
      bodyLines = bodyLines.slice(1);
    }
  }

  const blocks: Block[] = [];
  // A repeat is the same words and numbers (repeatKey): a caption echoed as alt text is dropped, never a
  // line that says something else.
  // Lines kept so far, by lettersHash: only a line that shares its hash with one of them can repeat it.
  // A hash's first line is stored as it is; the keys are built only when a second line with that hash comes.
  const seen = new Map<number, string | Set<string>>();
  bodyLines.forEach((line, i) => {
    const hash = lettersHash(line);
    const sameHash = seen.get(hash);
    if (sameHash === undefined) seen.set(hash, line);
    else {
      const keys = typeof sameHash === 'string' ? new Set([repeatKey(sameHash)]) : sameHash;
      seen.set(hash, keys);
      const key = repeatKey(line);
      if (keys.has(key)) {
        dropped.push({ text: line, reason: 'duplicate' });
        return;
      }
      keys.add(key);
    }
    const last = i === bodyLines.length - 1;
    const isCaption = i > 0 && captionLike(line) && !(last && options.excerpt) && !(last && words(line) > 20);
    blocks.push({ kind: isCaption ? 'caption' : 'paragraph', text: line });
  });

  return { title, blocks, publishedAt, author, dropped };
}
