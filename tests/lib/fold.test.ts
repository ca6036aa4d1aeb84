import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LATIN_WITH_MARKS, normalizeTonePlacement } from '../../src/lib/text/fold.ts';

/** The function as it was before its shortcut for texts with nothing to move: the definition. */
const byDefinition = (input: string): string =>
  input
    .normalize('NFD')
    .replace(/([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])/g, '$1$3$2')
    .replace(/([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])/g, '$1$3$2')
    .normalize('NFC');

describe('normalizeTonePlacement', () => {
  it('moves the tone mark to the second vowel of oa, oe and uy, whichever way it was typed', () => {
    expect(normalizeTonePlacement('Hòa Bình')).toBe('Hoà Bình');
    expect(normalizeTonePlacement('Khánh Hoà')).toBe('Khánh Hoà');
    expect(normalizeTonePlacement('Thủy, khỏe, Quý')).toBe('Thuỷ, khoẻ, Quý');
    // Decomposed input comes back composed.
    expect(normalizeTonePlacement('Ho\u0300a')).toBe('Hoà');
    expect(normalizeTonePlacement('Bắc Ninh')).toBe('Bắc Ninh');
  });

  it('gives what its definition gives on any text, Vietnamese or not, composed or not', () => {
    const vietnamese = fc.constantFrom(
      ...'aăâeêioôơuưyAEOUYòóõỏọùúũủụàáãảạèéẽẻẹỳýỹỷỵÒÓỎỌÙÚỦỤÀÁẢẠỲÝ \u0300\u0301\u0303\u0309\u0323\u0302\u031b\u0334Åǻ',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: vietnamese }), fc.string({ unit: 'grapheme' }), fc.string()), (s) => {
        expect(normalizeTonePlacement(s)).toBe(byDefinition(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('knows every block of letters that decompose to a, e, o, u or y with marks (all of Unicode read)', () => {
    const inBlocks = (c: number): boolean => LATIN_WITH_MARKS.some(([from, to]) => c >= from && c <= to);
    const outside: string[] = [];
    for (let c = 0x80; c <= 0x10ffff; c += 1) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const d = ch.normalize('NFD');
      if (d !== ch && /^[aAeEoOuUyY]/u.test(d) && !inBlocks(c)) outside.push(`U+${c.toString(16)}`);
    }
    expect(outside).toEqual([]);
  });
});
