/**
 * The conference date against the years it reports and plans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEventDate, schemaAcceptsDate } from '../../../src/lib/check/rules/dates.ts';
import { maxYear } from '../../../src/lib/schema/common.ts';
import { entrySchema } from '../../../src/lib/schema/entry.ts';

describe('the conference date against the years', () => {
  const date = (eventDate: string, more: Record<string, unknown> = {}) => {
    const f = checkEventDate({ eventDate, reportYear: 2023, planYear: 2024, ...more });
    return f ? `${f.severity} ${f.rule}` : null;
  };

  it('a year-end conference: October of reportYear to March of the plan year; a warning outside, an error a year off', () => {
    expect([date('2023-10-01'), date('2023-12-27'), date('2024-03-31')]).toEqual([null, null, null]);
    expect([date('2023-09-30'), date('2024-04-01'), date('2025-03-31')]).toEqual([
      'warning date-season',
      'warning date-season',
      'warning date-season',
    ]);
    expect([date('2025-04-02'), date('2025-12-20'), date('2022-12-20')]).toEqual([
      'error date-years',
      'error date-years',
      'error date-years',
    ]);
  });

  it('a mid-year review: within reportYear', () => {
    expect([date('2023-07-05', { eventKind: 'mid-year' }), date('2024-01-10', { eventKind: 'mid-year' })]).toEqual([
      null,
      'warning date-season',
    ]);
    expect(
      checkEventDate({ eventDate: '2024-01-10', reportYear: 2023, planYear: 2023, eventKind: 'mid-year' })?.en.fix,
    ).toBe(
      'check the date and years against the article; that date usually goes with reportYear: 2023, planYear: 2024; for a year-end conference, set eventKind: year-end',
    );
  });

  it("another meeting: only the schema's rule", () => {
    expect([date('2023-04-20', { eventKind: 'other' }), date('2026-01-05', { eventKind: 'other' })]).toEqual([
      null,
      'error date-years',
    ]);
  });

  it('is an error whenever the schema (what the build loads with) rejects the date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2030 }),
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        fc.date({ min: new Date('2012-01-01'), max: new Date('2034-12-31'), noInvalidDate: true }),
        fc.constantFrom('year-end', 'mid-year', 'other'),
        (r, plus, d, kind) => {
          const eventDate = d.toISOString().slice(0, 10);
          const planYear = plus === null ? null : r + plus;
          const schemaSays = entrySchema.safeParse({
            title: 'a',
            province: 'son-la',
            reportYear: r,
            planYear,
            eventDate,
            eventKind: kind,
            review: { status: 'needs-review' },
          });
          const dateIssue = !schemaSays.success && schemaSays.error.issues.some((i) => i.path[0] === 'eventDate');
          expect(dateIssue).toBe(!schemaAcceptsDate(eventDate, r, planYear));
          const finding = checkEventDate({ eventDate, reportYear: r, planYear, eventKind: kind });
          // A year the schema rejects is that field's own error; the date is then not judged against it.
          const yearsValid = r <= maxYear() && (planYear === null || planYear <= maxYear());
          if (!yearsValid) expect(finding).toBeNull();
          else if (dateIssue) expect(finding?.severity).toBe('error');
        },
      ),
      { numRuns: 400 },
    );
  });
});
