/**
 * The `province` field: is the slug one the registry knows, did that province exist on the date, and is an
 * entry without a province marked for review? Typos get the closest slug ("sonla" or "Sơn La" → son-la).
 */
import {
  allSlugs,
  allUnits,
  isKnownSlug,
  predecessorsOf,
  provinceLabel,
  provinceSlugOf,
  resolveOn,
  successorOf,
  unitOn,
  unitsWithSlug,
  validOn,
  type ProvinceUnit,
} from '../../provinces.ts';
import { provinceDateProblem } from '../../schema/entry.ts';
import { isRealDate } from '../../schema/common.ts';
import { looseKey } from '../../text/fold.ts';
import { defineRule, example, worded, type Worded } from '../rule.ts';
import { closest } from '../suggest.ts';
import { entryFile, FILE } from './example-entry.ts';

export const unknownProvince = defineRule({
  id: 'unknown-province',
  severity: 'error',
  describes: {
    vi: 'province là một mã tỉnh có thật; mã gõ sai, hay tên tỉnh viết có dấu, được gợi ý mã gần nhất.',
    en: 'province is a slug the registry knows; a mistyped slug, or the name with diacritics, gets the closest one.',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ 'province: son-la': 'province: sonla' }),
      `${FILE}:3  province  lỗi: không có tỉnh nào mang mã "sonla"  — dùng "son-la" (Tỉnh Sơn La)
       ${FILE}:3  province  error: there is no province "sonla"  — use "son-la" (Sơn La Province)`,
    ),
    example(
      entryFile({ 'province: son-la': 'province: Sơn La' }),
      `${FILE}:3  province  lỗi: không có tỉnh nào mang mã "Sơn La"  — dùng "son-la" (Tỉnh Sơn La)
       ${FILE}:3  province  error: there is no province "Sơn La"  — use "son-la" (Sơn La Province)`,
    ),
    example(
      entryFile({ 'province: son-la': 'province: ""' }),
      `${FILE}:3  province  lỗi: đang để trống  — ghi mã tỉnh, như son-la; nếu bài không cho biết tỉnh nào, ghi null và đặt review.status: needs-review
       ${FILE}:3  province  error: is empty  — write the province slug, like son-la; if the article does not tell, write null and set review.status: needs-review`,
    ),
  ],
});

/** The example entry moved to a conference after the 2025 merger, in the province given. */
const after2025 = (province: string) =>
  entryFile(
    {
      'province: son-la': `province: ${province}`,
      'reportYear: 2023': 'reportYear: 2025',
      'planYear: 2024': 'planYear: 2026',
      'eventDate: 2023-12-27': 'eventDate: 2025-12-20',
      '    year: 2023': '    year: 2025',
    },
    `content/articles/${province}/2025-12-20-tong-ket.mdx`,
  );

export const provinceDate = defineRule({
  id: 'province-date',
  severity: 'error',
  describes: {
    vi: 'Tỉnh ghi ở province có vào ngày hội nghị (hoặc trong reportYear khi không có ngày): từ 2025-07-01 là 34 tỉnh sau sáp nhập.',
    en: 'The province existed on the conference date (or in reportYear when there is no date): from 2025-07-01, the 34 merged provinces.',
  },
  good: [after2025('bac-ninh')],
  bad: [
    example(
      after2025('bac-giang'),
      `content/articles/bac-giang/2025-12-20-tong-ket.mdx:3  province  lỗi: Tỉnh Bắc Giang không còn vào ngày 2025-12-20 (từ 2025-07-01 thuộc Tỉnh Bắc Ninh)  — dùng "bac-ninh" cho hội nghị ngày 2025-12-20, hoặc kiểm tra lại eventDate
       content/articles/bac-giang/2025-12-20-tong-ket.mdx:3  province  error: Bắc Giang Province no longer existed on 2025-12-20 (from 2025-07-01 it is part of Bắc Ninh Province)  — use "bac-ninh" for a conference on 2025-12-20, or check eventDate`,
    ),
    example(
      entryFile(
        { 'province: son-la': 'province: hue', 'eventDate: 2023-12-27': 'eventDate: null' },
        'content/articles/hue/2023-12-27-tong-ket.mdx',
      ),
      `content/articles/hue/2023-12-27-tong-ket.mdx:3  province  lỗi: Thành phố Huế không có trong năm 2023  — dùng "thua-thien-hue" (Tỉnh Thừa Thiên Huế), hoặc kiểm tra lại reportYear
       content/articles/hue/2023-12-27-tong-ket.mdx:3  province  error: Huế City did not exist in 2023  — use "thua-thien-hue" (Thừa Thiên Huế Province), or check reportYear`,
    ),
  ],
});

