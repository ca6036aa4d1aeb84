import { describe, expect, it } from 'vitest';
import { entryData, extractArticle } from '../../src/lib/extract/article.ts';
import { findProvinceMentions, provinceFromPublisher, scoreProvinces } from '../../src/lib/extract/province.ts';

const top = (text: string, date: string, title: string | null = null) =>
  scoreProvinces(findProvinceMentions(title, [text]), date)[0]?.unit.slug ?? null;

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
    expect(
      top('Bưu điện tỉnh Điện Biên tổ chức hội nghị; sản lượng chuyển sang tỉnh Lai Châu tăng', '2020-12-20'),
    ).toBe('dien-bien');
  });
});

describe('province from the publisher', () => {
  it("reads provincial newspapers' addresses", () => {
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

describe('province of an article that names only districts', () => {
  const article = (awardLine: string) =>
    entryData(
      extractArticle(
        `Bưu điện tỉnh tổng kết năm 2023\n\nNgày 28/12/2023, Bưu điện tỉnh tổ chức hội nghị tổng kết năm 2023. Năm 2023, tổng doanh thu đạt 300 tỷ đồng.\n\n${awardLine}`,
      ).entries[0]!,
    );
  it('does not guess between the provinces a district name is shared by, and names them', () => {
    const e = article('Dịp này, Bưu điện huyện Châu Thành được Tổng công ty tặng Giấy khen.');
    expect(e.province).toBeNull();
    expect(e.review.status).toBe('needs-review');
    const w = e.review.warnings!.find((x) => x.field === 'province')!;
    expect(w.messageEn).toMatch(
      /"Châu Thành" is a district name in several provinces \(.*An Giang.*Bến Tre.*Tiền Giang.*\)/,
    );
    expect(w.message).toMatch(/nhiều tỉnh/);
  });
  it('says when the province was inferred from districts alone', () => {
    const e = article('Bưu điện huyện Mỏ Cày Nam và Bưu điện huyện Chợ Lách được Tổng công ty khen thưởng.');
    expect(e.province).toBe('ben-tre');
    const w = e.review.warnings!.find((x) => x.field === 'province')!;
    expect(w.messageEn).toBe(
      'The text never names the province; Bến Tre was inferred from the districts "Mỏ Cày Nam", "Chợ Lách". Check it.',
    );
  });
  it("takes a shared district name as the named province's", () => {
    const e = article('Dịp này, Bưu điện huyện Châu Thành của tỉnh Kiên Giang được Tổng công ty tặng Giấy khen.');
    expect(e.province).toBe('kien-giang');
  });
});

describe('an article about two provinces, or one that names another in passing', () => {
  it('does not split an article that names a partner province', () => {
    const a = extractArticle(
      [
        'Bưu điện tỉnh Quảng Trị tổng kết năm 2023',
        'Sáng 4/1/2024, Bưu điện tỉnh Quảng Trị tổ chức hội nghị tổng kết năm 2023, triển khai kế hoạch năm 2024. Năm 2023, tổng doanh thu đạt 130 tỷ đồng, bằng 104% kế hoạch.',
        'Trong năm, cùng với Bưu điện tỉnh Quảng Bình, đơn vị đã tổ chức hội nghị khách hàng khu vực Bắc Trung Bộ, thu hút hơn 300 doanh nghiệp tham dự.',
        'Năm 2024, Bưu điện tỉnh Quảng Trị phấn đấu tổng doanh thu đạt 145 tỷ đồng. Dịp này, Bưu điện tỉnh được Bộ Thông tin và Truyền thông tặng Cờ thi đua.',
      ].join('\n\n'),
    );
    expect(a.entries.map((e) => e.province)).toEqual(['quang-tri']);
    const e = entryData(a.entries[0]!);
    expect(e.targets!.map((f) => [f.metric, f.value, f.year])).toEqual([['total_revenue', 145e9, 2024]]);
    expect(e.awards!.map((x) => x.award)).toEqual(['Cờ thi đua']);
  });
  it('splits where a second provincial post office reports its own conference and figures', () => {
    const a = extractArticle(
      [
        'Bưu điện các tỉnh Hà Giang, Tuyên Quang triển khai nhiệm vụ năm 2024',
        'Sáng 5/1, Bưu điện tỉnh Hà Giang đã tổ chức hội nghị tổng kết năm 2023 và triển khai kế hoạch năm 2024. Năm 2023, tổng doanh thu đạt 120 tỷ đồng.',
        'Cùng ngày, Bưu điện tỉnh Tuyên Quang cũng đã tổ chức hội nghị triển khai kế hoạch năm 2024. Năm 2023, doanh thu của Bưu điện tỉnh đạt 150 tỷ đồng, bằng 103% kế hoạch.',
      ].join('\n\n'),
    );
    expect(a.entries.map((e) => e.province)).toEqual(['ha-giang', 'tuyen-quang']);
    expect(a.entries.map((e) => e.kpis.map((f) => f.item.value))).toEqual([[120e9], [150e9]]);
    expect(a.entries[1]!.eventDate).toBe(a.entries[0]!.eventDate);
  });
});
