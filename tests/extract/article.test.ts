/**
 * Results, targets and the years they are for, read from whole articles written the way provincial
 * papers write them. Expected values are what the sentences say.
 */
import { describe, expect, it } from 'vitest';
import { entryData, extractArticle } from '../../src/lib/extract/article.ts';

const read = (...lines: string[]) => entryData(extractArticle(lines.join('\n\n')).entries[0]!);
const brief = (
  list: {
    metric: string;
    value: number | null;
    year: number;
    planPercent?: number;
    changePercent?: number;
    period?: string;
  }[],
) =>
  list.map((f) => ({
    metric: f.metric,
    value: f.value,
    year: f.year,
    ...(f.planPercent !== undefined ? { planPercent: f.planPercent } : {}),
    ...(f.changePercent !== undefined ? { changePercent: f.changePercent } : {}),
    ...(f.period && f.period !== 'year' ? { period: f.period } : {}),
  }));

describe('which year a result is for', () => {
  it('reads "Năm qua" as the reported year, whatever year the sentence before named', () => {
    const e = read(
      'Bưu điện tỉnh Cao Bằng triển khai nhiệm vụ năm 2024',
      'Ngày 12/1/2024, Bưu điện tỉnh Cao Bằng tổ chức hội nghị triển khai nhiệm vụ năm 2024. Năm qua, tổng doanh thu đạt 280 tỷ đồng, bằng 102% kế hoạch. Năm 2024, chỉ tiêu doanh thu được giao là 300 tỷ đồng.',
    );
    expect(e).toMatchObject({ reportYear: 2023, planYear: 2024 });
    expect(brief(e.kpis!)).toEqual([{ metric: 'total_revenue', value: 280e9, year: 2023, planPercent: 102 }]);
    expect(brief(e.targets!)).toEqual([{ metric: 'total_revenue', value: 300e9, year: 2024 }]);
    expect(e.review.warnings).toEqual([]);
  });

  it('does not take "tiếp tục" (went on) for a plan: the year reviewed stays the year reported', () => {
    const e = read(
      'Bưu điện tỉnh Hà Nam tổng kết năm 2023',
      'Ngày 28/12/2023, Bưu điện tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2023.',
      'Năm 2023, Bưu điện tỉnh tiếp tục gặp nhiều khó khăn do cạnh tranh gay gắt trên thị trường bưu chính nhưng tổng doanh thu vẫn đạt 150 tỷ đồng, đạt 101% kế hoạch, tăng 6% so với năm 2022.',
    );
    expect(e).toMatchObject({ reportYear: 2023, eventDate: '2023-12-28' });
    expect(brief(e.kpis!)).toEqual([
      { metric: 'total_revenue', value: 150e9, year: 2023, planPercent: 101, changePercent: 6 },
    ]);
    expect(e.targets).toEqual([]);
  });

  it("keeps an older year's figure as that year's result, and the plan year's plan as a target", () => {
    const e = read(
      'Bưu điện tỉnh Hải Dương triển khai kế hoạch năm 2024',
      'Ngày 22/12/2023, Bưu điện tỉnh Hải Dương tổ chức hội nghị triển khai kế hoạch năm 2024.',
      'Tổng doanh thu năm 2023 đạt 250 tỷ đồng, kế hoạch năm 2024 là 275 tỷ đồng. Chỉ tiêu doanh thu tính lương năm 2024 được Tổng công ty giao là 120 tỷ đồng. Năm 2022, doanh thu của đơn vị đạt 220 tỷ đồng.',
    );
    expect(e).toMatchObject({ reportYear: 2023, planYear: 2024 });
    expect(brief(e.kpis!)).toEqual([
      { metric: 'total_revenue', value: 250e9, year: 2023 },
      { metric: 'total_revenue', value: 220e9, year: 2022 },
    ]);
    expect(brief(e.targets!)).toEqual([
      { metric: 'total_revenue', value: 275e9, year: 2024 },
      { metric: 'salary_revenue', value: 120e9, year: 2024 },
    ]);
  });

  it('gives each amount the year written right after it', () => {
    const e = read(
      'Bưu điện tỉnh Bình Dương tổng kết năm 2024',
      'Chiều 27/12/2024, Bưu điện tỉnh Bình Dương tổ chức hội nghị tổng kết năm 2024, triển khai kế hoạch năm 2025.',
      'Năm 2024, doanh thu ước đạt 600 tỷ đồng, tăng 15% so với năm 2023. Sau 5 năm, doanh thu tăng gấp đôi, từ 300 tỷ đồng năm 2020 lên 600 tỷ đồng năm 2024.',
    );
    expect(brief(e.kpis!)).toEqual([
      { metric: 'total_revenue', value: 600e9, year: 2024, changePercent: 15 },
      { metric: 'total_revenue', value: 300e9, year: 2020 },
    ]);
    expect(e.review.warnings).toEqual([]);
  });

  it('leaves out a total over several years, and says so', () => {
    const e = read(
      'Bưu điện tỉnh Yên Bái triển khai nhiệm vụ năm 2019',
      'Ngày 10/1/2019, Bưu điện tỉnh Yên Bái tổ chức hội nghị triển khai nhiệm vụ năm 2019.',
      'Năm 2018, tổng doanh thu đạt 95 tỷ đồng, đạt 101% kế hoạch. Trong giai đoạn 2016-2018, Bưu điện tỉnh đã tiếp nhận và trả kết quả trên 10.000 hồ sơ thủ tục hành chính.',
    );
    expect(e.kpis!.map((f) => f.metric)).toEqual(['total_revenue']);
    const w = e.review.warnings!.find((x) => x.quote?.includes('10.000 hồ sơ'));
    expect(w?.messageEn).toMatch(/span of years/);
    expect(w?.message).toMatch(/giai đoạn/);
  });

  it("reads the year's plan named in a nine-month review as that year's target, not the next year's", () => {
    const e = read(
      'Bưu điện tỉnh Phú Thọ sơ kết 9 tháng đầu năm 2023',
      'Ngày 05/10/2023, Bưu điện tỉnh Phú Thọ tổ chức hội nghị sơ kết 9 tháng đầu năm 2023.',
      '9 tháng đầu năm 2023, tổng doanh thu của Bưu điện tỉnh đạt 142 tỷ đồng, bằng 76% kế hoạch năm, tăng 14% so với cùng kỳ năm 2022.',
      'Quý IV/2023, Bưu điện tỉnh phấn đấu hoàn thành 100% kế hoạch năm với tổng doanh thu 190 tỷ đồng.',
    );
    expect(e).toMatchObject({ reportYear: 2023, eventKind: 'mid-year' });
    expect(brief(e.kpis!)).toEqual([
      { metric: 'total_revenue', value: 142e9, year: 2023, planPercent: 76, changePercent: 14, period: '9M' },
    ]);
    expect(brief(e.targets!)).toEqual([{ metric: 'total_revenue', value: 190e9, year: 2023 }]);
  });

  it('reads a target announced for "năm tới" as the plan year\'s, even after a paragraph about the reported year', () => {
    const e = read(
      'Bưu điện tỉnh Kiên Giang tổng kết năm 2021',
      'Ngày 7-1, Bưu điện tỉnh Kiên Giang tổ chức hội nghị tổng kết năm 2021, triển khai nhiệm vụ năm 2022.',
      'Năm 2021, Bưu điện tỉnh đạt tổng doanh thu trên 240 tỷ đồng, vượt 5% kế hoạch. Năm tới, đơn vị phấn đấu tổng doanh thu tăng trưởng 10%.',
    );
    expect(brief(e.targets!)).toEqual([{ metric: 'total_revenue', value: null, year: 2022, changePercent: 10 }]);
  });

  it('leaves out a figure for the second half of the year, which has no period of its own', () => {
    const e = read(
      'Bưu điện tỉnh Bắc Ninh tổng kết năm 2023',
      'Ngày 28/12/2023, Bưu điện tỉnh Bắc Ninh tổ chức hội nghị tổng kết năm 2023. Năm 2023, tổng doanh thu đạt 250 tỷ đồng. Riêng 6 tháng cuối năm, doanh thu đạt 140 tỷ đồng.',
    );
    expect(brief(e.kpis!)).toEqual([{ metric: 'total_revenue', value: 250e9, year: 2023 }]);
    expect(e.review.warnings!.map((w) => w.messageEn).join(' ')).toMatch(/second half/);
  });

  it('marks a first-half figure in a year-end article as such', () => {
    const e = read(
      'Bưu điện tỉnh Lào Cai tổng kết năm 2023',
      'Ngày 27/12/2023, Bưu điện tỉnh Lào Cai tổ chức hội nghị tổng kết năm 2023. 6 tháng đầu năm 2023, tổng doanh thu đạt 70 tỷ đồng, lợi nhuận đạt 2 tỷ đồng. Cả năm 2023, tổng doanh thu ước đạt 150 tỷ đồng.',
    );
    expect(brief(e.kpis!)).toEqual([
      { metric: 'total_revenue', value: 70e9, year: 2023, period: 'H1' },
      { metric: 'profit', value: 2e9, year: 2023, period: 'H1' },
      { metric: 'total_revenue', value: 150e9, year: 2023 },
    ]);
  });
});

