/**
 * One deliberately broken entry per kind of mistake (tests/check/fixtures/broken/<case>/: the list,
 * then the ones found since), each with the exact lines `npm run check` prints for it. The wording is a
 * contract with editors: change it here on purpose, never by accident. (Every rule's own examples, with
 * theirs, are in the rule modules: rule-examples.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check/check-corpus.ts';
import { readContentDir } from '../../src/lib/check/files-fs.ts';
import { formatProblemLines } from '../../src/lib/check/problem.ts';
import { maxYear } from '../../src/lib/schema/common.ts';

const SON_LA = 'son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx';

/** The case's folder. */
const folderOf = (caseName: string): string => `tests/check/fixtures/broken/${caseName}`;

function linesOf(caseName: string): { lines: string[]; errors: number; warnings: number } {
  const report = checkCorpus(readContentDir(folderOf(caseName)));
  return {
    lines: report.problems.flatMap((p) => formatProblemLines(p, ['vi', 'en'])),
    errors: report.errors,
    warnings: report.warnings,
  };
}

const at = (caseName: string, file = SON_LA): string => `${folderOf(caseName)}/${file}`;

describe("the issue's list of mistakes: each is an error with an exact message", () => {
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

  it("a missing title, with an example line made of the entry's own province and years", () => {
    const f = at('missing-title');
    expect(linesOf('missing-title').lines).toEqual([
      `${f}:2  title  lỗi: chưa có (trường bắt buộc)  — thêm dòng tiêu đề của bài, ví dụ "title: Bưu điện tỉnh Sơn La tổng kết năm 2023, triển khai kế hoạch năm 2024"`,
      `${f}:2  title  error: is missing (required)  — add a line with the article's headline, e.g. "title: Bưu điện tỉnh Sơn La tổng kết năm 2023, triển khai kế hoạch năm 2024"`,
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
    const f = at(
      'province-after-merger',
      'bac-giang/2025-12-20-buu-dien-tinh-bac-giang-trien-khai-ke-hoach-nam-2026.mdx',
    );
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
  it("a figure ten times the same province's figure a year earlier", () => {
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

  it('a conference date outside the season of the years it reports', () => {
    const f = at('date-out-of-season', 'son-la/2023-01-15-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx');
    expect(linesOf('date-out-of-season')).toEqual({
      errors: 0,
      warnings: 1,
      lines: [
        `${f}:6  eventDate  cảnh báo: eventDate 2023-01-15 nằm ngoài mùa họp của reportYear 2023, planYear 2024: hội nghị tổng kết năm 2023 thường họp từ tháng 10/2023 đến tháng 3/2024  — đối chiếu ngày và năm với bài; ngày này thường ứng với reportYear: 2022, planYear: 2023; nếu là sơ kết giữa năm, ghi eventKind: mid-year`,
        `${f}:6  eventDate  warning: eventDate 2023-01-15 is outside the season for reportYear 2023, planYear 2024: a year-end conference on 2023 is held from October 2023 to March 2024  — check the date and years against the article; that date usually goes with reportYear: 2022, planYear: 2023; for a mid-year review, set eventKind: mid-year`,
      ],
    });
  });

  it('a revenue outside the plausible range, as the article itself gives it (101 triệu đồng)', () => {
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

describe('a file not saved as UTF-8: one line, nothing else (everything else would be about garbled text)', () => {
  it('windows-1258, with the line of the first stray byte', () => {
    const f = at('windows-1258');
    expect(linesOf('windows-1258')).toEqual({
      errors: 1,
      warnings: 0,
      lines: [
        `${f}:1  file  lỗi: tệp không lưu bằng mã UTF-8 (ký tự lạ đầu tiên ở dòng 2); chữ có dấu sẽ hiện sai trên trang  — mở lại đúng bảng mã rồi lưu bằng UTF-8 (VS Code: bấm tên bảng mã ở thanh dưới cùng → Reopen with Encoding → Vietnamese (Windows 1258), rồi Save with Encoding → UTF-8)`,
        `${f}:1  file  error: the file is not UTF-8 (the first stray byte is on line 2); Vietnamese letters would show garbled on the site  — reopen it in its encoding, then save it as UTF-8 (VS Code: click the encoding in the status bar → Reopen with Encoding → Vietnamese (Windows 1258), then Save with Encoding → UTF-8)`,
      ],
    });
  });

  it('UTF-16, which would otherwise look like a file without frontmatter', () => {
    const f = at('utf-16');
    expect(linesOf('utf-16').lines).toEqual([
      `${f}:1  file  lỗi: tệp không lưu bằng mã UTF-8 (có vẻ là UTF-16)  — lưu lại bằng UTF-8 (VS Code: bấm “UTF-16” ở thanh dưới cùng → Save with Encoding → UTF-8)`,
      `${f}:1  file  error: the file is not UTF-8 (it looks like UTF-16)  — save it as UTF-8 (VS Code: click “UTF-16” in the status bar → Save with Encoding → UTF-8)`,
    ]);
  });
});

describe('a list laid out wrongly: the line of the slip, and how to lay it out', () => {
  it('an item whose “- ” is out of line with the other items', () => {
    const f = at('item-out-of-line');
    expect(linesOf('item-out-of-line').lines).toEqual([
      `${f}:9  kpis[0]  lỗi: dấu “- ” của mục này không thẳng hàng với các mục khác của kpis (0 dấu cách phía trước thay vì 2)  — thẳng hàng mục này với các mục khác: viết 2 dấu cách trước “- ”, và các trường của mục thẳng cột với trường đầu tiên`,
      `${f}:9  kpis[0]  error: this item's “- ” is not lined up with the other items of kpis (0 spaces before it instead of 2)  — line this item up with the others: put 2 spaces before “- ”, and its fields in line with its first field`,
    ]);
  });

  it('a field indented further than the ones above it, on its own line', () => {
    const f = at('field-over-indented');
    expect(linesOf('field-over-indented').lines).toEqual([
      `${f}:10  kpis[0].value  lỗi: trường value thụt vào sâu hơn các trường cùng cấp (6 dấu cách thay vì 4)  — thẳng hàng với các trường cùng cấp: viết 4 dấu cách trước value:`,
      `${f}:10  kpis[0].value  error: value is indented further than the other fields at its level (6 spaces instead of 4)  — line it up with them: put 4 spaces before value:`,
    ]);
  });

  it('a new item without its “- ”, which YAML calls a duplicate field', () => {
    const f = at('missing-dash');
    expect(linesOf('missing-dash').lines).toEqual([
      `${f}:17  kpis[1]  lỗi: metric đã có ở mục phía trên (dòng 9), nên dòng này mở một mục mới của kpis nhưng thiếu “- ”  — bắt đầu mục bằng “- ”: "  - metric: labor_productivity"`,
      `${f}:17  kpis[1]  error: metric is already set in the item above (line 9), so this line starts a new item of kpis, but without “- ”  — start the item with “- ”: "  - metric: labor_productivity"`,
    ]);
  });

  it('“kpis: []” left in front of items uncommented from the template', () => {
    const f = at('empty-list-then-items');
    expect(linesOf('empty-list-then-items').lines).toEqual([
      `${f}:8  kpis  lỗi: kpis: [] nghĩa là danh sách rỗng, nhưng các dòng dưới lại có mục  — xóa [] sau kpis:`,
      `${f}:8  kpis  error: kpis: [] says the list is empty, but items follow on the lines below  — delete [] after kpis:`,
    ]);
  });
});

describe('a value that disagrees with its own quote', () => {
  it('value: 80.000, which YAML reads as 80', () => {
    const f = at('value-with-thousands-dot');
    expect(linesOf('value-with-thousands-dot').lines).toEqual([
      `${f}:9  kpis[0].value  lỗi: value 80 không khớp với “80.000” trong câu trích (= 80000)  — trong YAML viết 80000, không có dấu chấm (YAML đọc 80.000 là 80): value: 80000`,
      `${f}:9  kpis[0].value  error: value 80 does not match the quote's “80.000” (= 80000)  — in YAML write 80000 without the dot (YAML reads 80.000 as 80): value: 80000`,
    ]);
  });

  it('101 million for “101 tỷ đồng”: the error, not only the plausibility warning', () => {
    // value-not-its-quote quotes “101 tỷ đồng” but gives 101000000: that is a slip
    // the quote proves, so an error (the warning's own case, where the article says 101 triệu, is above).
    const f = at('value-not-its-quote');
    expect(linesOf('value-not-its-quote')).toEqual({
      errors: 1,
      warnings: 0,
      lines: [
        `${f}:9  kpis[0].value  lỗi: value 101.000.000 không khớp với “101 tỷ đồng” trong câu trích (= 101000000000)  — ghi số đầy đủ bằng đồng, chỉ có chữ số: value: 101000000000`,
        `${f}:9  kpis[0].value  error: value 101,000,000 does not match the quote's “101 tỷ đồng” (= 101000000000)  — write the full number in VND, digits only: value: 101000000000`,
      ],
    });
  });

  it('value: 8,8 for money: the full amount from the quote, not 8.8', () => {
    const f = at('money-with-comma');
    expect(linesOf('money-with-comma').lines).toEqual([
      `${f}:27  kpis[2].value  lỗi: "8,8" không phải là số  — ghi số đầy đủ theo đơn vị gốc (đồng, không phải triệu đồng), chỉ có chữ số: “8,8 triệu đồng/người/tháng” → value: 8800000`,
      `${f}:27  kpis[2].value  error: "8,8" is not a number  — write the full number in base units (VND, not millions), digits only: “8,8 triệu đồng/người/tháng” → value: 8800000`,
    ]);
  });
});

describe('more mistakes found since', () => {
  it('a plan percentage no plan reaches', () => {
    const f = at('plan-percent-absurd');
    expect(linesOf('plan-percent-absurd').lines).toEqual([
      `${f}:25  kpis[1].planPercent  lỗi: planPercent 10.200 không thể đúng: gấp hơn 10 lần kế hoạch  — ghi phần trăm kế hoạch đạt được: “đạt 102% kế hoạch” → 102, “vượt 5% kế hoạch” → 105`,
      `${f}:25  kpis[1].planPercent  error: planPercent 10,200 cannot be right: more than 10 times the plan  — write the percent of plan reached: “đạt 102% kế hoạch” → 102, “vượt 5% kế hoạch” → 105`,
    ]);
  });

  it('a year-end conference two years after the year it reports', () => {
    const f = at('date-far-from-years', 'son-la/2025-12-20-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx');
    expect(linesOf('date-far-from-years').lines).toEqual([
      `${f}:6  eventDate  lỗi: eventDate 2025-12-20 cách mùa họp của reportYear 2023, planYear 2024 hơn một năm: hội nghị tổng kết năm 2023 thường họp từ tháng 10/2023 đến tháng 3/2024  — sửa eventDate hoặc reportYear cho đúng với bài; ngày này thường ứng với reportYear: 2025, planYear: 2026`,
      `${f}:6  eventDate  error: eventDate 2025-12-20 is more than a year outside the season for reportYear 2023, planYear 2024: a year-end conference on 2023 is held from October 2023 to March 2024  — correct eventDate or reportYear to match the article; that date usually goes with reportYear: 2025, planYear: 2026`,
    ]);
  });

  it('an unquoted impossible date in a file named for another day: one error, no warning about the day YAML made of it', () => {
    const f = at('impossible-date-renamed');
    expect(linesOf('impossible-date-renamed').lines).toEqual([
      `${f}:6  eventDate  lỗi: ngày 2023-02-30 không có thật  — kiểm tra lại ngày và tháng (ví dụ tháng 2 chỉ có 28 hoặc 29 ngày)`,
      `${f}:6  eventDate  error: 2023-02-30 is not a real date  — check the day and month (February has 28 or 29 days)`,
    ]);
  });

  it('a negative award count: one error, not also “the recipient says 6”', () => {
    const f = at('negative-count');
    expect(linesOf('negative-count').lines).toEqual([
      `${f}:45  awards[0].count  lỗi: -1: phải từ 1 trở lên  — ghi số người hoặc tập thể nhận, hoặc null nếu bài chỉ nói “nhiều”, “các”`,
      `${f}:45  awards[0].count  error: -1: must be 1 or more  — write how many recipients, or null when the article only says “nhiều” or “các”`,
    ]);
  });

  it('an unclosed component tag in the body, named, with how to close it', () => {
    const f = at('unclosed-tag');
    expect(linesOf('unclosed-tag').lines).toEqual([
      `${f}:70  body  lỗi: thẻ <Kpi> chưa đóng: sau các thuộc tính không có “/>” hay “>”  — kết thúc thẻ bằng /> (<Kpi metric="total_revenue" />); nếu muốn hiện dấu <, viết \\<`,
      `${f}:70  body  error: the tag <Kpi> is not closed: its attributes are not followed by “/>” or “>”  — end the tag with /> (<Kpi metric="total_revenue" />); to show a “<”, write \\<`,
    ]);
  });

  it("files the site would silently leave out, as the site's own loader sees the folder", () => {
    const dir = 'tests/check/fixtures/stray/content';
    const report = checkCorpus(readContentDir(`${dir}/articles`));
    expect(report.problems.flatMap((p) => formatProblemLines(p, ['en']))).toEqual([
      `${dir}/articles/2023-12-20-son-la-a.mdx:1  file  warning: the file is directly in the articles folder, not in a province's folder  — move the file to content/articles/son-la/`,
      `${dir}/articles/son-la/2023-12-21-son-la-b.MDX:1  file  error: the site does not read this file: the .MDX extension must be lower case  — rename the file to "2023-12-21-son-la-b.mdx"`,
      `${dir}/articles/son-la/2023-12-22-son-la-c.txt:1  file  error: the site does not read .txt files: this entry would not be on the site  — if it is an entry, rename it to .mdx (or turn the raw text into one with npm run ingest); otherwise move it out of content/articles/`,
      `${dir}/articles/son-la/ghi-chu.docx.bak:1  file  warning: the site does not read this file (only .mdx and .md files)  — move it out of content/articles/ if it is not needed`,
      `${dir}/son-la/2023-12-23-son-la-d.mdx:1  file  error: the file is outside content/articles/, so the site does not read it  — move it to content/articles/<province>/ (or content/articles/unassigned/)`,
    ]);
    // The two entries Astro's glob loader picks up (the root one too); .gitkeep and content/sources/ are left alone.
    expect(report.entries).toBe(2);
    expect(report.problems.find((p) => p.file.endsWith('.MDX'))?.vi).toEqual({
      what: 'trang web không đọc tệp này: phần đuôi .MDX phải viết thường',
      fix: 'đổi tên tệp thành "2023-12-21-son-la-b.mdx"',
    });
  });
});

describe('valid entries', () => {
  it('the valid fixture has no problem at all', () => {
    const report = checkCorpus(readContentDir('tests/check/fixtures/valid'));
    expect(report.entries).toBe(1);
    expect(report.problems).toEqual([]);
  });

  it('every broken fixture differs from a valid entry by its one mistake only', () => {
    // Each case has exactly the problems asserted above and nothing else: no case passes by accident.
    const cases = [
      'value-not-a-number',
      'unknown-province',
      'unknown-metric',
      'impossible-date',
      'year-out-of-range',
      'missing-title',
      'negative-revenue',
      'yaml-syntax',
      'unclosed-jsx',
      'duplicate-conference',
      'unknown-field',
      'quote-not-found',
      'unit-mismatch',
      'braces-in-text',
      'province-after-merger',
      'award-count',
      'value-not-its-quote',
    ];
    const later = [
      'windows-1258',
      'utf-16',
      'item-out-of-line',
      'field-over-indented',
      'missing-dash',
      'empty-list-then-items',
      'value-with-thousands-dot',
      'money-with-comma',
      'plan-percent-absurd',
      'date-far-from-years',
      'impossible-date-renamed',
      'negative-count',
      'unclosed-tag',
    ];
    for (const c of [...cases, ...later]) expect([c, linesOf(c).errors, linesOf(c).warnings]).toEqual([c, 1, 0]);
  });
});
