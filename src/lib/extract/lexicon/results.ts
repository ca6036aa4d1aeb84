/** Verbs that report what was done: attainment, completion, past tense. */
import { anyOf, opt, seq } from './pattern.ts';

/** Attainment: "hoàn thành", "vượt", "đạt", "bằng", "thực hiện được". */
export const ATTAIN = anyOf('hoàn thành', 'vượt', 'đạt', 'bằng', 'thực hiện được');
/** How well: "hoàn thành xuất sắc", "hoàn thành tốt", "hoàn thành vượt mức". */
export const MANNER = anyOf('xuất sắc', 'tốt', 'vượt mức');
/** All of them: "các chỉ tiêu", "toàn bộ kế hoạch". */
export const ALL = anyOf('các', 'toàn bộ');
/** Past: "đã", "từng". */
export const PAST = anyOf('đã', 'từng');
/** Effort before an intent word, still past: "đã nỗ lực phấn đấu". */
export const EFFORT = anyOf('nỗ lực', 'cố gắng', 'quyết tâm');
/** "thực hiện được", "đã đạt", "đã thực hiện": a result, not a plan. */
export const DONE = anyOf('thực hiện được', seq('đã', anyOf('đạt', 'thực hiện')));
/** The verb of a result: "đạt", "thực hiện", "thực hiện được". */
export const REACH = anyOf('đạt', seq('thực hiện', opt('được')));
/** Estimated, reached, carried out: verbs that may lead a figure's phrase ("đạt 41.500 hồ sơ"). */
export const FIGURE_VERB = anyOf('đạt', 'có', 'với', seq('mở', opt('online')), 'cho');
/** Completion: "hoàn thành". */
export const COMPLETE = anyOf('hoàn thành');
/** Exceeding: "vượt". */
export const EXCEED = anyOf('vượt');
/** The level, mark or threshold exceeded: "vượt mức", "vượt mốc", "vượt ngưỡng". */
export const MARK = anyOf('mức', 'mốc', 'ngưỡng');

/**
 * What follows a year that opens a sentence when the sentence reports on it: "Năm 2023, … đã …", "… đạt
 * …", "Năm 2025 đánh dấu bước chuyển mình … với nhiều kết quả nổi bật".
 */
export const YEAR_RESULT = anyOf(
  'đã',
  'đạt',
  'hoàn thành',
  'thực hiện được',
  'tăng trưởng',
  'tăng',
  'là năm',
  'kết quả',
  'đánh dấu',
);
/** A review of a year: "tổng kết (công tác) năm 2023", "kết quả năm 2023", "kết thúc năm 2018". */
export const REVIEW_WORD = anyOf('tổng kết', 'kết quả', 'kết thúc', 'báo cáo', 'đánh giá');
/** Attained, of a plan named with its year: "hoàn thành xuất sắc kế hoạch … năm 2020" reports on 2020. */
export const PLAN_ATTAINED = anyOf('hoàn thành', 'vượt', 'đạt', 'thực hiện được');