describe('the plan of the year reviewed', () => {
  it('is the base of its result, not a result or a target: left out with a warning, the result kept', () => {
    const head = [
      'Bưu điện tỉnh Tuyên Quang tổng kết năm 2023',
      'Ngày 27/12/2023, Bưu điện tỉnh Tuyên Quang tổ chức hội nghị tổng kết năm 2023, triển khai kế hoạch năm 2024.',
    ];
    for (const line of [
      'Năm 2023, Bưu điện tỉnh được giao kế hoạch doanh thu 300 tỷ đồng, thực hiện được 310 tỷ đồng, vượt 3,3% kế hoạch.',
      'Năm 2023, kế hoạch doanh thu là 300 tỷ đồng; kết quả đạt 310 tỷ đồng, vượt 3,3% kế hoạch.',
    ]) {
      const e = read(...head, line);
      expect(brief(e.kpis!), line).toEqual([{ metric: 'total_revenue', value: 310e9, year: 2023, planPercent: 103.3 }]);
      expect(e.targets ?? [], line).toEqual([]);
      expect(e.review.warnings!.map((w) => w.messageEn).join(' '), line).toMatch(
        /300 tỷ đồng" is the plan for 2023, the year reported on, not a target for 2024/,
      );
    }
  });
  it('does not take a result measured against the plan for the plan', () => {
    const head = [
      'Bưu điện tỉnh Tuyên Quang tổng kết năm 2023',
      'Ngày 27/12/2023, Bưu điện tỉnh Tuyên Quang tổ chức hội nghị tổng kết năm 2023, triển khai kế hoạch năm 2024.',
    ];
    const a = read(...head, 'Năm 2023, tổng doanh thu đạt 102% kế hoạch với 150 tỷ đồng.');
    expect(brief(a.kpis!)).toEqual([{ metric: 'total_revenue', value: 150e9, year: 2023, planPercent: 102 }]);
    const b = read(...head, 'Năm 2023, Bưu điện tỉnh hoàn thành 105% kế hoạch năm với tổng doanh thu 200 tỷ đồng.');
    expect(b.kpis!.map((f) => [f.metric, f.value, f.year])).toEqual([['total_revenue', 200e9, 2023]]);
    expect(b.targets ?? []).toEqual([]);
  });
  it('is a target when it is the plan of the year ahead', () => {
    const e = read(
      'Bưu điện tỉnh Tuyên Quang triển khai kế hoạch năm 2024',
      'Ngày 10/1/2024, Bưu điện tỉnh Tuyên Quang tổ chức hội nghị triển khai kế hoạch năm 2024. Năm 2024, Bưu điện tỉnh được giao kế hoạch doanh thu 320 tỷ đồng.',
    );
    expect(brief(e.targets!)).toEqual([{ metric: 'total_revenue', value: 320e9, year: 2024 }]);
  });
});

