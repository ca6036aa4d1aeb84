/** Estimates: a figure given before the year's accounts close ("ước đạt", "ước tính"). */
import { anyOf, opt, seq } from './pattern.ts';

/** "ước", "ước đạt", "ước tính", "ước thực hiện", "ước khoảng". */
export const ESTIMATE = seq('ước', opt('đạt', 'tính', 'thực hiện', 'khoảng'));
/** The estimate words that may lead a figure's phrase ("ước tính tiết kiệm cho người dân …"). */
export const ESTIMATE_LEAD = seq('ước', opt('đạt', 'tính', 'thực hiện'));
/** The bare estimate word. */
export const ESTIMATED = anyOf('ước');
