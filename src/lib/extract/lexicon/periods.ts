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

/** The year reported on, without its number: "năm qua", "năm vừa qua", "trong năm qua", "năm rồi". */
export const PAST_YEAR = seq(opt('trong'), YEAR, anyOf('vừa qua', 'qua', 'rồi'));
/** "cả năm": the whole year reported on (not "cả năm 2024"). */
export const WHOLE_YEAR_TIME = seq('cả', YEAR);
/** "trong năm": during the year reported on (not "trong năm 2024", "trong năm tới"). */
export const DURING_YEAR = seq('trong', YEAR);
/** Words after "trong năm" that make it another year: "trong năm tới", "trong năm mới", "trong năm nay". */
export const OTHER_YEAR = anyOf('tới', 'sau', 'mới', 'nay', 'qua', 'vừa', 'kế');
/** The year ahead: "năm tới", "năm sau", "năm kế tiếp", "sang năm", "thời gian tới", "những tháng còn lại (của năm)". */
export const YEAR_AHEAD = anyOf(
  seq(YEAR, anyOf('tới', 'sau', 'kế tiếp')),
  pattern`${seq('sang', YEAR)}(?!\s*[\d#])`,
  'thời gian tới',
  seq('những tháng còn lại', opt('của năm')),
);
/** A span of years: "giai đoạn 2016-2018", "từ năm 2015 đến 2020", "trong 5 năm", "5 năm liên tiếp". */
export const PHASE = anyOf('giai đoạn');
export const FROM_YEAR = seq('từ', YEAR);
export const UNTIL = anyOf('đến', 'tới');
export const OVER = anyOf('trong', 'sau', 'qua');
export const YEARS_RUNNING = anyOf('qua', 'liên tiếp', 'gần đây');
/** "lũy kế": a running total, over a span unless it is the period's own ("lũy kế 6 tháng", "lũy kế từ đầu năm"). */
export const CUMULATIVE = anyOf('lũy kế', 'luỹ kế', 'luy kế');
export const SINCE_YEAR_START = seq('từ đầu', YEAR);
export const TO_THE_END = seq(UNTIL, anyOf('hết', 'cuối'));
/** "bình quân mỗi năm": a yearly average over a span. */
export const YEARLY_AVERAGE = seq('bình quân', anyOf('mỗi', 'hằng', 'hàng'), YEAR);
/** Quarters in Roman numerals, longest first. */
export const ROMAN_QUARTER = anyOf('iv', 'iii', 'ii', 'i');
/** "6 tháng đầu năm", "9 tháng": how a part of a year is counted. */
export const HALF_WORD = anyOf('nửa');
/** A year written right after an amount: "300 tỷ đồng năm 2020", "… trong năm tới". */
export const BEFORE_ATTACHED_YEAR = anyOf('vào', 'trong', 'của', 'cho');
/** A count of months: "4 tháng", "9 tháng". */
export const MONTHS_COUNT = pattern`(\d{1,2})\s+${MONTH}`;
/** The first three quarters in Roman numerals, longest first: a review after one reports the year so far. */
export const EARLY_ROMAN_QUARTER = anyOf('iii', 'ii', 'i');
