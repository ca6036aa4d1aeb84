/** Services and lists of them: "dịch vụ", "nhóm dịch vụ", "như: Chuyển phát …, tiết kiệm …". */
import { anyOf } from './pattern.ts';

export const SERVICE = anyOf('dịch vụ');
export const GROUP = anyOf('nhóm');
/** Words that open a list: "như", "gồm", "là", "trong đó". */
export const LIST_OPENER = anyOf('như', 'gồm', 'là', 'trong đó');
/** Verbs after a service's name in a sentence about it ("Dịch vụ bảo hiểm y tế … tăng 138%"). */
export const SERVICE_VERB = anyOf('được', 'đã', 'có', 'đạt', 'tăng', 'hoàn thành');
/** Words a list item never ends with: the unit, the province, a year. */
export const NOT_A_SERVICE_END = anyOf('bưu điện tỉnh', 'bưu điện huyện', 'đơn vị', 'doanh nghiệp', 'toàn tỉnh');
/** A list item that is only a function word. */
export const FUNCTION_WORD = anyOf('và', 'đã', 'được', 'có');
