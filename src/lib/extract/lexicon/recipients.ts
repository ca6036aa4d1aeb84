/** Who receives a distinction: collectives and individuals, counted, named or listed. */
import { anyOf, opt, seq } from './pattern.ts';

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
