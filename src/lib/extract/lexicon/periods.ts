/**
 * Time in a report: the year reported on without its number ("năm qua"), the year ahead ("năm tới"),
 * spans of years ("giai đoạn 2016-2018", "lũy kế"), and the parts of a year ("6 tháng đầu năm", "quý IV").
 */
import { anyOf, opt, pattern, seq } from './pattern.ts';

export const YEAR = anyOf('năm');
export const MONTH = anyOf('tháng');
export const QUARTER = anyOf('quý');
/** A quarter's number, Roman or Arabic: "quý IV", "quý 4", "quý II/2023". */
export const QUARTER_NUMBER = pattern`[ivx\d]+`;
/** A year's number in prose. */
export const YEAR_NUMBER = pattern`\d{4}`;
/** Half: "đầu" (first), "cuối" (last). */
export const HALF = anyOf('đầu', 'cuối');
/** "nửa đầu năm", "nửa cuối năm". */
export const HALF_YEAR = seq('nửa', HALF, 'năm');
/** A part of a year named by months or quarters ("6 tháng", "quý IV", "nửa đầu năm"), for periodOf. */
export const PART_OF_YEAR = anyOf(pattern`\d+\s+${MONTH}`, seq(QUARTER, QUARTER_NUMBER), HALF_YEAR);
/** A time that may open a clause: "năm 2022", "trong năm 2022", "năm nay", "năm qua", "năm tới", "quý IV/2023". */
export const CLAUSE_TIME = anyOf(
  seq(opt('trong'), YEAR, YEAR_NUMBER),
  seq(YEAR, anyOf('nay', 'qua', 'tới')),
  pattern`${seq(QUARTER, QUARTER_NUMBER)}(?:\/\d{4})?`,
);
