/**
 * Who an article is about: a provincial post office, named by its kind ("Bưu điện tỉnh", "BĐT") or by its
 * province ("Bưu điện Đồng Tháp", found by province.ts), and the words that make a mention of one not
 * the article's subject; and the other organisations an article may report on instead.
 */
import { anyOf, seq } from './pattern.ts';

/** The post office before its kind or its province's name: "Bưu điện", "BĐ". */
export const POST_OFFICE = anyOf('bưu điện', 'bđ');
/** The kind of a province-level unit: "tỉnh", "thành phố", "TP." */
export const PROVINCE_KIND = anyOf('tỉnh', 'thành phố', 'tp.', 'tp');
/** A provincial post office by its kind: "Bưu điện tỉnh", "Bưu điện thành phố", "Bưu điện TP.", "BĐ tỉnh", "BĐT". */
export const PROVINCIAL_POST_OFFICE = anyOf(seq(POST_OFFICE, PROVINCE_KIND), 'bđt', 'bđtp');

/**
 * Many post offices, not one: "các Bưu điện tỉnh, thành phố", "những bưu điện tỉnh", "63 Bưu điện tỉnh".
 * (The number is structure, in the rule.)
 */
export const MANY = anyOf('các', 'những', 'mọi', 'nhiều', 'toàn bộ', 'hệ thống');
/** "Bưu điện tỉnh, thành phố", "Bưu điện tỉnh/thành phố", "Bưu điện tỉnh và thành phố": the kind, for all of them. */
export const OTHER_KIND = anyOf('thành phố', 'tp');
export const AND = anyOf('và');

/**
 * A post office named as someone else's partner or rival, not as the subject: "phối hợp với Bưu điện
 * tỉnh", "cạnh tranh với Bưu điện tỉnh", "cùng Bưu điện tỉnh".
 */
export const PARTNER_BEFORE = anyOf('với', 'cùng');

/**
 * Organisations an article names when it reports on something other than a provincial post office: the
 * corporation's national results, another postal company, a bank, a museum. Longer names first.
 */
export const OTHER_ORGANISATION = anyOf(
  'tổng công ty bưu điện việt nam',
  'bưu điện việt nam',
  'vietnam post',
  'vnpost',
  'bưu chính viettel',
  'viettel post',
  'giao hàng nhanh',
  'giao hàng tiết kiệm',
  'j&t express',
  'ngân hàng',
  'agribank',
  'bảo tàng',
);
