import { z } from 'astro/zod';
import { allSlugs, isKnownSlug, resolveOn, successorOf, unitOn, unitsWithSlug } from '../provinces.ts';
import { awardSchema } from './award.ts';
import { isoDateSchema, yearSchema } from './common.ts';
import { doc } from './doc.ts';
import { figureSchema, serviceGrowthSchema } from './figure.ts';
import { personSchema } from './person.ts';
import { reviewSchema } from './review.ts';
import { sourceSchema } from './source.ts';

export const EVENT_KINDS = ['year-end', 'mid-year', 'other'] as const;

/** The frontmatter of one entry: the single definition of the content model (docs/content-model.md). */
export const entryObjectSchema = z.strictObject({
  /** The headline, cleaned of site noise. */
  title: z
    .string({ error: 'is required: the headline of the article' })
    .trim()
    .min(1, { error: 'is required: the headline of the article' })
    .meta(
      doc(
        'Tiêu đề bài viết, đã bỏ phần thừa của trang (tên chuyên mục, giờ đăng…).',
        'The headline, cleaned of site noise (section names, times…).',
        'Bưu điện tỉnh Sơn La triển khai kế hoạch năm 2024',
      ),
    ),
  /** Province slug as it was on eventDate (`son-la`); null only when the article does not let anyone tell. */
  province: z
    .string({ error: 'must be a province slug like son-la, or null' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be a province slug in lower case with dashes, like ba-ria-vung-tau',
    })
    .nullable()
    .meta(
      doc(
        'Mã tỉnh theo tên gọi vào ngày hội nghị: tên không dấu, viết thường, nối bằng gạch ngang (son-la, ba-ria-vung-tau). Từ 2025-07-01 dùng tên tỉnh sau sáp nhập. null chỉ khi bài không cho biết tỉnh nào, và khi đó review.status phải là needs-review.',
        'The province as it was on eventDate: the name without diacritics, lower case, words joined by dashes (son-la, ba-ria-vung-tau). From 2025-07-01 use the merged provinces. null only when the article does not tell, and then review.status must be needs-review.',
        'son-la',
        allSlugs,
      ),
    ),
  /** The year whose results are reported. */
  reportYear: yearSchema.meta(
    doc(
      'Năm có kết quả được báo cáo (hội nghị tháng 12/2023 tổng kết năm 2023 → 2023).',
      'The year whose results are reported (a December 2023 conference reviewing 2023 → 2023).',
      2023,
    ),
  ),
  /** The year whose plan and targets are announced; null for a review without a plan. */
  planYear: yearSchema
    .nullable()
    .default(null)
    .meta(
      doc(
        'Năm của kế hoạch, chỉ tiêu được giao (thường là reportYear + 1); null nếu hội nghị không nói đến kế hoạch.',
        'The year whose plan and targets are announced (usually reportYear + 1); null for a review without a plan.',
        2024,
      ),
    ),
  /** The conference date, YYYY-MM-DD; null when the article gives none. */
  eventDate: isoDateSchema
    .nullable()
    .default(null)
    .meta(
      doc(
        'Ngày hội nghị, viết YYYY-MM-DD (27/12/2023 → 2023-12-27); null nếu bài không nêu ngày.',
        'The conference date, written YYYY-MM-DD; null when the article gives none.',
        '2023-12-27',
      ),
    ),
  /** What kind of meeting: a year-end conference (the usual), a mid-year review, or something else. */
  eventKind: z
    .enum(EVENT_KINDS)
    .default('year-end')
    .meta(
      doc(
        'Loại hội nghị: year-end (tổng kết năm, thường gặp nhất), mid-year (sơ kết 6 tháng), other (khác).',
        'What kind of meeting: year-end (the usual), mid-year (a half-year review), other.',
        'year-end',
      ),
    ),
  /** Results reported for reportYear (or the year each figure names). */
  kpis: z
    .array(figureSchema)
    .default([])
    .meta(
      doc(
        'Kết quả đã đạt của reportYear (hoặc của năm ghi trong từng mục). Mỗi mục là một con số, xem bảng Con số.',
        'Results reported for reportYear (or the year each figure names). Each item is one figure: see the Figure table.',
        [],
      ),
    ),
  /** Targets set for planYear. */
  targets: z
    .array(figureSchema)
    .default([])
    .meta(
      doc(
        'Chỉ tiêu kế hoạch cho planYear; mỗi mục cùng dạng với kpis.',
        'Targets set for planYear; each item has the same fields as in kpis.',
        [],
      ),
    ),
  /** Growth per service. */
  serviceGrowth: z
    .array(serviceGrowthSchema)
    .default([])
    .meta(
      doc(
        'Mức tăng giảm của từng dịch vụ (“tiết kiệm bưu điện tăng 54,4%”).',
        'Growth per service (“tiết kiệm bưu điện tăng 54,4%”).',
        [],
      ),
    ),
  /** Distinctions handed out or announced. */
  awards: z
    .array(awardSchema)
    .default([])
    .meta(doc('Khen thưởng được trao hoặc công bố.', 'Distinctions handed out or announced.', [])),
  /** Officials named, with their roles as written. */
  people: z
    .array(personSchema)
    .default([])
    .meta(
      doc(
        'Lãnh đạo, khách mời được nêu tên, kèm chức vụ như trong bài.',
        'Officials named, with their roles as written.',
        [],
      ),
    ),
  /** Where the text came from. */
  source: sourceSchema
    .default({})
    .meta(
      doc(
        'Nguồn của bài: địa chỉ, nơi đăng, ngày đăng, tệp gốc.',
        'Where the text came from: address, publisher, date, raw file.',
        {},
      ),
    ),
  /** Every source of this conference when more than one reported it (the first is `source`). */
  sources: z
    .array(sourceSchema)
    .optional()
    .meta(
      doc(
        'Mọi nguồn đưa tin về cùng hội nghị, khi có nhiều hơn một (nguồn đầu tiên trùng với source). Không bắt buộc.',
        'Every source of this conference when more than one reported it (the first is source). Optional.',
        [],
      ),
    ),
  /** What a person should look at before trusting the entry. */
  review: reviewSchema.meta(
    doc(
      'Tình trạng rà soát và các điều cần xem lại trước khi tin dùng số liệu.',
      'Review status, and what a person should look at before trusting the entry.',
      { status: 'needs-review', warnings: [] },
    ),
  ),
  /** Checked, but left out of production builds. */
  draft: z
    .boolean()
    .optional()
    .meta(
      doc(
        'true: bản nháp, vẫn được kiểm tra nhưng không đưa lên trang khi xuất bản. Xóa dòng (hoặc ghi false) khi sẵn sàng.',
        'true: a draft, checked but left out of the published site. Delete the line (or write false) when it is ready.',
        true,
      ),
    ),
  /** Written by the ingest: lets it tell an editor's change from its own output. Do not edit. */
  ingest: z
    .object({ hash: z.string(), version: z.number().int() })
    .optional()
    .meta(
      doc(
        'Do công cụ nhập ghi, để phân biệt sửa tay với bản máy tạo. Không sửa.',
        'Written by the ingest to tell an editor’s change from its own output. Do not edit.',
      ),
    ),
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
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['province'], message: problem, params: { rule: 'province-date' } });
  }
  for (const [listName, list] of [
    ['kpis', e.kpis],
    ['targets', e.targets],
  ] as const) {
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
  const ok = unitsWithSlug(slug).some(
    (u) => (u.validFrom === null || u.validFrom <= to) && (u.validUntil === null || u.validUntil >= from),
  );
  if (ok) return null;
  const u = unitsWithSlug(slug)[0];
  const succ = u ? successorOf(u) : undefined;
  return `${u?.fullName ?? slug} did not exist in ${reportYear}${succ ? `; use ${succ.slug}` : ''}`;
}

export type Entry = z.output<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;
