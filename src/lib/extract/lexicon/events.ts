/** The conference itself: "tổ chức hội nghị tổng kết …", "Lễ đón nhận …". */
import { anyOf } from './pattern.ts';

export const CONFERENCE = anyOf('hội nghị');
/** Holding it: "tổ chức". */
export const HOLDS = anyOf('tổ chức');
/** What kind of meeting: a year-end review, a launch of the year's plan, a mid-year review. */
export const MEETING_KIND = anyOf('tổng kết', 'triển khai', 'sơ kết');
