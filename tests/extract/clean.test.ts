import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bylineName, cleanArticle, lettersHash, repeatKey } from '../../src/lib/extract/clean.ts';
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
    const e = cleanArticle(
      'Tiêu đề bài viết về bưu điện tỉnh\nNgày 1/1, hội nghị diễn ra.\nTrong năm, Bưu điện tỉnh đã thực hiện chi trả cho',
      { excerpt: true },
    );
    expect(e.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Trong năm, Bưu điện tỉnh đã thực hiện chi trả cho' });
  });
});

describe('nothing the article says is lost', () => {
  it('keeps the paragraph after a photo credit line, and does not take the caption for the author', () => {
    const c = cleanArticle(
      [
        'Bưu điện tỉnh Ninh Bình tổng kết năm 2023',
        'Ngày 28/12/2023, Bưu điện tỉnh Ninh Bình tổ chức hội nghị tổng kết năm 2023. Năm 2023, tổng doanh thu đạt 190 tỷ đồng.',
        'Ảnh: Toàn cảnh hội nghị',
        'Dịp này, Tổng công ty Bưu điện Việt Nam tặng Giấy khen cho 8 tập thể và 15 cá nhân.',
      ].join('\n'),
    );
    expect(c.author).toBeNull();
    expect(c.blocks.map((b) => b.kind)).toEqual(['paragraph', 'caption', 'paragraph']);
    expect(c.blocks.at(-1)!.text).toMatch(/^Dịp này/);
  });
  it('does not take a name for the byline when article text follows it', () => {
    const c = cleanArticle(
      'Tiêu đề bài viết về bưu điện tỉnh\nNgày 1/1, hội nghị diễn ra.\nNguyễn Văn An\nCũng tại hội nghị, 12 cá nhân được tặng danh hiệu Chiến sĩ thi đua cơ sở.',
    );
    expect(c.author).toBeNull();
    expect(c.blocks.at(-1)!.text).toMatch(/^Cũng tại hội nghị/);
  });
  it('keeps a paragraph repeated with other punctuation or case once, and a long one too', () => {
    const long =
      'Năm 2023, Bưu điện tỉnh đã hoàn thành các chỉ tiêu kế hoạch được giao, '.repeat(6) +
      'tổng doanh thu đạt 150 tỷ đồng.';
    const c = cleanArticle(
      [
        'Tiêu đề bài viết về bưu điện tỉnh',
        'Ngày 1/1, hội nghị diễn ra.',
        'Toàn cảnh hội nghị',
        'Toàn cảnh Hội nghị.',
        long,
        long.replace('Năm 2023,', 'Năm 2023'),
        long.replace('150 tỷ', '151 tỷ'),
      ].join('\n'),
    );
    expect(c.blocks.map((b) => b.text)).toEqual([
      'Ngày 1/1, hội nghị diễn ra.',
      'Toàn cảnh hội nghị',
      long,
      long.replace('150 tỷ', '151 tỷ'),
    ]);
  });
  it('drops the dash left of a dateline before the lead, not the dashes of a list', () => {
    const c = cleanArticle(
      'Bưu điện tỉnh Lạng Sơn tổng kết năm 2023\n– Chiều 28/12, Bưu điện tỉnh tổ chức hội nghị tổng kết công tác năm 2023.\nNăm 2023, tổng doanh thu đạt 138 tỷ đồng.',
    );
    expect(c.blocks[0]!.text).toBe('Chiều 28/12, Bưu điện tỉnh tổ chức hội nghị tổng kết công tác năm 2023.');
    const list = cleanArticle(
      'Kế hoạch năm 2024\n- Tổng doanh thu đạt 150 tỷ đồng, tăng 8% so với năm 2023.\n- Nộp ngân sách nhà nước 5 tỷ đồng.',
    );
    expect(list.blocks.map((b) => b.text)).toEqual([
      '- Tổng doanh thu đạt 150 tỷ đồng, tăng 8% so với năm 2023.',
      '- Nộp ngân sách nhà nước 5 tỷ đồng.',
    ]);
  });
  it('keeps list markers, which are part of the text', () => {
    const c = cleanArticle(
      'Tiêu đề bài viết về bưu điện tỉnh\nCác chỉ tiêu chính năm 2024 như sau:\n- Tổng doanh thu: 150 tỷ đồng;\n– Nộp ngân sách: 5 tỷ đồng.',
    );
    expect(c.blocks.map((b) => b.text)).toEqual([
      'Các chỉ tiêu chính năm 2024 như sau:',
      '- Tổng doanh thu: 150 tỷ đồng;',
      '– Nộp ngân sách: 5 tỷ đồng.',
    ]);
  });
  it("drops a crawler's ISO date before the text, whatever its label", () => {
    for (const head of ['date 2021-01 ', '2021-01-08 ', 'crawled: 2021-01-08T10:15:00+07:00 ']) {
      const c = cleanArticle(
        `${head}Trong năm 2020, hoạt động của Bưu điện tỉnh đạt nhiều kết quả tích cực, doanh thu đạt 210 tỷ đồng.`,
      );
      expect(c.blocks[0]!.text).toMatch(/^Trong năm 2020/);
      expect(c.dropped.map((d) => d.reason)).toContain('crawl-metadata');
    }
    // A period written with years is the article's.
    expect(
      cleanArticle('2021-2025 là giai đoạn chuyển đổi số của Bưu điện tỉnh, với nhiều chỉ tiêu mới.').blocks[0]!.text,
    ).toMatch(/^2021-2025/);
  });
  it("takes a crawler's full date as the publication date, not a month alone", () => {
    const line = 'Trong năm 2023, hoạt động của Bưu điện tỉnh đạt nhiều kết quả, doanh thu đạt 180 tỷ đồng.';
    expect(cleanArticle(`date 2024-01-09 ${line}`).publishedAt).toBe('2024-01-09');
    expect(cleanArticle(`crawled: 2024-01-09T10:15:00+07:00 ${line}`).publishedAt).toBe('2024-01-09');
    expect(cleanArticle(`date 2024-01 ${line}`).publishedAt).toBeNull();
    // A stamp later in the page does not replace it: the first date is the page's own.
    expect(cleanArticle(`date 2024-01-09 ${line}\n10/01/2024 08:15`).publishedAt).toBe('2024-01-09');
  });
  it('keeps a line too long for a headline above the lead as a caption, and names no headline from it', () => {
    const caption =
      'Thừa ủy quyền của Chủ tịch nước, đồng chí Lê Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Kon Tum đã trao Huân chương Lao động hạng Ba cho Bưu điện tỉnh Kon Tum vì thành tích xuất sắc';
    const c = cleanArticle(`${caption}\nNgày 10/1, Bưu điện tỉnh Kon Tum tổ chức hội nghị tổng kết năm 2023.`);
    expect(c.title).toBeNull();
    expect(c.blocks.map((b) => b.text)).toEqual([
      caption,
      'Ngày 10/1, Bưu điện tỉnh Kon Tum tổ chức hội nghị tổng kết năm 2023.',
    ]);
    // A headline of ordinary length is still the headline.
    const short = cleanArticle(
      `Bưu điện tỉnh Kon Tum đón nhận Huân chương Lao động hạng Ba\nNgày 10/1, Bưu điện tỉnh Kon Tum tổ chức hội nghị tổng kết năm 2023.`,
    );
    expect(short.title).toBe('Bưu điện tỉnh Kon Tum đón nhận Huân chương Lao động hạng Ba');
  });
  it('joins a line the page broke mid-sentence ("… trao tặng" / "Cờ thi đua …") to the next', () => {
    const c = cleanArticle(
      'Bưu điện tỉnh Phú Thọ triển khai kế hoạch năm 2024\nNgày 10/1, Bưu điện tỉnh Phú Thọ tổ chức hội nghị tổng kết năm 2023.\nPhó Chủ tịch UBND tỉnh Nguyễn Văn A trao tặng\nBằng khen của UBND tỉnh cho Bưu điện tỉnh\nTổng doanh thu đạt 210 tỷ đồng.',
    );
    expect(c.blocks.map((b) => b.text)).toContain(
      'Phó Chủ tịch UBND tỉnh Nguyễn Văn A trao tặng Bằng khen của UBND tỉnh cho Bưu điện tỉnh',
    );
    // A line that ends a phrase is not joined.
    const kept = cleanArticle(
      'Ngày 10/1, hội nghị tổng kết năm 2023 diễn ra.\nToàn cảnh hội nghị\nTổng doanh thu đạt 210 tỷ đồng.',
    );
    expect(kept.blocks.map((b) => b.text)).toContain('Toàn cảnh hội nghị');
    // In capitals, or with a second space: still joined.
    for (const stop of ['TRAO TẶNG', 'trao  tặng', 'Trao\u00a0tặng']) {
      const joined = cleanArticle(
        `Ngày 10/1, Bưu điện tỉnh Phú Thọ tổ chức hội nghị tổng kết năm 2023.\nPhó Chủ tịch UBND tỉnh ${stop}\nBằng khen của UBND tỉnh cho Bưu điện tỉnh\nTổng doanh thu đạt 210 tỷ đồng.`,
      );
      expect(joined.blocks).toHaveLength(3);
    }
  });
  it('keeps the caption of a photo between the headline and the lead', () => {
    const c = cleanArticle(
      'Bưu điện tỉnh Hà Giang tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024\nPhó Chủ tịch UBND tỉnh trao Cờ thi đua cho Bưu điện tỉnh\nNgày 20/12, Bưu điện tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023.',
    );
    expect(c.title).toMatch(/^Bưu điện tỉnh Hà Giang tổng kết/);
    expect(c.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Phó Chủ tịch UBND tỉnh trao Cờ thi đua cho Bưu điện tỉnh',
    });
  });
});

