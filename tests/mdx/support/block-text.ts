/**
 * Text a block of an article may hold, for property tests of the MDX body the ingest writes: markup,
 * Vietnamese words, spaces and control characters.
 */
import fc from 'fast-check';
import { blockText } from '../../../src/lib/mdx/body.ts';

/** Every control character, and the Unicode line separators, that a scraped text can carry. */
export const CONTROLS = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\ufffe',
  '\uffff',
];

/** Text as a block may hold it: markup, Vietnamese words, spaces and control characters. */
export const paragraphText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...'{}<>[]()*_~`#!|\\&;:-+=.,/"\'@$%^'.split(''),
        ' ',
        ' ',
        'import ',
        'export ',
        'http://a.vn ',
        '<b>',
        '</b>',
        '{x}',
        '&amp;',
        '1. ',
        '- ',
        '> ',
        '    ',
      ),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom('Bưu điện', 'tỷ đồng', 'Đắk Lắk', '101%', 'năm 2023'),
      fc.constantFrom(...CONTROLS),
    ),
    { minLength: 1, maxLength: 20 },
  )
  .map((parts) => parts.join(''))
  // What the ingest's cleaning leaves: one line, spaces collapsed (control characters stay, to be
  // made safe by the body builder).
  .map((t) => t.replace(/[\r\n]+/gu, ' ').replace(/ {2,}/gu, ' '))
  .filter((t) => blockText(t).length > 0);
