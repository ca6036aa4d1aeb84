import { describe, expect, it } from 'vitest';
import { slashBreakParts } from '../../src/lib/format/wrap.ts';

describe('slashBreakParts', () => {
  it('lets a unit break after each slash, never inside a word', () => {
    expect(slashBreakParts('VND 8.8 million/person/month')).toEqual(['VND 8.8 million/', 'person/', 'month']);
    expect(slashBreakParts('8,8 triệu đồng/người/tháng')).toEqual(['8,8 triệu đồng/', 'người/', 'tháng']);
  });

  it('leaves text without a slash whole', () => {
    expect(slashBreakParts('trên 101 tỷ đồng')).toEqual(['trên 101 tỷ đồng']);
  });

  it('keeps a trailing slash with its word', () => {
    expect(slashBreakParts('a/')).toEqual(['a/']);
  });
});
