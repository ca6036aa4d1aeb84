/** Who receives a distinction: collectives and individuals, counted, named or listed. */
import { anyOf, capitalFirst, opt, seq } from './pattern.ts';

/** Collectives: "tập thể" (also mistyped "tâp thể"), "đơn vị", "công đoàn cơ sở", "bưu cục", "Bưu điện …". */
export const COLLECTIVE = anyOf(
  'tập thể',
  'tâp thể',
  'đơn vị',
  seq('công đoàn', opt('cơ sở')),
  'tổ',
  'bưu cục',
  'chi nhánh',
  'phòng',
  'trung tâm',
  'bưu điện',
);
/** Individuals: "cá nhân", "người lao động", "đồng chí", "bưu tá", "giao dịch viên", … */
export const INDIVIDUAL = anyOf(
  'cá nhân',
  'người lao động',
  'lao động',
  'đồng chí',
  'cán bộ',
  'nhân viên',
  'bưu tá',
  'giao dịch viên',
  'gương mặt',
);
/** A collective's own word: "tập thể" (with its common slip). */
export const COLLECTIVE_WORD = anyOf('tập thể', 'tâp thể');
/** Quantifiers without a number: "các", "nhiều", "một số", "những". */
export const QUANTIFIER = anyOf('các', 'nhiều', 'một số', 'những');
/** Quantifiers that never give a count: "nhiều", "một số". */
export const VAGUE_QUANTIFIER = anyOf('nhiều', 'một số');
/** Honorifics before a person's name: "ông", "bà", "đồng chí", "đ/c". */
export const HONORIFIC = anyOf('ông', 'bà', 'đồng chí', 'đ/c');
/** "Bưu điện các huyện Ba Bể, Chợ Mới": a list of district post offices. */
export const POST_OFFICES_OF = seq('bưu điện', 'các');
/** The tiers such a list names: "các huyện", "các quận", "các thị xã", "các thành phố". */
export const DISTRICT_TIER = anyOf('huyện', 'quận', 'thị xã', 'thành phố');
/** Nouns a counted list item starts with ("06 tập thể", "30 cá nhân", "04 công đoàn", "5 người"). */
export const COUNTED_NOUN = anyOf('tập thể', 'cá nhân', 'đơn vị', 'công đoàn', 'người');
/** Counts written as words: "hai tập thể", "ba cá nhân" ("năm" only before a counted noun, where it is five). */
export const NUMBER_WORDS: readonly (readonly [word: string, value: number])[] = [
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['tám', 8],
  ['chín', 9],
  ['mười', 10],
];
export const NUMBER_WORD = anyOf(...NUMBER_WORDS.map(([w]) => w));
/** A count's members named after it: "hai tập thể là A và B", "3 đơn vị gồm A, B và C". */
export const NAMED_AS = anyOf('bao gồm', 'gồm có', 'gồm', 'là');
/** The first words of a unit's name in a list: "Bưu điện huyện …", "Công đoàn …", "Trung tâm …" (a capital: a name). */
export const UNIT_NAME = capitalFirst('bưu điện', 'công đoàn', 'trung tâm', 'bưu cục', 'chi nhánh');
/** Receiving for others: "thay mặt tập thể", "đại diện cho đơn vị". */
export const ON_BEHALF_OF = seq(anyOf('thay mặt', 'đại diện'), opt('cho'));
/** Who receives for a unit: "Lãnh đạo Bưu điện tỉnh nhận …", "Đại diện Bưu điện huyện X đón nhận …". */
export const REPRESENTATIVES = anyOf('đại diện lãnh đạo', 'lãnh đạo', 'đại diện');
/** A unit's own word for itself, after "thay mặt": "thay mặt tập thể", "thay mặt đơn vị". */
export const THE_UNIT = seq(anyOf('tập thể', 'đơn vị', 'cơ quan'), opt(anyOf('cán bộ', 'người lao động')));
/** "là 1 trong 5 bưu điện tỉnh": one of several (a ranking), not a count of recipients. */
export const ONE_OF = seq(opt('là'), anyOf('một', '1', '01'), 'trong', opt('số'));
