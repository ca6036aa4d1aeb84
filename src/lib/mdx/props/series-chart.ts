/**
 * `<SeriesChart province="son-la" metric="payouts" />`: one province's metric over the years, as its
 * province page shows it (a chart from two years on, always the table).
 */
import type { Digest } from '../../digest/digest.ts';
import { provincePage, type MetricSeries } from '../../digest/province-page.ts';
import { hasTable } from '../../digest/series-table.ts';
import {
  all,
  fail,
  metricProp,
  ok,
  problem,
  provinceProp,
  type PropSpec,
  type Props,
  type Resolved,
} from './resolve.ts';

export const SERIES_CHART_PROPS: readonly PropSpec[] = [
  { name: 'province', required: true, describes: { vi: 'mã tỉnh', en: 'province slug' } },
  { name: 'metric', required: true, describes: { vi: 'mã chỉ tiêu', en: 'metric id' } },
];

export interface SeriesOf {
  province: string;
  series: MetricSeries;
}

export function resolveSeriesChart(digest: Digest, props: Props): Resolved<SeriesOf> {
  const read = all(provinceProp(props), metricProp(props));
  if (!read.ok) return read;
  const [province, metric] = read.value;
  if (!digest.provinceSlugs.includes(province)) {
    return fail(
      problem(
        'province',
        `chưa có bài nào của ${province}`,
        'chọn tỉnh đã có bài trong content/articles/',
        `there is no article about ${province}`,
        'pick a province with articles in content/articles/',
      ),
    );
  }
  const series = provincePage(digest, province).series.find((s) => s.metric === metric && hasTable(s));
  if (!series) {
    const known = provincePage(digest, province)
      .series.filter(hasTable)
      .map((s) => s.metric);
    return fail(
      problem(
        'metric',
        `${province} không có số liệu cả năm nào của ${metric}`,
        known.length ? `các chỉ tiêu của ${province}: ${known.join(', ')}` : `${province} chưa có số liệu cả năm nào`,
        `${province} has no full-year figure of ${metric}`,
        known.length ? `the metrics of ${province}: ${known.join(', ')}` : `${province} has no full-year figure yet`,
      ),
    );
  }
  return ok({ province, series });
}