describe('bylineName', () => {
  it.each([
    'Hoàng Nhi',
    'ĐỖ HOẠT',
    'Lê Giang/THĐT',
    'P.G |',
    '(Trần Minh)',
    'Tin, ảnh: QUANG VŨ',
    'Hoàng Nam (TTXVN)',
    'Thu Hà - TTXVN',
    'Minh Anh (Báo Quảng Bình)',
  ])('"%s" is a byline', (l) => {
    expect(bylineName(l)).not.toBeNull();
  });
  it('takes the name, not the agency after it', () => {
    expect(bylineName('Hoàng Nam (TTXVN)')).toBe('Hoàng Nam');
    expect(bylineName('Minh Anh (Báo Quảng Bình)')).toBe('Minh Anh');
  });
  it('finds the byline after a closing photo caption, and keeps the caption', () => {
    const c = cleanArticle(
      'Bưu điện tỉnh Quảng Bình triển khai kế hoạch năm 2022\n\nSáng 7/1, Bưu điện tỉnh Quảng Bình tổ chức hội nghị tổng kết năm 2021, triển khai kế hoạch năm 2022.\n\nẢnh: Lãnh đạo Bưu điện tỉnh trao Giấy khen cho các tập thể\n\nHoàng Nam (TTXVN)',
    );
    expect(c.author).toBe('Hoàng Nam');
    expect(c.blocks.map((b) => b.text)).toContain('Ảnh: Lãnh đạo Bưu điện tỉnh trao Giấy khen cho các tập thể');
  });
  it.each(['Toàn cảnh Hội nghị', 'Kinh tế', 'Năm 2023', 'Ảnh: Toàn cảnh hội nghị', 'Nguồn: Báo Gia Lai'])(
    '"%s" is not',
    (l) => {
      expect(bylineName(l)).toBeNull();
    },
  );
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
  it('takes the text from the line after the blank one, whatever that line holds, up to the end', () => {
    const text = 'Ngày 20/1, Bưu điện tỉnh…\r\n\r\nNăm 2023, …\n';
    for (const blank of ['', '  ', ' \t ']) {
      const r = parseRawArticle(`source: https://baolangson.vn/a\r\nTITLE: Tổng kết\n${blank}\r\n${text}`);
      expect(r).toEqual({
        header: { source: 'https://baolangson.vn/a', title: 'Tổng kết' },
        text: 'Ngày 20/1, Bưu điện tỉnh…\n\nNăm 2023, …\n',
        headerLines: 3,
      });
    }
    expect(parseRawArticle('source: a\n')).toEqual({ header: { source: 'a' }, text: '', headerLines: 2 });
    expect(parseRawArticle('source: a\n\n')).toEqual({ header: { source: 'a' }, text: '', headerLines: 2 });
  });
  it('reads a header of up to 12 lines, not more', () => {
    const header = (n: number): string => Array.from({ length: n }, (_, i) => `title: ${i}`).join('\n');
    expect(parseRawArticle(`${header(12)}\n\nNội dung`)).toMatchObject({ text: 'Nội dung', headerLines: 13 });
    expect(parseRawArticle(`${header(13)}\n\nNội dung`)).toMatchObject({ header: {}, headerLines: 0 });
  });
});

