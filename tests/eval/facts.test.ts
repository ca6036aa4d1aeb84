import { describe, expect, it } from 'vitest';
import { awardKind, awardKinds, giverLevel, isUnnamedGiver } from '../../src/lib/eval/facts.ts';

describe('awardKind', () => {
  it('normalises the distinctions as written', () => {
    expect(awardKind('Huân chương Lao động hạng Ba')).toBe('Huân chương Lao động hạng Ba');
    expect(awardKind('huân chương lao động hạng nhì')).toBe('Huân chương Lao động hạng Nhì');
    expect(awardKind('Huân chương Độc lập hạng Ba')).toBe('Huân chương');
    expect(awardKind('Cờ “Đơn vị xuất sắc dẫn đầu phong trào thi đua năm 2020”')).toBe('Cờ thi đua');
    expect(awardKind('cờ của Bộ Thông tin và Truyền thông')).toBe('Cờ thi đua');
    expect(awardKind('Bằng khen')).toBe('Bằng khen');
    expect(awardKind('giấy khen')).toBe('Giấy khen');
    expect(awardKind('Chiến sĩ thi đua cấp bộ')).toBe('Chiến sĩ thi đua');
    expect(awardKind('biểu dương “Lao động giỏi - Lao động sáng tạo”')).toBe('Biểu dương');
    expect(awardKind('khen thưởng (hình thức không nêu)')).toBe('other');
    expect(awardKind('Vinh danh')).toBe('other');
    // "Cờ" must be the word, not the start of another one.
    expect(awardKind('Cởi mở')).toBe('other');
  });

  it('reads every known kind a list names, and only the first of a title with commas', () => {
    expect(awardKinds('Cờ thi đua, Bằng khen, Giấy khen')).toEqual(['Cờ thi đua', 'Bằng khen', 'Giấy khen']);
    expect(awardKinds('bằng khen, giấy khen')).toEqual(['Bằng khen', 'Giấy khen']);
    expect(awardKinds('Cờ đơn vị xuất sắc, dẫn đầu phong trào thi đua')).toEqual(['Cờ thi đua']);
  });
});

describe('giverLevel', () => {
  it('derives the level from the giver as the gold names it', () => {
    expect(giverLevel('Chủ tịch nước')).toBe('state');
    expect(giverLevel('Thủ tướng Chính phủ')).toBe('government');
    expect(giverLevel('Chính phủ')).toBe('government');
    expect(giverLevel('Bộ Thông tin - Truyền thông')).toBe('ministry');
    expect(giverLevel('Bộ trưởng Bộ Thông tin và Truyền thông')).toBe('ministry');
    expect(giverLevel('UBND tỉnh')).toBe('province');
    expect(giverLevel('Chủ tịch UBND tỉnh')).toBe('province');
    expect(giverLevel('Uỷ ban nhân dân tỉnh')).toBe('province');
    expect(giverLevel('Tổng công ty Bưu điện Việt Nam')).toBe('corporation');
    expect(giverLevel('Hội đồng thành viên (Tổng công ty Bưu điện Việt Nam)')).toBe('corporation');
    expect(giverLevel('Bưu điện tỉnh Quảng Ngãi')).toBe('unit');
    expect(giverLevel('Công đoàn Tổng Công ty Bưu điện Việt Nam')).toBe('union');
    expect(giverLevel('Tổng liên đoàn Lao động Việt Nam')).toBe('union');
    expect(giverLevel(null)).toBe('unknown');
    expect(giverLevel('')).toBe('unknown');
    expect(giverLevel('Bảo hiểm xã hội Việt Nam')).toBe('other');
  });

  it('knows the output’s way of naming no giver', () => {
    expect(isUnnamedGiver('Không nêu tên')).toBe(true);
    expect(isUnnamedGiver('Không nêu tên (Nhà nước)')).toBe(true);
    expect(isUnnamedGiver('')).toBe(true);
    expect(isUnnamedGiver('Tổng công ty Bưu điện Việt Nam')).toBe(false);
  });
});
