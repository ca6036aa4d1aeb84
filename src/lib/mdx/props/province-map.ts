/** `<ProvinceMap metric="total_revenue" year={2023} />`: the map of one metric in one year, with its table. */
import type { Digest } from '../../digest/digest.ts';
import { mapSelections, type MapSelection } from '../../map/values.ts';
import {
  all,
  fail,
  metricProp,
  ok,
  problem,
  yearList,
  yearProp,
  type PropSpec,
  type Props,
  type Resolved,
} from './resolve.ts';

export const PROVINCE_MAP_PROPS: readonly PropSpec[] = [
  { name: 'metric', required: true, describes: { vi: 'mã chỉ tiêu', en: 'metric id' } },
  { name: 'year', required: true, describes: { vi: 'năm của bản đồ', en: 'the year mapped' } },
];

export function resolveProvinceMap(digest: Digest, props: Props): Resolved<MapSelection> {
  const read = all(metricProp(props), yearProp(props));
  if (!read.ok) return read;
  const [metric, year] = read.value;
  const maps = mapSelections(digest.entries).filter((s) => s.metric === metric);
  if (maps.some((s) => s.year === year)) return ok({ metric, year });
  return fail(
    problem(
      'year',
      `không có bản đồ ${metric} năm ${year}: chưa tỉnh nào có số liệu cả năm`,
      maps.length
        ? `các năm có bản đồ ${metric}: ${yearList(maps.map((s) => s.year))}`
        : `chưa có bản đồ nào của ${metric}`,
      `there is no map of ${metric} for ${year}: no province has a full-year figure`,
      maps.length ? `the years ${metric} is mapped: ${yearList(maps.map((s) => s.year))}` : `${metric} has no map yet`,
    ),
  );
}
