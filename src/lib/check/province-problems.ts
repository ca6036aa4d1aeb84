/**
 * The `province` field: is the slug one the registry knows, and did that province exist on the date?
 * Typos get the closest slug ("sonla" or "Sơn La" → son-la).
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
} from '../provinces.ts';
import { provinceDateProblem } from '../schema/entry.ts';
import { isRealDate } from '../schema/common.ts';
import { looseKey } from '../text/fold.ts';
import { bilingual, type Bilingual } from './problem.ts';
import { closest } from './suggest.ts';

export interface ProvinceFinding extends Bilingual {
  rule: 'unknown-province' | 'province-date';
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
export function checkProvince(province: unknown, eventDate: unknown, reportYear: unknown): ProvinceFinding | null {
  if (typeof province !== 'string') return null;
  if (province.trim() === '') {
    return {
      rule: 'unknown-province',
      ...bilingual({
        what: { vi: 'đang để trống', en: 'is empty' },
        fix: {
          vi: 'ghi mã tỉnh, như son-la; nếu bài không cho biết tỉnh nào, ghi null và đặt review.status: needs-review',
          en: 'write the province slug, like son-la; if the article does not tell, write null and set review.status: needs-review',
        },
      }),
    };
  }
  if (!isKnownSlug(province)) {
    const s = suggestProvinceSlug(province);
    return {
      rule: 'unknown-province',
      ...bilingual({
        what: { vi: `không có tỉnh nào mang mã "${province}"`, en: `there is no province "${province}"` },
        fix: s
          ? { vi: `dùng "${s}" (${nameWithSlug(s, 'vi')})`, en: `use "${s}" (${nameWithSlug(s, 'en')})` }
          : {
              vi: 'dùng mã tỉnh: tên không dấu, viết thường, nối bằng gạch ngang, như son-la, ba-ria-vung-tau (danh sách trong docs/editing.md)',
              en: 'use a province slug: the name without diacritics, lower case, words joined by dashes, like son-la or ba-ria-vung-tau (list in docs/editing.en.md)',
            },
      }),
    };
  }
  const date =
    typeof eventDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(eventDate) && isRealDate(eventDate) ? eventDate : null;
  const year = typeof reportYear === 'number' && Number.isInteger(reportYear) ? reportYear : null;
  if (!date && year === null) return null;
  if (provinceDateProblem(province, date, year ?? 0) === null) return null;
  return date ? describeOnDate(province, date) : describeInYear(province, year!);
}

function describeOnDate(slug: string, date: string): ProvinceFinding {
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
    return {
      rule: 'province-date',
      ...bilingual({
        what: {
          vi: `${vi(ended)} không còn vào ngày ${date}${viAfter}`,
          en: `${en(ended)} no longer existed on ${date}${enAfter}`,
        },
        fix: {
          vi: `dùng "${use}" cho hội nghị ngày ${date}, hoặc kiểm tra lại eventDate`,
          en: `use "${use}" for a conference on ${date}, or check eventDate`,
        },
      }),
    };
  }
  const first = units[0]!;
  const before = beforeUnit(first, date);
  return {
    rule: 'province-date',
    ...bilingual({
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
    }),
  };
}

/** The unit that a later unit continued and that was in force on the date (Thừa Thiên Huế before Huế). */
function beforeUnit(later: ProvinceUnit, date: string): ProvinceUnit | undefined {
  const preds = predecessorsOf(later).filter((u) => validOn(u, date));
  return preds.length === 1 ? preds[0] : undefined;
}

function describeInYear(slug: string, year: number): ProvinceFinding {
  const mid = `${year}-06-15`;
  const unit = unitOn(slug, mid) ?? unitsWithSlug(slug)[0]!;
  const then = resolveOn(unit, mid) ?? beforeUnit(unit, mid);
  return {
    rule: 'province-date',
    ...bilingual({
      what: { vi: `${vi(unit)} không có trong năm ${year}`, en: `${en(unit)} did not exist in ${year}` },
      fix: then
        ? {
            vi: `dùng "${then.slug}" (${vi(then)}), hoặc kiểm tra lại reportYear`,
            en: `use "${then.slug}" (${en(then)}), or check reportYear`,
          }
        : { vi: 'kiểm tra lại reportYear và province', en: 'check reportYear and province' },
    }),
  };
}
