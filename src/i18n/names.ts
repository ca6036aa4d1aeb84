/**
 * Province names as pages show them. Names stay Vietnamese in both languages (with their marks);
 * English adds "Province" or "City" where a full name is wanted.
 */
import { formatDate } from '../lib/format/date.ts';
import { latestUnitWithSlug, provinceLabel, unitByKey, type ProvinceUnit } from '../lib/provinces.ts';
import type { Lang } from '../lib/lang.ts';
import { ui } from './ui.ts';

/** The short name for a slug ("Bắc Ninh"), from its latest unit. */
export function provinceName(slug: string): string {
  return latestUnitWithSlug(slug)?.name ?? slug;
}

/** The name an entry's unit had at the time ("Thừa Thiên Huế" in 2023), falling back to the slug's latest name. */
export function nameAtTime(unitKey: string | null, slug: string | null): string | null {
  if (!slug) return null;
  return (unitKey ? unitByKey(unitKey)?.name : undefined) ?? provinceName(slug);
}

/** "Tỉnh Sơn La" / "Sơn La Province". */
export function fullName(unit: ProvinceUnit, lang: Lang): string {
  return provinceLabel(unit, lang);
}

/** A unit with the dates that tell it from another unit of the same slug: "Bắc Ninh (trước 1/7/2025)". */
export function unitEraLabel(unit: ProvinceUnit, lang: Lang): string {
  const t = ui(lang);
  if (unit.validUntil && unit.validFrom === null) {
    const end = new Date(`${unit.validUntil}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    return `${unit.name} (${t.chart.era.before(formatDate(end.toISOString().slice(0, 10), lang))})`;
  }
  if (unit.validFrom) return `${unit.name} (${t.chart.era.since(formatDate(unit.validFrom, lang))})`;
  return unit.name;
}

/** What kind of unit it is, in a sentence: "tỉnh" / "thành phố", "province" / "city". */
export function unitKindWord(unit: Pick<ProvinceUnit, 'type'>, lang: Lang): string {
  if (lang === 'vi') return unit.type === 'tinh' ? 'tỉnh' : 'thành phố';
  return unit.type === 'tinh' ? 'province' : 'city';
}

/**
 * A unit named with its kind, as the middle of a sentence says it: "tỉnh Quảng Nam", "thành phố Đà Nẵng" /
 * "Quảng Nam Province", "Đà Nẵng City". `former` marks a pre-2025 unit whose name a larger new unit
 * took: "tỉnh Bắc Ninh (cũ)" / "the former Bắc Ninh Province".
 */
export function typedName(unit: Pick<ProvinceUnit, 'type' | 'name'>, lang: Lang, former = false): string {
  if (lang === 'vi') return `${unitKindWord(unit, 'vi')} ${unit.name}${former ? ' (cũ)' : ''}`;
  const name = `${unit.name} ${unit.type === 'tinh' ? 'Province' : 'City'}`;
  return former ? `the former ${name}` : name;
}
