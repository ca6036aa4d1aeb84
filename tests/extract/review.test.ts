/**
 * The second reader (src/lib/extract/review/): every rule's examples, read back, with the phrase each
 * warning quotes found in the example's text; then the reader as a whole on a small article.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, entryData } from '../../src/lib/extract/article.ts';
import { award, BILLION, entry, fig, MILLION } from '../../src/lib/extract/review/example.ts';
import { REVIEW_RULES, itemOf, reviewEntry, reviewFindings } from '../../src/lib/extract/review/index.ts';

describe('review rules', () => {
  for (const rule of REVIEW_RULES) {
    it(`${rule.id}: ${rule.why}`, () => {
      expect(
        rule.examples.some(([, expected]) => expected !== null),
        'an example that fires',
      ).toBe(true);
      expect(
        rule.examples.some(([, expected]) => expected === null),
        'an example that does not',
      ).toBe(true);
      for (const [{ text, entry: e }, expected] of rule.examples) {
        const found = reviewFindings(e, [text], [rule]);
        if (expected === null) expect(found, text).toEqual([]);
        else
          expect(
            found.map((f) => f.field),
            text,
          ).toContain(expected);
        for (const f of found) {
          expect(
            text.includes(f.quote) || JSON.stringify(e).includes(JSON.stringify(f.quote).slice(1, -1)),
            f.quote,
          ).toBe(true);
          expect(f.vi).not.toBe(f.en);
        }
      }
    });
  }

  it('ids are unique', () => {
    expect(new Set(REVIEW_RULES.map((r) => r.id)).size).toBe(REVIEW_RULES.length);
  });
});

describe('no doubt where there is none', () => {
  // Whole reports written the way provincial news writes them, each entry read right: no rule may fire.
  const cases: [title: string, text: string[], e: Parameters<typeof entry>[0]][] = [
    [
      'a year-end review with its plan, services and the plan for next year',
      [
        'Ngày 10/1/2024, Bưu điện TP. Hồ Chí Minh tổ chức hội nghị tổng kết năm 2023 và triển khai kế hoạch năm 2024. Năm 2023, với sự nỗ lực phấn đấu của tập thể, Bưu điện TP. Hồ Chí Minh đạt tổng doanh thu 1.650 tỷ đồng, bằng 110% kế hoạch, tăng 15% so với năm 2022; nộp ngân sách nhà nước 60 tỷ đồng; nhóm dịch vụ bưu chính chuyển phát đạt 600 tỷ đồng, tài chính bưu chính đạt 500 tỷ đồng.',
        'Kế hoạch năm 2024, tổng doanh thu là 1.800 tỷ đồng, thu nhập bình quân 15 triệu đồng/người/tháng.',
      ],
      {
        province: 'ho-chi-minh',
        eventDate: '2024-01-10',
        kpis: [
          fig('đạt tổng doanh thu 1.650 tỷ đồng, bằng 110% kế hoạch, tăng 15% so với năm 2022', 1650 * BILLION, {
            planPercent: 110,
            changePercent: 15,
          }),
          fig('nộp ngân sách nhà nước 60 tỷ đồng', 60 * BILLION, { metric: 'budget_contribution' }),
          fig('nhóm dịch vụ bưu chính chuyển phát đạt 600 tỷ đồng', 600 * BILLION, {
            metric: 'postal_delivery_revenue',
          }),
          fig('tài chính bưu chính đạt 500 tỷ đồng', 500 * BILLION, { metric: 'postal_finance_revenue' }),
        ],
        targets: [
          fig('tổng doanh thu là 1.800 tỷ đồng', 1800 * BILLION, { year: 2024 }),
          fig('thu nhập bình quân 15 triệu đồng/người/tháng', 15 * MILLION, {
            metric: 'average_income',
            unit: 'VND/person/month',
            year: 2024,
          }),
        ],
        awards: [
          award('Bưu điện thành phố được Chủ tịch UBND thành phố tặng Bằng khen', {
            award: 'Bằng khen',
            level: 'province',
            giver: 'Chủ tịch UBND thành phố',
          }),
          award('5 tập thể được Tổng công ty Bưu điện Việt Nam tặng Giấy khen', {
            award: 'Giấy khen',
            level: 'corporation',
            giver: 'Tổng công ty Bưu điện Việt Nam',
          }),
          award('Bộ Thông tin và Truyền thông tặng Cờ thi đua cho Bưu điện Quận 1', {
            award: 'Cờ thi đua',
            level: 'ministry',
            giver: 'Bộ Thông tin và Truyền thông',
          }),
        ],
      },
    ],
    [
      'a mid-year review measured by the year’s plan',
      [
        'Sáng 3/7, Bưu điện tỉnh Điện Biên tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. 6 tháng đầu năm 2024, tổng doanh thu đạt 65 tỷ đồng, bằng 46% kế hoạch năm, tăng 12% so với cùng kỳ. 6 tháng cuối năm, đơn vị phấn đấu hoàn thành kế hoạch năm với tổng doanh thu 140 tỷ đồng.',
      ],
      {
        province: 'dien-bien',
        reportYear: 2024,
        planYear: null,
        eventDate: '2024-07-03',
        eventKind: 'mid-year',
        kpis: [
          fig('tổng doanh thu đạt 65 tỷ đồng, bằng 46% kế hoạch năm, tăng 12% so với cùng kỳ', 65 * BILLION, {
            year: 2024,
            period: 'H1',
            planPercent: 46,
            changePercent: 12,
          }),
        ],
        targets: [fig('tổng doanh thu 140 tỷ đồng', 140 * BILLION, { year: 2024 })],
      },
    ],
    [
      'an estimate of the year under review, a province named as the subject’s own',
      [
        'Chiều 29/12, Bưu điện thành phố Huế tổ chức hội nghị tổng kết năm 2025. Năm qua, Bưu điện thành phố Huế dự kiến đạt tổng doanh thu 130 tỷ đồng, vượt 3% kế hoạch. Năm 2026, đơn vị đặt mục tiêu tổng doanh thu 145 tỷ đồng.',
        'Thừa ủy quyền của Chủ tịch nước, đồng chí Nguyễn Văn An trao Huân chương Lao động hạng Ba cho Bưu điện thành phố Huế.',
      ],
      {
        province: 'hue',
        reportYear: 2025,
        planYear: 2026,
        eventDate: '2025-12-29',
        kpis: [
          fig('dự kiến đạt tổng doanh thu 130 tỷ đồng, vượt 3% kế hoạch', 130 * BILLION, {
            year: 2025,
            planPercent: 103,
          }),
        ],
        targets: [fig('đặt mục tiêu tổng doanh thu 145 tỷ đồng', 145 * BILLION, { year: 2026 })],
        awards: [
          award(
            'Thừa ủy quyền của Chủ tịch nước, đồng chí Nguyễn Văn An trao Huân chương Lao động hạng Ba cho Bưu điện thành phố Huế',
            {
              award: 'Huân chương Lao động hạng Ba',
              level: 'state',
              giver: 'Chủ tịch nước',
              presenter: 'đồng chí Nguyễn Văn An',
            },
          ),
        ],
      },
    ],
  ];
  for (const [title, text, e] of cases)
    it(title, () => {
      expect(reviewFindings(entry(e), text)).toEqual([]);
    });
});

describe('reviewEntry', () => {
  it('quotes the phrase and names the field of the item', () => {
    const text = 'Năm 2024, Bưu điện tỉnh phấn đấu nộp ngân sách nhà nước 5 tỷ đồng.';
    const e = entry({
      kpis: [fig('phấn đấu nộp ngân sách nhà nước 5 tỷ đồng', 5 * BILLION, { metric: 'budget_contribution' })],
    });
    const warnings = reviewEntry(e, [text]);
    expect(warnings.map((w) => w.field)).toEqual(['kpis[0]', 'kpis[0].year']);
    expect(warnings[0]!.quote).toBe('phấn đấu nộp ngân sách nhà nước 5 tỷ đồng');
    expect(warnings[0]!.messageEn).toMatch(/filed as a result/);
  });

  it('says nothing about a figure it cannot find in the text', () => {
    const e = entry({ kpis: [fig('phấn đấu doanh thu 300 tỷ đồng', 300 * BILLION)] });
    expect(reviewEntry(e, ['Một bài khác.'])).toEqual([]);
  });

  it('reads the item a field names', () => {
    expect(itemOf('kpis[2].value')).toEqual({ list: 'kpis', index: 2, field: 'value' });
    expect(itemOf('awards[0]')).toEqual({ list: 'awards', index: 0, field: 'awards' });
    expect(itemOf('eventDate')).toBeNull();
  });
});

describe('extractArticle with the second reader', () => {
  const article = (body: string): string => `published: 2024-01-10\n\n${body}\n`;

  it('leaves a plain, consistent report unreviewed', () => {
    const data = entryData(
      extractArticle(
        article(
          'Bưu điện tỉnh Sơn La tổng kết năm 2023\n\nSáng 9/1, Bưu điện tỉnh Sơn La tổ chức hội nghị tổng kết năm 2023 và triển khai kế hoạch năm 2024. Năm 2023, tổng doanh thu đạt 101 tỷ đồng, tăng 7% so với năm 2022.\n\nNăm 2024, Bưu điện tỉnh phấn đấu tổng doanh thu đạt 110 tỷ đồng.',
        ),
      ).entries[0]!,
    );
    expect(data.review).toEqual({ status: 'unreviewed', warnings: [] });
  });

  it('puts a doubt on the figure, so the entry needs review', () => {
    const data = entryData(
      extractArticle(
        article(
          'Bưu điện tỉnh Sơn La tổng kết năm 2023\n\nSáng 9/1, Bưu điện tỉnh Sơn La tổ chức hội nghị tổng kết năm 2023 và triển khai kế hoạch năm 2024. Năm 2023, tổng doanh thu đạt 101 tỷ đồng; doanh thu tính lương đạt 150 tỷ đồng.',
        ),
      ).entries[0]!,
    );
    expect(data.review.status).toBe('needs-review');
    expect(data.review.warnings).toContainEqual(
      expect.objectContaining({ field: 'kpis[1].value', quote: 'doanh thu tính lương đạt 150 tỷ đồng' }),
    );
  });
});
