/**
 * The figure grammar on sentences written the way provincial reports write them (beyond the shipped
 * articles). Expected values are what the sentences say.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, type FigureDraft } from '../../src/lib/extract/figures.ts';

const ctx = { reportYear: 2022, planYear: 2023, period: 'year' as const };
const read = (...blocks: string[]) => extractFigures(blocks, ctx);
const pick = (list: FigureDraft[], metric: string) => {
  const f = list.find((x) => x.metric === metric);
  expect(f, `a ${metric} figure`).toBeDefined();
  return f!;
};

describe('results', () => {
  it('reads a figure with plan attainment and change against last year', () => {
    const r = read('Năm 2022, tổng doanh thu đạt 250,5 tỷ đồng, bằng 104% kế hoạch, tăng 8,2% so với năm 2021.');
    expect(pick(r.kpis, 'total_revenue')).toMatchObject({ value: 250_500_000_000, qualifier: 'exact', year: 2022, planPercent: 104, changePercent: 8.2, kind: 'result' });
  });
  it('reads "vượt N% kế hoạch" as 100 + N and "ước đạt" as an estimate', () => {
    const r = read('Doanh thu tính lương ước đạt 120 tỷ đồng, vượt 3% kế hoạch Tổng công ty giao.');
    expect(pick(r.kpis, 'salary_revenue')).toMatchObject({ value: 120e9, estimated: true, planPercent: 103 });
  });
  it('reads per-person figures and attaches the change that follows', () => {
    const r = read('Năng suất lao động bình quân đạt 210 triệu đồng/người/năm; thu nhập bình quân của người lao động đạt 11,5 triệu đồng/người/tháng, tăng 7% so với năm trước.');
    expect(pick(r.kpis, 'labor_productivity')).toMatchObject({ value: 210e6, unit: 'VND/person/year' });
    expect(pick(r.kpis, 'average_income')).toMatchObject({ value: 11.5e6, unit: 'VND/person/month', changePercent: 7 });
    expect(pick(r.kpis, 'labor_productivity').changePercent).toBeUndefined();
  });
  it('reads money written in đồng', () => {
    expect(pick(read('Thu nhập bình quân đạt 9.500.000 đồng/người/tháng.').kpis, 'average_income')).toMatchObject({ value: 9_500_000 });
  });
  it('reads hedges', () => {
    const r = read('Nộp ngân sách nhà nước gần 6 tỷ đồng, lợi nhuận khoảng 3,2 tỷ đồng.');
    expect(pick(r.kpis, 'budget_contribution')).toMatchObject({ value: 6e9, qualifier: 'nearly' });
    expect(pick(r.kpis, 'profit')).toMatchObject({ value: 3.2e9, qualifier: 'about' });
  });
  it('reads a decrease as a negative change, and a percentage-only figure with no value', () => {
    const r = read('Chênh lệch thu chi giảm 12% so với cùng kỳ. Tổng doanh thu năm 2022 đạt 98,5% kế hoạch.');
    expect(pick(r.kpis, 'profit')).toMatchObject({ value: null, changePercent: -12 });
    expect(pick(r.kpis, 'total_revenue')).toMatchObject({ value: null, planPercent: 98.5 });
  });
  it('reads "bằng N% so với năm trước" as an index', () => {
    expect(pick(read('Doanh thu đạt 80 tỷ đồng, bằng 95% so với năm trước.').kpis, 'total_revenue').changePercent).toBe(-5);
  });
  it('reads counts by their noun, and a payout after its beneficiaries', () => {
    const r = read('Bưu điện tỉnh tiếp nhận và trả kết quả hơn 120.000 hồ sơ thủ tục hành chính; chi trả lương hưu, trợ cấp cho hơn 45.000 lượt người với tổng số tiền 1.350 tỷ đồng; hỗ trợ mở 3.200 tài khoản thanh toán.');
    expect(pick(r.kpis, 'admin_dossiers')).toMatchObject({ value: 120_000, qualifier: 'over' });
    expect(pick(r.kpis, 'payout_beneficiaries')).toMatchObject({ value: 45_000, qualifier: 'over' });
    expect(pick(r.kpis, 'payouts')).toMatchObject({ value: 1_350e9 });
    expect(pick(r.kpis, 'payment_accounts')).toMatchObject({ value: 3_200 });
  });
  it('reads "tăng trưởng đạt N%" as growth and "chỉ tiêu … đạt N%" as plan attainment', () => {
    const r = read('Tổng doanh thu đạt 300 tỷ đồng, tốc độ tăng trưởng đạt 15%. Chỉ tiêu doanh thu tính lương đạt 100,2%.');
    expect(pick(r.kpis, 'total_revenue')).toMatchObject({ value: 300e9, changePercent: 15 });
    expect(pick(r.kpis, 'salary_revenue')).toMatchObject({ value: null, planPercent: 100.2 });
  });
  it('does not take millions of letters for money', () => {
    const r = read('Tổng doanh thu đạt 300 tỷ đồng, sản lượng bưu gửi đạt 2,5 triệu bưu gửi.');
    expect(r.kpis.map((f) => [f.metric, f.value])).toEqual([['total_revenue', 300e9]]);
  });
  it('does not take a headcount of delegates, a date or a year for a figure', () => {
    const r = read('Ngày 20/12/2022, hội nghị có 150 đại biểu tham dự; năm 2023 là năm bản lề.');
    expect([...r.kpis, ...r.targets]).toEqual([]);
  });
  it('reads the whole figure when the amount is above the plausible range only by the writer\'s separators', () => {
    const r = read('Tổng doanh thu năm 2022 ước đạt 95,250 triệu đồng.');
    const f = pick(r.kpis, 'total_revenue');
    expect(f.value).toBe(95_250_000_000);
    expect(f.warnings[0]!.messageEn).toMatch(/implausible/);
    expect(f.warnings[0]!.message).toMatch(/không hợp lý/);
  });
  it('keeps an implausible figure it cannot reread, and says so', () => {
    const f = pick(read('Tổng doanh thu đạt 125 triệu đồng.').kpis, 'total_revenue');
    expect(f.value).toBe(125e6);
    expect(f.warnings[0]!.messageEn).toMatch(/outside the plausible range/);
    expect(f.warnings[0]!.message).toMatch(/nằm ngoài khoảng hợp lý/);
  });
  it('names the year the figure is for, not the year it is compared with', () => {
    const r = read('Kết quả năm 2022, doanh thu đạt 100 tỷ đồng, tăng 10% so với năm 2021.');
    expect(pick(r.kpis, 'total_revenue')).toMatchObject({ year: 2022, changePercent: 10 });
  });
});

describe('targets', () => {
  it('reads what a province aims for in the plan year', () => {
    const r = read('Năm 2023, Bưu điện tỉnh phấn đấu đạt tổng doanh thu 270 tỷ đồng; thu nhập bình quân 12 triệu đồng/người/tháng.');
    expect(r.kpis).toEqual([]);
    expect(pick(r.targets, 'total_revenue')).toMatchObject({ value: 270e9, year: 2023, kind: 'target' });
    expect(pick(r.targets, 'average_income')).toMatchObject({ value: 12e6, year: 2023 });
  });
  it('reads "kế hoạch … là" as a target', () => {
    expect(pick(read('Theo kế hoạch, tổng doanh thu năm tới là 280 tỷ đồng.').targets, 'total_revenue')).toMatchObject({ value: 280e9, year: 2023 });
  });
  it('reads "hoàn thành N% kế hoạch trở lên" as at least N% of plan', () => {
    const f = pick(read('Năm 2023 phấn đấu doanh thu hoàn thành 105% kế hoạch trở lên.').targets, 'total_revenue');
    expect(f).toMatchObject({ value: null, planPercent: 105, planQualifier: 'over' });
  });
  it('keeps a result a result when the sentence is about the reported year', () => {
    const r = read('Năm 2022, đơn vị phấn đấu và đạt tổng doanh thu 101 tỷ đồng.');
    expect(pick(r.kpis, 'total_revenue').value).toBe(101e9);
    expect(r.targets).toEqual([]);
  });
});

describe('service growth', () => {
  it('reads a list of services with their growth', () => {
    const r = read('Một số dịch vụ tăng trưởng khá như: bưu phẩm bảo đảm tăng 10%, chuyển tiền tăng 5,5%, bảo hiểm giảm 2%.');
    expect(r.serviceGrowth.map((g) => [g.service, g.changePercent])).toEqual([
      ['Bưu phẩm bảo đảm', 10],
      ['Chuyển tiền', 5.5],
      ['Bảo hiểm', -2],
    ]);
  });
  it('maps a service group of the catalogue to its metric', () => {
    const r = read('Doanh thu dịch vụ tài chính bưu chính tăng 15% so với cùng kỳ.');
    expect(r.serviceGrowth[0]).toMatchObject({ metric: 'postal_finance_revenue', changePercent: 15 });
  });
});

describe('mid-year reviews', () => {
  it('marks results of a six-month review as first-half figures', () => {
    const r = extractFigures(['6 tháng đầu năm, tổng doanh thu đạt 120 tỷ đồng, bằng 52% kế hoạch năm.'], { reportYear: 2023, planYear: null, period: 'H1' });
    expect(pick(r.kpis, 'total_revenue')).toMatchObject({ value: 120e9, planPercent: 52, period: 'H1', year: 2023 });
  });
});

describe('quotes', () => {
  it('quotes the exact phrase each figure was read from', () => {
    const text = 'Năm 2022, tổng doanh thu đạt trên 250 tỷ đồng, vượt 4% kế hoạch; nộp ngân sách 7 tỷ đồng.';
    const r = read(text);
    expect(pick(r.kpis, 'total_revenue').quote).toBe('tổng doanh thu đạt trên 250 tỷ đồng, vượt 4% kế hoạch');
    expect(pick(r.kpis, 'budget_contribution').quote).toBe('nộp ngân sách 7 tỷ đồng');
    for (const f of r.kpis) expect(text).toContain(f.quote);
  });
});
