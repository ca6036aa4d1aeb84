import { z } from 'astro/zod';
import { isKnownSlug, resolveOn, successorOf, unitOn, unitsWithSlug } from '../provinces.ts';
import { awardSchema } from './award.ts';
import { isoDateSchema, yearSchema } from './common.ts';
import { figureSchema, serviceGrowthSchema } from './figure.ts';
import { personSchema } from './person.ts';
import { reviewSchema } from './review.ts';
import { sourceSchema } from './source.ts';

export const EVENT_KINDS = ['year-end', 'mid-year', 'other'] as const;

/** The frontmatter of one entry: the single definition of the content model (CONTENT-MODEL.md). */
export const entryObjectSchema = z.object({
  /** The headline, cleaned of site noise. */
  title: z.string({ error: 'is required: the headline of the article' }).trim().min(1, { error: 'is required: the headline of the article' }),
  /** Province slug as it was on eventDate (`son-la`); null only when the article does not let anyone tell. */
  province: z
    .string({ error: 'must be a province slug like son-la, or null' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a province slug in lower case with dashes, like ba-ria-vung-tau' })
    .nullable(),
  /** The year whose results are reported. */
  reportYear: yearSchema,
  /** The year whose plan and targets are announced; null for a review without a plan. */
  planYear: yearSchema.nullable().default(null),
  /** The conference date, YYYY-MM-DD; null when the article gives none. */
  eventDate: isoDateSchema.nullable().default(null),
  /** What kind of meeting: a year-end conference (the usual), a mid-year review, or something else. */
  eventKind: z.enum(EVENT_KINDS).default('year-end'),
  /** Results reported for reportYear (or the year each figure names). */
  kpis: z.array(figureSchema).default([]),
  /** Targets set for planYear. */
  targets: z.array(figureSchema).default([]),
  /** Growth per service. */
  serviceGrowth: z.array(serviceGrowthSchema).default([]),
  /** Distinctions handed out or announced. */
  awards: z.array(awardSchema).default([]),
  /** Officials named, with their roles as written. */
  people: z.array(personSchema).default([]),
  /** Where the text came from. */
  source: sourceSchema.default({}),
  /** Every source of this conference when more than one reported it (the first is `source`). */
  sources: z.array(sourceSchema).optional(),
  /** What a person should look at before trusting the entry. */
  review: reviewSchema,
  /** Checked, but left out of production builds. */
  draft: z.boolean().optional(),
  /** Written by the ingest: lets it tell an editor's change from its own output. Do not edit. */
  ingest: z.object({ hash: z.string(), version: z.number().int() }).optional(),
});

export const entrySchema = entryObjectSchema.superRefine((e, ctx) => {
  if (e.planYear !== null && e.planYear < e.reportYear) {
    ctx.addIssue({
      code: 'custom',
      path: ['planYear'],
      message: `planYear ${e.planYear} is before reportYear ${e.reportYear}; the plan is for the same or a later year`,
      params: { rule: 'plan-before-report' },
    });
  }
  if (e.eventDate) {
    const y = Number(e.eventDate.slice(0, 4));
    const latest = (e.planYear ?? e.reportYear) + 1;
    if (y < e.reportYear || y > latest) {
      ctx.addIssue({
        code: 'custom',
        path: ['eventDate'],
        message: `eventDate ${e.eventDate} does not fit reportYear ${e.reportYear}${e.planYear ? ` and planYear ${e.planYear}` : ''}; a conference is held during the reported year or early in the plan year`,
        params: { rule: 'date-years' },
      });
    }
  }
  if (e.province === null) {
    if (e.review.status !== 'needs-review') {
      ctx.addIssue({
        code: 'custom',
        path: ['review', 'status'],
        message: 'must be needs-review while province is null',
        params: { rule: 'null-province-review' },
      });
    }
  } else if (!isKnownSlug(e.province)) {
    ctx.addIssue({
      code: 'custom',
      path: ['province'],
      message: `unknown province "${e.province}"`,
      params: { rule: 'unknown-province', slug: e.province },
    });
  } else {
    const problem = provinceDateProblem(e.province, e.eventDate, e.reportYear);
    if (problem) ctx.addIssue({ code: 'custom', path: ['province'], message: problem, params: { rule: 'province-date' } });
  }
  for (const [listName, list] of [['kpis', e.kpis], ['targets', e.targets]] as const) {
    list.forEach((f, i) => {
      if (listName === 'targets' && e.planYear === null && f.year > e.reportYear) return;
      if (listName === 'targets' && f.year < e.reportYear) {
        ctx.addIssue({
          code: 'custom',
          path: [listName, i, 'year'],
          message: `a target for ${f.year} is older than reportYear ${e.reportYear}; move it to kpis or fix the year`,
          params: { rule: 'target-year' },
        });
      }
    });
  }
});

/** Why a province slug cannot be right for the date, or null when it can. */
export function provinceDateProblem(slug: string, eventDate: string | null, reportYear: number): string | null {
  if (eventDate) {
    if (unitOn(slug, eventDate)) return null;
    const units = unitsWithSlug(slug);
    const ended = units.filter((u) => u.validUntil !== null && u.validUntil < eventDate);
    const last = ended[ended.length - 1];
    if (last) {
      const now = resolveOn(last, eventDate);
      const succ = successorOf(last);
      return `${last.fullName} no longer existed on ${eventDate}${succ ? ` (from ${succ.validFrom} it is part of ${succ.fullName})` : ''}; use ${now?.slug ?? succ?.slug}`;
    }
    return `province "${slug}" did not exist yet on ${eventDate}`;
  }
  // Only the year is known: accept a slug in force at any time of that year or early the next.
  const from = `${reportYear}-01-01`;
  const to = `${reportYear + 1}-03-31`;
  const ok = unitsWithSlug(slug).some((u) => (u.validFrom === null || u.validFrom <= to) && (u.validUntil === null || u.validUntil >= from));
  if (ok) return null;
  const u = unitsWithSlug(slug)[0];
  const succ = u ? successorOf(u) : undefined;
  return `${u?.fullName ?? slug} did not exist in ${reportYear}${succ ? `; use ${succ.slug}` : ''}`;
}

export type Entry = z.output<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;
