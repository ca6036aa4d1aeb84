/**
 * One deliberately broken entry per kind of mistake (tests/fixtures/broken/<case>/), each with the
 * exact lines `npm run check` prints for it. The wording is a contract with editors: change it here
 * on purpose, never by accident.
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check/check-corpus.ts';
import { readContentDir } from '../../src/lib/check/files-fs.ts';
import { formatProblemLines } from '../../src/lib/check/problem.ts';
import { maxYear } from '../../src/lib/schema/common.ts';

const SON_LA = 'son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx';

function linesOf(caseName: string): { lines: string[]; errors: number; warnings: number } {
  const report = checkCorpus(readContentDir(`tests/fixtures/broken/${caseName}`));
  return { lines: report.problems.flatMap((p) => formatProblemLines(p, ['vi', 'en'])), errors: report.errors, warnings: report.warnings };
}

const at = (caseName: string, file = SON_LA): string => `tests/fixtures/broken/${caseName}/${file}`;

describe('the issue\'s list of mistakes: each is an error with an exact message', () => {
  it('a value that is not a number, with the number to write instead', () => {
    const f = at('value-not-a-number');
    expect(linesOf('value-not-a-number')).toEqual({
      errors: 1,
      warnings: 0,
      lines: [
        `${f}:9  kpis[0].value  lỗi: "101 tỷ" không phải là số  — ghi số đầy đủ theo đơn vị gốc (đồng, không phải tỷ đồng), chỉ có chữ số: value: 101000000000`,
        `${f}:9  kpis[0].value  error: "101 tỷ" is not a number  — write the full number in base units (VND, not billions), digits only: value: 101000000000`,
      ],
    });
  });

  it('an unknown province, with the closest slug', () => {
    const f = at('unknown-province');
    expect(linesOf('unknown-province').lines).toEqual([
      `${f}:3  province  lỗi: không có tỉnh nào mang mã "sonla"  — dùng "son-la" (Tỉnh Sơn La)`,
      `${f}:3  province  error: there is no province "sonla"  — use "son-la" (Sơn La Province)`,
    ]);
  });

  it('an unknown metric, with the closest id', () => {
    const f = at('unknown-metric');
    expect(linesOf('unknown-metric').lines).toEqual([
      `${f}:8  kpis[0].metric  lỗi: không có chỉ tiêu "total_revenu" trong danh mục  — có lẽ là "total_revenue"; dùng một mã chỉ tiêu trong docs/editing.md (mục Chỉ tiêu)`,
      `${f}:8  kpis[0].metric  error: there is no metric "total_revenu" in the catalogue  — perhaps "total_revenue"; use a metric id listed in docs/editing.en.md (Metrics)`,
    ]);
  });

  it('an impossible date, which Astro itself would silently turn into 2023-03-02', () => {
    const f = at('impossible-date', 'son-la/2023-02-30-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx');
    expect(linesOf('impossible-date').lines).toEqual([
      `${f}:6  eventDate  lỗi: ngày 2023-02-30 không có thật  — kiểm tra lại ngày và tháng (ví dụ tháng 2 chỉ có 28 hoặc 29 ngày)`,
      `${f}:6  eventDate  error: 2023-02-30 is not a real date  — check the day and month (February has 28 or 29 days)`,
    ]);
  });

  it('a year out of range', () => {
    const f = at('year-out-of-range');
    const range = `1990–${maxYear()}`;
    expect(linesOf('year-out-of-range').lines).toEqual([
      `${f}:12  kpis[0].year  lỗi: năm 20233 nằm ngoài khoảng ${range}  — ghi đúng năm trong bài, đủ 4 chữ số`,
      `${f}:12  kpis[0].year  error: year 20233 is outside ${range}  — write the year the article gives, with 4 digits`,
    ]);
  });

  it('a missing title, with an example line to add', () => {
    const f = at('missing-title');
    expect(linesOf('missing-title').lines).toEqual([
      `${f}:2  title  lỗi: chưa có (trường bắt buộc)  — thêm dòng "title: Bưu điện tỉnh Sơn La triển khai kế hoạch năm 2024"`,
      `${f}:2  title  error: is missing (required)  — add a line "title: Bưu điện tỉnh Sơn La triển khai kế hoạch năm 2024"`,
    ]);
  });

  it('a negative revenue', () => {
    const f = at('negative-revenue');
    expect(linesOf('negative-revenue').lines).toEqual([
      `${f}:9  kpis[0].value  lỗi: total_revenue không thể là -101.000.000.000 (không bao giờ nhỏ hơn 0)  — bỏ dấu trừ; nếu bài nói “giảm”, ghi mức giảm vào changePercent (số âm)`,
      `${f}:9  kpis[0].value  error: total_revenue cannot be -101,000,000,000 (it is never below 0)  — remove the minus sign; if the article says “giảm” (down), put the fall in changePercent (negative)`,
    ]);
  });

  it('a YAML syntax error (an unquoted colon), with the quoted line to write', () => {
    const f = at('yaml-syntax');
    expect(linesOf('yaml-syntax').lines).toEqual([
      `${f}:2  title  lỗi: giá trị có dấu “: ” nên YAML hiểu nhầm thành một trường mới  — đặt cả giá trị trong ngoặc kép: title: "Bưu điện tỉnh Sơn La: triển khai kế hoạch năm 2024"`,
      `${f}:2  title  error: the value contains “: ”, which YAML reads as another field  — put the whole value in double quotes: title: "Bưu điện tỉnh Sơn La: triển khai kế hoạch năm 2024"`,
    ]);
  });

  it('an unclosed JSX tag in the body, at its line', () => {
    const f = at('unclosed-jsx');
    expect(linesOf('unclosed-jsx').lines).toEqual([
      `${f}:19  body  lỗi: thẻ <div> mở nhưng không đóng  — đóng thẻ bằng </div> (hoặc viết <div />); nếu muốn hiện dấu <, viết \\<`,
      `${f}:19  body  error: the tag <div> is opened but never closed  — close it with </div> (or write <div />); to show a “<”, write \\<`,
    ]);
  });

  it('a duplicate conference: an error on the second file, naming the first', () => {
    const first = at('duplicate-conference');
    const second = at('duplicate-conference', 'son-la/2023-12-27-son-la-trien-khai-ke-hoach-nam-2024.mdx');
    expect(linesOf('duplicate-conference').lines).toEqual([
      `${second}:6  eventDate  lỗi: trùng hội nghị với ${first} (cùng tỉnh son-la, cùng ngày 2023-12-27)  — gộp hai bài thành một: giữ một tệp, ghi nguồn còn lại vào sources, xóa tệp kia; nếu là hai hội nghị khác nhau, sửa eventDate`,
      `${second}:6  eventDate  error: the same conference as ${first} (same province son-la, same date 2023-12-27)  — merge them: keep one file, list the other source under sources, delete the other file; if they are different meetings, correct eventDate`,
    ]);
  });
});

describe('more mistakes editors make', () => {
  it('a misspelt field name, which the build rejects', () => {
    const f = at('unknown-field');
    expect(linesOf('unknown-field').lines).toEqual([
      `${f}:5  planyear  lỗi: không có trường "planyear" trong mẫu; trường lạ làm việc dựng trang thất bại  — có lẽ là "planYear": sửa tên trường`,
      `${f}:5  planyear  error: there is no field "planyear"; an unknown field stops the site from building  — perhaps "planYear": rename the field`,
    ]);
  });

  it('a quote that is not in the article', () => {
    const f = at('quote-not-found');
    expect(linesOf('quote-not-found').lines).toEqual([
      `${f}:13  kpis[0].quote  lỗi: câu trích "Tổng doanh thu các dịch vụ đạt trên 110 tỷ đồng" không có trong nội dung bài  — chép nguyên văn từ bài (có thể dùng … để lược bớt), hoặc sửa lại nội dung bài`,
      `${f}:13  kpis[0].quote  error: the quote "Tổng doanh thu các dịch vụ đạt trên 110 tỷ đồng" is not in the article text  — copy it word for word from the article (… may stand for words left out), or correct the article text`,
    ]);
  });

  it('a unit that does not fit the metric', () => {
    const f = at('unit-mismatch');
    expect(linesOf('unit-mismatch').lines).toEqual([
      `${f}:10  kpis[0].unit  lỗi: đơn vị "count" không hợp với chỉ tiêu total_revenue  — dùng unit: VND`,
      `${f}:10  kpis[0].unit  error: unit "count" does not fit metric total_revenue  — use unit: VND`,
    ]);
  });

  it('braces in the article text, which MDX reads as code', () => {
    const f = at('braces-in-text');
    expect(linesOf('braces-in-text').lines).toEqual([
      `${f}:17  body  lỗi: dấu { ở đây bị hiểu là bắt đầu mã lệnh  — viết \\{ và \\} để hiện dấu ngoặc nhọn`,
      `${f}:17  body  error: this “{” is read as the start of code  — write \\{ and \\} to show braces`,
    ]);
  });

  it('an unquoted review date is read as the date it is: YAML makes it a date value, the schema takes it back', () => {
    expect(linesOf('unquoted-review-date').lines).toEqual([]);
  });

  it('a province that no longer existed on the conference date', () => {
    const f = at('province-after-merger', 'bac-giang/2025-12-20-buu-dien-tinh-bac-giang-trien-khai-ke-hoach-nam-2026.mdx');
    expect(linesOf('province-after-merger').lines).toEqual([
      `${f}:3  province  lỗi: Tỉnh Bắc Giang không còn vào ngày 2025-12-20 (từ 2025-07-01 thuộc Tỉnh Bắc Ninh)  — dùng "bac-ninh" cho hội nghị ngày 2025-12-20, hoặc kiểm tra lại eventDate`,
      `${f}:3  province  error: Bắc Giang Province no longer existed on 2025-12-20 (from 2025-07-01 it is part of Bắc Ninh Province)  — use "bac-ninh" for a conference on 2025-12-20, or check eventDate`,
    ]);
  });

  it('an award count that disagrees with the recipient ("06 tập thể")', () => {
    const f = at('award-count');
    expect(linesOf('award-count').lines).toEqual([
      `${f}:20  awards[0].count  lỗi: người nhận ghi 6 nhưng count là 5  — đặt count: 6`,
      `${f}:20  awards[0].count  error: the recipient says 6 but count is 5  — set count: 6`,
    ]);
  });
});

describe('warnings do not fail the check', () => {
  it('a figure ten times the same province\'s figure a year earlier', () => {
    const f = at('outlier');
    const before = at('outlier', 'son-la/2022-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2023.mdx');
    expect(linesOf('outlier')).toEqual({
      errors: 0,
      warnings: 1,
      lines: [
        `${f}:9  kpis[0].value  cảnh báo: total_revenue năm 2023 (101.000.000.000) gấp 10 lần năm 2022 (10.100.000.000, ${before})  — có thể nhầm đơn vị (tỷ/triệu) hoặc thừa, thiếu chữ số 0: đối chiếu hai bài`,
        `${f}:9  kpis[0].value  warning: total_revenue for 2023 (101,000,000,000) is 10 times 2022's (10,100,000,000, ${before})  — likely a unit slip (billions/millions) or a zero too many or too few: compare the two articles`,
      ],
    });
  });

  it('a revenue outside the plausible range (101 million instead of 101 billion)', () => {
    const f = at('implausible-value');
    expect(linesOf('implausible-value')).toEqual({
      errors: 0,
      warnings: 1,
      lines: [
        `${f}:9  kpis[0].value  cảnh báo: total_revenue = 101.000.000 đồng nằm ngoài khoảng thường gặp (3.000.000.000–30.000.000.000.000 đồng)  — kiểm tra đơn vị: value ghi bằng đồng (101 tỷ = 101000000000), không phải tỷ hay triệu đồng`,
        `${f}:9  kpis[0].value  warning: total_revenue = 101,000,000 VND is outside the usual range (3,000,000,000–30,000,000,000,000 VND)  — check the unit: value is in VND (101 tỷ = 101000000000), not billions or millions`,
      ],
    });
  });
});

describe('valid entries', () => {
  it('the valid fixture has no problem at all', () => {
    const report = checkCorpus(readContentDir('tests/fixtures/valid'));
    expect(report.entries).toBe(1);
    expect(report.problems).toEqual([]);
  });

  it('every broken fixture differs from a valid entry by its one mistake only', () => {
    // Each case has exactly the problems asserted above and nothing else: no case passes by accident.
    const cases = ['value-not-a-number', 'unknown-province', 'unknown-metric', 'impossible-date', 'year-out-of-range', 'missing-title', 'negative-revenue', 'yaml-syntax', 'unclosed-jsx', 'duplicate-conference', 'unknown-field', 'quote-not-found', 'unit-mismatch', 'braces-in-text', 'province-after-merger', 'award-count'];
    for (const c of cases) expect([c, linesOf(c).errors]).toEqual([c, 1]);
  });
});
