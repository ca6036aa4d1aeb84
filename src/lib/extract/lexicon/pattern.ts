/**
 * The one place where the extractor's words become regular expressions.
 *
 * Every Vietnamese word or phrase the extractor knows is written in the lexicon as a plain phrase, as
 * people write it ("hoàn thành kế hoạch", "so với cùng kỳ"), so that searching the code for a phrase lands
 * on its definition. This module turns phrases into patterns and owns the two rules every pattern shares:
 * - spacing: a space in a phrase matches any run of white space (line breaks and doubled spaces
 *   included), and the parts of a sequence are joined the same way;
 * - word edges: a word starts where no letter comes before it and ends where no letter follows it.
 *   JavaScript's `\b` knows only ASCII letters, so the edge is a look-around on Vietnamese letters.
 *   Digits are not letters: "đạt102%" still has the verb "đạt".
 * Rules combine these patterns with the few pieces of structure a phrase cannot say ("up to 60
 * characters without a comma"), written with `raw`.
 *
 *     seq(opt('hoàn thành'), 'vượt', opt('mức'), PLAN).source
 *     // "(?:hoàn\s+thành\s+)?vượt(?:\s+mức)?\s+(?:kế\s+hoạch|…)"
 */
import { LETTER } from '../../text/letters.ts';

/** A regular-expression source made by this module (never a bare string, so phrases and patterns cannot mix up). */
export class Pattern {
  readonly source: string;
  constructor(source: string) {
    this.source = source;
  }
  toString(): string {
    return this.source;
  }
}

/** A part of a sequence that may be left out, with the space that joins it. */
export class Optional {
  readonly part: Part;
  constructor(part: Part) {
    this.part = part;
  }
}

/** A plain phrase, or a pattern made from phrases. */
export type Part = string | Pattern;

const SPACE = String.raw`\s+`;

/** No letter before: a word starts here. */
const START = `(?<![${LETTER}])`;
/** No letter after: a word ends here. */
const END = `(?![${LETTER}])`;
export const WORD_START = new Pattern(START);
export const WORD_END = new Pattern(END);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, (c) => `\\${c}`);

/** One phrase as a source: its words joined by any white space. */
function phraseSource(phrase: string): string {
  const words = phrase.trim().split(/\s+/u);
  if (words.some((w) => w === '')) throw new Error(`empty phrase in the lexicon: "${phrase}"`);
  return words.map(escape).join(SPACE);
}

const sourceOf = (part: Part): string => (typeof part === 'string' ? phraseSource(part) : part.source);
const group = (source: string): string =>
  /^[\p{L}\p{N}]+$/u.test(source) || source === START || source === END ? source : `(?:${source})`;

/**
 * Any of the phrases or patterns, tried in the order given (a regular expression takes the first
 * alternative that matches at a position, so put a longer phrase before a shorter one it starts with).
 */
export function anyOf(...parts: readonly Part[]): Pattern {
  if (parts.length === 0) throw new Error('anyOf() needs at least one phrase');
  if (parts.length === 1) return new Pattern(sourceOf(parts[0]!));
  return new Pattern(parts.map(sourceOf).join('|'));
}

/** A part that may be missing, with its joining space: `seq('đạt', opt('mức'), …)`. */
export function opt(...alternatives: readonly Part[]): Optional {
  return new Optional(alternatives.length === 1 ? alternatives[0]! : anyOf(...alternatives));
}

/**
 * Parts one after another, joined by white space. An optional part carries its space inside the
 * optional group, before it when it is last and after it otherwise, so "đạt kế hoạch" and "đạt mức kế
 * hoạch" both match `seq('đạt', opt('mức'), 'kế hoạch')`.
 */
export function seq(...parts: readonly (Part | Optional)[]): Pattern {
  let out = '';
  let needSpace = false;
  parts.forEach((p, i) => {
    const isLast = i === parts.length - 1;
    if (p instanceof Optional) {
      const body = group(sourceOf(p.part));
      if (needSpace) out += `(?:${SPACE}${body})?`;
      else out += `(?:${body}${isLast ? '' : SPACE})?`;
      return;
    }
    if (needSpace) out += SPACE;
    out += group(sourceOf(p));
    needSpace = true;
    // A leading optional part put its space after itself; the next part follows it directly.
  });
  if (parts.length > 0 && parts.every((p) => p instanceof Optional))
    throw new Error('seq() needs a part that is not optional');
  return new Pattern(out);
}

/** The part as a whole word (or phrase): no letter right before it, none right after. */
export function word(part: Part): Pattern {
  return new Pattern(`${START}${group(sourceOf(part))}${END}`);
}

/** Structure no phrase can say (a bounded run of characters, an anchor), written as a regular-expression source. */
export function raw(source: string): Pattern {
  return new Pattern(glue(source));
}

/**
 * A pattern written as structure around lexicon parts: the template's text is regular-expression source
 * (anchors, `\s*`, bounded runs such as `[^,.;]{0,60}`) and every interpolated part is a phrase or pattern,
 * grouped. The text may hold no word: words belong in the lexicon.
 *
 *     pattern`^\s*${opt('trở lên')}${PLAN}`
 */
export function pattern(strings: TemplateStringsArray, ...parts: readonly (Part | Optional)[]): Pattern {
  let out = glue(strings.raw[0]!);
  parts.forEach((p, i) => {
    out += p instanceof Optional ? `(?:${sourceOf(p.part)})?` : group(sourceOf(p));
    out += glue(strings.raw[i + 1]!);
  });
  return new Pattern(out);
}

/** Checks that hand-written structure holds no word (escapes such as `\s` and `\p{L}` are structure). */
function glue(source: string): string {
  // Escapes and character classes ("[ivx\d]" for a Roman numeral) are structure, not words.
  const letters = source
    .replace(/\\p\{[A-Za-z]+\}|\\[A-Za-z]/gu, '')
    .replace(/\[(?:\\.|[^\]])*\]/gu, '')
    .replace(/\(\?<?[=!:]/gu, '');
  if (/\p{L}/u.test(letters)) throw new Error(`a word in a pattern's structure belongs in the lexicon: ${source}`);
  return source;
}

/**
 * A pattern from the metric catalogue (src/lib/metrics.ts), whose cue phrases are written as small
 * regular-expression sources beside each metric's labels and ranges, so that a metric is defined in one place.
 */
export function catalogue(source: string): Pattern {
  return new Pattern(source);
}

/**
 * Phrases whose first letter may be a capital while the rest must be as written, for patterns that run on
 * the text as it is (a name in capitals follows): "Huân chương", "huân chương".
 */
export function capitalFirst(...phrases: readonly string[]): Pattern {
  return new Pattern(
    phrases
      .map((p) => {
        const source = phraseSource(p);
        const first = source.charAt(0);
        return `[${first}${first.toLocaleUpperCase('vi')}]${source.slice(1)}`;
      })
      .join('|'),
  );
}

/** Patterns and sources one after another with nothing between them (the caller says what comes between). */
export function concat(...parts: readonly Part[]): Pattern {
  return new Pattern(parts.map((p) => group(sourceOf(p))).join(''));
}

/** A capturing group, for rules that read what matched. */
export function capture(part: Part): Pattern {
  return new Pattern(`(${sourceOf(part)})`);
}

/** The regular expression of a pattern. Unicode always; `g` and `i` as asked. */
export function regex(part: Part, flags = ''): RegExp {
  return new RegExp(sourceOf(part), flags.includes('u') ? flags : `${flags}u`);
}
