import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordCode, viRegExp, WORD, wordsJoined } from '../../src/lib/text/letters.ts';

describe('letters', () => {
  it('isWordCode agrees with the WORD class on every UTF-16 code unit', () => {
    const re = new RegExp(`[${WORD}]`);
    for (let c = 0; c <= 0xffff; c += 1) {
      if (isWordCode(c) !== re.test(String.fromCharCode(c))) expect.fail(`U+${c.toString(16)}`);
    }
  });
  it('wordsJoined is the words joined by single spaces, as the regular expression gives them', () => {
    const nonWords = viRegExp(String.raw`[^\p{L}\p{N}]+`, 'gu');
    const vietnamese = fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ0123456789 ,.;:-–()/%\n\t"“”…',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: vietnamese }),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(text, (s) => wordsJoined(s) === s.replace(nonWords, ' ').trim()),
      { numRuns: 5000 },
    );
    expect(wordsJoined('  Tổng doanh thu: 150,5 tỷ đồng!  ')).toBe('Tổng doanh thu 150 5 tỷ đồng');
  });
});
