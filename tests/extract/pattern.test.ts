/** The lexicon's pattern helper: spacing, word edges, optional parts, and no words in hand-written structure. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  anyOf,
  capitalFirst,
  opt,
  pattern,
  Pattern,
  raw,
  regex,
  seq,
  word,
} from '../../src/lib/extract/lexicon/pattern.ts';

const matches = (p: Pattern, text: string): string | null => regex(p).exec(text)?.[0] ?? null;

describe('pattern helper', () => {
  it('matches a phrase across any run of white space, a line break included', () => {
    expect(matches(anyOf('hoàn thành kế hoạch'), 'đã hoàn  thành\nkế hoạch năm')).toBe('hoàn  thành\nkế hoạch');
    expect(matches(anyOf('hoàn thành kế hoạch'), 'hoàn thànhkế hoạch')).toBeNull();
  });

  it('escapes what a phrase holds literally ("tp.", "đ/c")', () => {
    expect(matches(anyOf('tp.'), 'tpx')).toBeNull();
    expect(matches(anyOf('đ/c'), 'đ/c Nguyễn')).toBe('đ/c');
  });

  it('joins a sequence with spaces and carries an optional part’s space inside it', () => {
    const p = seq(opt('hoàn thành'), 'vượt', opt('mức'), 'kế hoạch');
    expect(matches(p, 'vượt kế hoạch')).toBe('vượt kế hoạch');
    expect(matches(p, 'hoàn thành vượt mức kế hoạch')).toBe('hoàn thành vượt mức kế hoạch');
    expect(matches(p, 'vượtkế hoạch')).toBeNull();
    expect(matches(seq('đạt', opt('mức')), 'đạt mức')).toBe('đạt mức');
  });

  it('puts word edges on letters, not digits ("đạt102%" still holds "đạt")', () => {
    expect(matches(word(anyOf('đạt')), 'đã đạt102%')).toBe('đạt');
    expect(matches(word(anyOf('đạt')), 'phát đạtx')).toBeNull();
    expect(matches(word(anyOf('hơn')), 'cao hơn')).toBe('hơn');
    expect(matches(word(anyOf('ơn')), 'cao hơn')).toBeNull();
  });

  it('tries alternatives in the order given', () => {
    expect(matches(anyOf('tăng', 'tăng trưởng'), 'tăng trưởng')).toBe('tăng');
    expect(matches(anyOf('tăng trưởng', 'tăng'), 'tăng trưởng')).toBe('tăng trưởng');
  });

  it('lets only the first letter be a capital with capitalFirst', () => {
    expect(matches(capitalFirst('huân chương'), 'Huân chương')).toBe('Huân chương');
    expect(matches(capitalFirst('huân chương'), 'HUÂN CHƯƠNG')).toBeNull();
  });

  it('refuses a word written in a pattern’s structure: words belong in the lexicon', () => {
    expect(() => pattern`^\s*kế hoạch`).toThrow(/belongs in the lexicon/);
    expect(() => raw('đạt\\s+')).toThrow(/belongs in the lexicon/);
    expect(() => pattern`^[^,.;]{0,60}\s*${'kế hoạch'}(?=\s|$)`).not.toThrow();
    expect(() => pattern`[ivx\d]+`).not.toThrow();
  });

  it('refuses an empty phrase or a sequence of optional parts only', () => {
    expect(() => anyOf('')).toThrow();
    expect(() => seq(opt('mức'))).toThrow();
  });
});

describe('the lexicon', () => {
  const dir = join(import.meta.dirname, '../../src/lib/extract/lexicon');
  const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'pattern.ts');

  it('compiles: every exported pattern is a valid regular expression that matches something', async () => {
    for (const file of modules) {
      const mod = (await import(join(dir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!(value instanceof Pattern)) continue;
        expect(() => regex(value), `${file} ${name}`).not.toThrow();
        expect(regex(value).test(''), `${file} ${name} matches the empty string`).toBe(false);
      }
    }
  });
});
