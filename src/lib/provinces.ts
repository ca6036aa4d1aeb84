/**
 * The province registry: the 63 provincial units before 1 July 2025, the 34 after, who absorbed whom,
 * and a gazetteer of pre-2025 districts for telling a province from a district name.
 *
 * Codes and slugs were reused by the 2025 reform (code 24 was Bắc Giang and is now Bắc Ninh; the slug
 * `tuyen-quang` names two different territories), so a unit is always looked up with a date.
 * Data: data/reference/ (see its README for sources and licences).
 */
import provinces63 from '../../data/reference/vn-provinces-63.json' with { type: 'json' };
import provinces34 from '../../data/reference/vn-provinces-34-2025.json' with { type: 'json' };
import districts2025 from '../../data/reference/vn-districts-2025-03-01.json' with { type: 'json' };
import districts2024 from '../../data/reference/vn-districts-2024-05-01.json' with { type: 'json' };
import { normalizeTonePlacement, slugify } from './text/fold.ts';

/** The day the 34-unit layout took effect (Nghị quyết 202/2025/QH15). */
export const MERGER_DATE = '2025-07-01';
/** Thừa Thiên Huế became the centrally-run city of Huế on this day. */
const HUE_CITY_DATE = '2025-01-01';

export type ProvinceType = 'tinh' | 'thanh_pho_trung_uong';

export interface ProvinceUnit {
  /** Unique across eras: `63:<code>` before the merger, `34:<code>` after (`63:46-tth` for Thừa Thiên Huế). */
  key: string;
  /** Slug as used in `province:` and in URLs; not unique across eras. */
  slug: string;
  /** GSO code; reused by the reform, so never join on it without the era. */
  code: string;
  era: '63' | '34';
  name: string;
  fullName: string;
  type: ProvinceType;
  /** First day the unit existed under this name (inclusive); null = before the data starts. */
  validFrom: string | null;
  /** Last day (inclusive); null = still in force. */
  validUntil: string | null;
  /** Other spellings for matching text ("Hòa Bình" / "Hoà Bình"). */
  nameVariants: string[];
  /** Keys of the units this one became (one, since no province was split). */
  successors: string[];
  /** Keys of the units this one absorbed or continued. */
  predecessors: string[];
}

export interface District {
  code: string;
  name: string;
  fullName: string;
  type: 'quan' | 'huyen' | 'thi_xa' | 'thanh_pho';
  /** Pre-2025 province code. */
  provinceCode: string;
}

const units: ProvinceUnit[] = [];
const byKey = new Map<string, ProvinceUnit>();

function add(unit: ProvinceUnit): void {
  units.push(unit);
  byKey.set(unit.key, unit);
}

const dayBefore = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

for (const p of provinces63.provinces) {
  const successorKey = `34:${p.successor2025}`;
  const former = 'formerNames' in p ? p.formerNames : undefined;
  if (former && former.length > 0) {
    // Code 46: Tỉnh Thừa Thiên Huế until 2024-12-31, Thành phố Huế from 2025-01-01.
    const f = former[0]!;
    add({
      key: `63:${p.code}-${f.slug}`,
      slug: f.slug,
      code: p.code,
      era: '63',
      name: f.name,
      fullName: f.fullName,
      type: f.type as ProvinceType,
      validFrom: null,
      validUntil: f.until,
      nameVariants: ['Thừa Thiên - Huế'],
      successors: [`63:${p.code}`],
      predecessors: [],
    });
  }
  add({
    key: `63:${p.code}`,
    slug: p.slug,
    code: p.code,
    era: '63',
    name: p.name,
    fullName: p.fullName,
    type: p.type as ProvinceType,
    validFrom: former && former.length > 0 ? HUE_CITY_DATE : null,
    validUntil: dayBefore(MERGER_DATE),
    nameVariants: 'nameVariants' in p && p.nameVariants ? [...p.nameVariants] : [],
    successors: [successorKey],
    predecessors: former && former.length > 0 ? [`63:${p.code}-${former[0]!.slug}`] : [],
  });
}

for (const u of provinces34.units) {
  add({
    key: `34:${u.code}`,
    slug: u.slug,
    code: u.code,
    era: '34',
    name: u.name,
    fullName: u.fullName,
    type: u.type as ProvinceType,
    validFrom: MERGER_DATE,
    validUntil: null,
    nameVariants: [],
    successors: [],
    predecessors: u.mergedFrom.map((c) => `63:${c}`),
  });
}

/** Every unit, pre-2025 first, in code order. */
export const allUnits: readonly ProvinceUnit[] = units;

export function unitByKey(key: string): ProvinceUnit | undefined {
  return byKey.get(key);
}

/** All units that ever used this slug, oldest first. */
export function unitsWithSlug(slug: string): ProvinceUnit[] {
  return units.filter((u) => u.slug === slug);
}

