import { z } from 'astro/zod';
import { METRIC_IDS, UNITS, allowedUnits, metricById } from '../metrics.ts';
import { qualifierSchema, yearSchema } from './common.ts';
import { doc } from './doc.ts';

/**
 * The reporting period a figure covers; a year unless the article says otherwise: the first half (H1),
 * a quarter (Q1–Q4), or the first n months of the year (4M, 5M, 7M, 8M, 9M, 10M, 11M; three and six
 * months are Q1 and H1).
 */
export const periodSchema = z.enum(['year', 'H1', '9M', 'Q1', 'Q2', 'Q3', 'Q4', '4M', '5M', '7M', '8M', '10M', '11M']);
export type Period = z.output<typeof periodSchema>;

export const figureSchema = z
  .strictObject({
    /** Metric id from the catalogue (src/lib/metrics.ts). */
    metric: z
      .enum(METRIC_IDS, { error: (i) => `unknown metric "${String(i.input)}"` })
      .meta(
        doc(
          'Mã chỉ tiêu trong danh mục (xem mục Chỉ tiêu).',
          'Metric id from the catalogue (see Metrics).',
          'total_revenue',
        ),
      ),
    /** The figure in base units (VND, not billions; a count; a percent). null when the article gives only a percentage of plan or change. */
    value: z
      .number({ error: 'must be a number (base units: 101000000000, not "101 tỷ")' })
      .finite()
      .nullable()
      .meta(
        doc(
          'Con số theo đơn vị gốc, chỉ có chữ số: đồng (101 tỷ = 101000000000, không phải 101), số lượng, hoặc phần trăm. null khi bài chỉ nêu % kế hoạch hoặc % tăng giảm.',
          'The figure in base units, digits only: VND (101 tỷ = 101000000000, not 101), a count, or a percent. null when the article gives only a percentage of plan or of change.',
          101000000000,
        ),
      ),
    /** Unit of `value`. */
    unit: z
      .enum(UNITS, { error: (i) => `unknown unit "${String(i.input)}"` })
      .meta(
        doc(
          'Đơn vị của value; phải hợp với chỉ tiêu (xem mục Chỉ tiêu).',
          'Unit of value; it must fit the metric (see Metrics).',
          'VND',
        ),
      ),
    /** How the article hedged the figure: "trên/hơn" = over, "gần" = nearly, "khoảng" = about, "dưới" = under. */
    qualifier: qualifierSchema
      .default('exact')
      .meta(
        doc(
          'exact: đúng số; over: “trên, hơn”; about: “khoảng”; nearly: “gần”; under: “dưới”.',
          'exact: the number as is; over: “trên, hơn”; about: “khoảng”; nearly: “gần”; under: “dưới”.',
          'over',
        ),
      ),
    /** "ước đạt", "ước tính": an estimate made before the year closed. */
    estimated: z
      .boolean()
      .default(false)
      .meta(
        doc(
          'true khi bài nói “ước đạt”, “ước tính” (số ước trước khi khóa sổ).',
          'true when the article says “ước đạt”, “ước tính” (an estimate before the year closed).',
          false,
        ),
      ),
    /** The year the figure is for. */
    year: yearSchema.meta(doc('Năm của con số.', 'The year the figure is for.', 2023)),
    /** The period covered when not a full year ("6 tháng đầu năm" = H1). */
    period: periodSchema
      .default('year')
      .meta(
        doc(
          'Kỳ của con số: year (cả năm), H1 (6 tháng đầu năm), Q1–Q4 (quý), 4M…11M (n tháng đầu năm, như 9M).',
          'The period covered: year, H1 (first half), Q1–Q4 (quarters), 4M…11M (the first n months, as 9M).',
          'year',
        ),
      ),
    /** Percent of plan reached: "đạt 102% kế hoạch" → 102, "vượt 5% kế hoạch" → 105. */
    planPercent: z
      .number()
      .finite()
      .positive({ error: 'must be a positive percentage' })
      .optional()
      .meta(
        doc(
          'Phần trăm kế hoạch đạt được: “đạt 102% kế hoạch” → 102, “vượt 5% kế hoạch” → 105.',
          'Percent of plan reached: “đạt 102% kế hoạch” → 102, “vượt 5% kế hoạch” → 105.',
          102,
        ),
      ),
    /** Hedge on planPercent ("đạt hơn 101% kế hoạch" = over). */
    planQualifier: qualifierSchema
      .optional()
      .meta(
        doc(
          'Mức chắc chắn của planPercent (“đạt hơn 101% kế hoạch” = over).',
          'Hedge on planPercent (“đạt hơn 101% kế hoạch” = over).',
          'over',
        ),
      ),
    /** Change against the previous year in percent: "tăng 21%" → 21, "bằng 111% so với năm trước" → 11, "giảm 3%" → -3. */
    changePercent: z
      .number()
      .finite()
      .optional()
      .meta(
        doc(
          'Tăng giảm so với năm trước, tính bằng %: “tăng 21%” → 21, “bằng 111% so với năm trước” → 11, “giảm 3%” → -3.',
          'Change against the previous year in percent: “tăng 21%” → 21, “bằng 111% so với năm trước” → 11, “giảm 3%” → -3.',
          21,
        ),
      ),
    /** Hedge on changePercent ("tăng gần 45%" = nearly). */
    changeQualifier: qualifierSchema
      .optional()
      .meta(
        doc(
          'Mức chắc chắn của changePercent (“tăng gần 45%” = nearly).',
          'Hedge on changePercent (“tăng gần 45%” = nearly).',
          'nearly',
        ),
      ),
    /** The exact phrase of the article the figure was read from. */
    quote: z
      .string({ error: 'is required: the exact phrase of the article' })
      .min(1, { error: 'must not be empty' })
      .meta(
        doc(
          'Câu nguyên văn trong bài chứa con số (có thể dùng … để lược bớt).',
          'The exact phrase of the article the figure was read from (… may stand for words left out).',
          'Tổng doanh thu các dịch vụ đạt trên 101 tỷ đồng',
        ),
      ),
  })
  .superRefine((f, ctx) => {
    const metric = metricById(f.metric);
    if (!metric) return;
    if (!allowedUnits(metric).includes(f.unit)) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `unit "${f.unit}" does not fit metric ${f.metric}; use ${allowedUnits(metric).join(' or ')}`,
        params: { rule: 'metric-unit', expected: allowedUnits(metric) },
      });
    }
    if (f.value !== null && (f.value < metric.valid[0] || f.value > metric.valid[1])) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message:
          f.value < metric.valid[0]
            ? `${f.metric} cannot be ${f.value}: it is never below ${metric.valid[0]}`
            : `${f.metric} cannot be ${f.value}: it is never above ${metric.valid[1]}`,
        params: { rule: 'value-range', valid: metric.valid },
      });
    }
    if (f.value === null && f.planPercent === undefined && f.changePercent === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'is empty, and there is no planPercent or changePercent either: a figure needs at least one number',
        params: { rule: 'empty-figure' },
      });
    }
  });

