/**
 * `<Ranking metric="total_revenue" year={2023} top={10} />`: the year's ranking of one metric, its first
 * `top` provinces (all when left out), each with how many provinces reported it.
 */
import type { Digest } from '../../digest/digest.ts';
import { yearDigest, type MetricRanking } from '../../digest/year-page.ts';
import {
  all,
  fail,
  integerProp,
  metricProp,
  ok,
  problem,
  yearList,
  yearProp,
  type PropSpec,
  type Props,
  type Resolved,
} from './resolve.ts';

export const RANKING_PROPS: readonly PropSpec[] = [
  { name: 'metric', required: true, describes: { vi: 'mã chỉ tiêu', en: 'metric id' } },
  { name: 'year', required: true, describes: { vi: 'năm xếp hạng', en: 'the year ranked' } },
  {
    name: 'top',
    required: false,
    describes: { vi: 'số tỉnh đầu bảng được hiện', en: 'how many leading provinces to show' },
  },
];

export function resolveRanking(digest: Digest, props: Props): Resolved<MetricRanking> {
  const read = all(
    metricProp(props),
    yearProp(props),
    props.top === undefined ? ok(Infinity) : integerProp(props, 'top', 1),
  );
  if (!read.ok) return read;
  const [metric, year, top] = read.value;
  const ranking = yearDigest(digest, year).rankings.find((r) => r.metric === metric);
  if (!ranking || ranking.rankedCount === 0) {
    const years = digest.figures
      .filter((r) => r.metric === metric && r.kind === 'result' && r.period === 'year' && r.province !== null)
      .map((r) => r.year);
    return fail(
      problem(
        'year',
        `không có tỉnh nào báo cáo ${metric} cả năm ${year} nên không có xếp hạng`,
        years.length ? `các năm có xếp hạng ${metric}: ${yearList(years)}` : `chưa có bài nào nêu ${metric} cả năm`,
        `no province reported ${metric} for the whole of ${year}, so there is no ranking`,
        years.length ? `the years ${metric} is ranked: ${yearList(years)}` : `no article gives a full-year ${metric}`,
      ),
    );
  }
  const rows = ranking.rows.filter((r) => r.rank !== null && r.rank <= top);
  return ok({ ...ranking, rows, partial: [] });
}
