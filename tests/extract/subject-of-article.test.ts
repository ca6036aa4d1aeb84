/**
 * Whose results an article reports (rules/subject-of-article.ts): its examples read back, and the
 * mentions that do not make a provincial post office the subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { SUBJECT_EXAMPLES, subjectOfArticle } from '../../src/lib/extract/rules/subject-of-article.ts';

describe('subjectOfArticle: the rule’s examples', () => {
  for (const [headline, paragraphs, provincial] of SUBJECT_EXAMPLES) {
    it(`${provincial ? 'a provincial post office' : 'none'}: ${headline ?? paragraphs[0]}`, () => {
      expect(subjectOfArticle(headline, paragraphs).provincial).toBe(provincial);
    });
  }
});

describe('subjectOfArticle', () => {
  it('names the mention that makes it a provincial post office’s, the province’s name included', () => {
    expect(subjectOfArticle('Bưu điện tỉnh Hà Nam tổng kết năm 2023', []).named).toBe('Bưu điện tỉnh Hà Nam');
    expect(subjectOfArticle(null, ['Năm 2023, Bưu điện Hà Nam đạt doanh thu 150 tỷ đồng.']).named).toBe(
      'Bưu điện Hà Nam',
    );
    expect(subjectOfArticle(null, ['Sáng 5/1, Bưu điện TP. Cần Thơ tổ chức hội nghị.']).provincial).toBe(true);
  });

  it('passes over many post offices and partners to find the subject further on', () => {
    const s = subjectOfArticle(null, [
      'Sở Thông tin và Truyền thông phối hợp với Bưu điện tỉnh và các Bưu điện tỉnh, thành phố lân cận tổ chức hội thảo.',
      'Tại hội thảo, Bưu điện tỉnh Hà Nam báo cáo kết quả năm 2023.',
    ]);
    expect(s).toEqual({ provincial: true, named: 'Bưu điện tỉnh Hà Nam', other: null });
  });

  it('does not take a district post office, the network of commune points or a street for a provincial one', () => {
    for (const lead of [
      'Bưu điện huyện Kim Bảng tổ chức hội nghị tổng kết năm 2023.',
      'Điểm Bưu điện - Văn hóa xã Thanh Sơn phục vụ hơn 2.000 người dân.',
      'Các hộ kinh doanh trên phố Bưu Điện lo doanh thu giảm khi thi công.',
      'Bưu điện Trung tâm Sài Gòn đón hàng nghìn lượt khách mỗi ngày.',
    ])
      expect(subjectOfArticle(null, [lead]).provincial, lead).toBe(false);
  });

  it('says which other organisation the lead names, as written', () => {
    expect(
      subjectOfArticle('VNPost tổng kết năm 2023', ['Tổng Công ty Bưu điện Việt Nam tổ chức hội nghị tổng kết.']).other,
    ).toBe('VNPost');
    expect(subjectOfArticle(null, ['Ngân hàng Chính sách xã hội tỉnh Hà Nam tổng kết năm 2023.']).other).toBe(
      'Ngân hàng',
    );
    expect(subjectOfArticle(null, ['Đường Bưu Điện sẽ được mở rộng.']).other).toBeNull();
  });
});
