/** The verbs and phrases of an award clause: giving, receiving, the ceremony, and why it was given. */
import { anyOf, opt, seq } from './pattern.ts';

/** Giving: "trao tặng", "tặng thưởng", "chuyển trao", "trao", "tặng", "khen thưởng", "công nhận". */
export const GIVE = anyOf('trao tặng', 'tặng thưởng', 'chuyển trao', 'trao', 'tặng', 'khen thưởng', 'công nhận');
/** Receiving: "được (nhận)", "đón nhận", "nhận", after "đã", "cũng", "vinh dự". */
export const RECEIVE = anyOf(seq('được', opt('nhận')), 'đón nhận', 'nhận');
export const RECEIVE_ASPECT = anyOf('đã', 'cũng');
/** A plan, not a distinction received: "phấn đấu đạt danh hiệu …", "đăng ký đạt …", "hướng tới được nhận …". */
export const ASPIRATION = anyOf('phấn đấu', 'đăng ký', 'hướng tới', 'quyết tâm', 'mục tiêu', 'nhằm');
export const HONOURED = anyOf('vinh dự');
/** Attaining a title: "đạt danh hiệu …". */
export const ATTAIN_TITLE = anyOf('đạt');
/** "X long trọng tổ chức Lễ đón nhận …": the one who holds the ceremony receives the distinction. */
export const HOLD = anyOf('tổ chức', 'cử hành');
export const SOLEMNLY = anyOf('long trọng', 'trang trọng');
export const CEREMONY = anyOf('lễ');
/** "cho …": the recipients follow. */
export const FOR = anyOf('cho');
/** "của …", "do …": the giver follows. */
export const OF = anyOf('của');
export const BY = anyOf('của', 'do');
/** Where a recipient list ends: the reason for the distinction. */
export const REASON = anyOf(
  'vì',
  'do có',
  'có thành tích',
  'đạt thành tích',
  'với thành tích',
  'đã có thành',
  'về thành tích',
  'nhân dịp',
);
/** A photo's credit in brackets: "(Ảnh: …)", "(Nguồn: …)". */
export const CREDIT = anyOf('nguồn', 'ảnh');
/** A photo's own credit ("Ảnh: Hữu Nam"): the words before it are the photo's caption. */
export const PHOTO_CREDIT = seq('ảnh', opt('minh họa'));
/**
 * Openings before an award clause's subject: "Nhân dịp này,", "Tại hội nghị,", "Năm 2023,", "Sáng 28/12,".
 * Dates and times are read by the rule that uses these (rules/award-clause.ts).
 */
export const OPENING = anyOf(
  'nhân dịp này',
  'dịp này',
  seq('cũng', anyOf('trong', 'tại'), anyOf('dịp này', 'hội nghị', 'buổi lễ')),
  seq('tại', anyOf('hội nghị', 'buổi lễ')),
  'trong khuôn khổ hội nghị',
  'cụ thể',
  'ngoài ra',
  'bên cạnh đó',
  // Links to what came before: "Kết quả, năm 2016, Bưu điện Tây Ninh được … công nhận …".
  'kết quả',
  'nhờ đó',
  'theo đó',
  'vì vậy',
  'do đó',
);
export const WITH_THESE = seq('với', anyOf('những', 'các'));
export const TIME_OF_DAY = anyOf('sáng', 'chiều', 'tối', 'trưa');
export const TODAY = anyOf('nay', 'qua', 'hôm qua');
export const DAY = anyOf('ngày', 'hôm');
/** A clause's own verbs that show a subject is a clause, not a list of recipients ("đơn vị luôn đứng …"). */
export const PREDICATE = anyOf(
  'luôn',
  'thường xuyên',
  'liên tục',
  'đứng',
  'đạt',
  'là',
  'hoàn thành',
  'thực hiện',
  'nằm',
  'duy trì',
  'tiếp tục',
);
/** How often: "cả 4 quý", "hằng tháng", "mỗi năm" — a ranking over periods, not a distinction handed out. */
export const EVERY = anyOf('cả', 'hằng', 'hàng', 'mỗi', 'từng', 'trong');
export const TIME_UNIT = anyOf('quý', 'tháng', 'năm', 'kỳ', 'đợt', 'tuần');
/** "Cụ thể, …": the summary before is itemised next. */
export const ITEMISED = anyOf('cụ thể');
/** "lãnh đạo …": leaders of a giver, who present on its behalf. */
export const LEADERS = anyOf('lãnh đạo');
