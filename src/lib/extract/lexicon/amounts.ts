/** Words around an amount that change what it is: a breakdown, a loss, a list of every indicator. */
import { anyOf, opt, seq } from './pattern.ts';
import { INDICATOR } from './plan.ts';

/** "trong đó": what follows breaks down the figure before it. */
export const BREAKDOWN = anyOf('trong đó');
/** A loss: "âm 1,2 tỷ đồng", "lỗ 3 tỷ đồng". */
export const LOSS = anyOf('âm', 'lỗ');
/** The loss itself as a subject ("lỗ", "thua lỗ"). */
export const LOSS_NOUN = anyOf('lỗ');
/** Every indicator at once: "các chỉ tiêu", "tất cả các chỉ tiêu", "toàn bộ chỉ tiêu". */
export const EVERY_INDICATOR = seq(opt('của'), anyOf('các', 'tất cả các', 'toàn bộ'), INDICATOR);
/** Verbs that narrow a count to those that do something ("93 điểm giao dịch cung cấp dịch vụ …"). */
export const NARROWING_VERB = anyOf(
  'cung cấp',
  'thực hiện',
  'triển khai',
  'áp dụng',
  'chấp nhận',
  'hỗ trợ',
  'kết nối',
  'lắp đặt',
  'tham gia',
  'đạt',
  'sử dụng',
  'ứng dụng',
);
/** "có" narrows a count too, but "có thể" (can) does not. */
export const HAVE = anyOf('có');
export const CAN = anyOf('thể');
/** Aspect before such a verb: "đã", "đang", "được". */
export const ASPECT = anyOf('đã', 'đang', 'được');
/** A corporation's plan: "kế hoạch Tổng Công ty giao", "kế hoạch TCT giao". */
export const CORPORATION = anyOf('tổng công ty', 'tct');
/** Highlights inside a subject: "đặc biệt là các dịch vụ …", "nhất là …", "trong đó các dịch vụ …". */
export const HIGHLIGHT = anyOf('đặc biệt là', 'nhất là', 'trong đó');
/** "lần lượt": the amounts that follow go to the subjects before, in order ("A và B lần lượt đạt X và Y"). */
export const RESPECTIVELY = anyOf('lần lượt', 'tương ứng');
