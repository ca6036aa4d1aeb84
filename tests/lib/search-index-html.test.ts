import { describe, expect, it } from 'vitest';
import { indexUrl, spacedForIndex } from '../../src/lib/search/index-html.ts';

describe('spacedForIndex', () => {
  it('separates adjacent elements so their texts stay apart', () => {
    expect(spacedForIndex('<tr><th>Năm</th><th>Thực hiện</th></tr>')).toBe(
      '<tr> <th>Năm</th> <th>Thực hiện</th> </tr>',
    );
    expect(spacedForIndex('<span>Cần kiểm tra lại</span><span>Bưu điện</span>')).toBe(
      '<span>Cần kiểm tra lại</span> <span>Bưu điện</span>',
    );
  });

  it('leaves text, attributes and existing spaces as they are', () => {
    const html = '<p title="a > b">x &gt; y <b>z</b> w</p>';
    expect(spacedForIndex(html)).toBe(html);
  });
});

describe('indexUrl', () => {
  it('gives the directory URL of an index.html', () => {
    expect(indexUrl('articles/2023-x/index.html')).toBe('/articles/2023-x/');
    expect(indexUrl('en/provinces/index.html')).toBe('/en/provinces/');
    expect(indexUrl('en\\years\\2019\\index.html')).toBe('/en/years/2019/');
    expect(indexUrl('index.html')).toBe('/');
  });

  it('keeps another file name', () => {
    expect(indexUrl('years/list.html')).toBe('/years/list.html');
  });
});