describe('the part and the whole', () => {
  it("does not take an area's figure for the province's, and keeps its growth with it", () => {
    const e = read(
      'Bưu điện tỉnh Đắk Lắk triển khai kế hoạch năm 2026',
      'Chiều 16/1/2026, Bưu điện tỉnh Đắk Lắk tổ chức hội nghị triển khai kế hoạch năm 2026. Năm 2025, tổng doanh thu của đơn vị đạt 890 tỷ đồng, đạt 98% kế hoạch. Riêng khu vực Phú Yên đạt doanh thu 310 tỷ đồng, tăng 6% so với năm 2024.',
    );
    expect(brief(e.kpis!)).toEqual([{ metric: 'total_revenue', value: 890e9, year: 2025, planPercent: 98 }]);
    expect(e.review.warnings!.map((w) => w.messageEn).join(' ')).toMatch(/part of the unit/);
  });
});

describe('a mid-year review', () => {
  it("reads the year's plan as the target and leaves out what the second half must bring, with a warning", () => {
    const e = read(
      'Bưu điện tỉnh Long An sơ kết 6 tháng đầu năm 2024',
      'Ngày 10/7/2024, Bưu điện tỉnh Long An tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024.',
      '6 tháng đầu năm 2024, doanh thu đạt 150 tỷ đồng, bằng 52% kế hoạch năm, tăng 10% so với cùng kỳ. Lũy kế 6 tháng, đơn vị đã tiếp nhận và trả kết quả 30.500 hồ sơ hành chính công.',
      'Để hoàn thành kế hoạch năm 2024 với tổng doanh thu 290 tỷ đồng, 6 tháng cuối năm đơn vị cần đạt 140 tỷ đồng.',
    );
    expect(brief(e.kpis!)).toEqual([
      { metric: 'total_revenue', value: 150e9, year: 2024, planPercent: 52, changePercent: 10, period: 'H1' },
      { metric: 'admin_dossiers', value: 30500, year: 2024, period: 'H1' },
    ]);
    expect(brief(e.targets!)).toEqual([{ metric: 'total_revenue', value: 290e9, year: 2024 }]);
    const messages = e.review.warnings!.map((w) => w.messageEn).join(' ');
    expect(messages).toMatch(/cần đạt 140 tỷ đồng" is a figure for the second half/);
    expect(messages).not.toMatch(/Two different values/);
  });
});

describe('an article that names no year', () => {
  it('reads the year reviewed from a December or January conference date, and says so', () => {
    const e = read(
      'Hội nghị của Bưu điện tỉnh Điện Biên',
      'Ngày 27/12/2023, Bưu điện tỉnh Điện Biên tổ chức hội nghị. Tổng doanh thu đạt 150 tỷ đồng, bằng 103% kế hoạch.',
    );
    expect(e).toMatchObject({ reportYear: 2023, eventDate: '2023-12-27' });
    expect(brief(e.kpis!)).toEqual([{ metric: 'total_revenue', value: 150e9, year: 2023, planPercent: 103 }]);
    const w = e.review.warnings!.find((x) => x.field === 'reportYear')!;
    expect(w.messageEn).toMatch(/inferred from the conference date "Ngày 27\/12\/2023"/);
  });
  it('still refuses an article with no year, no conference date in season and no publication date', () => {
    expect(() =>
      extractArticle(
        'Hội nghị của Bưu điện tỉnh Điện Biên\n\nNgày 15/6, Bưu điện tỉnh Điện Biên tổ chức hội nghị khách hàng. Tổng doanh thu đạt 150 tỷ đồng.',
      ),
    ).toThrow(/cannot tell which year/);
  });
});

describe('the page’s date against the years the text names', () => {
  const text = (stamp: string) =>
    [
      'Bưu điện tỉnh Yên Bái triển khai kế hoạch năm 2024',
      stamp,
      'Ngày 26/12, Bưu điện tỉnh Yên Bái tổ chức hội nghị tổng kết năm 2023 và triển khai kế hoạch năm 2024. Tổng doanh thu năm 2023 đạt 120 tỷ đồng.',
    ].join('\n\n');
  const stampWarning = (stamp: string) =>
    entryData(extractArticle(text(stamp)).entries[0]!).review.warnings!.find(
      (w) => w.field === 'reportYear' && /page is dated/.test(w.messageEn ?? ''),
    );
  it('follows the text and says so when the page is dated years away from the year reviewed', () => {
    const e = entryData(extractArticle(text('27/12/2026 08:15')).entries[0]!);
    expect(e.reportYear).toBe(2023);
    expect(stampWarning('27/12/2026 08:15')?.quote).toBe('2026-12-27');
  });
  it('says nothing when the page is dated in December or the January after', () => {
    expect(stampWarning('27/12/2023 08:15')).toBeUndefined();
    expect(stampWarning('05/01/2024 08:15')).toBeUndefined();
  });
});

describe('figures in the headline', () => {
  it('reads a target given only in the headline, and marks it', () => {
    const e = read(
      'Năm 2025, Bưu điện tỉnh Tuyên Quang phấn đấu đạt doanh thu trên 260 tỷ đồng',
      'Ngày 8/1, Bưu điện tỉnh Tuyên Quang tổ chức hội nghị tổng kết năm 2024 và triển khai kế hoạch năm 2025. Năm 2024, tổng doanh thu đạt 241 tỷ đồng, tăng 9% so với năm 2023.',
    );
    expect(brief(e.targets!)).toEqual([{ metric: 'total_revenue', value: 260e9, year: 2025 }]);
    expect(e.targets![0]!.qualifier).toBe('over');
    const w = e.review.warnings!.find((x) => x.field.startsWith('targets[0]'));
    expect(w?.messageEn).toMatch(/only in the headline/);
  });
  it('follows the text where the headline rounds it, and says when the two disagree', () => {
    const agree = read(
      'Bưu điện tỉnh Tuyên Quang đạt tổng doanh thu hơn 241 tỷ đồng',
      'Ngày 26/12, Bưu điện tỉnh Tuyên Quang tổ chức hội nghị tổng kết năm 2024. Năm 2024, tổng doanh thu đạt 241,6 tỷ đồng.',
    );
    expect(brief(agree.kpis!)).toEqual([{ metric: 'total_revenue', value: 241.6e9, year: 2024 }]);
    expect(agree.review.warnings!.some((w) => /headline/.test(w.messageEn ?? ''))).toBe(false);
    const disagree = read(
      'Bưu điện tỉnh Tuyên Quang đạt tổng doanh thu 214 tỷ đồng',
      'Ngày 26/12, Bưu điện tỉnh Tuyên Quang tổ chức hội nghị tổng kết năm 2024. Năm 2024, tổng doanh thu đạt 241,6 tỷ đồng.',
    );
    expect(brief(disagree.kpis!)).toEqual([{ metric: 'total_revenue', value: 241.6e9, year: 2024 }]);
    expect(disagree.review.warnings!.find((w) => /The headline says/.test(w.messageEn ?? ''))?.quote).toMatch(/214/);
  });
});

describe('a conference date whose year is a slip', () => {
  it('takes the year the day and month fit when the written one is one off, and says so', () => {
    const e = read(
      'Bưu điện tỉnh Kon Tum triển khai kế hoạch năm 2021',
      'Ngày 05/01/2020, Bưu điện tỉnh Kon Tum tổ chức hội nghị tổng kết công tác năm 2020 và triển khai kế hoạch năm 2021. Tổng doanh thu năm 2020 đạt 90 tỷ đồng.',
    );
    expect(e).toMatchObject({ reportYear: 2020, planYear: 2021, eventDate: '2021-01-05' });
    expect(e.review.warnings!.find((w) => w.field === 'eventDate')?.messageEn).toMatch(/read as 2021/);
  });
  it('keeps a date years away as written, with the warning', () => {
    const e = read(
      'Bưu điện tỉnh Kon Tum triển khai kế hoạch năm 2021',
      'Ngày 05/01/2017, Bưu điện tỉnh Kon Tum tổ chức hội nghị tổng kết công tác năm 2020 và triển khai kế hoạch năm 2021. Tổng doanh thu năm 2020 đạt 90 tỷ đồng.',
    );
    expect(e.eventDate).toBe('2017-01-05');
    expect(e.review.warnings!.find((w) => w.field === 'eventDate')?.messageEn).toMatch(/does not fit/);
  });
});