export const nullProvinceReview = defineRule({
  id: 'null-province-review',
  severity: 'error',
  describes: {
    vi: 'Bài không rõ tỉnh (province: null) có review.status: needs-review.',
    en: 'An entry whose province is unknown (province: null) has review.status: needs-review.',
  },
  good: [
    entryFile(
      { 'province: son-la': 'province: null', 'status: unreviewed': 'status: needs-review' },
      'content/articles/unassigned/2023-12-27-tong-ket.mdx',
    ),
  ],
  bad: [
    example(
      entryFile({ 'province: son-la': 'province: null' }, 'content/articles/unassigned/2023-12-27-tong-ket.mdx'),
      `content/articles/unassigned/2023-12-27-tong-ket.mdx:14  review.status  lỗi: province để trống (null) thì review.status phải là needs-review  — ghi tỉnh vào province, hoặc đặt review.status: needs-review
       content/articles/unassigned/2023-12-27-tong-ket.mdx:14  review.status  error: province is empty (null), so review.status must be needs-review  — write the province, or set review.status: needs-review`,
    ),
  ],
});

export const PROVINCE_RULES = [unknownProvince, provinceDate, nullProvinceReview] as const;

export function nullProvinceReviewWords(): Worded {
  return worded(nullProvinceReview, {
    what: {
      vi: 'province để trống (null) thì review.status phải là needs-review',
      en: 'province is empty (null), so review.status must be needs-review',
    },
    fix: {
      vi: 'ghi tỉnh vào province, hoặc đặt review.status: needs-review',
      en: 'write the province, or set review.status: needs-review',
    },
  });
}

const squash = (s: string): string => s.replace(/-/g, '');

/** The slug an editor most likely meant, or undefined. Names with or without diacritics work too. */
export function suggestProvinceSlug(input: string): string | undefined {
  const slug = provinceSlugOf(input);
  if (isKnownSlug(slug)) return slug;
  const byName = allUnits.find((u) =>
    [u.name, u.fullName, ...u.nameVariants].some((n) => looseKey(n) === looseKey(input)),
  );
  if (byName) return byName.slug;
  return closest(slug, allSlugs, squash);
}

function nameWithSlug(slug: string, lang: 'vi' | 'en'): string {
  const unit = unitsWithSlug(slug).at(-1);
  return unit ? provinceLabel(unit, lang) : slug;
}

const vi = (u: ProvinceUnit): string => provinceLabel(u, 'vi');
const en = (u: ProvinceUnit): string => provinceLabel(u, 'en');

/**
 * What is wrong with `province`, or null. Dates and years that are themselves invalid are left to
 * their own fields' checks; then only the slug is looked at.
 */