describe('lines broken inside a sentence', () => {
  const texts = (raw: string) => cleanArticle(raw).blocks.map((b) => b.text);
  it('joins a line that stops without punctuation to one that starts in lower case, with an amount or "(…"', () => {
    expect(
      texts(
        'Ngày 9/1, Bưu điện tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023.\nNăm 2023, tổng doanh thu đạt\n156 tỷ đồng, vượt 3% kế hoạch\n(tăng 12% so với năm 2022) và nộp ngân sách\nnhà nước 4 tỷ đồng.',
      ),
    ).toEqual([
      'Ngày 9/1, Bưu điện tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023.',
      'Năm 2023, tổng doanh thu đạt 156 tỷ đồng, vượt 3% kế hoạch (tăng 12% so với năm 2022) và nộp ngân sách nhà nước 4 tỷ đồng.',
    ]);
  });
  it('joins an amount cut from its currency code ("… 40 tỷ" / "VNĐ, tăng 13%"), not a headline to "Đồng chí …"', () => {
    expect(
      texts(
        'Ngày 9/1, Bưu điện tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023.\nNhóm dịch vụ tài chính đạt 40 tỷ\nVNĐ, tăng 13% so với cùng kỳ; xuất khẩu đạt 2,5 triệu\nUSD.',
      ),
    ).toEqual([
      'Ngày 9/1, Bưu điện tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023.',
      'Nhóm dịch vụ tài chính đạt 40 tỷ VNĐ, tăng 13% so với cùng kỳ; xuất khẩu đạt 2,5 triệu USD.',
    ]);
    const c = cleanArticle(
      'Bưu điện tỉnh Điện Biên triển khai kế hoạch năm 2024\nĐồng chí Lò Văn A, Giám đốc Bưu điện tỉnh, phát biểu tại hội nghị tổng kết năm 2023.',
    );
    expect(c.title).toBe('Bưu điện tỉnh Điện Biên triển khai kế hoạch năm 2024');
  });
  it('joins a line that starts with a comma or a semicolon to the line it was cut from', () => {
    const blocks = texts(
      'Ngày 12/1, Bưu điện tỉnh Lào Cai tổ chức hội nghị tổng kết năm 2023.\nTổng doanh thu đạt trên 210 tỷ đồng\n, tăng 9% so với năm 2022\n; nộp ngân sách 5 tỷ đồng.',
    );
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toMatch(
      /^Tổng doanh thu đạt trên 210 tỷ đồng ?, tăng 9% so với năm 2022 ?; nộp ngân sách 5 tỷ đồng\.$/u,
    );
    // A sentence that ends its line is not continued by the next.
    expect(
      texts('Năm 2023, doanh thu đạt 90 tỷ đồng.\nNăm 2024, Bưu điện tỉnh phấn đấu đạt 100 tỷ đồng.'),
    ).toHaveLength(2);
  });
  it('does not join a caption or a headline to the text, a stamp, or an agency in brackets', () => {
    const c = cleanArticle(
      'Bưu điện tỉnh Điện Biên triển khai kế hoạch năm 2024\n14:10:22 09/01/2024\n(ĐBP) - Ngày 9/1, Bưu điện tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023.\nToàn cảnh hội nghị\nNăm 2023, tổng doanh thu đạt 156 tỷ đồng.',
    );
    expect(c.title).toBe('Bưu điện tỉnh Điện Biên triển khai kế hoạch năm 2024');
    expect(c.blocks.map((b) => b.text)).toContain('Toàn cảnh hội nghị');
    expect(c.blocks.map((b) => b.text)).toContain('Năm 2023, tổng doanh thu đạt 156 tỷ đồng.');
  });
  it('does not take an abbreviation ("TP. Huế") for the end of a sentence, nor join a caption with its credit', () => {
    const headline = cleanArticle(
      'Bưu điện TP. Huế quyết tâm hoàn thành mục tiêu năm 2026\nThừa ủy quyền của Thủ tướng Chính phủ, ông A trao Cờ thi đua cho Bưu điện TP. Huế\nNăm 2025, tổng doanh thu đạt 127 tỷ đồng.',
    );
    const lines = [headline.title, ...headline.blocks.map((b) => b.text)];
    expect(lines.filter((l) => l?.includes('năm 2026') && l.includes('Thừa ủy quyền'))).toEqual([]);
    const credit = cleanArticle(
      'Ngày 9/1, Bưu điện tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023.\nBưu điện tỉnh đón nhận Cờ thi đua. Ảnh: Minh Anh\nSau hơn 10 năm thành lập, Bưu điện tỉnh đã hoàn thành các mục tiêu.',
    );
    expect(credit.blocks.map((b) => b.text)).toContain('Bưu điện tỉnh đón nhận Cờ thi đua. Ảnh: Minh Anh');
  });
});

