/** Comparison: change against last year, an index, and the bases things are compared with. */
import { anyOf, opt, seq } from './pattern.ts';

/** "so với", "so": what follows is the base of a comparison. */
export const COMPARED_WITH = seq('so', opt('với'));
/** The same period last year: "cùng kỳ", "CK". */
export const SAME_PERIOD = anyOf('cùng kỳ', 'ck');
/** Bases a change is measured against: "so với cùng kỳ", "so với năm 2022", "so với thực hiện năm …". */
export const LAST_YEAR_BASE = anyOf('cùng kỳ', 'ck', 'năm', 'thực hiện', 'kết quả');
/** Last year's outcome, which an index is a share of: "so với thực hiện năm 2019", "kết quả năm trước". */
export const OUTCOME = anyOf('thực hiện', 'kết quả');
/** The year before: "năm trước". */
export const PREVIOUS_YEAR = anyOf('năm trước');
/** A rise: "tăng", "tăng trưởng", "cao hơn", "vượt". */
export const RISE = anyOf('tăng', 'tăng trưởng', 'cao hơn', 'vượt');
/** Growth: "tăng trưởng", and its rate "tốc độ tăng trưởng". */
export const GROWTH = anyOf('tăng trưởng');
export const GROWTH_RATE = seq(opt('tốc độ'), 'tăng trưởng');
/** A fall: "giảm", "sụt giảm", "thấp hơn", "hụt". */
export const FALL = anyOf('giảm', 'sụt giảm', 'thấp hơn', 'hụt');
/** Below zero: "tăng trưởng âm 5%". */
export const NEGATIVE_GROWTH = anyOf('âm');
/** An index: "bằng 111%", "tương đương 99%", "tương ứng", "đạt", "là". */
export const EQUAL = anyOf('bằng', 'đạt', 'tương đương', 'tương ứng', 'là');
/** Where the words a share of last year is written with ("ở mức", "là"): "tăng trưởng đạt 15%". */
export const GROWTH_LINK = anyOf('đạt', 'ở mức', 'là');
/** Verbs that say by how much something changed when an amount follows ("tăng 25 tỷ đồng"). */
export const CHANGE_BY = anyOf(
  seq('tăng', opt('thêm')),
  seq('giảm', opt('lỗ')),
  'hụt',
  'cao hơn',
  'thấp hơn',
  'nhiều hơn',
  'ít hơn',
  'chênh lệch',
);
/** Verbs of a change when the percentage comes later ("tăng thu nhập bình quân … 9,8% so với …"). */
export const CHANGE_VERB_EARLY = anyOf('tăng', 'giảm', 'bằng', 'tương đương');
