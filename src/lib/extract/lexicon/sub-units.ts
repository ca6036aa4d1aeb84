/**
 * Parts of a provincial post office: an area, a line of business, a district post office. Their figures
 * are never the province's total.
 */
import { anyOf, seq } from './pattern.ts';

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
