import { z } from 'astro/zod';
import { yearSchema } from './common.ts';

export const AWARD_LEVELS = ['state', 'government', 'ministry', 'province', 'corporation', 'unit', 'union'] as const;
export const awardLevelSchema = z.enum(AWARD_LEVELS, {
  error: (i) => `unknown award level "${String(i.input)}"; use one of ${AWARD_LEVELS.join(', ')}`,
});
export type AwardLevel = z.output<typeof awardLevelSchema>;

export const awardSchema = z.object({
  /** Normalised title: "Huân chương Lao động hạng Nhì", "Cờ thi đua", "Bằng khen", "Giấy khen", "Chiến sĩ thi đua cấp bộ". */
  award: z.string().min(1, { error: 'must name the distinction' }),
  /** The full name as written when it says more than `award` ("Cờ đơn vị xuất sắc, dẫn đầu phong trào thi đua năm 2019"). */
  title: z.string().optional(),
  /** Who grants it: Chủ tịch nước = state, Thủ tướng = government, a Bộ = ministry, UBND tỉnh = province, Tổng công ty = corporation, Bưu điện tỉnh = unit, Công đoàn = union. */
  level: awardLevelSchema,
  /** The giver, normalised ("Bộ Thông tin và Truyền thông"). */
  giver: z.string().min(1),
  /** Who handed it over on the giver's behalf ("thừa ủy quyền"), when the article says. */
  presenter: z.string().optional(),
  /** The recipient as written ("Bưu điện huyện Chi Lăng", "02 tập thể đơn vị trực thuộc"). */
  recipient: z.string().min(1),
  /** A person, a group (a unit, a team), or both ("các tập thể, cá nhân"). */
  recipientKind: z.enum(['individual', 'collective', 'mixed'], {
    error: (i) => `unknown recipientKind "${String(i.input)}"; use individual, collective or mixed`,
  }),
  /** How many recipients ("06 tập thể" = 6); null when the article says only "nhiều" or "các". */
  count: z.number().int({ error: 'must be a whole number' }).positive({ error: 'must be 1 or more, or null' }).nullable(),
  /** The year the distinction is for. */
  year: yearSchema,
  /** The exact phrase. */
  quote: z.string().min(1),
});
export type Award = z.output<typeof awardSchema>;
