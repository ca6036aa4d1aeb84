/**
 * Vietnamese text folding and slugs.
 *
 * Slugs follow docs/content-model.md (Province slugs): diacritics removed, đ → d, lower case, every run of other
 * characters → "-". U+00D0 "Ð" (Icelandic eth) is sometimes typed for U+0110 "Đ"; treat them alike.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** A character normalizeText replaces or removes: most texts have none, and are only composed. */
const TO_REPLACE = /[\u00D0\u00F0\u00A0\u2007\u202F\u2009\u200A\u3000\u200B\u200C\u200D\uFEFF]/;

/** NFC, eth → Đ, non-breaking and odd spaces → plain space. */
export function normalizeText(input: string): string {
  const composed = input.normalize('NFC');
  if (!TO_REPLACE.test(composed)) return composed;
  return composed
    .replace(/\u00D0/g, '\u0110')
    .replace(/\u00F0/g, '\u0111')
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u3000]/g, ' ')
    .replace(/[\u200B\u200C\u200D\uFEFF]/g, '');
}

/** Remove every diacritic: "Đắk Lắk" → "Dak Lak". Keeps case and spacing. */
export function foldDiacritics(input: string): string {
  return normalizeText(input)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/\u0111/g, 'd')
    .replace(/\u0110/g, 'D')
    .normalize('NFC');
}

/** "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau". */
export function slugify(input: string, maxLength = Infinity): string {
  const slug = foldDiacritics(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/g, '');
}

/**
 * The blocks that hold every letter decomposing to a, e, o, u or y with marks (Latin-1 to Latin
 * Extended-B, Latin Extended Additional, and the Angstrom sign among the letterlike symbols); a test
 * reads all of Unicode to hold this list to that.
 */
export const LATIN_WITH_MARKS: readonly (readonly [number, number])[] = [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
  [0x2100, 0x214f],
];

/**
 * Where a composed text has a tone mark to move: a vowel that decomposes to o or u and one tone mark,
 * before a letter that decomposes to a or e (after o) or y (after u). Built from Unicode's own
 * decompositions (each letter decomposed once, at load), so it finds every place the replacements below
 * can change.
 */
const TONE_TO_MOVE = ((): RegExp => {
  let oWithTone = '';
  let uWithTone = '';
  let aOrE = '';
  let y = '';
  for (const [from, to] of [[0x41, 0x5a] as const, [0x61, 0x7a] as const, ...LATIN_WITH_MARKS])
    for (let c = from; c <= to; c += 1) {
      const ch = String.fromCharCode(c);
      const d = ch.normalize('NFD');
      if (/^[oO][\u0300\u0301\u0303\u0309\u0323]$/u.test(d)) oWithTone += ch;
      else if (/^[uU][\u0300\u0301\u0303\u0309\u0323]$/u.test(d)) uWithTone += ch;
      else if (/^[aAeE]/u.test(d)) aOrE += ch;
      else if (/^[yY]/u.test(d)) y += ch;
    }
  return new RegExp(`[${oWithTone}][${aOrE}]|[${uWithTone}][${y}]`, 'u');
})();

/**
 * Put tone marks in one place for the diphthongs oa, oe and uy, so "Hòa" and "Hoà", "Thủy" and
 * "Thuỷ" compare equal. GSO itself mixes both styles ("Hoà Bình", "Khánh Hòa"). The canonical form
 * here is the older one (mark on the second vowel); it is only used for matching, never shown.
 */
export function normalizeTonePlacement(input: string): string {
  // A composed text with no such vowel pair comes back as it is (decomposing and composing again gives
  // the same text): most texts, spared two normalisations and two replacements.
  if (!TONE_TO_MOVE.test(input) && input.normalize('NFC') === input) return input;
  return input
    .normalize('NFD')
    .replace(/([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])/g, '$1$3$2')
    .replace(/([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])/g, '$1$3$2')
    .normalize('NFC');
}

/** Key for case-, tone-placement- and dash-insensitive comparison that keeps diacritics. */
export function matchKey(input: string): string {
  // toLowerCase is toLocaleLowerCase('vi') for every character (Vietnamese has no locale-specific case
  // rules, unlike Turkish or Lithuanian), without looking the locale up on every call.
  return normalizeTonePlacement(normalizeText(input))
    .toLowerCase()
    .replace(/\s*[-–—]\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key that also drops diacritics: what a reader typing "son la" or "dak lak" means. */
export function looseKey(input: string): string {
  return foldDiacritics(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
