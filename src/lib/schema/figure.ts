import { z } from 'astro/zod';
import { METRIC_IDS, UNITS, allowedUnits, metricById } from '../metrics.ts';
import { qualifierSchema, yearSchema } from './common.ts';

/** The reporting period a figure covers; a year unless the article says otherwise. */
export const periodSchema = z.enum(['year', 'H1', '9M', 'Q1', 'Q2', 'Q3', 'Q4']);

export const figureSchema = z
  .object({
    /** Metric id from the catalogue (src/lib/metrics.ts). */
    metric: z.enum(METRIC_IDS, { error: (i) => `unknown metric "${String(i.input)}"` }),
    /** The figure in base units (VND, not billions; a count; a percent). null when the article gives only a percentage of plan or change. */
    value: z.number({ error: 'must be a number (base units: 101000000000, not "101 tỷ")' }).finite().nullable(),
    /** Unit of `value`. */
    unit: z.enum(UNITS, { error: (i) => `unknown unit "${String(i.input)}"` }),
    /** How the article hedged the figure: "trên/hơn" = over, "gần" = nearly, "khoảng" = about, "dưới" = under. */
    qualifier: qualifierSchema.default('exact'),
    /** "ước đạt", "ước tính": an estimate made before the year closed. */
    estimated: z.boolean().default(false),
    /** The year the figure is for. */
    year: yearSchema,
    /** The period covered when not a full year ("6 tháng đầu năm" = H1). */
    period: periodSchema.default('year'),
    /** Percent of plan reached: "đạt 102% kế hoạch" → 102, "vượt 5% kế hoạch" → 105. */
    planPercent: z.number().finite().positive({ error: 'must be a positive percentage' }).optional(),
    /** Hedge on planPercent ("đạt hơn 101% kế hoạch" = over). */
    planQualifier: qualifierSchema.optional(),
    /** Change against the previous year in percent: "tăng 21%" → 21, "bằng 111% so với năm trước" → 11, "giảm 3%" → -3. */
    changePercent: z.number().finite().optional(),
    /** Hedge on changePercent ("tăng gần 45%" = nearly). */
    changeQualifier: qualifierSchema.optional(),
    /** The exact phrase of the article the figure was read from. */
    quote: z.string({ error: 'is required: the exact phrase of the article' }).min(1, { error: 'must not be empty' }),
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
export const serviceGrowthSchema = z.object({
  /** The service as the article names it. */
  service: z.string().min(1),
  /** The catalogue metric the service maps to, when it is one of the service groups. */
  metric: z.enum(METRIC_IDS).optional(),
  /** Change against the previous year in percent. */
  changePercent: z.number().finite(),
  qualifier: qualifierSchema.optional(),
  /** The year of the change, when it differs from reportYear. */
  year: yearSchema.optional(),
  period: periodSchema.optional(),
  /** The exact phrase. */
  quote: z.string().min(1),
});
export type ServiceGrowth = z.output<typeof serviceGrowthSchema>;
