import { describe, expect, it } from 'vitest';
import { HOANG_SA_PROVINCE_CODE, regionOf, TRUONG_SA_PROVINCE_CODE } from '../../src/lib/map/geometry.ts';

describe('regionOf', () => {
  it('keeps coastal islands with the mainland', () => {
    // Lý Sơn (Quảng Ngãi), Côn Đảo, Phú Quý, Khánh Hòa's bay islands.
    expect(regionOf('51', { west: 109.08, north: 15.4 })).toBe('mainland');
    expect(regionOf('77', { west: 106.5, north: 8.8 })).toBe('mainland');
    expect(regionOf(TRUONG_SA_PROVINCE_CODE, { west: 109.3, north: 12.3 })).toBe('mainland');
    expect(regionOf(HOANG_SA_PROVINCE_CODE, { west: 108.2, north: 16.2 })).toBe('mainland');
  });

  it('puts the far islands of Đà Nẵng and Khánh Hòa in their archipelagos', () => {
    expect(regionOf(HOANG_SA_PROVINCE_CODE, { west: 111.6, north: 16.9 })).toBe('hoang-sa');
    expect(regionOf(TRUONG_SA_PROVINCE_CODE, { west: 114.3, north: 11.5 })).toBe('truong-sa');
    expect(regionOf(TRUONG_SA_PROVINCE_CODE, { west: 109.1, north: 7.85 })).toBe('truong-sa');
  });
});
