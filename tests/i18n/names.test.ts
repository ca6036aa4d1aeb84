import { describe, expect, it } from 'vitest';
import { typedName, unitEraLabel } from '../../src/i18n/names.ts';
import { unitOn } from '../../src/lib/provinces.ts';

describe('typedName', () => {
  it('names a centrally-run city a city and a province a province', () => {
    const daNang = unitOn('da-nang', '2026-01-01')!;
    const quangNam = unitOn('quang-nam', '2024-01-01')!;
    expect(typedName(daNang, 'vi')).toBe('thành phố Đà Nẵng');
    expect(typedName(daNang, 'en')).toBe('Đà Nẵng City');
    expect(typedName(quangNam, 'vi')).toBe('tỉnh Quảng Nam');
    expect(typedName(quangNam, 'en')).toBe('Quảng Nam Province');
    expect(typedName(unitOn('bac-ninh', '2024-01-01')!, 'en', true)).toBe('the former Bắc Ninh Province');
  });
});

describe('unitEraLabel', () => {
  it('tells the two Bắc Ninh units apart by date', () => {
    expect(unitEraLabel(unitOn('bac-ninh', '2024-01-01')!, 'vi')).toBe('Bắc Ninh (trước 01/07/2025)');
    expect(unitEraLabel(unitOn('bac-ninh', '2026-01-01')!, 'en')).toBe('Bắc Ninh (since 1 July 2025)');
  });
});
