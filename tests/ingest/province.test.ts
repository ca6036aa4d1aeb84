import { describe, expect, it } from 'vitest';
import { findProvinceMentions, provinceFromPublisher, scoreProvinces } from '../../src/lib/extract/province.ts';

const top = (text: string, date: string, title: string | null = null) => scoreProvinces(findProvinceMentions(title, [text]), date)[0]?.unit.slug ?? null;

describe('province from the text', () => {
  it('reads the reporting unit, "tỉnh X", a city and spellings with other tone marks or case', () => {
    expect(top('Bưu điện tỉnh Sơn la đã tổ chức hội nghị', '2019-12-19')).toBe('son-la');
    expect(top('Bưu điện Quảng Nam tổ chức hội nghị', '2016-01-19')).toBe('quang-nam');
    expect(top('Bưu điện TP. Hồ Chí Minh tổ chức hội nghị', '2023-12-20')).toBe('ho-chi-minh');
    expect(top('Bưu điện tỉnh Hòa Bình và UBND tỉnh Hoà Bình', '2020-12-20')).toBe('hoa-binh');
    expect(top('Bưu điện tỉnh Đăk Lăk tổ chức hội nghị', '2020-12-20')).toBe('dak-lak');
    expect(top('Bưu điện tỉnh Bà Rịa-Vũng Tàu', '2020-12-20')).toBe('ba-ria-vung-tau');
  });
  it('infers the province from a district or town', () => {
    expect(top('Bưu điện tỉnh và Bưu điện huyện Chi Lăng nhận Cờ thi đua', '2023-12-28')).toBe('lang-son');
    expect(top('Bưu điện thị xã Sa Pa nhận Cờ thi đua', '2018-12-28')).toBe('lao-cai');
  });
  it('does not take "Hồ Chí Minh" in "tư tưởng Hồ Chí Minh" for the city, nor a name for a province', () => {
    expect(top('học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', '2023-12-20')).toBeNull();
    expect(top('đồng chí Nguyễn Thị Giang phát biểu', '2023-12-20')).toBeNull();
  });
  it('reads a name as the province it was on the date', () => {
    // Thừa Thiên Huế until 2024-12-31; the city of Huế since.
    expect(top('Bưu điện tỉnh Thừa Thiên Huế tổ chức hội nghị', '2020-12-20')).toBe('thua-thien-hue');
    expect(top('Bưu điện TP. Huế tổ chức hội nghị', '2025-01-15')).toBe('hue');
    // Bắc Giang merged into Bắc Ninh on 2025-07-01.
    expect(top('Bưu điện tỉnh Bắc Giang tổ chức hội nghị', '2019-12-25')).toBe('bac-giang');
    expect(top('Bưu điện tỉnh Bắc Giang tổ chức hội nghị', '2026-01-20')).toBe('bac-ninh');
  });
  it('weighs the unit that reports above a province only mentioned', () => {
    expect(top('Bưu điện tỉnh Điện Biên tổ chức hội nghị; sản lượng chuyển sang tỉnh Lai Châu tăng', '2020-12-20')).toBe('dien-bien');
  });
});

describe('province from the publisher', () => {
  it('reads provincial newspapers\' addresses', () => {
    expect(provinceFromPublisher('https://baobariavungtau.com.vn/kinh-te/x')?.keys).toContain('63:77');
    expect(provinceFromPublisher('https://baolangson.vn/a')?.keys).toContain('63:20');
    expect(provinceFromPublisher('https://truyenhinhnghean.vn/a')?.keys).toContain('63:40');
  });
  it('ignores addresses that name no province', () => {
    expect(provinceFromPublisher('http://www.vnpost.vn/a')).toBeNull();
    expect(provinceFromPublisher('http://thdt.vn/a')).toBeNull();
    expect(provinceFromPublisher('not a url')).toBeNull();
  });
});
