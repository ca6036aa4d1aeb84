import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/i18n/title.ts';

describe('documentTitle', () => {
  it('adds the site name when it fits in 70 characters', () => {
    expect(documentTitle('Sơn La', 'Bưu điện các tỉnh')).toBe('Sơn La · Bưu điện các tỉnh');
  });

  it('drops the site name, then cuts a long headline at a word', () => {
    const headline = 'Bưu điện tỉnh Bắc Giang phấn đấu doanh thu năm 2020 đạt hơn 305 tỷ đồng';
    expect(headline.length).toBe(71);
    const title = documentTitle(headline, 'Bưu điện các tỉnh');
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).toBe('Bưu điện tỉnh Bắc Giang phấn đấu doanh thu năm 2020 đạt hơn 305 tỷ…');
  });
});
