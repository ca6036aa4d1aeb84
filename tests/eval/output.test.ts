import { describe, expect, it } from 'vitest';
import { articleId, parseOutput, parseOutputLine } from '../../src/lib/eval/output.ts';

const data = {
  province: 'bac-kan',
  reportYear: 2020,
  kpis: [
    {
      metric: 'total_revenue',
      value: 114e9,
      year: 2020,
      planPercent: 97,
      quote: 'tổng doanh thu đạt trên 114 tỷ đồng',
    },
    { metric: 'salary_revenue', value: null, year: 2020, changePercent: 11, quote: 'bằng 111%' },
  ],
  targets: [{ metric: 'total_revenue', value: 120e9, year: 2021, quote: 'phấn đấu 120 tỷ đồng' }],
  serviceGrowth: [
    { service: 'Bưu chính chuyển phát', metric: 'postal_delivery_revenue', changePercent: 18, quote: 'tăng 18%' },
    { service: 'Tiết kiệm bưu điện', changePercent: 54.4, quote: 'tăng 54,4%' },
  ],
  awards: [
    { award: 'Giấy khen', level: 'corporation', giver: 'Tổng công ty Bưu điện Việt Nam', quote: 'tặng Giấy khen' },
    { award: 'Giấy khen', level: 'unit', giver: 'Không nêu tên', quote: 'Trao tặng Giấy khen' },
  ],
  review: { status: 'needs-review', warnings: [{ field: 'kpis[1].changePercent', message: 'index', quote: '111%' }] },
};

describe('parseOutputLine', () => {
  it('reads an entry’s figures, percentages and awards, with where each sits', () => {
    const a = parseOutputLine(JSON.stringify({ file: 'tests/fixtures/raw/articles/21.txt', data, body: '…' }));
    expect(a.id).toBe('21');
    const [e] = a.entries;
    // A figure without a value is no figure; its percentage still counts.
    expect(e!.figures.map((f) => [f.ref, f.kind, f.metric, f.value, f.year])).toEqual([
      ['kpis[0]', 'result', 'total_revenue', 114e9, 2020],
      ['targets[0]', 'target', 'total_revenue', 120e9, 2021],
    ]);
    expect(e!.percents.map((p) => [p.ref, p.kind, p.metric, p.role, p.value])).toEqual([
      ['kpis[0]', 'result', 'total_revenue', 'plan', 97],
      ['kpis[1]', 'result', 'salary_revenue', 'change', 11],
      ['serviceGrowth[0]', 'result', 'postal_delivery_revenue', 'change', 18],
      ['serviceGrowth[1]', 'result', 'service:tiet kiem buu dien', 'change', 54.4],
    ]);
    // "Không nêu tên": the article names no giver, whatever placeholder level the entry carries.
    expect(e!.awards.map((x) => [x.kinds, x.levels])).toEqual([
      [['Giấy khen'], ['corporation']],
      [['Giấy khen'], ['unknown']],
    ]);
    expect(e!.warnings).toHaveLength(1);
  });

  it('reads both entries of a two-province article, and a refusal', () => {
    const two = parseOutputLine(
      JSON.stringify({
        file: '26.txt',
        data,
        body: '',
        entries: [
          { data, body: '' },
          { data: { ...data, province: 'ba-ria-vung-tau' }, body: '' },
        ],
      }),
    );
    expect(two.entries.map((e) => e.province)).toEqual(['bac-kan', 'ba-ria-vung-tau']);
    const refused = parseOutputLine(JSON.stringify({ file: 'x/05.txt', error: 'no year' }));
    expect(refused).toEqual({ id: '05', file: 'x/05.txt', entries: [], error: 'no year' });
  });

  it('reads a whole output, skipping blank lines', () => {
    const lines = [
      JSON.stringify({ file: 'a/01.txt', data }),
      '',
      JSON.stringify({ file: 'b/seeds/000_8b.txt', data }),
    ];
    expect(parseOutput(`${lines.join('\n')}\n`).map((a) => a.id)).toEqual(['01', '000_8b']);
    expect(articleId('C:\\raw\\seeds\\003_3b.txt')).toBe('003_3b');
  });
});
