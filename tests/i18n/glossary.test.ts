import { describe, expect, it } from 'vitest';
import { awardNameEn, giverEn, levelAddsToGiver } from '../../src/i18n/glossary.ts';

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

describe('award lines say each thing once', () => {
  it('names the level only when the giver does not already', () => {
    expect(levelAddsToGiver('corporation', 'Tổng công ty Bưu điện Việt Nam')).toBe(false);
    expect(levelAddsToGiver('corporation', 'Tổng Công ty Bưu điện Việt Nam')).toBe(false);
    expect(levelAddsToGiver('unit', 'Bưu điện tỉnh Lạng Sơn')).toBe(false);
    expect(levelAddsToGiver('province', 'UBND tỉnh Sơn La')).toBe(false);
    expect(levelAddsToGiver('state', 'Chủ tịch nước')).toBe(false);
    expect(levelAddsToGiver('ministry', 'Bộ Thông tin và Truyền thông')).toBe(true);
    expect(levelAddsToGiver('union', 'Tổng Liên đoàn Lao động Việt Nam')).toBe(true);
  });
});
