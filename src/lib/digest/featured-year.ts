/**
 * Which year a page opens on. The newest year is often reported by one province only (the others hold
 * their conferences later): a home page or a map of one province says little and ranks nothing. Pages
 * open on the newest year that at least ENOUGH_PROVINCES provinces have reported, and say so when that
 * is not the newest year.
 */

/** Two provinces: the fewest that can be compared, or ranked. */
export const ENOUGH_PROVINCES = 2;

export interface FeaturedYear {
  /** The year the page opens on. */
  year: number;
  /** The newest year with any data, and how many provinces have reported it. */
  newest: { year: number; provinces: number };
  /** The newest year was passed over because too few provinces have reported it yet. */
  passedOver: boolean;
}

/**
 * `provincesByYear`: for each year with data, how many provinces reported it. The newest year with at
 * least `enough`; when no year has that many, the newest year. Null when there is no year.
 */
export function featuredYear(
  provincesByYear: ReadonlyMap<number, number>,
  enough = ENOUGH_PROVINCES,
): FeaturedYear | null {
  const years = [...provincesByYear.keys()].sort((a, b) => b - a);
  if (years.length === 0) return null;
  const newest = { year: years[0]!, provinces: provincesByYear.get(years[0]!) ?? 0 };
  const year = years.find((y) => (provincesByYear.get(y) ?? 0) >= enough) ?? newest.year;
  return { year, newest, passedOver: year !== newest.year };
}