/** Every slug that has ever named a province, sorted. */
export const allSlugs: readonly string[] = [...new Set(units.map((u) => u.slug))].sort();

export function isKnownSlug(slug: string): boolean {
  return units.some((u) => u.slug === slug);
}

/** Is the unit in force on this ISO date? */
export function validOn(unit: ProvinceUnit, isoDate: string): boolean {
  return (
    (unit.validFrom === null || unit.validFrom <= isoDate) && (unit.validUntil === null || isoDate <= unit.validUntil)
  );
}

/** A date to look a unit up with when only a year is known: mid-year, so a 2025 year is ambiguous. */
export function referenceDate(eventDate: string | null | undefined, year: number | null | undefined): string | null {
  if (eventDate) return eventDate;
  if (year) return `${year}-06-15`;
  return null;
}

/** The unit a slug named on a date, or undefined when it named nothing then. */
export function unitOn(slug: string, isoDate: string): ProvinceUnit | undefined {
  return units.find((u) => u.slug === slug && validOn(u, isoDate));
}

/** Follow successors from a unit until one in force on the date (Bắc Giang in 2026 → Bắc Ninh). */
export function resolveOn(unit: ProvinceUnit, isoDate: string): ProvinceUnit | undefined {
  let current: ProvinceUnit | undefined = unit;
  for (let guard = 0; current && guard < 5; guard += 1) {
    if (validOn(current, isoDate)) return current;
    if (current.validUntil !== null && current.validUntil < isoDate) {
      current = current.successors.map((k) => byKey.get(k)).find(Boolean);
    } else {
      return undefined; // the date is before the unit existed
    }
  }
  return undefined;
}

/** The unit this one became, if it ended. */
export function successorOf(unit: ProvinceUnit): ProvinceUnit | undefined {
  return unit.successors.map((k) => byKey.get(k)).find(Boolean);
}

/** The units this one absorbed or continued (for a 34-era unit: the pre-2025 provinces). */
export function predecessorsOf(unit: ProvinceUnit): ProvinceUnit[] {
  return unit.predecessors.map((k) => byKey.get(k)).filter((u): u is ProvinceUnit => Boolean(u));
}

/** True when a 34-era unit only continued a single pre-2025 province of the same slug. */
export function isUnchangedByMerger(unit: ProvinceUnit): boolean {
  const preds = predecessorsOf(unit);
  return unit.era === '34' && preds.length === 1 && preds[0]!.slug === unit.slug;
}

/** The most recent unit to use a slug: what a province page is titled with. */
export function latestUnitWithSlug(slug: string): ProvinceUnit | undefined {
  const list = unitsWithSlug(slug);
  return list[list.length - 1];
}

// ---------------------------------------------------------------------------------------------
// Districts (pre-2025), both snapshots merged: a name seen in either snapshot counts.

const districtList: District[] = [];
{
  const seen = new Set<string>();
  for (const d of [...districts2025.districts, ...districts2024.districts]) {
    const id = `${d.code}|${d.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    districtList.push({
      code: d.code,
      name: d.name,
      fullName: d.fullName,
      type: d.type as District['type'],
      provinceCode: d.provinceCode,
    });
    for (const v of ('nameVariants' in d && Array.isArray(d.nameVariants) ? d.nameVariants : []) as string[]) {
      districtList.push({
        code: d.code,
        name: v,
        fullName: d.fullName,
        type: d.type as District['type'],
        provinceCode: d.provinceCode,
      });
    }
  }
}

export const allDistricts: readonly District[] = districtList;

/** Districts whose name matches (tone placement and case ignored). Several provinces can share a name. */
export function districtsNamed(name: string): District[] {
  const key = normalizeTonePlacement(name).toLocaleLowerCase('vi');
  return districtList.filter((d) => normalizeTonePlacement(d.name).toLocaleLowerCase('vi') === key);
}

/** The pre-2025 unit with a code, on a date (code 46 names two units before the merger). */
export function unit63ByCode(code: string, isoDate?: string): ProvinceUnit | undefined {
  const candidates = units.filter((u) => u.era === '63' && u.code === code);
  if (!isoDate) return candidates[candidates.length - 1];
  return (
    candidates.find((u) => validOn(u, isoDate)) ??
    (isoDate < MERGER_DATE ? candidates[0] : candidates[candidates.length - 1])
  );
}

/** Display name with its type: "Tỉnh Sơn La" / "Sơn La Province". */
export function provinceLabel(unit: ProvinceUnit, lang: 'vi' | 'en' = 'vi'): string {
  if (lang === 'en') return unit.type === 'tinh' ? `${unit.name} Province` : `${unit.name} City`;
  return unit.fullName;
}

/** Slug of a free-text province name, with the registry's rule. */
export function provinceSlugOf(name: string): string {
  return slugify(name.replace(/^(tỉnh|thành phố|tp\.?)\s+/i, ''));
}
