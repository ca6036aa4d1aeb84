/**
 * The warnings readers are told about in specific words carry their kind (src/lib/schema/review.ts):
 * a title the ingest made up, an excerpt, a province or year inferred, a date or province missing, an
 * article split by province. Articles written here, as provincial papers write them.
 */
import { describe, expect, it } from 'vitest';
import { entryData, extractArticle } from '../../src/lib/extract/article.ts';

const kinds = (text: string, n = 0) =>
  entryData(extractArticle(text).entries[n]!)
    .review.warnings!.filter((w) => w.kind)
    .map((w) => `${w.field}:${w.kind}`);

describe('warning kinds', () => {
  it('a headline-less article: the title is made up', () => {
    expect(
      kinds(
        'Ngày 26/12/2023, Bưu điện tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023. Tổng doanh thu đạt 150 tỷ đồng, bằng 104% kế hoạch.',
      ),
    ).toContain('title:made-up-title');
  });

  it('an excerpt', () => {
    expect(
      kinds(
        'retrieved-as: excerpt\n\nBưu điện tỉnh Hà Giang tổng kết năm 2023\n\nNgày 26/12/2023, Bưu điện tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023. Tổng doanh thu đạt 150 tỷ đồng…',
      ),
    ).toContain('source:excerpt');
  });

  it('no conference date, no figures', () => {
    expect(
      kinds(
        'Bưu điện tỉnh Hà Giang tổng kết năm 2023\n\nBưu điện tỉnh Hà Giang vừa tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.',
      ),
    ).toEqual(expect.arrayContaining(['eventDate:missing', 'kpis:missing']));
  });

  it('a province no text names', () => {
    expect(
      kinds(
        'Bưu điện tỉnh tổng kết năm 2023\n\nNgày 26/12/2023, Bưu điện tỉnh tổ chức hội nghị tổng kết năm 2023. Tổng doanh thu đạt 150 tỷ đồng.',
      ),
    ).toContain('province:missing');
  });

  it('two provinces in one article: split', () => {
    const text =
      'Bưu điện hai tỉnh tổng kết năm 2023\n\nNgày 26/12/2023, Bưu điện tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023. Tổng doanh thu đạt 150 tỷ đồng.\n\nCùng ngày, Bưu điện tỉnh Cao Bằng tổ chức hội nghị tổng kết năm 2023. Tổng doanh thu đạt 120 tỷ đồng.';
    expect(extractArticle(text).entries).toHaveLength(2);
    expect(kinds(text, 0)).toContain('province:split');
    expect(kinds(text, 1)).toContain('province:split');
  });

  it('a year inferred from the conference date', () => {
    expect(
      kinds(
        'Bưu điện tỉnh Hà Giang tổ chức hội nghị\n\nNgày 26/12/2023, Bưu điện tỉnh Hà Giang tổ chức hội nghị người lao động. Tổng doanh thu đạt 150 tỷ đồng.',
      ),
    ).toContain('reportYear:inferred');
  });
});
