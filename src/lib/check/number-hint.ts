/**
 * Read a number an editor typed the way the article wrote it ("101 tỷ", "8,8 triệu", "80.000"), so the
 * message can say which number to write instead. Only used to suggest a fix, never to change content.
 */
import { foldDiacritics } from '../text/fold.ts';

const SCALE: Record<string, number> = {
  'nghin ty': 1e12,
  'ngan ty': 1e12,
  ty: 1e9,
  ti: 1e9,
  trieu: 1e6,
  nghin: 1e3,
  ngan: 1e3,
};

/**
 * Vietnamese writes thousands with dots and decimals with a comma ("1.234,5", "133,643 tỷ"). A lone
 * dot followed by exactly three digits is a thousands mark ("80.000"); a lone comma is a decimal comma;
 * repeated marks of one kind are thousands marks ("101.000.000", or English "101,000,000").
 */
function readDigits(raw: string): number | undefined {
  const groups = raw.split(/[.,]/);
  if (groups.some((g) => g === '')) return undefined;
  const seps = raw.replace(/\d/g, '');
  if (!seps) return Number(raw);
  const last = seps[seps.length - 1]!;
  const lastGroup = groups[groups.length - 1]!;
  const allSame = [...seps].every((s) => s === last);
  if (allSame && (seps.length > 1 || (last === '.' && lastGroup.length === 3))) {
    // "101.000.000" or "80.000": thousands marks only
    return groups.slice(1).every((g) => g.length === 3) ? Number(groups.join('')) : undefined;
  }
  const intPart = raw.slice(0, raw.lastIndexOf(last)).replace(/[.,]/g, '');
  return Number(`${intPart}.${lastGroup}`);
}

/** The number in base units that `text` stands for, or undefined when it is not a recognisable amount. */
export function numberFromText(text: string): number | undefined {
  const folded = foldDiacritics(text).toLowerCase().trim();
  const m =
    /^(?:(?:tren|hon|gan|khoang|dat|uoc|uoc dat)\s+)*([\d.,]*\d)\s*(nghin ty|ngan ty|ty|ti|trieu|nghin|ngan)?\s*(?:dong|d|vnd|%|nguoi|ho so|luot)?\s*$/.exec(
      folded,
    );
  if (!m) return undefined;
  const base = readDigits(m[1]!);
  if (base === undefined || !Number.isFinite(base)) return undefined;
  const scaled = base * (m[2] ? SCALE[m[2]]! : 1);
  // Avoid 8.8 * 1e6 = 8800000.000000001
  return Number(scaled.toPrecision(12));
}