describe('repeated lines', () => {
  const texts = (raw: string) => cleanArticle(raw).blocks.map((b) => b.text);
  it('keeps lines that differ only in a sign or a separator: they say different things', () => {
    const lines = [
      'Ngày 9/1, Bưu điện tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023.',
      'Doanh thu dịch vụ chuyển phát +15% so với cùng kỳ',
      'Doanh thu dịch vụ chuyển phát -15% so với cùng kỳ',
      'Tổng doanh thu đạt 1.250 tỷ đồng.',
      'Tổng doanh thu đạt 1,250 tỷ đồng.',
    ];
    expect(texts(lines.join('\n'))).toEqual(lines);
  });
  it('drops a repeat among lines that share their words and differ in their numbers', () => {
    const lines = [
      'Ngày 9/1, Bưu điện tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023.',
      'Doanh thu dịch vụ chuyển phát +15% so với cùng kỳ',
      'Doanh thu dịch vụ chuyển phát -15% so với cùng kỳ',
      'Doanh thu dịch vụ chuyển phát 15% so với cùng kỳ',
      'Doanh thu dịch vụ chuyển phát −15% so với cùng kỳ.',
      'Doanh thu dịch vụ chuyển phát +15 % so với cùng kỳ',
    ];
    expect(texts(lines.join('\n'))).toEqual(lines.slice(0, 4).concat(lines[5]!));
    expect(cleanArticle(lines.join('\n')).dropped).toEqual([{ text: lines[4], reason: 'duplicate' }]);
  });
  it('drops a caption echoed with another dash or a closing stop', () => {
    expect(
      texts(
        'Ngày 9/1, Bưu điện tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023.\nÔng A - Giám đốc trao giấy khen cho các cá nhân\nÔng A – Giám đốc trao giấy khen cho các cá nhân.\nTổng doanh thu đạt 125 tỷ đồng.',
      ),
    ).toEqual([
      'Ngày 9/1, Bưu điện tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023.',
      'Ông A - Giám đốc trao giấy khen cho các cá nhân',
      'Tổng doanh thu đạt 125 tỷ đồng.',
    ]);
  });
});

describe('repeatKey', () => {
  const piece = fc.constantFrom(
    ...'aăâđeêioôơuưy AĐƠỨ0123456789.,%+-−–/:()"…\u00a0\u0301\u0323ễỳ²½ⅷ١٢𝟘😀中İ'.split(''),
    ' tỷ đồng',
    ' tăng 15%',
    'Bưu điện',
    '2.200',
    '133,643',
  );
  // The key's definition: the pattern's tokens (numbers with sign, separators and "%", words), "−"/"–" read as "-".
  const byPattern = (line: string): string =>
    (line.toLowerCase().match(/[+\-−–]?\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+/gu) ?? [])
      .map((t) => t.replace(/^[−–]/u, '-'))
      .join(' ');

  it('is the pattern’s key on lines of Vietnamese words, numbers, signs and separators', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const line = pieces.join('');
        expect(repeatKey(line)).toBe(byPattern(line));
      }),
      { numRuns: 3000 },
    );
  });
  it('has the hash of its line: lines with one key have one lettersHash, so the hash may sort lines first', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const line = pieces.join('');
        expect(lettersHash(repeatKey(line))).toBe(lettersHash(line));
      }),
      { numRuns: 3000 },
    );
  });
});
