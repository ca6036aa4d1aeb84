/**
 * Words of plans and targets: the plan a result is measured against, the words that set a target, and
 * the words of intent that look ahead.
 */
import { anyOf, opt, seq, word } from './pattern.ts';

/**
 * The plan, "kế hoạch", also as typed without its tone marks ("ke hoach", "kế hoach") or with a letter
 * dropped ("kế hạch", seen in a provincial report).
 */
export const PLAN = anyOf('kế hoạch', 'kế hoach', 'ke hoạch', 'ke hoach', 'kế hạch', 'ke hach');
/** The plan's abbreviation after a percentage: "đạt 102% KH". */
export const PLAN_ABBREVIATION = word('kh');
export const PLAN_OR_ABBREVIATION = anyOf(PLAN, PLAN_ABBREVIATION);
/** An indicator of a plan: "chỉ tiêu". */
export const INDICATOR = anyOf('chỉ tiêu');
/** The plan as given to the unit: "kế hoạch được giao", "kế hoạch đề ra". */
export const ASSIGNED = anyOf('được giao', 'giao', 'đề ra');
/** The year's whole plan: "kế hoạch năm", "kế hoạch cả năm", "cả năm". */
export const WHOLE_YEAR = anyOf(seq('kế hoạch', opt('cả'), 'năm'), 'cả năm');
/** A goal: "mục tiêu". */
export const GOAL = anyOf('mục tiêu');

/**
 * Intent: a target is being set or striven for ("phấn đấu", "dự kiến", "hướng tới"). Weak on its own:
 * "Năm 2022, đơn vị phấn đấu và đạt …" reports past effort.
 */
export const INTENT = anyOf(
  'phấn đấu',
  'phấn dấu',
  'mục tiêu',
  'dự kiến',
  'đặt ra',
  'hướng tới',
  'sẽ đạt',
  'cần đạt',
  'nhằm đạt',
);
/** Striving, spelled with or without the stroke of "đ" ("phấn dấu" is a common slip). */
export const STRIVE = anyOf('phấn đấu', 'phấn dấu');
/** A purpose or a need before an attainment verb: "để hoàn thành kế hoạch", "cần vượt kế hoạch". */
export const PURPOSE = anyOf('để', 'nhằm', 'cần', 'phải', 'sẽ', STRIVE, 'quyết tâm', 'bảo đảm', 'đảm bảo');
/** The result reported against a plan: "kết quả đạt", "kết quả thực hiện là". */
export const RESULT_NOUN = seq('kết quả', opt('thực hiện'));

/** What a plan is called when a year follows: "kế hoạch năm 2024", "nhiệm vụ năm 2016", "mục tiêu năm …". */
export const PLAN_DOCUMENT = anyOf('kế hoạch', 'nhiệm vụ', 'phương hướng', 'mục tiêu', 'chỉ tiêu');
/** Launching or setting a plan: "triển khai kế hoạch năm 2024" (the strongest sign of the plan year). */
export const LAUNCH = anyOf('triển khai');
export const PLAN_ACTION = anyOf('triển khai', 'thực hiện', 'giao', 'xây dựng', 'phương hướng');
/**
 * Intent after a year that opens a sentence ("Năm 2026, Bưu điện tỉnh đặt mục tiêu …"): that year is
 * planned. "tiếp tục" (go on) is not one: "Năm 2023, Bưu điện tỉnh tiếp tục gặp nhiều khó khăn … nhưng
 * vẫn đạt" reports; "tiếp tục phấn đấu" plans through "phấn đấu".
 */
export const YEAR_INTENT = anyOf(
  STRIVE,
  'sẽ',
  'cần',
  seq('đặt', opt('ra'), GOAL),
  'xác định',
  'dự kiến',
  'đề ra',
  'hướng tới',
  seq(GOAL, anyOf('là', 'đến', 'đạt')),
);