export type Figure = z.output<typeof figureSchema>;
export type FigureInput = z.input<typeof figureSchema>;

/** Growth of one service ("tiết kiệm bưu điện tăng 54,4%"), with no value in money. */
export const serviceGrowthSchema = z.strictObject({
  /** The service as the article names it. */
  service: z
    .string()
    .min(1)
    .meta(doc('Tên dịch vụ như trong bài.', 'The service as the article names it.', 'tiết kiệm bưu điện')),
  /** The catalogue metric the service maps to, when it is one of the service groups. */
  metric: z
    .enum(METRIC_IDS)
    .optional()
    .meta(
      doc(
        'Mã chỉ tiêu tương ứng, nếu dịch vụ là một nhóm trong danh mục (không bắt buộc).',
        'The catalogue metric the service maps to, when it is one of the service groups (optional).',
        'postal_finance_revenue',
      ),
    ),
  /** Change against the previous year in percent. */
  changePercent: z
    .number()
    .finite()
    .meta(
      doc(
        'Tăng giảm so với năm trước, tính bằng % (“tăng 54,4%” → 54.4).',
        'Change against the previous year in percent (“tăng 54,4%” → 54.4).',
        54.4,
      ),
    ),
  qualifier: qualifierSchema
    .optional()
    .meta(
      doc(
        'exact: đúng số; over: “trên, hơn”; about: “khoảng”; nearly: “gần”; under: “dưới”.',
        'exact: the number as is; over: “trên, hơn”; about: “khoảng”; nearly: “gần”; under: “dưới”.',
        'exact',
      ),
    ),
  /** Percent of the service's plan reached, when the article gives it ("hoàn thành 117% kế hoạch"). */
  planPercent: z
    .number()
    .finite()
    .positive()
    .optional()
    .meta(
      doc(
        'Tỷ lệ hoàn thành kế hoạch của dịch vụ, nếu bài có nêu (“hoàn thành 117% kế hoạch” → 117).',
        "Percent of the service's plan reached, when the article gives it (“hoàn thành 117% kế hoạch” → 117).",
        117,
      ),
    ),
  /** The year of the change, when it differs from reportYear. */
  year: yearSchema
    .optional()
    .meta(
      doc('Năm của mức tăng, khi khác reportYear.', 'The year of the change, when it differs from reportYear.', 2023),
    ),
  period: periodSchema
    .optional()
    .meta(
      doc('Kỳ của mức tăng (year, H1, Q1–Q4, 4M…11M).', 'The period of the change (year, H1, Q1–Q4, 4M…11M).', 'year'),
    ),
  /** The exact phrase. */
  quote: z
    .string()
    .min(1)
    .meta(doc('Câu nguyên văn trong bài.', 'The exact phrase.', 'tiết kiệm bưu điện tăng 54,4%')),
});
export type ServiceGrowth = z.output<typeof serviceGrowthSchema>;
