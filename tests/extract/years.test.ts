import { describe, expect, it } from 'vitest';
import { monthsPart } from '../../src/lib/extract/figure-time.ts';
import { interimPeriod, maskComparisonYears, openingYearSays, readYears } from '../../src/lib/extract/years.ts';

describe('readYears', () => {
  it('reads "tổng kết … năm X và triển khai kế hoạch năm Y"', () => {
    expect(
      readYears(null, [
        'Chiều 28/12, Bưu điện tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai kế hoạch năm 2024.',
      ]),
    ).toMatchObject({ reportYear: 2023, planYear: 2024, eventKind: 'year-end' });
  });
  it('derives the reported year from the plan year', () => {
    expect(readYears('Bưu điện tỉnh triển khai kế hoạch năm 2020', ['Ngày 19/12, hội nghị diễn ra.'])).toMatchObject({
      reportYear: 2019,
      planYear: 2020,
      basis: 'plan-only',
    });
  });
  it('tells a sentence about results from one about plans', () => {
    const r = readYears(null, [
      'Năm 2020, mặc dù còn nhiều khó khăn, đơn vị đã hoàn thành kế hoạch.',
      'Năm 2021, Bưu điện tỉnh tiếp tục phấn đấu hoàn thành kế hoạch.',
    ]);
    expect(r).toMatchObject({ reportYear: 2020, planYear: 2021 });
  });
  it('does not count a year something is only compared with', () => {
    expect(readYears(null, ['Năm 2015, tổng doanh thu đạt 73 tỷ đồng, tăng 13% so cùng kỳ năm 2014.'])).toMatchObject({
      reportYear: 2015,
    });
    expect(maskComparisonYears('tăng 21% so với cùng kỳ năm 2022; giai đoạn 2015 - 2020')).toBe(
      'tăng 21% so với cùng kỳ năm ####; giai đoạn #### - ####',
    );
  });
  it('does not read "tiếp tục" (went on) as a plan: the reported year stays the reported year', () => {
    const r = readYears('Bưu điện tỉnh Hà Nam tổng kết năm 2023', [
      'Ngày 28/12/2023, Bưu điện tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2023.',
      'Năm 2023, Bưu điện tỉnh tiếp tục gặp nhiều khó khăn do cạnh tranh gay gắt nhưng tổng doanh thu vẫn đạt 150 tỷ đồng, đạt 101% kế hoạch.',
    ]);
    expect(r).toMatchObject({ reportYear: 2023, planYear: null });
  });
  it('reads the reported year as the one before the plan year, even when an older year is named', () => {
    const r = readYears('Bưu điện tỉnh Hải Dương triển khai kế hoạch năm 2024', [
      'Ngày 22/12/2023, Bưu điện tỉnh Hải Dương tổ chức hội nghị triển khai kế hoạch năm 2024.',
      'Tổng doanh thu năm 2023 đạt 250 tỷ đồng, kế hoạch năm 2024 là 275 tỷ đồng. Năm 2022, doanh thu của đơn vị đạt 220 tỷ đồng.',
    ]);
    expect(r).toMatchObject({ reportYear: 2023, planYear: 2024, basis: 'text' });
  });
  it('keeps a strongly reported year when a weaker clue names the same year as a plan', () => {
    const r = readYears('Bưu điện tỉnh Nam Định tổng kết năm 2023', [
      'Ngày 26/12/2023, Bưu điện tỉnh tổ chức hội nghị tổng kết năm 2023.',
      'Năm 2023, đơn vị xác định chuyển đổi số là nhiệm vụ trọng tâm.',
    ]);
    expect(r).toMatchObject({ reportYear: 2023 });
  });
  it('reads the reported year from the conference date when the text names no year, and says so', () => {
    expect(
      readYears(null, ['Ngày 27/12/2023, Bưu điện tỉnh Sơn La tổ chức hội nghị. Tổng doanh thu đạt 150 tỷ đồng.']),
    ).toMatchObject({ reportYear: 2023, basis: 'date', datePhrase: 'Ngày 27/12/2023' });
    expect(
      readYears(null, ['Sáng 12/1/2024, Bưu điện tỉnh tổ chức hội nghị. Tổng doanh thu đạt 150 tỷ đồng.']),
    ).toMatchObject({ reportYear: 2023, basis: 'date' });
    // A date in the middle of the year says nothing about a year-end review.
    expect(readYears(null, ['Ngày 15/6/2023, Bưu điện tỉnh tổ chức hội nghị khách hàng.'])).toMatchObject({
      reportYear: null,
    });
  });
  it('recognises a mid-year review', () => {
    expect(
      readYears('Bưu điện tỉnh Vĩnh Long tổ chức Hội nghị sơ kết quý II', [
        'Ngày 02/07, hội nghị Sơ kết tình hình 6 tháng đầu năm 2022.',
      ]),
    ).toMatchObject({ reportYear: 2022, planYear: null, eventKind: 'mid-year', period: 'H1' });
  });
  it('falls back on the publication date when the text names no year', () => {
    expect(readYears(null, ['Bưu điện tỉnh tổ chức hội nghị.'], '2021-01-08T19:34')).toMatchObject({
      reportYear: 2020,
      planYear: 2021,
      basis: 'none',
    });
    expect(readYears(null, ['Bưu điện tỉnh tổ chức hội nghị.'])).toMatchObject({ reportYear: null, basis: 'none' });
  });
  it('reads a plan in a sentence that opens on its year, whatever the subject holds ("TP. Đà Nẵng")', () => {
    const r = readYears(null, [
      'Năm 2024 đánh dấu nhiều dấu ấn của Bưu điện TP. Đà Nẵng với kết quả nổi bật. Tổng doanh thu đạt 300 tỷ đồng.',
      'Năm 2025, Bưu điện TP. Đà Nẵng đặt mục tiêu duy trì năng suất lao động đạt 140 triệu đồng/người/năm.',
    ]);
    expect(r).toMatchObject({ reportYear: 2024, planYear: 2025, basis: 'text' });
  });
  it('weighs which comes first in the sentence: a result before intent reports, intent that reached reports', () => {
    expect(openingYearSays(', Bưu điện tỉnh đã hoàn thành kế hoạch và sẽ tiếp tục phấn đấu.', '')).toBe('report');
    expect(openingYearSays(', đơn vị phấn đấu và đạt doanh thu 200 tỷ đồng.', '')).toBe('report');
    expect(openingYearSays(', đơn vị đã nỗ lực phấn đấu vượt khó.', '')).toBe('report');
    expect(openingYearSays(', Bưu điện tỉnh phấn đấu đạt doanh thu 200 tỷ đồng.', '')).toBe('plan');
    expect(openingYearSays(', mục tiêu là tăng trưởng 10%.', '')).toBe('plan');
    expect(openingYearSays(', Bưu điện tỉnh tập trung chuyển đổi số.', ' Nhờ đó, tổng doanh thu đạt 90 tỷ đồng.')).toBe(
      'report',
    );
    expect(openingYearSays(', một năm nhiều biến động.', ' Hội nghị diễn ra trong không khí phấn khởi.')).toBeNull();
  });
});

