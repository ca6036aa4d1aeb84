/**
 * `<Figure province="son-la" metric="total_revenue" year={2023} />`: one province's full-year result, as
 * the digest shows it (the figure its rankings use), with its article for the link to the source.
 */
import type { Digest } from '../../digest/digest.ts';
import type { FigureRow } from '../../digest/types.ts';
import {
  all,
  fail,
  metricProp,
  ok,
  problem,
  provinceProp,
  yearList,
  yearProp,
  type PropSpec,
  type Props,
  type Resolved,
} from './resolve.ts';

export const FIGURE_PROPS: readonly PropSpec[] = [
  { name: 'province', required: true, describes: { vi: 'mã tỉnh', en: 'province slug' } },
  { name: 'metric', required: true, describes: { vi: 'mã chỉ tiêu', en: 'metric id' } },
  { name: 'year', required: true, describes: { vi: 'năm của số liệu', en: 'the year of the figure' } },
];

export function resolveFigure(digest: Digest, props: Props): Resolved<FigureRow> {
  const read = all(provinceProp(props), metricProp(props), yearProp(props));
  if (!read.ok) return read;
  const [province, metric, year] = read.value;
  const results = digest.figures.filter(
    (r) => r.province === province && r.metric === metric && r.kind === 'result' && r.period === 'year',
  );
  const row = results.find((r) => r.year === year);
  if (!row) {
    const years = results.map((r) => r.year);
    return fail(
      problem(
        'year',
        `không có số liệu ${metric} năm ${year} của ${province}`,
        years.length
          ? `các năm có số liệu cả năm: ${yearList(years)}`
          : `các bài của ${province} không có số liệu cả năm nào của ${metric}`,
        `no figure for ${province} ${metric} ${year}`,
        years.length
          ? `the years with a full-year figure: ${yearList(years)}`
          : `no article of ${province} gives a full-year figure of ${metric}`,
      ),
    );
  }
  if (row.value === null) {
    return fail(
      problem(
        'year',
        `số liệu ${metric} năm ${year} của ${province} không có giá trị: bài chỉ nêu tỷ lệ`,
        'viết tỷ lệ bằng lời, hoặc chọn số liệu khác',
        `the ${metric} ${year} figure of ${province} has no amount: its article gives only percentages`,
        'write the percentage in words, or pick another figure',
      ),
    );
  }
  return ok(row);
}
