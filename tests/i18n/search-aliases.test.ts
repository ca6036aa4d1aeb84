import { describe, expect, it } from 'vitest';
import { foldedSearchText, provinceNamesIn } from '../../src/i18n/search-aliases.ts';
import { allUnits } from '../../src/lib/provinces.ts';

describe('provinceNamesIn', () => {
  it('finds every registry name a page shows, in markup too, each once', () => {
    const html =
      '<li><a href="/provinces/dien-bien/">Điện Biên</a></li><p>Đắk Lắk, Điện Biên và <strong>Bà Rịa - Vũng Tàu</strong></p>';
    expect(provinceNamesIn(html)).toEqual(['Điện Biên', 'Đắk Lắk', 'Bà Rịa - Vũng Tàu']);
  });

  it('knows the names of both eras', () => {
    const names = provinceNamesIn(allUnits.map((u) => u.name).join(' | '));
    for (const name of ['Đắk Nông', 'Thừa Thiên Huế', 'Hồ Chí Minh', 'Đà Nẵng']) expect(names).toContain(name);
  });
});

describe('foldedSearchText', () => {
  it('folds every name with a đ or a mark to what a reader types without them', () => {
    const text = foldedSearchText('<td>Đắk Lắk</td><td>Sơn La</td><td>Điện Biên</td>');
    expect(text.split(' · ')).toEqual(['Dak Lak', 'Son La', 'Dien Bien']);
  });

  it('adds extra text (an article title) and leaves out what folding does not change', () => {
    expect(foldedSearchText('<p>Kon Tum</p>', ['Bưu điện tỉnh Đồng Tháp', 'Gia Lai'])).toBe('Buu dien tinh Dong Thap');
    expect(foldedSearchText('<p>nothing to fold</p>')).toBe('');
  });
});
