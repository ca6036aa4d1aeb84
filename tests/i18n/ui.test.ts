import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'function';
  if (typeof value === 'string') return 'string';
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, shape(v)]));
}

describe('ui dictionary', () => {
  it('has the same keys, strings and functions in English as in Vietnamese', () => {
    expect(shape(ui('en'))).toEqual(shape(ui('vi')));
  });

  it('has no empty string in either language', () => {
    const strings = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' ? strings(v) : []));
    for (const lang of ['vi', 'en'] as const) expect(strings(ui(lang)).filter((s) => s.trim() === '')).toEqual([]);
  });
});

describe('English counts', () => {
  it('says “1 province”, “1 conference”, “2 awards”', () => {
    const en = ui('en');
    expect(`1 ${en.home.statProvinces(1)}`).toBe('1 province reported');
    expect(`3 ${en.home.statProvinces(3)}`).toBe('3 provinces reported');
    expect(`1 ${en.home.statConferences(1)}`).toBe('1 conference');
    expect(`2 ${en.home.statAwards(2)}`).toBe('2 awards');
    expect(en.common.countConferences(1)).toBe('1 conference');
    expect(en.home.allAwards(1, 2023)).toBe('The one award for 2023');
  });
});
