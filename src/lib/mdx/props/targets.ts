/**
 * `<Targets year={2024} />`: the targets conferences set for a year (full-year plans), by province and
 * metric; `province` narrows them to one province.
 */
import type { Digest } from '../../digest/digest.ts';
import type { FigureRow } from '../../digest/types.ts';
import {
  all,
  fail,
  ok,
  problem,
  provinceProp,
  yearList,
  yearProp,
  type PropSpec,
  type Props,
  type Resolved,
} from './resolve.ts';
import { targetsOfYear } from '../../digest/targets.ts';

export const TARGETS_PROPS: readonly PropSpec[] = [
  { name: 'year', required: true, describes: { vi: 'năm kế hoạch', en: 'the plan year' } },
  {
    name: 'province',
    required: false,
    describes: { vi: 'mã tỉnh (bỏ trống: mọi tỉnh)', en: 'province slug (all when left out)' },
  },
];

export function resolveTargets(digest: Digest, props: Props): Resolved<FigureRow[]> {
  const read = all(yearProp(props), props.province === undefined ? ok(undefined) : provinceProp(props));
  if (!read.ok) return read;
  const [year, province] = read.value;
  const rows = targetsOfYear(digest, year).filter((r) => province === undefined || r.province === province);
  if (rows.length > 0) return ok(rows);
  const years = digest.figures.filter(
    (r) => r.kind === 'target' && (province === undefined || r.province === province),
  );
  const who = province ? ` của ${province}` : '';
  const whoEn = province ? ` of ${province}` : '';
  return fail(
    problem(
      'year',
      `không có chỉ tiêu kế hoạch nào${who} cho năm ${year}`,
      years.length ? `các năm có kế hoạch: ${yearList(years.map((r) => r.year))}` : 'chưa có bài nào nêu kế hoạch',
      `no target${whoEn} is set for ${year}`,
      years.length ? `the years with targets: ${yearList(years.map((r) => r.year))}` : 'no article sets a target yet',
    ),
  );
}
