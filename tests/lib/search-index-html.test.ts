import { describe, expect, it } from 'vitest';
import { spacedForIndex } from '../../src/lib/search/index-html.ts';

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
