/**
 * The figure grammar on sentences written the way provincial reports write them (beyond the shipped
 * articles). Expected values are what the sentences say.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawArticles } from '../../src/lib/bench/raw-articles.ts';
import { extractFigures, findCues, type FigureDraft } from '../../src/lib/extract/figures.ts';
import { METRICS } from '../../src/lib/metrics.ts';
import { lowerKeepLength } from '../../src/lib/vi-number.ts';

const RAW = join(import.meta.dirname, '../fixtures/raw');

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
    expect(pick(r.kpis, 'total_revenue')).toMatchObject({
      value: 250_500_000_000,
      qualifier: 'exact',
      year: 2022,
      planPercent: 104,
      changePercent: 8.2,
      kind: 'result',
    });
  });
  it('reads "vượt N% kế hoạch" as 100 + N and "ước đạt" as an estimate', () => {
    const r = read('Doanh thu tính lương ước đạt 120 tỷ đồng, vượt 3% kế hoạch Tổng công ty giao.');
    expect(pick(r.kpis, 'salary_revenue')).toMatchObject({ value: 120e9, estimated: true, planPercent: 103 });
  });
  it('reads per-person figures and attaches the change that follows', () => {
    const r = read(
      'Năng suất lao động bình quân đạt 210 triệu đồng/người/năm; thu nhập bình quân của người lao động đạt 11,5 triệu đồng/người/tháng, tăng 7% so với năm trước.',
    );
    expect(pick(r.kpis, 'labor_productivity')).toMatchObject({ value: 210e6, unit: 'VND/person/year' });
    expect(pick(r.kpis, 'average_income')).toMatchObject({ value: 11.5e6, unit: 'VND/person/month', changePercent: 7 });
    expect(pick(r.kpis, 'labor_productivity').changePercent).toBeUndefined();
  });
  it('reads money written in đồng', () => {
    expect(pick(read('Thu nhập bình quân đạt 9.500.000 đồng/người/tháng.').kpis, 'average_income')).toMatchObject({
      value: 9_500_000,
    });
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
    expect(pick(read('Doanh thu đạt 80 tỷ đồng, bằng 95% so với năm trước.').kpis, 'total_revenue').changePercent).toBe(
      -5,
    );
  });
  it('reads counts by their noun, and a payout after its beneficiaries', () => {
    const r = read(
      'Bưu điện tỉnh tiếp nhận và trả kết quả hơn 120.000 hồ sơ thủ tục hành chính; chi trả lương hưu, trợ cấp cho hơn 45.000 lượt người với tổng số tiền 1.350 tỷ đồng; hỗ trợ mở 3.200 tài khoản thanh toán.',
    );
    expect(pick(r.kpis, 'admin_dossiers')).toMatchObject({ value: 120_000, qualifier: 'over' });
    expect(pick(r.kpis, 'payout_beneficiaries')).toMatchObject({ value: 45_000, qualifier: 'over' });
    expect(pick(r.kpis, 'payouts')).toMatchObject({ value: 1_350e9 });
    expect(pick(r.kpis, 'payment_accounts')).toMatchObject({ value: 3_200 });
  });
  it('reads "tăng trưởng đạt N%" as growth and "chỉ tiêu … đạt N%" as plan attainment', () => {
    const r = read(
      'Tổng doanh thu đạt 300 tỷ đồng, tốc độ tăng trưởng đạt 15%. Chỉ tiêu doanh thu tính lương đạt 100,2%.',
    );
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
  it("reads the whole figure when the amount is above the plausible range only by the writer's separators", () => {
    const r = read('Tổng doanh thu năm 2022 ước đạt 95,250 triệu đồng.');
    const f = pick(r.kpis, 'total_revenue');
    expect(f.value).toBe(95_250_000_000);
    expect(f.warnings[0]!.messageEn).toMatch(/implausible/);
    expect(f.warnings[0]!.message).toMatch(/không hợp lý/);
  });
  it('asks about a decimal comma followed by three zeros, which may separate thousands', () => {
    const f = pick(read('Năm 2022, doanh thu đạt 25,000 tỷ đồng.').kpis, 'total_revenue');
    expect(f.value).toBe(25e9);
    expect(f.warnings[0]!.messageEn).toMatch(/may separate thousands \(25,000,000,000,000\)/);
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

describe('a clause after a semicolon with no subject of its own', () => {
  it('goes on with the subject before the semicolon when it is only a time, a verb and the amount', () => {
    const r = read(
      'Giai đoạn 2018 - 2022, doanh thu của Bưu điện tỉnh tăng bình quân 14%/năm; năm 2022 đạt 620 tỷ đồng, gấp 1,9 lần năm 2018.',
    );
    expect(r.kpis.map((f) => [f.metric, f.value, f.year])).toEqual([['total_revenue', 620e9, 2022]]);
    expect(r.kpis[0]!.quote).toBe('doanh thu của Bưu điện tỉnh tăng bình quân 14%/năm; năm 2022 đạt 620 tỷ đồng');
    const two = read('Năm 2022, tổng doanh thu đạt 250 tỷ đồng; năm 2021 đạt 228 tỷ đồng.');
    expect(two.kpis.map((f) => [f.metric, f.value, f.year])).toEqual([
      ['total_revenue', 250e9, 2022],
      ['total_revenue', 228e9, 2021],
    ]);
  });
  it('reads a target so written: "; năm 2023 phấn đấu đạt …", "; kế hoạch năm 2023 là …"', () => {
    for (const t of [
      'Năm 2022, tổng doanh thu đạt 150 tỷ đồng; năm 2023 phấn đấu đạt 170 tỷ đồng.',
      'Năm 2022, tổng doanh thu đạt 150 tỷ đồng; kế hoạch năm 2023 là 170 tỷ đồng.',
    ]) {
      const r = read(t);
      expect(
        r.kpis.map((f) => [f.metric, f.value, f.year]),
        t,
      ).toEqual([['total_revenue', 150e9, 2022]]);
      expect(
        r.targets.map((f) => [f.metric, f.value, f.year]),
        t,
      ).toEqual([['total_revenue', 170e9, 2023]]);
    }
  });
  it('does not lend it to an amount that names its own noun after it', () => {
    const r = read('Năm 2022, tổng doanh thu đạt 160 tỷ đồng; đạt 45 tỷ đồng doanh thu từ dịch vụ hành chính công.');
    expect(r.kpis.map((f) => [f.metric, f.value])).toEqual([['total_revenue', 160e9]]);
  });
});

describe('losses and negative figures', () => {
  it('reads "âm", "lỗ" and a minus sign as a negative profit', () => {
    expect(pick(read('Chênh lệch thu chi âm 1,2 tỷ đồng.').kpis, 'profit').value).toBe(-1.2e9);
    expect(pick(read('Năm 2022, lợi nhuận âm 2 tỷ đồng do chi phí vận chuyển tăng cao.').kpis, 'profit').value).toBe(
      -2e9,
    );
    expect(pick(read('Chênh lệch thu chi đạt -1,5 tỷ đồng.').kpis, 'profit').value).toBe(-1.5e9);
    const loss = pick(
      read(
        'Doanh thu của đơn vị đạt 45 tỷ đồng, giảm 3,5% so với năm trước; đơn vị lỗ 2,3 tỷ đồng, giảm lỗ 1 tỷ đồng so với năm 2021.',
      ).kpis,
      'profit',
    );
    expect(loss).toMatchObject({ value: -2.3e9, quote: 'lỗ 2,3 tỷ đồng' });
  });
  it('does not publish a minus sign on a figure that cannot be negative, and says so', () => {
    const r = read('Tổng doanh thu đạt -150 tỷ đồng.');
    expect(r.kpis).toEqual([]);
    expect(r.warnings[0]!.messageEn).toMatch(/cannot be negative/);
  });
  it('reads "tăng trưởng âm" as a fall', () => {
    expect(
      pick(
        read('Doanh thu dịch vụ bưu chính chuyển phát đạt 50 tỷ đồng, tăng trưởng âm 4% so với cùng kỳ.').kpis,
        'postal_delivery_revenue',
      ).changePercent,
    ).toBe(-4);
  });
});

describe('amounts that are not a second value of the figure', () => {
  it('reads "95 tỷ 600 triệu đồng" as one amount', () => {
    const r = read('Doanh thu tính lương đạt 95 tỷ 600 triệu đồng.');
    expect(pick(r.kpis, 'salary_revenue').value).toBe(95.6e9);
    expect(r.warnings).toEqual([]);
  });
  it('does not take a change by an amount, or the plan compared with, for another total', () => {
    const r = read(
      'Tổng doanh thu đạt 250 tỷ đồng, tăng 25 tỷ đồng so với năm 2021. Doanh thu tính lương đạt 120 tỷ đồng trên kế hoạch 115 tỷ đồng. Nộp ngân sách 8 tỷ đồng, vượt 2,5 tỷ đồng so với kế hoạch.',
    );
    expect(r.kpis.map((f) => [f.metric, f.value])).toEqual([
      ['total_revenue', 250e9],
      ['salary_revenue', 120e9],
      ['budget_contribution', 8e9],
    ]);
    expect(r.warnings).toEqual([]);
  });
  it('leaves out an amount in a foreign currency with a warning, and keeps the one in đồng', () => {
    const r = read(
      'Doanh thu dịch vụ chuyển phát quốc tế đạt 1,2 triệu USD. Năm 2022, tổng doanh thu đạt 12 triệu USD, tương đương khoảng 280 tỷ đồng.',
    );
    expect(r.kpis.map((f) => [f.metric, f.value])).toEqual([['total_revenue', 280e9]]);
    expect(r.warnings.map((w) => w.messageEn)).toContainEqual(
      expect.stringMatching(/"tổng doanh thu đạt 12 triệu USD" is in a foreign currency/),
    );
  });
  it('reads "vượt" before an amount as "more than" when no figure was given yet', () => {
    expect(pick(read('Năm 2022, tổng doanh thu vượt 300 tỷ đồng.').kpis, 'total_revenue')).toMatchObject({
      value: 300e9,
    });
  });
  it('does not count the points that do one thing as a second count of the network', () => {
    const r = read(
      'Bưu điện tỉnh duy trì 225 điểm giao dịch. Trong năm, đơn vị triển khai thanh toán không dùng tiền mặt tại 93 điểm giao dịch bưu điện cung cấp dịch vụ thu hộ, chi hộ.',
    );
    expect(r.kpis.map((f) => [f.metric, f.value])).toEqual([['transaction_points', 225]]);
    expect(r.warnings).toEqual([]);
  });
  it('says when the parts listed after "trong đó" do not add up to the total', () => {
    const f = pick(
      read('Toàn tỉnh có 120 tuyến phát, trong đó có 40 tuyến phát nội thị và 75 tuyến phát xã.').kpis,
      'delivery_routes',
    );
    expect(f.value).toBe(120);
    expect(f.warnings[0]!.messageEn).toMatch(/add up to 115, not 120/);
    expect(
      read('Toàn tỉnh có 120 tuyến phát, trong đó có 40 tuyến phát nội thị và 80 tuyến phát xã.').kpis[0]!.warnings,
    ).toEqual([]);
  });
});

describe('plan attainment and growth without an amount', () => {
  it('reads "tỷ lệ hoàn thành kế hoạch doanh thu đạt N%" as the share of the plan reached', () => {
    const f = pick(read('Tỷ lệ hoàn thành kế hoạch doanh thu đạt 102%.').kpis, 'total_revenue');
    expect(f).toMatchObject({ value: null, planPercent: 102, quote: 'Tỷ lệ hoàn thành kế hoạch doanh thu đạt 102%' });
  });
  it('reads a percentage in brackets after the plan as the share of it reached', () => {
    expect(
      pick(read('Năm 2022, tổng doanh thu đạt 98,6 tỷ đồng, chưa đạt kế hoạch (95%).').kpis, 'total_revenue'),
    ).toMatchObject({ value: 98.6e9, planPercent: 95 });
    expect(
      pick(
        read('Tổng doanh thu đạt 105 tỷ đồng, vượt kế hoạch năm (đạt 105%), tăng 6% so với năm 2021.').kpis,
        'total_revenue',
      ),
    ).toMatchObject({ planPercent: 105, changePercent: 6 });
    // Not 100 + 105: the bracket holds the share, whatever the verb before it.
    expect(
      pick(read('Doanh thu tính lương đạt 62 tỷ đồng, vượt kế hoạch (104%).').kpis, 'salary_revenue').planPercent,
    ).toBe(104);
    // A small number after "vượt" alone is what the plan was exceeded by.
    expect(
      pick(read('Doanh thu tính lương đạt 62 tỷ đồng, vượt kế hoạch (4%).').kpis, 'salary_revenue').planPercent,
    ).toBe(104);
  });
  it('reads "vượt mức từ 2% các chỉ tiêu kế hoạch" as at least 102% of plan for every target listed', () => {
    const r = read(
      'Năm 2023, Bưu điện tỉnh phấn đấu hoàn thành vượt mức từ 2% các chỉ tiêu kế hoạch Tổng công ty giao, trong đó: tổng doanh thu 150 tỷ đồng; nộp ngân sách 6 tỷ đồng.',
    );
    for (const metric of ['total_revenue', 'budget_contribution'])
      expect(pick(r.targets, metric)).toMatchObject({ planPercent: 102, planQualifier: 'over', year: 2023 });
    expect(pick(r.targets, 'total_revenue').quote).toBe(
      'hoàn thành vượt mức từ 2% các chỉ tiêu kế hoạch Tổng công ty giao … tổng doanh thu 150 tỷ đồng',
    );
  });
  it('reads "tăng X%" over 100 by its wording: an index after "so với thực hiện", a rise after "so với cùng kỳ"', () => {
    const index = pick(
      read('Doanh thu tính lương đạt 60 tỷ đồng, tăng 114% so với thực hiện năm 2021.').kpis,
      'salary_revenue',
    );
    expect(index.changePercent).toBe(14);
    expect(index.warnings[0]!.messageEn).toMatch(/read as an index/);
    const rise = read('Dịch vụ bảo hiểm xã hội tự nguyện tăng 138% so với cùng kỳ.').serviceGrowth[0]!;
    expect(rise.changePercent).toBe(138);
    expect(rise.warnings[0]!.messageEn).toMatch(/if the article meant/);
  });
  it('keeps the verb in the quote when it comes before the subject', () => {
    const f = pick(
      read(
        'Nhờ vậy đã góp phần tăng thu nhập bình quân của người lao động 9,8% so với năm 2021, đạt gần 9 triệu đồng/người/tháng.',
      ).kpis,
      'average_income',
    );
    expect(f).toMatchObject({ value: 9e6, qualifier: 'nearly', changePercent: 9.8 });
    expect(f.quote).toBe(
      'tăng thu nhập bình quân của người lao động 9,8% so với năm 2021, đạt gần 9 triệu đồng/người/tháng',
    );
  });
});

describe('catalogue cues read by their general wording', () => {
  it('reads what citizens save, however it is worded, and not postal savings', () => {
    expect(
      pick(read('Qua đó giúp người dân tiết kiệm chi phí đi lại ước tính khoảng 15 tỷ đồng.').kpis, 'citizen_savings')
        .value,
    ).toBe(15e9);
    expect(
      pick(read('Dịch vụ đã tiết kiệm chi phí, thời gian đi lại cho người dân trên 8 tỷ đồng.').kpis, 'citizen_savings')
        .value,
    ).toBe(8e9);
    expect(read('Tiết kiệm bưu điện đạt số dư 500 tỷ đồng.').kpis.some((f) => f.metric === 'citizen_savings')).toBe(
      false,
    );
  });
  it('reads a bare "N điểm" as the network only when its kinds are listed after it', () => {
    expect(
      pick(
        read('Mạng lưới có 312 điểm, trong đó có 52 bưu cục và 180 điểm bưu điện văn hóa xã.').kpis,
        'service_points',
      ).value,
    ).toBe(312);
    expect(read('Chỉ số hài lòng của khách hàng đạt 92 điểm.').kpis).toEqual([]);
  });
  it('reads "doanh thu bưu chính" as the postal services, not the total', () => {
    const r = read('Năm 2022, doanh thu của đơn vị đạt 45 tỷ đồng. Doanh thu bưu chính đạt 20 tỷ đồng.');
    expect(r.kpis.map((f) => [f.metric, f.value])).toEqual([
      ['total_revenue', 45e9],
      ['postal_services_revenue', 20e9],
    ]);
    expect(r.warnings).toEqual([]);
  });
});

describe('counts named by their subject', () => {
  it('counts the people paid after "chi trả … cho N người", and not people elsewhere', () => {
    const r = read(
      'Bưu điện tỉnh đã chi trả lương hưu hằng tháng cho 45.000 người với số tiền 900 tỷ đồng. Hội nghị có 150 người tham dự.',
    );
    expect(pick(r.kpis, 'payout_beneficiaries').value).toBe(45_000);
    expect(pick(r.kpis, 'payouts').value).toBe(900e9);
    expect(r.kpis).toHaveLength(2);
  });
  it('reads "tr.đ" as triệu đồng', () => {
    expect(
      pick(read('Thu nhập bình quân của người lao động đạt 9,5 tr.đ/người/tháng.').kpis, 'average_income').value,
    ).toBe(9.5e6);
  });
});

describe('targets', () => {
  it('reads what a province aims for in the plan year', () => {
    const r = read(
      'Năm 2023, Bưu điện tỉnh phấn đấu đạt tổng doanh thu 270 tỷ đồng; thu nhập bình quân 12 triệu đồng/người/tháng.',
    );
    expect(r.kpis).toEqual([]);
    expect(pick(r.targets, 'total_revenue')).toMatchObject({ value: 270e9, year: 2023, kind: 'target' });
    expect(pick(r.targets, 'average_income')).toMatchObject({ value: 12e6, year: 2023 });
  });
  it('reads "kế hoạch … là" as a target', () => {
    expect(pick(read('Theo kế hoạch, tổng doanh thu năm tới là 280 tỷ đồng.').targets, 'total_revenue')).toMatchObject({
      value: 280e9,
      year: 2023,
    });
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
    const r = read(
      'Một số dịch vụ tăng trưởng khá như: bưu phẩm bảo đảm tăng 10%, chuyển tiền tăng 5,5%, bảo hiểm giảm 2%.',
    );
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
    const r = extractFigures(['6 tháng đầu năm, tổng doanh thu đạt 120 tỷ đồng, bằng 52% kế hoạch năm.'], {
      reportYear: 2023,
      planYear: null,
      period: 'H1',
    });
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

describe('cue anchors', () => {
  it('skip a cue only on text that cannot hold it: the same cues with and without anchors', () => {
    const texts = [
      ...['seeds', 'articles'].flatMap((dir) =>
        readdirSync(join(RAW, dir))
          .filter((n) => n.endsWith('.txt'))
          .flatMap((n) => readFileSync(join(RAW, dir, n), 'utf8').split('\n')),
      ),
      ...rawArticles(60, 7).flatMap((a) => a.text.split('\n')),
      'thu nhập và tiền lương bình quân của người lao động đạt 9 triệu đồng; doanh thu của các nhóm bưu chính; phân phối – truyền thông; trả kết quả giải quyết hồ sơ thủ tục hành chính',
    ];
    for (const t of texts) {
      const lower = lowerKeepLength(t);
      expect(findCues(lower, true), t).toEqual(findCues(lower, false));
    }
  });
  it('has its cues and count nouns written in lower case (they are matched on lower-cased text, case-sensitively)', () => {
    for (const m of METRICS) {
      for (const source of [...m.cues, ...(m.countNouns ?? []), ...Object.values(m.countNounsAfter ?? {}).flat()]) {
        const letters = source.replace(/\\[pPuxk]\{[^}]*\}|\\./gu, '');
        expect(letters, `${m.id}: ${source}`).toBe(letters.toLowerCase());
      }
    }
  });
});

describe('subjects that are not the whole provincial post office', () => {
  const leftOut = (r: ReturnType<typeof read>) => r.warnings.map((w) => w.messageEn).join(' ');
  it('leaves out the commune cultural post network however it is written, and says so', () => {
    for (const sentence of [
      'Tổng doanh thu Bưu điện - Văn hóa xã đạt hơn 35 tỷ đồng, đạt 108% kế hoạch.',
      'Doanh thu mạng lưới điểm BĐ-VHX trên địa bàn tỉnh đạt 12,5 tỷ đồng.',
      'Doanh thu BĐVHX đạt 9 tỷ đồng, tăng 20% so với cùng kỳ.',
    ]) {
      const r = read(sentence);
      expect(r.kpis, sentence).toEqual([]);
      expect(leftOut(r), sentence).toMatch(/part of the unit .*commune cultural post network/);
    }
  });
  it('leaves out the revenue of some units, a line of business, an average, and the whole postal market', () => {
    const cases: [string, RegExp][] = [
      ['Tổng doanh thu của các đơn vị trực thuộc đạt 40 tỷ đồng.', /part of the unit/],
      ['Tổng doanh thu mảng hành chính công đạt 6 tỷ đồng, tăng 30%.', /part of the unit/],
      ['Doanh thu bình quân tại các đơn vị này tăng gần 15% so với năm trước.', /part of the unit/],
      ['Doanh thu bình quân đạt 2,1 tỷ đồng.', /an average/],
      ['Doanh thu toàn thị trường bưu chính trên địa bàn đạt 700 tỷ đồng.', /whole postal market/],
    ];
    for (const [sentence, why] of cases) {
      const r = read(sentence);
      expect(r.kpis, sentence).toEqual([]);
      expect(leftOut(r), sentence).toMatch(why);
    }
  });
  it('keeps the unit’s own total, and a count reached through a service', () => {
    expect(read('Tổng doanh thu của Bưu điện tỉnh đạt 300 tỷ đồng.').kpis.map((f) => f.value)).toEqual([300e9]);
    expect(read('Tổng doanh thu toàn mạng lưới đạt 300 tỷ đồng.').kpis.map((f) => f.value)).toEqual([300e9]);
    const dossiers = read(
      'Tiếp nhận và trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích đạt 12.000 hồ sơ.',
    );
    expect(dossiers.kpis.map((f) => [f.metric, f.value])).toEqual([['admin_dossiers', 12000]]);
  });
});

describe('units as people write them', () => {
  it('reads money per person with its noun ("triệu đồng doanh thu/người/năm") as productivity', () => {
    const r = read('Năng suất lao động bình quân đạt 510 triệu đồng doanh thu/người/năm.');
    expect(pick(r.kpis, 'labor_productivity')).toMatchObject({ value: 510e6, unit: 'VND/person/year' });
  });
  it('reads "tỷ động", a slip for "tỷ đồng", as money, and "Ð" typed for "Đ"', () => {
    expect(pick(read('Tổng doanh thu đạt 210 tỷ động.').kpis, 'total_revenue').value).toBe(210e9);
    expect(pick(read('Tổng doanh thu đạt 210 tỷ ÐỒNG.').kpis, 'total_revenue').value).toBe(210e9);
    // Without a scale, "động" is a word of its own ("3 động lực"), not money.
    expect(read('Doanh thu tăng nhờ 3 động lực chính.').kpis).toEqual([]);
  });
  it('does not read money per point or per unit as the unit’s total', () => {
    const r = read('Tổng doanh thu đạt 150 tỷ đồng; doanh thu đạt bình quân 23 triệu đồng/điểm/tháng.');
    expect(r.kpis.map((f) => [f.metric, f.value])).toEqual([['total_revenue', 150e9]]);
    expect(r.warnings).toEqual([]);
  });
});

describe('multiples, ranges and bounds', () => {
  it('reads "gấp N lần" as N times last year, and "tăng N lần" the same way with a warning', () => {
    const r = read('Tổng doanh thu tăng gấp 1,5 lần so với năm 2021; nộp ngân sách tăng 1,2 lần so với cùng kỳ.');
    expect(pick(r.kpis, 'total_revenue').changePercent).toBe(50);
    expect(pick(r.kpis, 'total_revenue').warnings).toEqual([]);
    const budget = pick(r.kpis, 'budget_contribution');
    expect(budget.changePercent).toBe(20);
    expect(budget.warnings.map((w) => w.messageEn).join(' ')).toMatch(
      /if the article meant an increase by 1.2 times, the change is \+120%/,
    );
    // A rate is no multiple: "2 lần/ngày".
    expect(read('Bưu tá phát thư 2 lần/ngày.').kpis).toEqual([]);
  });
  it('reads a range of percentages by its lower end, as "over", and says so', () => {
    const r = read('Năm 2023, Bưu điện tỉnh phấn đấu tổng doanh thu tăng trưởng 12 - 15% so với năm 2022.');
    const t = pick(r.targets, 'total_revenue');
    expect(t).toMatchObject({ changePercent: 12, changeQualifier: 'over', year: 2023 });
    expect(t.warnings.map((w) => w.messageEn).join(' ')).toMatch(/a range \(12–15%\)/);
    const plan = pick(read('Tổng doanh thu đạt từ 101% đến 103% kế hoạch.').kpis, 'total_revenue');
    expect(plan).toMatchObject({ planPercent: 101, planQualifier: 'over' });
  });
  it('reads "tối thiểu", "ít nhất" as at least and "tối đa" as at most', () => {
    expect(
      pick(read('Năm 2023, phấn đấu tổng doanh thu tối thiểu 200 tỷ đồng.').targets, 'total_revenue'),
    ).toMatchObject({
      value: 200e9,
      qualifier: 'over',
    });
    expect(pick(read('Nộp ngân sách ít nhất 5 tỷ đồng.').kpis, 'budget_contribution').qualifier).toBe('over');
    expect(pick(read('Chi phí quản lý, lỗ tối đa 1 tỷ đồng.').kpis, 'profit').qualifier).toBe('under');
  });
});

describe('a change against a year other than the one before', () => {
  it('does not record a change over several years as the change against last year, and says so', () => {
    const r = read('Năm 2022, tổng doanh thu đạt 620 tỷ đồng, gấp 1,9 lần năm 2018.');
    const f = pick(r.kpis, 'total_revenue');
    expect(f.changePercent).toBeUndefined();
    expect(f.warnings.map((w) => w.messageEn).join(' ')).toMatch(
      /compares with 2018, not with the year before \(2021\)/,
    );
    const span = read(
      'Doanh thu tính lương năm 2018 đạt trên 30 tỷ đồng, đến năm 2022 đạt trên 75,2 tỷ đồng, tăng trưởng 150,7%.',
    );
    const g = span.kpis.find((x) => x.year === 2022)!;
    expect(g.value).toBe(75.2e9);
    expect(g.changePercent).toBeUndefined();
    expect(g.warnings.map((w) => w.messageEn).join(' ')).toMatch(/compares with 2018/);
  });
  it('reads a change against the year before as it is, and "so năm <the same year>" as a slip for it', () => {
    expect(
      pick(read('Năm 2022, tổng doanh thu đạt 620 tỷ đồng, tăng 12% so với năm 2021.').kpis, 'total_revenue'),
    ).toMatchObject({ changePercent: 12, warnings: [] });
    const slip = pick(read('Năm 2022, tổng doanh thu đạt 620 tỷ đồng, tăng 12% so năm 2022.').kpis, 'total_revenue');
    expect(slip.changePercent).toBe(12);
    expect(slip.warnings.map((w) => w.messageEn).join(' ')).toMatch(/read as against the year before \(2021\)/);
  });
});

describe('"lần lượt": amounts that go to the subjects listed before them', () => {
  it('gives each subject its own amount and percentage, in order', () => {
    const r = read(
      'Năm 2022, tổng doanh thu và doanh thu tính lương lần lượt đạt 320 tỷ đồng và 150 tỷ đồng, tương ứng 104% và 106% kế hoạch.',
    );
    expect(r.kpis.map((f) => [f.metric, f.value, f.planPercent])).toEqual([
      ['total_revenue', 320e9, 104],
      ['salary_revenue', 150e9, 106],
    ]);
    expect(r.warnings).toEqual([]);
  });
  it('gives a list of services their growth, in order', () => {
    const r = read(
      'Doanh thu bưu chính chuyển phát, tài chính bưu chính và phân phối truyền thông lần lượt tăng 12%, 18% và 9% so với cùng kỳ.',
    );
    expect(r.serviceGrowth.map((g) => [g.metric, g.changePercent])).toEqual([
      ['postal_delivery_revenue', 12],
      ['postal_finance_revenue', 18],
      ['media_distribution_revenue', 9],
    ]);
  });
  it('assigns nothing when the amounts do not match the subjects listed', () => {
    const r = read('Tổng doanh thu và doanh thu tính lương lần lượt tăng 12% so với cùng kỳ.');
    expect(r.kpis.map((f) => [f.metric, f.changePercent])).toEqual([['salary_revenue', 12]]);
  });
  it('reads "doanh thu" right before a service as that service’s revenue, one subject', () => {
    const r = read('Doanh thu dịch vụ tài chính bưu chính đạt 21,6 tỷ đồng.');
    expect(r.kpis.map((f) => [f.metric, f.value, f.quote])).toEqual([
      ['postal_finance_revenue', 21.6e9, 'Doanh thu dịch vụ tài chính bưu chính đạt 21,6 tỷ đồng'],
    ]);
  });
});

describe('what a figure’s phrase holds', () => {
  it('keeps "tổng" before a cue that does not hold it, and the measure a productivity is named with', () => {
    expect(pick(read('Tổng doanh thu tính lương đạt 136 tỷ đồng.').kpis, 'salary_revenue').quote).toBe(
      'Tổng doanh thu tính lương đạt 136 tỷ đồng',
    );
    const p = pick(
      read('Năng suất lao động bình quân theo doanh thu tính lương đạt 198 triệu đồng/người/năm.').kpis,
      'labor_productivity',
    );
    expect(p.quote).toBe('Năng suất lao động bình quân theo doanh thu tính lương đạt 198 triệu đồng/người/năm');
  });
});

describe('parts of a year named by their months', () => {
  it('gives a figure of the first five months its period inside a year-end article', () => {
    const r = read('Riêng 5 tháng đầu năm 2022, tổng doanh thu đạt 80 tỷ đồng.');
    expect(r.kpis.map((f) => [f.metric, f.value, f.period])).toEqual([['total_revenue', 80e9, '5M']]);
  });
  it('reads "3 tháng cuối năm" as the fourth quarter', () => {
    const r = read('Năm 2023, phấn đấu 3 tháng cuối năm đạt doanh thu 60 tỷ đồng.');
    expect(r.targets.map((f) => [f.metric, f.value, f.period])).toEqual([['total_revenue', 60e9, 'Q4']]);
  });
});
