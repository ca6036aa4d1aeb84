/**
 * Numbers the way a reader of each language writes them.
 *
 * Vietnamese press writes money in tỷ (10^9) and triệu (10^6) with a decimal comma and dot thousands:
 * "73,598 tỷ đồng", "2.200 tỷ đồng", "8,8 triệu đồng/người/tháng". English readers get
 * "VND 73.598 billion", "VND 2.2 trillion". Figures are stored in base units (VND, not billions), so
 * every scale is chosen here, once.
 */
import { metricById, UNIT_LABELS, type Unit } from '../metrics.ts';
import type { Qualifier } from '../schema/common.ts';
import { LOCALE_TAG, type Lang } from '../lang.ts';

export type { Lang };

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat: building one costs far more than using it, and pages format thousands. */
function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}|${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAG[lang], { maximumFractionDigits });
    formatters.set(key, f);
  }
  return f;
}

/** "1.234.567,891" / "1,234,567.891". */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(lang, maximumFractionDigits).format(value);
}

/** A power of ten a value is shown in, with its name. */
export interface Scale {
  divisor: number;
  /** The word after the number: "tỷ", "million"; empty for none. */
  word: string;
}

const NO_SCALE: Scale = { divisor: 1, word: '' };

/** The scale a money amount of this size reads best in. Vietnamese keeps tỷ above a trillion ("2.200 tỷ"). */
export function moneyScale(absValue: number, lang: Lang): Scale {
  if (lang === 'en' && absValue >= 1e12) return { divisor: 1e12, word: 'trillion' };
  if (absValue >= 1e9) return { divisor: 1e9, word: lang === 'vi' ? 'tỷ' : 'billion' };
  if (absValue >= 1e6) return { divisor: 1e6, word: lang === 'vi' ? 'triệu' : 'million' };
  return NO_SCALE;
}

/** The words after a number: the catalogue's Vietnamese unit names, and English suffixes for "VND 8.8 million/person/month". */
const EN_SUFFIX: Record<Unit, string> = {
  VND: '',
  'VND/person/year': '/person/year',
  'VND/person/month': '/person/month',
  count: '',
  percent: '%',
  'km/point': 'km/point',
  'people/point': 'people/point',
};
const unitSuffix = (unit: Unit, lang: Lang): string =>
  lang === 'en' ? EN_SUFFIX[unit] : unit === 'count' ? '' : UNIT_LABELS[unit].vi;

export const isMoney = (unit: Unit): boolean => unit.startsWith('VND');

/**
 * What a count of this metric counts, from the catalogue: "hồ sơ", "dossiers" ("dossier" for one), or
 * empty for another unit or a metric that names none. `value` omitted: the plural, for an axis title.
 */
export function countNoun(metric: string | undefined, lang: Lang, value?: number): string {
  const names = metric === undefined ? undefined : metricById(metric)?.countUnit;
  if (!names) return '';
  return lang === 'vi' ? names.vi : value === 1 ? names.en.one : names.en.other;
}

export interface AmountOptions {
  /** The figure's metric: a count names what it counts ("80.000 hồ sơ", "80,000 dossiers"). */
  metric?: string;
  /**
   * Round a scaled amount to three significant figures, never inside its whole part ("133,643 tỷ" →
   * "134 tỷ", "73,598 tỷ" → "73,6 tỷ", "2.234 tỷ" stays): for cards, where a glance matters more than the
   * last digit. The article page keeps the article's exact value beside its quote. A hedge stays true: "over"
   * rounds towards zero ("trên 133,643 tỷ" → "trên 133 tỷ"), "under" away from it.
   */
  rounded?: boolean;
}

/** How a rounded amount is rounded so that the hedge before it stays true. */
const ROUNDING_MODE: Record<Qualifier, 'halfExpand' | 'trunc' | 'expand'> = {
  exact: 'halfExpand',
  about: 'halfExpand',
  nearly: 'halfExpand',
  over: 'trunc',
  under: 'expand',
};

const roundedFormatters = new Map<string, Intl.NumberFormat>();

/** Three significant figures, the whole part kept: the form cards and chart tooltips show. */
export function formatRounded(value: number, lang: Lang, qualifier: Qualifier = 'exact'): string {
  const key = `${lang}|${qualifier}`;
  let f = roundedFormatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAG[lang], {
      maximumFractionDigits: 0,
      maximumSignificantDigits: 3,
      roundingPriority: 'morePrecision',
      roundingMode: ROUNDING_MODE[qualifier],
    });
    roundedFormatters.set(key, f);
  }
  return f.format(value);
}

/**
 * The amount with its unit words, no qualifier: "101 tỷ đồng", "VND 101 billion", "3,47 km/điểm"; a
 * count with what it counts when the metric is given: "80.000 hồ sơ", "80,000 dossiers".
 */
