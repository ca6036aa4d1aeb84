/**
 * Binning for the choropleth: at most five classes of about equal size (quantiles), with breaks
 * rounded to as few significant digits as still separate the values on either side, so a legend
 * reads "100 – 250 tỷ" rather than "101,37 – 248,9 tỷ".
 */

export interface Bin {
  /** Smallest value in the class (inclusive): the data minimum for the first class, else a break. */
  lower: number;
  /** The next break (exclusive), or the data maximum (inclusive) for the last class. */
  upper: number;
  /** Is this the last class (upper bound inclusive)? */
  last: boolean;
}

export interface Binning {
  /** Increasing breaks: a value v is in class i when breaks[i-1] <= v < breaks[i]. */
  breaks: number[];
  bins: Bin[];
}

/** Round x to `digits` significant digits, in the given direction. */
function roundSignificant(x: number, digits: number, mode: 'floor' | 'ceil'): number {
  if (x === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(x))) - digits + 1);
  const scaled = x / magnitude;
  // Guard against 2.9999999 from the division before rounding.
  const rounded = mode === 'floor' ? Math.floor(scaled + 1e-9) : Math.ceil(scaled - 1e-9);
  return Number((rounded * magnitude).toPrecision(15));
}

/**
 * The roundest number t with below < t <= above: the break between two neighbouring sorted values.
 * Tries one significant digit, then two, and so on; the value `above` itself always fits.
 */
export function niceBreak(below: number, above: number): number {
  if (!(below < above)) throw new Error(`niceBreak needs below < above, got ${below} and ${above}`);
  for (let digits = 1; digits <= 15; digits += 1) {
    for (const mode of ['floor', 'ceil'] as const) {
      const t = roundSignificant(above, digits, mode);
      if (t > below && t <= above) return t;
    }
  }
  return above;
}

/** Quantile classes over the distinct values: min(maxClasses, number of distinct values) classes. */
export function quantileBinning(values: readonly number[], maxClasses = 5): Binning {
  const sorted = [...new Set(values.filter((v) => Number.isFinite(v)))].sort((a, b) => a - b);
  if (sorted.length === 0) return { breaks: [], bins: [] };
  const classes = Math.max(1, Math.min(maxClasses, sorted.length));
  const breaks: number[] = [];
  for (let i = 1; i < classes; i += 1) {
    const j = Math.round((i * sorted.length) / classes);
    const t = niceBreak(sorted[j - 1]!, sorted[j]!);
    if (breaks.length === 0 || t > breaks[breaks.length - 1]!) breaks.push(t);
  }
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const bins = [...breaks, max].map((upper, i): Bin => ({
    lower: i === 0 ? min : breaks[i - 1]!,
    upper,
    last: i === breaks.length,
  }));
  return { breaks, bins };
}

/** The class a value falls in. */
export function binIndex(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]!) i += 1;
  return i;
}