export function checkProvince(province: unknown, eventDate: unknown, reportYear: unknown): Worded | null {
  if (typeof province !== 'string') return null;
  if (province.trim() === '') {
    return worded(unknownProvince, {
      what: { vi: 'đang để trống', en: 'is empty' },
      fix: {
        vi: 'ghi mã tỉnh, như son-la; nếu bài không cho biết tỉnh nào, ghi null và đặt review.status: needs-review',
        en: 'write the province slug, like son-la; if the article does not tell, write null and set review.status: needs-review',
      },
    });
  }
  if (!isKnownSlug(province)) {
    const s = suggestProvinceSlug(province);
    return worded(unknownProvince, {
      what: { vi: `không có tỉnh nào mang mã "${province}"`, en: `there is no province "${province}"` },
      fix: s
        ? { vi: `dùng "${s}" (${nameWithSlug(s, 'vi')})`, en: `use "${s}" (${nameWithSlug(s, 'en')})` }
        : {
            vi: 'dùng mã tỉnh: tên không dấu, viết thường, nối bằng gạch ngang, như son-la, ba-ria-vung-tau (danh sách trong docs/editing.md)',
            en: 'use a province slug: the name without diacritics, lower case, words joined by dashes, like son-la or ba-ria-vung-tau (list in docs/editing.en.md)',
          },
    });
  }
  const date =
    typeof eventDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(eventDate) && isRealDate(eventDate) ? eventDate : null;
  const year = typeof reportYear === 'number' && Number.isInteger(reportYear) ? reportYear : null;
  if (!date && year === null) return null;
  if (provinceDateProblem(province, date, year ?? 0) === null) return null;
  return date ? describeOnDate(province, date) : describeInYear(province, year!);
}

function describeOnDate(slug: string, date: string): Worded {
  const units = unitsWithSlug(slug);
  const ended = units.filter((u) => u.validUntil !== null && u.validUntil < date).at(-1);
  if (ended) {
    const now = resolveOn(ended, date);
    const succ = successorOf(ended);
    const use = now?.slug ?? succ?.slug ?? slug;
    // A merger ("part of Bắc Ninh") or a change of status under a new name (Thừa Thiên Huế → Huế).
    const renamed = succ && succ.predecessors.length === 1;
    const viAfter = succ && succ.slug !== slug ? ` (từ ${succ.validFrom} ${renamed ? 'là' : 'thuộc'} ${vi(succ)})` : '';
    const enAfter =
      succ && succ.slug !== slug ? ` (from ${succ.validFrom} ${renamed ? 'it is' : 'it is part of'} ${en(succ)})` : '';
    return worded(provinceDate, {
      what: {
        vi: `${vi(ended)} không còn vào ngày ${date}${viAfter}`,
        en: `${en(ended)} no longer existed on ${date}${enAfter}`,
      },
      fix: {
        vi: `dùng "${use}" cho hội nghị ngày ${date}, hoặc kiểm tra lại eventDate`,
        en: `use "${use}" for a conference on ${date}, or check eventDate`,
      },
    });
  }
  const first = units[0]!;
  const before = beforeUnit(first, date);
  return worded(provinceDate, {
    what: {
      vi: `${vi(first)} chưa có vào ngày ${date} (có từ ${first.validFrom})`,
      en: `${en(first)} did not exist yet on ${date} (it exists from ${first.validFrom})`,
    },
    fix: before
      ? {
          vi: `dùng "${before.slug}" (${vi(before)}) cho hội nghị ngày ${date}, hoặc kiểm tra lại eventDate`,
          en: `use "${before.slug}" (${en(before)}) for a conference on ${date}, or check eventDate`,
        }
      : { vi: 'kiểm tra lại eventDate và province', en: 'check eventDate and province' },
  });
}

/** The unit that a later unit continued and that was in force on the date (Thừa Thiên Huế before Huế). */
function beforeUnit(later: ProvinceUnit, date: string): ProvinceUnit | undefined {
  const preds = predecessorsOf(later).filter((u) => validOn(u, date));
  return preds.length === 1 ? preds[0] : undefined;
}

function describeInYear(slug: string, year: number): Worded {
  const mid = `${year}-06-15`;
  const unit = unitOn(slug, mid) ?? unitsWithSlug(slug)[0]!;
  const then = resolveOn(unit, mid) ?? beforeUnit(unit, mid);
  return worded(provinceDate, {
    what: { vi: `${vi(unit)} không có trong năm ${year}`, en: `${en(unit)} did not exist in ${year}` },
    fix: then
      ? {
          vi: `dùng "${then.slug}" (${vi(then)}), hoặc kiểm tra lại reportYear`,
          en: `use "${then.slug}" (${en(then)}), or check reportYear`,
        }
      : { vi: 'kiểm tra lại reportYear và province', en: 'check reportYear and province' },
  });
}
