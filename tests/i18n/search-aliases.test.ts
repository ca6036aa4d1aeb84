import { globSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldedSearchText, placeSearchText, provinceNamesIn } from '../../src/i18n/search-aliases.ts';
import { SEARCH_EXCLUDE, SEARCH_GLOB, SEARCH_META_WEIGHTS } from '../../src/lib/search/scope.ts';
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

describe('placeSearchText', () => {
  it('gives the names a province page stands for, as written and folded, each once', () => {
    expect(placeSearchText(['Thừa Thiên Huế', 'Thừa Thiên - Huế'])).toBe(
      'Thừa Thiên Huế · Thua Thien Hue · Thừa Thiên - Huế · Thua Thien - Hue',
    );
    expect(placeSearchText(['Kon Tum'])).toBe('Kon Tum');
  });
});

describe('search scope', () => {
  it('reads the article, province and year pages of both languages', () => {
    expect(SEARCH_GLOB).toBe('{articles,en/articles,provinces,en/provinces,years,en/years}/**/*.html');
  });

  it('leaves out the printed yearbooks and the pages outside those sections', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'search-scope-'));
    try {
      const pages = [
        'articles/2023-x/index.html',
        'en/articles/2023-x/index.html',
        'provinces/index.html',
        'en/provinces/son-la/index.html',
        'years/2023/index.html',
        'years/2023/print/index.html',
        'en/years/2023/print/index.html',
        'map/total_revenue/2023/index.html',
        'index.html',
      ];
      for (const page of pages) {
        mkdirSync(path.dirname(path.join(root, page)), { recursive: true });
        writeFileSync(path.join(root, page), '<html></html>');
      }
      expect(globSync(SEARCH_GLOB, { cwd: root, exclude: [...SEARCH_EXCLUDE] }).sort()).toEqual([
        'articles/2023-x/index.html',
        'en/articles/2023-x/index.html',
        'en/provinces/son-la/index.html',
        'provinces/index.html',
        'years/2023/index.html',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('ranks a province page above the index, and the index above a page that mentions the name', () => {
    expect(SEARCH_META_WEIGHTS.place).toBeGreaterThan(5); // Pagefind's own weight for a title
    expect(SEARCH_META_WEIGHTS.place).toBeGreaterThan(SEARCH_META_WEIGHTS.listed);
    expect(SEARCH_META_WEIGHTS.listed).toBeGreaterThan(SEARCH_META_WEIGHTS.folded);
  });
});
