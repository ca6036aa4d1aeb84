/**
 * Hedges: words that bound a number ("trên 101 tỷ đồng", "gần 80.000 hồ sơ", "khoảng 5%") and the
 * qualifier each stands for.
 */
import type { Qualifier } from '../../schema/common.ts';
import { anyOf } from './pattern.ts';

/**
 * Words just before a number that hedge it. Read longest first: "trên dưới" (about) before "trên"
 * (over); "chưa đến" (under) before "đến". "tối thiểu", "ít nhất" (at least) are read as over, "tối đa"
 * (at most) as under; "từ … trở lên" (at least) comes after the number.
 */
export const HEDGES: Readonly<Record<string, Qualifier>> = {
  'trên dưới': 'about',
  'xấp xỉ': 'about',
  khoảng: 'about',
  chừng: 'about',
  'ước chừng': 'about',
  gần: 'nearly',
  'suýt soát': 'nearly',
  'chưa đến': 'under',
  'chưa tới': 'under',
  dưới: 'under',
  'không quá': 'under',
  'không tới': 'under',
  'tối đa': 'under',
  'tối thiểu': 'over',
  'ít nhất': 'over',
  trên: 'over',
  hơn: 'over',
};
/** The hedges a figure's phrase may start with ("đạt hơn 41.500 hồ sơ"). */
export const LEADING_HEDGE = anyOf('trên', 'hơn', 'gần', 'khoảng', 'xấp xỉ', 'dưới');
/** The hedges that may stand between a verb and an amount in a clause with no subject ("; năm 2022 đạt trên …"). */
export const CLAUSE_HEDGE = anyOf('trên', 'hơn', 'gần', 'khoảng', 'xấp xỉ');
/** The hedges before a percentage of a plan ("hoàn thành trên 102% kế hoạch"). */
export const PERCENT_HEDGE = anyOf('trên', 'hơn', 'gần', 'khoảng');
/** "… trở lên", "… trở đi": at least, after the number. */
export const AT_LEAST = anyOf('trở lên', 'trở đi');
/** "từ 2%": from, at least (not "từ 5% lên 7%"). */
export const FROM = anyOf('từ');
/** What turns "từ 5%" into a range or a move: "lên", "đến", "tới", "xuống". */
export const TO = anyOf('lên', 'đến', 'tới', 'xuống');
