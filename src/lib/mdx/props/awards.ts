/** `<Awards year={2023} level="state" />`: the year's distinctions, of one level when `level` is given. */
import type { Digest } from '../../digest/digest.ts';
import type { AwardRow } from '../../digest/types.ts';
import { AWARD_LEVELS } from '../../schema/award.ts';
import { all, fail, ok, problem, yearProp, type PropSpec, type Props, type Resolved } from './resolve.ts';

export const AWARDS_PROPS: readonly PropSpec[] = [
  { name: 'year', required: true, describes: { vi: 'năm khen thưởng', en: 'the year of the distinctions' } },
  {
    name: 'level',
    required: false,
    describes: { vi: `cấp khen thưởng: ${AWARD_LEVELS.join(', ')}`, en: `the level: ${AWARD_LEVELS.join(', ')}` },
  },
];

type Level = (typeof AWARD_LEVELS)[number];

export function resolveAwards(digest: Digest, props: Props): Resolved<AwardRow[]> {
  const level = props.level;
  const levelOk =
    level === undefined || (AWARD_LEVELS as readonly unknown[]).includes(level)
      ? ok(level as Level | undefined)
      : fail<Level | undefined>(
          problem(
            'level',
            `level="${String(level)}" không phải cấp khen thưởng nào`,
            `dùng một trong: ${AWARD_LEVELS.join(', ')}`,
            `level="${String(level)}" is no award level`,
            `use one of ${AWARD_LEVELS.join(', ')}`,
          ),
        );
  const read = all(yearProp(props), levelOk);
  if (!read.ok) return read;
  const [year, lvl] = read.value;
  const rows = digest.awards.filter((a) => a.award.year === year && (lvl === undefined || a.award.level === lvl));
  if (rows.length === 0) {
    const levels = [...new Set(digest.awards.filter((a) => a.award.year === year).map((a) => a.award.level))];
    return fail(
      problem(
        lvl ? 'level' : 'year',
        lvl ? `không có khen thưởng cấp ${lvl} nào cho năm ${year}` : `không có khen thưởng nào cho năm ${year}`,
        levels.length ? `các cấp có khen thưởng năm ${year}: ${levels.join(', ')}` : 'bỏ thẻ này, hoặc chọn năm khác',
        lvl ? `no ${lvl}-level award for ${year}` : `no award for ${year}`,
        levels.length
          ? `the levels with awards for ${year}: ${levels.join(', ')}`
          : 'remove the tag, or pick another year',
      ),
    );
  }
  return ok(rows);
}
