import { describe, expect, it } from 'vitest';
import { bylineName, cleanArticle } from '../../src/lib/extract/clean.ts';
import { parseRawArticle } from '../../src/lib/extract/raw.ts';

const page = [
  'Thứ tư, 20/12/2023',
  'Kinh tế',
  'Chia sẻ Facebook Zalo In bài',
  'Bưu điện tỉnh Hà Giang tổng kết năm 2023',
  '21/12/2023 09:30',
  'Ngày 20/12, Bưu điện tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023.',
  'Toàn cảnh hội nghị',
  'Toàn cảnh hội nghị',
  'Năm 2023, tổng doanh thu đạt 150 tỷ đồng.',
  'Đường dây nóng: 0912 345 678',
  'MINH ANH',
  'Bài liên quan',
  'Bưu điện tỉnh Tuyên Quang tổng kết năm 2023 (19/12/2023)',
].join('\n');

describe('cleanArticle', () => {
  const c = cleanArticle(page);
  it('finds the headline and drops the section label before it', () => {
    expect(c.title).toBe('Bưu điện tỉnh Hà Giang tổng kết năm 2023');
    expect(c.dropped).toContainEqual({ text: 'Kinh tế', reason: 'section-label' });
  });
  it('takes the publication stamp and ignores the page date', () => {
    expect(c.publishedAt).toBe('2023-12-21T09:30');
    expect(c.dropped).toContainEqual({ text: 'Thứ tư, 20/12/2023', reason: 'page-date' });
  });
  it('keeps paragraphs and captions, once each', () => {
    expect(c.blocks).toEqual([
      { kind: 'paragraph', text: 'Ngày 20/12, Bưu điện tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023.' },
      { kind: 'caption', text: 'Toàn cảnh hội nghị' },
      { kind: 'paragraph', text: 'Năm 2023, tổng doanh thu đạt 150 tỷ đồng.' },
    ]);
  });
  it('drops share bars, hotlines, the byline and the related links', () => {
    expect(c.author).toBe('MINH ANH');
    const reasons = Object.fromEntries(c.dropped.map((d) => [d.text, d.reason]));
    expect(reasons['Chia sẻ Facebook Zalo In bài']).toBe('chrome');
    expect(reasons['Đường dây nóng: 0912 345 678']).toBe('chrome');
    expect(reasons['Bài liên quan']).toBe('related-links');
  });
  it('keeps the last, cut-off paragraph of an excerpt as a paragraph', () => {
    const e = cleanArticle('Tiêu đề bài viết về bưu điện tỉnh\nNgày 1/1, hội nghị diễn ra.\nTrong năm, Bưu điện tỉnh đã thực hiện chi trả cho', { excerpt: true });
    expect(e.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Trong năm, Bưu điện tỉnh đã thực hiện chi trả cho' });
  });
});

describe('bylineName', () => {
  it.each(['Hoàng Nhi', 'ĐỖ HOẠT', 'Lê Giang/THĐT', 'P.G |', '(Trần Minh)', 'Tin, ảnh: QUANG VŨ'])('"%s" is a byline', (l) => {
    expect(bylineName(l)).not.toBeNull();
  });
  it.each(['Toàn cảnh Hội nghị', 'Kinh tế', 'Năm 2023'])('"%s" is not', (l) => {
    expect(bylineName(l)).toBeNull();
  });
});

describe('parseRawArticle', () => {
  it('keeps a key: value header and strips it from the text', () => {
    const r = parseRawArticle('source: https://baolangson.vn/a\nretrieved-as: excerpt\n\nNgày 20/1, Bưu điện tỉnh…');
    expect(r.header).toEqual({ source: 'https://baolangson.vn/a', 'retrieved-as': 'excerpt' });
    expect(r.text).toBe('Ngày 20/1, Bưu điện tỉnh…');
  });
  it('reads a text without a header as it is, even one that starts like "Ngày 27/12/2023:"', () => {
    const text = 'Ngày 27/12/2023: hội nghị\n\nNội dung';
    expect(parseRawArticle(text)).toMatchObject({ header: {}, text });
  });
});
