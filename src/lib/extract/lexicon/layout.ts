/** Words of page layout: what tells a line that goes on in the next one. */
import { anyOf } from './pattern.ts';

/**
 * Words a sentence cannot end on: a line that ends with one was broken by the page, not by the writer
 * ("Thành viên HĐTV Tổng công ty Nguyễn Quốc Vinh trao tặng" / "Cờ thi đua xuất sắc … cho Bưu điện tỉnh").
 */
export const CONTINUES = anyOf(
  'trao tặng',
  'trao',
  'tặng',
  'cho',
  'của',
  'và',
  'với',
  'là',
  'đạt',
  'được',
  'nhận',
  'đón nhận',
  'tại',
  'về',
  'các',
  'những',
);
