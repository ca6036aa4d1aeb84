/**
 * Reading the number an editor typed as the article writes it, to say which number to write.
 */
import { describe, expect, it } from 'vitest';
import { numberFromText } from '../../src/lib/check/number-hint.ts';

describe('numberFromText reads the figure an editor typed as words', () => {
  it.each([
    ['101 tỷ', 101_000_000_000],
    ['trên 101 tỷ đồng', 101_000_000_000],
    ['8,8 triệu', 8_800_000],
    ['133,643 tỷ đồng', 133_643_000_000],
    ['1,5 nghìn tỷ', 1_500_000_000_000],
    ['80.000', 80_000],
    ['101.000.000', 101_000_000],
    ['1.234,5', 1234.5],
    ['102%', 102],
  ])('%s → %d', (text, n) => expect(numberFromText(text)).toBe(n));

  it('gives nothing for words that are not an amount', () => {
    expect(numberFromText('nhiều')).toBeUndefined();
    expect(numberFromText('tỷ')).toBeUndefined();
  });
});
