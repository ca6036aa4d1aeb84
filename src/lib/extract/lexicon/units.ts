/**
 * Units as people write them after a number: scales ("tỷ", "tỉ", "triệu", "tr."), the đồng ("đồng", "đ",
 * "VNĐ", and "động", a common slip after a scale), other currencies, money per person and per period, per
 * point, and the percent sign.
 */
import { anyOf, opt, pattern, seq } from './pattern.ts';

/** Thousand billions: "nghìn tỷ", "ngàn tỉ". */
export const THOUSAND_BILLION = seq(anyOf('nghìn', 'ngàn'), anyOf('tỷ', 'tỉ'));
export const BILLION = anyOf('tỷ', 'tỉ');
export const MILLION = anyOf('triệu');
/** "tr." / "tr": the short form of triệu, only before a currency ("9,5 tr.đ", "150 trđ", "8 tr đồng"). */
export const MILLION_SHORT = pattern`${'tr'}\.?`;
export const THOUSAND = anyOf('nghìn', 'ngàn');
/** The đồng: "đồng", "VNĐ", "VND", "đ". */
export const DONG = anyOf('đồng', 'vnđ', 'vnd', 'đ');
/** Currencies written as their codes ("40 tỷ VNĐ", "2 triệu USD"): never the first word of a sentence. */
export const CURRENCY_CODE = anyOf('vnđ', 'vnd', 'usd', 'eur');
/** "tỷ động": a slip for "tỷ đồng" that only follows a scale (a bare "3 động lực" is no money). */
export const DONG_SLIP = anyOf('động');
/** Other currencies a report may quote (exports, aid, a partner's figures): an amount in them is not đồng. */
export const FOREIGN_CURRENCY = anyOf(
  'usd',
  seq('đô', opt(pattern`-?\s*${'la'}`), opt('mỹ')),
  'eur',
  'euro',
  seq('yên', opt('nhật')),
  'nhân dân tệ',
  'bảng anh',
  pattern`\$`,
  pattern`€`,
);
/** Per person: "/người", "/lao động", "/LĐ", "/CBCNV". */
export const PERSON = anyOf('người', 'lao động', 'ng', 'lđ', 'cbcnv');
/** Per month or year. */
export const MONTH_OR_YEAR = anyOf('tháng', 'năm');
/** "434 triệu đồng doanh thu/người/năm": the noun of the money between the currency and the person. */
export const MONEY_NOUN = anyOf('doanh thu');
export const PERCENT_WORD = anyOf('phần trăm');
/** Per point of service: "km/điểm" (radius), "người/điểm" or "dân/điểm" (people served). */
export const KM = anyOf('km');
export const POINT = anyOf('điểm');
export const RESIDENTS = anyOf('người', 'dân');
/** A rate per day, per trip…: not a yearly figure ("82-125 điểm/ngày", "1-3 lần/ngày"). */
export const SHORT_PERIOD = anyOf('ngày', 'tuần', 'giờ', 'chuyến', 'lần');
/** A multiple: "gấp 2,3 lần". */
export const TIMES_WORD = anyOf('lần');
/**
 * Words that follow an amount of money written without "đồng" ("95.855 triệu đạt 111,1% kế hoạch", "2,1 tỷ
 * hoàn thành 104% kế hoạch", "434
 * triệu, tăng 10%"): a scale before one of them is money, not millions of something.
 */
export const AFTER_BARE_AMOUNT = anyOf(
  'đạt',
  'hoàn thành',
  'tăng',
  'giảm',
  'bằng',
  'vượt',
  'so',
  'là',
  'và',
  'với',
  'trong',
  'theo',
  'chiếm',
  'ước',
  'tương đương',
);