describe('interim reviews and the months they cover', () => {
  it('names the period by the months the lead gives, else by the quarter it closes', () => {
    expect(interimPeriod('hội nghị sơ kết 9 tháng đầu năm 2024')).toBe('9M');
    expect(interimPeriod('đánh giá kết quả 4 tháng đầu năm 2024')).toBe('4M');
    expect(interimPeriod('sơ kết 6 tháng đầu năm')).toBe('H1');
    expect(interimPeriod('sơ kết quý i năm 2023')).toBe('Q1');
    expect(interimPeriod('sơ kết quý ii')).toBe('H1');
    expect(interimPeriod('sơ kết quý iii')).toBe('9M');
    expect(interimPeriod('hội nghị sơ kết')).toBe('H1');
  });
  it('reads a review of the first four months as such, not as a first half', () => {
    expect(
      readYears('Bưu điện tỉnh Quảng Trị sơ kết 4 tháng đầu năm 2024', [
        'Sáng 10/5, Bưu điện tỉnh Quảng Trị tổ chức hội nghị đánh giá kết quả 4 tháng đầu năm 2024.',
      ]),
    ).toMatchObject({ reportYear: 2024, eventKind: 'mid-year', period: '4M' });
  });
});

describe('months of a year', () => {
  it('are the first n months, the last three or six, or nothing', () => {
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => monthsPart(n))).toEqual([
      'Q1',
      '4M',
      '5M',
      'H1',
      '7M',
      '8M',
      '9M',
      '10M',
      '11M',
    ]);
    expect(monthsPart(3, 'cuối')).toBe('Q4');
    expect(monthsPart(6, 'cuối')).toBe('H2');
    expect(monthsPart(12)).toBeNull();
    expect(monthsPart(24)).toBeNull();
  });
});
