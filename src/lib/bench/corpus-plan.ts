/**
 * What a synthetic corpus holds: N provinces × Y years (the 63 provinces before the 2025 merger, the
 * 34 after), and at scale k, k conferences per province and year. Pure and deterministic.
 *
 * Scale: 1× is one year-end conference per province and year (the real digest's shape). Larger
 * scales add what a province really publishes besides, as distinct entries (the ingest merges only
 * articles about the same conference): a first-quarter, a mid-year and a nine-month review, then more
 * year-end-style conferences on other dates. So 4× is every review of the year, and 16× adds twelve
 * more conferences per province and year: a stress size, not a forecast.
 */
import { predecessorsOf, type ProvinceUnit } from '../provinces.ts';
import { provincesOfYear, rawArticle, rng, type ArticleKind } from './raw-articles.ts';

export interface CorpusOptions {
  /** Provinces of the 63 (taken evenly spread over the registry); their successors after 2025. */
  provinces: number;
  /** Years, ending with `lastYear`. */
  years: number;
  /** Conferences per province and year. */
  scale: number;
  seed: number;
  /** Default 2025: the merger year, so every corpus of two years or more has both province sets. */
  lastYear?: number;
}

export interface PlannedArticle {
  /** The raw file's name (unique). */
  name: string;
  unit: ProvinceUnit;
  reportYear: number;
  kind: ArticleKind;
  date: [day: number, month: number];
  seed: number;
}

const PART_YEAR: { kind: ArticleKind; month: number }[] = [
  { kind: 'mid-year', month: 7 },
  { kind: 'nine-month', month: 10 },
  { kind: 'first-quarter', month: 4 },
];

/** Days a year-end conference is held: late December to February of the next year. */
const YEAR_END_DAYS: [number, number][] = [
  ...Array.from({ length: 22 }, (_, i): [number, number] => [10 + i, 12]),
  ...Array.from({ length: 26 }, (_, i): [number, number] => [3 + i, 1]),
  ...Array.from({ length: 23 }, (_, i): [number, number] => [3 + i, 2]),
];

/** The old provinces chosen for a corpus of `count` provinces, evenly spread, in registry order. */
export function chosenProvinces(count: number): ProvinceUnit[] {
  const old = provincesOfYear(2011);
  if (count >= old.length) return old;
  return Array.from({ length: count }, (_, i) => old[Math.floor((i * old.length) / count)]!);
}

/** The units of a year: the chosen old provinces, or (after the merger) the provinces they became. */
export function unitsOfYear(chosen: readonly ProvinceUnit[], year: number): ProvinceUnit[] {
  const inForce = provincesOfYear(year);
  const chosenCodes = new Set(chosen.map((u) => u.code));
  return inForce.filter((u) =>
    u.era === '63' ? chosenCodes.has(u.code) : predecessorsOf(u).some((p) => chosenCodes.has(p.code)),
  );
}

export function planCorpus(options: CorpusOptions): PlannedArticle[] {
  const { provinces, years, scale, seed, lastYear = 2025 } = options;
  if (scale > PART_YEAR.length + YEAR_END_DAYS.length)
    throw new Error(`scale ${scale} is more than ${PART_YEAR.length + YEAR_END_DAYS.length} conferences a year`);
  const r = rng(seed);
  const chosen = chosenProvinces(provinces);
  const out: PlannedArticle[] = [];
  for (let year = lastYear - years + 1; year <= lastYear; year += 1) {
    for (const unit of unitsOfYear(chosen, year)) {
      const yearEndDays = r.sample(YEAR_END_DAYS, Math.max(1, scale - PART_YEAR.length));
      for (let j = 0; j < scale; j += 1) {
        const part = j >= 1 && j <= PART_YEAR.length ? PART_YEAR[j - 1]! : undefined;
        const date: [number, number] = part
          ? [r.int(3, 25), part.month]
          : yearEndDays[j === 0 ? 0 : j - PART_YEAR.length]!;
        out.push({
          name: `${unit.slug}-${year}-${String(j).padStart(2, '0')}.txt`,
          unit,
          reportYear: year,
          kind: part?.kind ?? 'year-end',
          date,
          seed: r.int(1, 2 ** 31),
        });
      }
    }
  }
  return out;
}

/** The raw text of a planned article. */
export function plannedText(a: PlannedArticle): string {
  return rawArticle({ unit: a.unit, reportYear: a.reportYear, seed: a.seed, kind: a.kind, date: a.date });
}
