/**
 * Is the article written in Vietnamese? The extractor reads Vietnamese only: an article in another
 * language is refused with a message that names it, instead of failing further on ("no year was found").
 *
 * The evidence is simple and visible:
 * - the script: Chinese characters, kana, Hangul, Cyrillic, Thai, Lao or Khmer letters making up most of
 *   the text name the language (or the script) at once;
 * - for the Latin alphabet, the marks only Vietnamese puts on its letters (a dot below, a hook above, a
 *   horn, "đ", a tone on a circumflex vowel, a tilde on e/i/u/y: "ạ", "ả", "ơ", "ư", "ế", "ĩ"; French
 *   "é", "à", "ê" are not among them) and Vietnamese function words ("và", "của", "được"; also typed
 *   without marks, "cua", "duoc", which is still Vietnamese);
 * - failing those, the commonest words of English, French, Spanish or German name the language.
 *
 * A text is refused only on positive evidence of another language: one too short to tell, or with no
 * language's words in it, goes on to the extractor as before. A Vietnamese article quoting an English
 * sentence, or an English one quoting Vietnamese names ("Bưu điện tỉnh Lạng Sơn"), is judged by what
 * most of its words are.
 */
import {
  LATIN_LANGUAGES,
  SCRIPT_LANGUAGES,
  VIETNAMESE_WORDS,
  VIETNAMESE_WORDS_UNMARKED,
  type LanguageName,
} from './lexicon/languages.ts';
import { memoByString } from '../text/memo.ts';

export type { LanguageName } from './lexicon/languages.ts';

export type LanguageReading =
  | { vietnamese: true }
  | {
      vietnamese: false;
      language: LanguageName;
      /** What the decision rests on, in English (for tests and messages). */
      evidence: string;
    };

/** Fewer Latin words than this, and no other script: too little to tell; the text goes on. */
const MIN_WORDS = 12;
/** Share of words with a Vietnamese-only mark or a Vietnamese function word above which the text is Vietnamese. */
const VIETNAMESE_SHARE = 0.15;
/** Share of letters of another script above which that script decides. */
const SCRIPT_SHARE = 0.3;
/** Share of a Latin language's common words above which it is named. */
const LATIN_SHARE = 0.08;

/** Scripts that name their language; Chinese characters written with kana are Japanese. */
const SCRIPTS: readonly [keyof typeof SCRIPT_LANGUAGES, RegExp][] = [
  ['chinese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['korean', /\p{Script=Hangul}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['thai', /\p{Script=Thai}/gu],
  ['lao', /\p{Script=Lao}/gu],
  ['khmer', /\p{Script=Khmer}/gu],
];
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A letter of any of those scripts: without one, no script's share can decide (most articles). */
const ANY_SCRIPT = new RegExp(`[${SCRIPTS.map(([, re]) => re.source.replace(/^\[(.*)\]$/u, '$1')).join('')}]`, 'u');
const LETTER = /\p{L}/u;

/**
 * A character outside Basic Latin to Greek, Latin Extended Additional and the general punctuation: every
 * letter of those scripts is one, and a Vietnamese text has none, so the script test is skipped. Code
 * units in plain ranges (no `u` flag): the engine scans for them several times faster than a loop over
 * the code units does, and than the scripts' `\p{Script=…}` classes.
 */
const OUTSIDE_LATIN = /[\u0400-\u1dff\u1f00-\u1fff\u2070-\uffff]/;

/** A word is a run of Latin letters and marks, `[\p{Script=Latin}\p{M}]+`. */
const WORD_CHAR = /^[\p{Script=Latin}\p{M}]$/u;
/** That class for the code units below U+2000, read once from the pattern itself. */
const WORD_UNIT = Uint8Array.from({ length: 0x2000 }, (_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));
/** The class for any other code point (a fixed fact of Unicode, so remembered). */
const wordCodePoints = new Map<number, boolean>();
function wordCodePoint(cp: number): boolean {
  let inWord = wordCodePoints.get(cp);
  if (inWord === undefined) {
    inWord = WORD_CHAR.test(String.fromCodePoint(cp));
    wordCodePoints.set(cp, inWord);
  }
  return inWord;
}

/**
 * The words of a text, as `text.match(/[\p{Script=Latin}\p{M}]+/gu)` finds them, by their offsets: `visit`
 * is called with each word's start and end, in order, until it returns true (walking the code units costs
 * a fraction of the pattern's array of strings). Returns the number of words visited.
 */
function forEachWord(text: string, visit: (start: number, end: number) => boolean): number {
  let count = 0;
  let from = -1;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let size = 1;
    let inWord: boolean;
    if (c < 0x2000) inWord = WORD_UNIT[c] === 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      size = 2;
      inWord = wordCodePoint(text.codePointAt(i)!);
    } else inWord = wordCodePoint(c);
    if (inWord && from < 0) from = i;
    else if (!inWord && from >= 0) {
      count += 1;
      if (visit(from, i)) return count;
      from = -1;
    }
    i += size;
  }
  if (from >= 0) {
    count += 1;
    visit(from, text.length);
  }
  return count;
}
const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** Marks (after NFD) only Vietnamese puts on a Latin letter: dot below, hook above, horn, đ, a tone on â/ê/ô/ă, a tilde on e/i/u/y, ă. */
const VIETNAMESE_MARK = /[\u0323\u0309\u031B]|[đĐ]|[\u0302\u0306][\u0300\u0301\u0303]|[eiuyEIUY]\u0303|[aA]\u0306/u;

