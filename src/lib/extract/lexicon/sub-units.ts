/**
 * Parts of a provincial post office: an area, a line of business, a district post office. Their figures
 * are never the province's total.
 */
import { anyOf, opt, pattern, seq } from './pattern.ts';

/** "riêng khu vực …", "riêng mảng …", "riêng Bưu điện …": what follows is one part of the unit. */
export const ONLY = anyOf('riêng');
export const PART_NOUN = anyOf(
  'khu vực',
  'địa bàn',
  'huyện',
  'thị xã',
  'thành phố',
  'tp.',
  'tp',
  'mảng',
  'lĩnh vực',
  'bưu cục',
  'đơn vị',
  'chi nhánh',
  'trung tâm',
  'bưu điện',
);
/** A district's post office: "Bưu điện huyện X", "Bưu điện thị xã Y", "Bưu điện quận Z". */
export const DISTRICT_POST_OFFICE = seq('bưu điện', anyOf('huyện', 'thị xã', 'quận'));
/** "… ở mảng bưu chính công ích", "… tại khu vực X": a figure placed in one part. */
export const PLACED_IN = anyOf('ở', 'tại', 'của', 'trong');
export const PART_AREA = anyOf('mảng', 'lĩnh vực', 'khối', 'khu vực', 'địa bàn');
/** The commune cultural post network ("Bưu điện - Văn hóa xã"): before a count's verb. */
export const CULTURAL_POST = anyOf('văn hóa xã');

/**
 * The commune cultural post network ("Bưu điện - Văn hóa xã", "điểm BĐ-VHX", "BĐVHX"), written every way
 * articles write it: a network of points run with communes, never the provincial post office's total.
 */
export const CULTURAL_POST_NETWORK = anyOf(
  pattern`${seq(opt('điểm'), 'bưu điện')}(?:\s*-\s*|\s+)${'văn hóa xã'}`,
  pattern`${'bđ'}\s*-?\s*${'vhx'}`,
  'bđvhx',
);
/**
 * Nouns that name part of the unit in a subject's complement: "doanh thu của các bưu cục", "doanh thu tại
 * các đơn vị này", "doanh thu mạng lưới Bưu điện Văn hóa xã". Not "toàn mạng lưới" (the whole network).
 */
export const SUBJECT_PART = anyOf(
  CULTURAL_POST_NETWORK,
  seq(opt(anyOf('các', 'mỗi', 'một', '1')), anyOf('bưu cục', 'điểm phục vụ', 'điểm giao dịch', 'đại lý')),
  DISTRICT_POST_OFFICE,
  seq(anyOf('các', 'mỗi', 'từng'), anyOf('đơn vị', 'huyện', 'xã', 'phường')),
  seq('đơn vị', anyOf('này', 'đó', 'trực thuộc')),
);
/**
 * One line of business right after the cue: "doanh thu dịch vụ hành chính công", "doanh thu mảng …" (a
 * service the catalogue knows has its own cue and metric). Further on, "qua dịch vụ bưu chính công ích"
 * is how something was done, not a part.
 */
export const LINE_OF_BUSINESS = anyOf('nhóm dịch vụ', 'dịch vụ', 'mảng');
/** An average, not a total: "doanh thu bình quân tại các đơn vị này", "bình quân mỗi điểm". */
export const AVERAGE = anyOf('bình quân', 'trung bình');
/** The province's whole postal market: every postal firm, not the post office alone. */
export const POSTAL_MARKET = anyOf(
  seq('thị trường', anyOf('bưu chính', 'chuyển phát')),
  seq(anyOf('các', 'toàn bộ các'), 'doanh nghiệp', anyOf('bưu chính', 'chuyển phát')),
  seq('toàn', 'ngành', 'bưu chính'),
);
/** Words that end a subject's complement: its verb. */
export const SUBJECT_VERB = anyOf(
  'đạt',
  'tăng',
  'giảm',
  'là',
  'thực hiện',
  'ước',
  'vượt',
  'bằng',
  'chiếm',
  'hoàn thành',
  'có',
  'được',
  'tương đương',
);
