import { describe, expect, it } from 'vitest';
import { goldFromJson, goldFromSeed, provinceSlug, type GoldJson } from '../../src/lib/eval/gold.ts';

const fig = (metric: string, value: number | null, text: string, extra: object = {}) => ({
  metric,
  value,
  unit: 'VND',
  qualifier: 'exact',
  text,
  ...extra,
});

describe('provinceSlug', () => {
  it('maps the gold’s names to slugs', () => {
    expect(provinceSlug('Bà Rịa – Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(provinceSlug('TP. Hồ Chí Minh')).toBe('ho-chi-minh');
    expect(provinceSlug('TP. Huế')).toBe('hue');
    expect(provinceSlug('Đắk Lắk')).toBe('dak-lak');
    expect(() => provinceSlug('Atlantis')).toThrow(/unknown province/);
  });
});

describe('goldFromJson', () => {
  const gold: GoldJson = {
    province: 'Gia Lai',
    report_year: 2018,
    plan_year: 2019,
    kpis: [
      fig('total_revenue', 269e9, 'tổng doanh thu đạt trên 269 tỷ đồng'),
      { ...fig('plan_completion_percent', 115, 'bằng 115% kế hoạch'), unit: '%', of: 'salary_revenue' },
      fig('total_revenue', 24.3e9, 'năm 2012 đạt trên 24,3 tỷ đồng', { year: 2012 }),
    ],
    targets: [
      fig('total_revenue', 151e9, 'tổng doanh thu phấn đấu đạt 151 t', { truncated: true }),
      { ...fig('total_revenue_growth', 34, 'tăng 34% so với năm 2017'), unit: '%' },
      { ...fig('core_service_groups_growth_index', null, 'từ 115% đến 164%'), unit: '%', range: [115, 164] },
      { ...fig('plan_completion_percent', 102, 'vượt mức kế hoạch từ 2% trở lên'), unit: '%', of: 'salary_revenue' },
    ],
    growth: [{ metric: 'total_revenue', percent: 47, text: 'tăng 47% so với năm 2017' }],
    awards: [
      { award: 'Cờ thi đua', giver: 'Bộ Thông tin và Truyền thông', text: 'tặng Cờ thi đua' },
      { award: 'Huân chương Lao động hạng Ba', giver: null, text: 'đón nhận Huân chương Lao động hạng Ba' },
      {
        award: 'Cờ thi đua, Bằng khen, Giấy khen',
        giver: 'Bộ Thông tin và Truyền thông; Tổng Công ty Bưu điện Việt Nam',
        text: '14 tập thể',
      },
    ],
    secondary_entities: [
      {
        province: 'Bà Rịa – Vũng Tàu',
        report_year: 2018,
        plan_year: 2019,
        kpis: [{ ...fig('plan_completion_percent', 112, 'đạt 112%'), unit: '%', of: 'total_revenue' }],
        targets: [],
        growth: [],
        awards: [],
      },
    ],
  };
  const [main, second] = goldFromJson('26', gold).entities;

  it('dates results to the report year (or their own year) and targets to the plan year', () => {
    expect(main!.figures.map((f) => [f.kind, f.metric, f.value, f.year, f.optional ?? false])).toEqual([
      ['result', 'total_revenue', 269e9, 2018, false],
      ['result', 'total_revenue', 24.3e9, 2012, false],
      ['target', 'total_revenue', 151e9, 2019, true],
    ]);
  });

  it('turns plan completions, growth and target growth rates into percentages of their metric', () => {
    expect(main!.percents.map((p) => [p.kind, p.metric, p.role, p.value])).toEqual([
      ['result', 'salary_revenue', 'plan', 115],
      ['target', 'total_revenue', 'change', 34],
      ['target', 'salary_revenue', 'plan', 102],
      ['result', 'total_revenue', 'change', 47],
    ]);
  });

  it('reads the award kinds and giver levels, several when the entry names several', () => {
    expect(main!.awards.map((a) => [a.kinds, a.levels])).toEqual([
      [['Cờ thi đua'], ['ministry']],
      [['Huân chương Lao động hạng Ba'], ['unknown']],
      [
        ['Cờ thi đua', 'Bằng khen', 'Giấy khen'],
        ['ministry', 'corporation'],
      ],
    ]);
  });

  it('makes one entity per province', () => {
    expect([main!.province, second!.province]).toEqual(['gia-lai', 'ba-ria-vung-tau']);
    expect(second!.percents).toEqual([
      { kind: 'result', metric: 'total_revenue', role: 'plan', value: 112, quote: 'đạt 112%' },
    ]);
  });
});

describe('goldFromSeed', () => {
  it('reads the seed expectations in the content model’s terms', () => {
    const [e] = goldFromSeed('001', {
      province: 'lang-son',
      reportYear: 2023,
      kpis: [{ metric: 'total_revenue', value: 138e9, year: 2023, planPercent: 101 }],
      targets: [{ metric: 'profit', value: null, year: 2024, changePercent: 5 }],
      serviceGrowth: [
        { service: 'Tiết kiệm bưu điện', changePercent: 54.4 },
        { service: 'Bưu chính', metric: 'postal_delivery_revenue', changePercent: 18, planPercent: 117 },
      ],
      awards: [{ award: 'Cờ thi đua', level: 'ministry', giver: 'Bộ Thông tin và Truyền thông' }],
    }).entities;
    expect(e!.figures.map((f) => [f.kind, f.metric, f.value, f.year])).toEqual([
      ['result', 'total_revenue', 138e9, 2023],
    ]);
    expect(e!.percents.map((p) => [p.kind, p.metric, p.role, p.value])).toEqual([
      ['result', 'total_revenue', 'plan', 101],
      ['target', 'profit', 'change', 5],
      ['result', 'service:tiet kiem buu dien', 'change', 54.4],
      ['result', 'postal_delivery_revenue', 'change', 18],
      ['result', 'postal_delivery_revenue', 'plan', 117],
    ]);
    expect(e!.awards.map((a) => [a.kinds, a.levels])).toEqual([[['Cờ thi đua'], ['ministry']]]);
  });
});
