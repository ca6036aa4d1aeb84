import { z } from 'astro/zod';
import { yearSchema } from './common.ts';
import { doc } from './doc.ts';

export const AWARD_LEVELS = ['state', 'government', 'ministry', 'province', 'corporation', 'unit', 'union'] as const;
export const awardLevelSchema = z.enum(AWARD_LEVELS, {
  error: (i) => `unknown award level "${String(i.input)}"; use one of ${AWARD_LEVELS.join(', ')}`,
});
export type AwardLevel = z.output<typeof awardLevelSchema>;

export const awardSchema = z.strictObject({
  /** Normalised title: "Huân chương Lao động hạng Nhì", "Cờ thi đua", "Bằng khen", "Giấy khen", "Chiến sĩ thi đua cấp bộ". */
  award: z
    .string()
    .min(1, { error: 'must name the distinction' })
    .meta(
      doc(
        'Tên khen thưởng, viết gọn theo chuẩn: Huân chương Lao động hạng Nhì, Cờ thi đua, Bằng khen, Giấy khen, Chiến sĩ thi đua cấp bộ…',
        'Normalised title: Huân chương Lao động hạng Nhì, Cờ thi đua, Bằng khen, Giấy khen, Chiến sĩ thi đua cấp bộ…',
        'Giấy khen',
      ),
    ),
  /** The full name as written when it says more than `award` ("Cờ đơn vị xuất sắc, dẫn đầu phong trào thi đua năm 2019"). */
  title: z
    .string()
    .optional()
    .meta(
      doc(
        'Tên đầy đủ như trong bài, khi dài hơn award (không bắt buộc).',
        'The full name as written, when it says more than award (optional).',
        'Cờ đơn vị xuất sắc, dẫn đầu phong trào thi đua năm 2019',
      ),
    ),
  /** Who grants it: Chủ tịch nước = state, Thủ tướng = government, a Bộ = ministry, UBND tỉnh = province, Tổng công ty = corporation, Bưu điện tỉnh = unit, Công đoàn = union. */
  level: awardLevelSchema.meta(
    doc(
      'Cấp khen: state = Chủ tịch nước, government = Thủ tướng, ministry = một Bộ, province = UBND tỉnh, corporation = Tổng công ty, unit = Bưu điện tỉnh, union = Công đoàn.',
      'Who grants it: state = the President, government = the Prime Minister, ministry = a ministry, province = the provincial People’s Committee, corporation = the corporation, unit = the provincial post office, union = the trade union.',
      'corporation',
    ),
  ),
  /** The giver, normalised ("Bộ Thông tin và Truyền thông"). */
  giver: z
    .string()
    .min(1)
    .meta(doc('Nơi trao tặng, viết theo chuẩn.', 'The giver, normalised.', 'Tổng công ty Bưu điện Việt Nam')),
  /** Who handed it over on the giver's behalf ("thừa ủy quyền"), when the article says. */
  presenter: z
    .string()
    .optional()
    .meta(
      doc(
        'Người trao thay (“thừa ủy quyền”), nếu bài có nêu.',
        'Who handed it over on the giver’s behalf (“thừa ủy quyền”), when the article says.',
        'lãnh đạo Sở Thông tin và Truyền thông',
      ),
    ),
  /** The recipient as written ("Bưu điện huyện Chi Lăng", "02 tập thể đơn vị trực thuộc"). */
  recipient: z
    .string()
    .min(1)
    .meta(doc('Người hoặc tập thể nhận, như trong bài.', 'The recipient as written.', '6 tập thể có thành tích cao')),
  /** A person, a group (a unit, a team), or both ("các tập thể, cá nhân"). */
  recipientKind: z
    .enum(['individual', 'collective', 'mixed'], {
      error: (i) => `unknown recipientKind "${String(i.input)}"; use individual, collective or mixed`,
    })
    .meta(
      doc(
        'individual: cá nhân; collective: tập thể, đơn vị; mixed: cả hai (“các tập thể, cá nhân”).',
        'individual: a person; collective: a group or unit; mixed: both (“các tập thể, cá nhân”).',
        'collective',
      ),
    ),
  /** How many recipients ("06 tập thể" = 6); null when the article says only "nhiều" or "các". */
  count: z
    .number()
    .int({ error: 'must be a whole number' })
    .positive({ error: 'must be 1 or more, or null' })
    .nullable()
    .meta(
      doc(
        'Số người hoặc tập thể nhận (“06 tập thể” = 6); null khi bài chỉ nói “nhiều”, “các”.',
        'How many recipients (“06 tập thể” = 6); null when the article says only “nhiều” or “các”.',
        6,
      ),
    ),
  /** The year the distinction is for. */
  year: yearSchema.meta(doc('Năm được khen.', 'The year the distinction is for.', 2023)),
  /** The exact phrase. */
  quote: z
    .string()
    .min(1)
    .meta(
      doc(
        'Câu nguyên văn trong bài nói về khen thưởng này.',
        'The exact phrase of the article.',
        'Tổng công ty Bưu điện Việt Nam đã trao tặng Giấy khen cho 6 tập thể có thành tích cao',
      ),
    ),
});
export type Award = z.output<typeof awardSchema>;
