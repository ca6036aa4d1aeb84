import { describe, expect, it } from 'vitest';
import { awardNameEn, giverEn } from '../../src/i18n/glossary.ts';
import { ui } from '../../src/i18n/ui.ts';
import { changeText, planText, targetText } from '../../src/i18n/figure-text.ts';
import { unitEraLabel } from '../../src/i18n/names.ts';
import { unitOn } from '../../src/lib/provinces.ts';

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

describe('glossary', () => {
  it('glosses the usual distinctions', () => {
    expect(awardNameEn('Huân chương Lao động hạng Nhì')).toBe('Labour Order, Second Class');
    expect(awardNameEn('Cờ thi đua của Chính phủ')).toBe('Government Emulation Flag');
    expect(awardNameEn('Cờ thi đua')).toBe('Emulation Flag');
    expect(awardNameEn('Bằng khen')).toBe('Certificate of Merit');
    expect(awardNameEn('Giấy khen')).toBe('Certificate of Commendation');
    expect(awardNameEn('Chiến sĩ thi đua cấp bộ')).toBe('Emulation Fighter (ministry level)');
  });

  it('invents nothing for a name it does not know', () => {
    expect(awardNameEn('Danh hiệu lạ')).toBeNull();
    expect(giverEn('Hội Nông dân xã')).toBeNull();
  });

  it('glosses givers', () => {
    expect(giverEn('Bộ Thông tin và Truyền thông')).toBe('Ministry of Information and Communications');
    expect(giverEn('Tổng Công ty Bưu điện Việt Nam')).toBe('Vietnam Post Corporation');
  });
});

describe('figure text', () => {
  it('writes changes and plan attainment in each language', () => {
    expect(changeText({ percent: 21, source: 'stated' }, 'vi')).toBe('+21%');
    expect(changeText({ percent: -3, source: 'stated' }, 'en')).toBe('\u22123%');
    // A hedged change reads in words: "gần +51%" does not.
    expect(changeText({ percent: 1.4, source: 'computed', qualifier: 'about' }, 'vi')).toBe('tăng khoảng 1,4%');
    expect(changeText({ percent: 51, source: 'stated', qualifier: 'nearly' }, 'vi')).toBe('tăng gần 51%');
    expect(changeText({ percent: 45, source: 'stated', qualifier: 'nearly' }, 'en')).toBe('up nearly 45%');
    expect(planText({ percent: 43, source: 'stated' }, 'en', 'H1')).toBe('43% of the annual plan');
    expect(planText({ percent: 102, source: 'stated' }, 'vi')).toBe('đạt 102% kế hoạch');
  });

  it('writes a percentage-only target as a goal, not as an attainment', () => {
    const figure = {
      metric: 'total_revenue',
      value: null,
      unit: 'VND' as const,
      qualifier: 'exact' as const,
      estimated: false,
      year: 2016,
      period: 'year' as const,
      planPercent: 100,
      planQualifier: 'over' as const,
      quote: 'q',
    };
    expect(targetText({ value: null, unit: 'VND', figure }, 'vi')).toBe('phấn đấu đạt trên 100% kế hoạch');
    expect(targetText({ value: null, unit: 'VND', figure }, 'en')).toBe('aim: over 100% of plan');
  });

  it('tells the two Bắc Ninh units apart by date', () => {
    expect(unitEraLabel(unitOn('bac-ninh', '2024-01-01')!, 'vi')).toBe('Bắc Ninh (trước 01/07/2025)');
    expect(unitEraLabel(unitOn('bac-ninh', '2026-01-01')!, 'en')).toBe('Bắc Ninh (since 1 Jul 2025)');
  });
});