export function formatAmount(
  value: number,
  unit: Unit,
  lang: Lang,
  { metric, rounded = false }: AmountOptions = {},
  qualifier: Qualifier = 'exact',
): string {
  if (unit === 'percent') return `${formatNumber(value, lang, 2)}%`;
  if (!isMoney(unit)) {
    const suffix = unit === 'count' ? countNoun(metric, lang, value) : unitSuffix(unit, lang);
    return suffix ? `${formatNumber(value, lang, 2)} ${suffix}` : formatNumber(value, lang, 2);
  }
  const scale = moneyScale(Math.abs(value), lang);
  const scaled = value / scale.divisor;
  const number =
    scale.divisor === 1
      ? formatNumber(scaled, lang, 0)
      : rounded
        ? formatRounded(scaled, lang, qualifier)
        : formatNumber(scaled, lang, 3);
  if (lang === 'vi') return [number, scale.word, unitSuffix(unit, 'vi')].filter(Boolean).join(' ');
  return `VND ${number}${scale.word ? ` ${scale.word}` : ''}${unitSuffix(unit, 'en')}`;
}

const QUALIFIER_WORD: Record<Exclude<Qualifier, 'exact'>, Record<Lang, string>> = {
  over: { vi: 'trên', en: 'over' },
  about: { vi: 'khoảng', en: 'about' },
  nearly: { vi: 'gần', en: 'nearly' },
  under: { vi: 'dưới', en: 'under' },
};

/** The hedge word before a number ("trên", "nearly"), or empty for an exact figure. */
export function qualifierWord(qualifier: Qualifier | undefined, lang: Lang): string {
  return !qualifier || qualifier === 'exact' ? '' : QUALIFIER_WORD[qualifier][lang];
}

/** "trên 101 tỷ đồng", "over VND 101 billion", "8,8 triệu đồng/người/tháng", "gần 80.000 hồ sơ". */
export function formatQualifiedAmount(
  value: number,
  unit: Unit,
  qualifier: Qualifier | undefined,
  lang: Lang,
  options: AmountOptions = {},
): string {
  const word = qualifierWord(qualifier, lang);
  const amount = formatAmount(value, unit, lang, options, qualifier);
  return word ? `${word} ${amount}` : amount;
}

/** "102%", "trên 101%" / "over 101%". */
export function formatPercent(value: number, lang: Lang, qualifier?: Qualifier): string {
  const word = qualifierWord(qualifier, lang);
  const text = `${formatNumber(value, lang, 2)}%`;
  return word ? `${word} ${text}` : text;
}

/** Signed change: "+21%", "−3%" (a true minus sign, so it does not read as a dash), "0%". */
export function formatSignedPercent(value: number, lang: Lang): string {
  const abs = formatNumber(Math.abs(value), lang, 1);
  if (value > 0) return `+${abs}%`;
  if (value < 0) return `\u2212${abs}%`;
  return `${abs}%`;
}

/** A change in words: "tăng 21%", "giảm gần 3%" / "up 21%", "down nearly 3%". */
export function formatChangeWords(value: number, lang: Lang, qualifier?: Qualifier): string {
  const word = qualifierWord(qualifier, lang);
  const abs = `${word ? `${word} ` : ''}${formatNumber(Math.abs(value), lang, 1)}%`;
  if (lang === 'vi') return value < 0 ? `giảm ${abs}` : value > 0 ? `tăng ${abs}` : 'không đổi';
  return value < 0 ? `down ${abs}` : value > 0 ? `up ${abs}` : 'unchanged';
}

/** How chart axes and data tables show a series of one unit: a common divisor and an axis title. */
export interface DisplayScale {
  divisor: number;
  /** "tỷ đồng", "VND billion", "triệu đồng/người/tháng", "%", "hồ sơ" / "dossiers" for a count of the metric given. */
  label: string;
}

/** One scale for a whole series, chosen by its largest value, so bars compare on one axis. */
export function displayScaleFor(values: readonly number[], unit: Unit, lang: Lang, metric?: string): DisplayScale {
  const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  if (unit === 'percent') return { divisor: 1, label: '%' };
  if (unit === 'count') return { divisor: 1, label: countNoun(metric, lang) };
  if (!isMoney(unit)) return { divisor: 1, label: unitSuffix(unit, lang) };
  // Charts stay in billions even above a trillion: "1.500 tỷ" on an axis reads better than "1,5 nghìn tỷ".
  const scale = max >= 1e9 ? { divisor: 1e9, word: lang === 'vi' ? 'tỷ' : 'billion' } : moneyScale(max, lang);
  if (lang === 'vi')
    return { divisor: scale.divisor, label: [scale.word, unitSuffix(unit, 'vi')].filter(Boolean).join(' ') };
  return { divisor: scale.divisor, label: `VND${scale.word ? ` ${scale.word}` : ''}${unitSuffix(unit, 'en')}` };
}