const vietnameseWords = new Set([...VIETNAMESE_WORDS, ...VIETNAMESE_WORDS_UNMARKED]);

/** Which language the text is in, as far as its script and commonest words tell. */
export function readLanguage(text: string): LanguageReading {
  if (!LETTER.test(text)) return { vietnamese: true };
  // The letters are counted only when another script is there at all: with none, every share is 0.
  const letters = OUTSIDE_LATIN.test(text) && ANY_SCRIPT.test(text) ? count(text, /\p{L}/gu) : 0;
  for (const [script, re] of letters > 0 ? SCRIPTS : []) {
    const share = count(text, re) / letters;
    if (share <= SCRIPT_SHARE) continue;
    const language = SCRIPT_LANGUAGES[script === 'chinese' && KANA.test(text) ? 'japanese' : script];
    return {
      vietnamese: false,
      language,
      evidence: `${Math.round(100 * share)}% of its letters are of the ${language.en} script`,
    };
  }

  const lower = text.toLowerCase();
  const wordCount = forEachWord(lower, () => false);
  if (wordCount < MIN_WORDS) return { vietnamese: true };
  // The count only grows: the text is Vietnamese as soon as enough of its words are (most articles
  // are told by their first words, and the rest are not read).
  let vietnamese = 0;
  let told = false;
  forEachWord(lower, (start, end) => {
    if (readsVietnamese(lower.slice(start, end))) vietnamese += 1;
    told = vietnamese / wordCount >= VIETNAMESE_SHARE;
    return told;
  });
  if (told) return { vietnamese: true };
  const words: string[] = [];
  forEachWord(lower, (start, end) => {
    words.push(lower.slice(start, end).normalize('NFC'));
    return false;
  });

  const scored = LATIN_LANGUAGES.map((l) => {
    const common = new Set(l.words);
    return { name: l.name, share: words.filter((w) => common.has(w)).length / words.length };
  }).sort((a, b) => b.share - a.share);
  const best = scored[0]!;
  const ofWords = (share: number): string => `${Math.round(100 * share)}% of its words`;
  if (best.share >= LATIN_SHARE)
    return {
      vietnamese: false,
      language: best.name,
      evidence: `${ofWords(best.share)} are common ${best.name.en} words, ${ofWords(vietnamese / words.length)} Vietnamese`,
    };
  return { vietnamese: true };
}

/** A word (NFC) with a mark only Vietnamese puts on a letter, or a Vietnamese function word. */
const isVietnameseWord = (w: string): boolean => VIETNAMESE_MARK.test(w.normalize('NFD')) || vietnameseWords.has(w);

/**
 * The same for a word as the text has it (lower-cased, any normal form). A word's reading is the same in
 * every article, and articles share most of their words: remembered across articles, not only within one.
 */
const readsVietnamese = memoByString((w: string): boolean => isVietnameseWord(w.normalize('NFC')), 1 << 14);

/** The refusal of an article in another language, in Vietnamese and English. */
export function languageRefusal(language: LanguageName): string {
  const vi = `bài viết bằng ${language.vi}, không phải tiếng Việt: công cụ nhập chỉ đọc bài tiếng Việt; hãy tìm bản tiếng Việt của bài nếu có`;
  const en = `the article is in ${language.en}, not Vietnamese: the ingest reads Vietnamese articles only; find the Vietnamese version of the article if there is one`;
  return `${vi} / ${en}`;
}
