/**
 * Which province an article is about.
 *
 * Evidence, strongest first: the reporting unit itself ("Bưu điện tỉnh X", "Bưu điện X"), the province
 * named as such ("tỉnh X", "UBND tỉnh X", "Sở … X"), a district or town of X ("Bưu điện huyện Chi Lăng"
 * → Lạng Sơn), X named bare, and last the publisher ("baobariavungtau.com.vn" is Bà Rịa - Vũng Tàu's
 * paper). Names are resolved on the event date, so "Bắc Giang" in a 2026 article is the new Bắc Ninh.
 * Two provinces reported as units, or none at all, is never guessed: the caller splits or warns.
 */
import {
  MERGER_DATE,
  allDistricts,
  allUnits,
  predecessorsOf,
  resolveOn,
  unitByKey,
  unit63ByCode,
  validOn,
  type ProvinceUnit,
} from '../provinces.ts';
import { foldDiacritics, normalizeTonePlacement } from '../text/fold.ts';
import { lowerKeepLength } from '../vi-number.ts';
import { isWordCode } from '../text/letters.ts';

export type EvidenceKind = 'unit' | 'province' | 'district' | 'bare' | 'publisher';

export interface ProvinceMention {
  /** Registry key of the unit the name denotes in its own era (63:xx or 34:xx). */
  keys: string[];
  index: number;
  length: number;
  text: string;
  kind: EvidenceKind;
  /** Which block (paragraph) it is in; -1 for the headline. */
  block: number;
}

/** Extra spellings people write (tone placement variants are generated automatically). */
const ALIASES: Record<string, string[]> = {
  'ho-chi-minh': ['TP.HCM', 'TP. HCM', 'TPHCM', 'TP HCM', 'TP.Hồ Chí Minh', 'Sài Gòn'],
  'ba-ria-vung-tau': ['BR-VT', 'BRVT', 'Bà Rịa Vũng Tàu'],
  'thua-thien-hue': ['Thừa Thiên - Huế', 'TT-Huế'],
  'dak-lak': ['Đăk Lăk', 'Đắc Lắc', 'Đắk Lăk', 'Đăk Lắk', 'Daklak', 'Dak Lak'],
  'dak-nong': ['Đăk Nông', 'Đắc Nông', 'Daknong'],
  'bac-kan': ['Bắc Cạn'],
  'kon-tum': ['KonTum', 'Kontum'],
  'ha-noi': ['Thủ đô Hà Nội'],
};

/** Names that also mean something else when bare: match them only after a type word or "Bưu điện". */
const NEEDS_PREFIX = new Set(['Hồ Chí Minh', 'Sài Gòn']);

/** All tone-placement spellings of a name ("Hòa Bình", "Hoà Bình"). */
function toneVariants(name: string): string[] {
  const old = normalizeTonePlacement(name);
  const modern = old
    .normalize('NFD')
    .replace(/([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])/g, '$1$3$2')
    .replace(/([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])/g, '$1$3$2')
    .normalize('NFC');
  return [...new Set([name, old, modern])];
}

/** A hash of a word, one code unit after another (wordHash below, and Tokens as it reads a text). */
const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;
function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i += 1) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/**
 * Words of a text with their offsets; dashes, dots and spaces between them are separators. Offsets
 * are kept in two arrays and each word read when asked for (a paragraph has hundreds of words and
 * few are names: no object per word). Each word's wordHash is kept too: a word whose hash is not a
 * name's first word's starts no name, and is passed over without being read.
 */
class Tokens {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly hashes: number[] = [];
  /** Lower-cased (both tone placements of every name are in the indexes, so no more is needed). */
  readonly folded: string;
  constructor(text: string) {
    const folded = lowerKeepLength(text);
    this.folded = folded;
    let from = -1;
    let hash = 0;
    for (let i = 0; i <= folded.length; i += 1) {
      const code = i < folded.length ? folded.charCodeAt(i) : -1;
      const word = code >= 0 && isWordCode(code);
      if (word) {
        if (from < 0) {
          from = i;
          hash = 0;
        }
        hash = hashStep(hash, code);
      } else if (from >= 0) {
        this.starts.push(from);
        this.ends.push(i);
        this.hashes.push(hash);
        from = -1;
      }
    }
  }
  get length(): number {
    return this.starts.length;
  }
  key(i: number): string {
    return this.folded.slice(this.starts[i]!, this.ends[i]!);
  }
}

const keyOfName = (name: string): string => {
  const t = new Tokens(name);
  return Array.from({ length: t.length }, (_, i) => t.key(i)).join(' ');
};
/** Separators allowed inside a multi-word name ("Bà Rịa – Vũng Tàu", "TP.HCM"). */
const INNER_GAP = /^[\s.\-–—]*$/u;

interface NameEntry {
  keys: Set<string>;
  needsPrefix: boolean;
}

/** Name (as word keys) → the units it names. */
const nameIndex = new Map<string, NameEntry>();
let longestName = 1;
function addName(name: string, key: string, needsPrefix = false): void {
  for (const v of toneVariants(name)) {
    const k = keyOfName(v);
    longestName = Math.max(longestName, k.split(' ').length);
    const entry = nameIndex.get(k) ?? { keys: new Set(), needsPrefix };
    entry.keys.add(key);
    entry.needsPrefix &&= needsPrefix;
    nameIndex.set(k, entry);
  }
}
for (const u of allUnits) {
  addName(u.name, u.key, NEEDS_PREFIX.has(u.name));
  for (const v of u.nameVariants) addName(v, u.key);
  for (const a of ALIASES[u.slug] ?? []) addName(a, u.key, NEEDS_PREFIX.has(a));
}

// Districts: names matched only after a type word (huyện, quận, thị xã, thành phố, TP, TX) or inside a
// list that follows one ("Bưu điện các huyện Ba Bể, Chợ Mới").
const districtIndex = new Map<string, Set<string>>();
let longestDistrict = 1;
for (const d of allDistricts) {
  for (const v of toneVariants(d.name)) {
    const k = keyOfName(v);
    longestDistrict = Math.max(longestDistrict, k.split(' ').length);
    const set = districtIndex.get(k) ?? new Set();
    set.add(d.provinceCode);
    districtIndex.set(k, set);
  }
}
/** The word right before a district's name (DISTRICT_TYPE's last word), and their hashes, looked at first. */
const TYPE_WORDS = new Set(['huyện', 'quận', 'xã', 'phố', 'tp', 'tx', 'các']);
const TYPE_WORD_HASHES = new Set([...TYPE_WORDS].map(wordHash));
const DISTRICT_TYPE = /(?<![\p{L}])(?:huyện|quận|thị\s+xã|thành\s+phố|tp\.?|tx\.?)\s+(?:các\s+)?$/iu;

/**
 * The first words of every name, one, two, … all of them ("bà", "bà rịa", "bà rịa vũng", …), and the
 * hashes of the first words alone: most words start no name and are passed over without building
 * keys, and a key that starts none ends the search.
 */
interface NamePrefixes {
  keys: Set<string>;
  firstWordHashes: Set<number>;
}
function namePrefixes(index: Map<string, unknown>): NamePrefixes {
  const prefixes: NamePrefixes = { keys: new Set(), firstWordHashes: new Set() };
  for (const k of index.keys()) {
    const words = k.split(' ');
    for (let n = 1; n <= words.length; n += 1) prefixes.keys.add(words.slice(0, n).join(' '));
    prefixes.firstWordHashes.add(wordHash(words[0]!));
  }
  return prefixes;
}
const NAME_PREFIXES = namePrefixes(nameIndex);
const DISTRICT_PREFIXES = namePrefixes(districtIndex);

/** The longest name of `index` starting at token i, as [entry key, tokens used]. */
function longestMatch<T>(
  text: string,
  tokens: Tokens,
  i: number,
  index: Map<string, T>,
  { keys: prefixes, firstWordHashes }: NamePrefixes,
  maxLen: number,
): [string, number] | null {
  if (!firstWordHashes.has(tokens.hashes[i]!)) return null;
  const first = tokens.key(i);
  if (!prefixes.has(first)) return null;
  let key = '';
  let best: [string, number] | null = null;
  for (let n = 0; n < maxLen && i + n < tokens.length; n += 1) {
    if (n > 0 && !INNER_GAP.test(text.slice(tokens.ends[i + n - 1]!, tokens.starts[i + n]!))) break;
    key = n === 0 ? first : `${key} ${tokens.key(i + n)}`;
    if (!prefixes.has(key)) break;
    if (index.has(key)) best = [key, n + 1];
  }
  return best;
}

function classify(before: string): EvidenceKind {
  const b = before.toLowerCase();
  if (/bưu\s+điện\s+(?:tỉnh\s+|thành\s+phố\s+|tp\.?\s*)?$/u.test(b)) return 'unit';
  if (/bưu\s+điện\s+các\s+tỉnh(?:\s*[^,.;:]{1,40}\s*,)*\s*$/u.test(b)) return 'unit';
  if (/(?:tỉnh|thành\s+phố|tp\.?)\s*$/u.test(b)) return 'province';
  if (
    /(?:^|[^\p{L}])(?:sở|ubnd|ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|tỉnh\s+ủy|tỉnh\s+uỷ|báo|đài)\s[^,.;]{0,60}$/u.test(
      b,
    )
  )
    return 'province';
  return 'bare';
}

/** Every province and district mention in the headline and blocks. */
export function findProvinceMentions(title: string | null, blocks: readonly string[]): ProvinceMention[] {
  const out: ProvinceMention[] = [];
  const texts: [number, string][] = [
    ...(title ? ([[-1, title]] as [number, string][]) : []),
    ...blocks.map((t, i) => [i, t] as [number, string]),
  ];
  for (const [block, text] of texts) {
    const tokens = new Tokens(text);
    let inDistrictList = false;
    for (let i = 0; i < tokens.length;) {
      const tokStart = tokens.starts[i]!;
      // Districts: after a type word (the word before, i - 1), or continuing a list of them ("các huyện Ba Bể,
      // Chợ Mới").
      const afterType =
        i > 0 &&
        TYPE_WORD_HASHES.has(tokens.hashes[i - 1]!) &&
        TYPE_WORDS.has(tokens.key(i - 1)) &&
        DISTRICT_TYPE.test(text.slice(Math.max(0, tokStart - 30), tokStart));
      const continuesList =
        inDistrictList && /^\s*(?:,|và)\s*$/u.test(text.slice(i > 0 ? tokens.ends[i - 1]! : 0, tokStart));
      if (afterType || continuesList) {
        const d = longestMatch(text, tokens, i, districtIndex, DISTRICT_PREFIXES, longestDistrict);
        if (d && !nameIndex.has(d[0])) {
          const end = tokens.ends[i + d[1] - 1]!;
          out.push({
            keys: [...districtIndex.get(d[0])!].map((c) => `63:${c}`),
            index: tokStart,
            length: end - tokStart,
            text: text.slice(tokStart, end),
            kind: 'district',
            block,
          });
          inDistrictList = true;
          i += d[1];
          continue;
        }
      }
      inDistrictList = false;
      const p = longestMatch(text, tokens, i, nameIndex, NAME_PREFIXES, longestName);
      if (!p) {
        i += 1;
        continue;
      }
      const entry = nameIndex.get(p[0])!;
      const end = tokens.ends[i + p[1] - 1]!;
      const tok = { start: tokStart };
      const before = text.slice(Math.max(0, tok.start - 80), tok.start);
      const kind = classify(before);
      const skip =
        (entry.needsPrefix &&
          (kind === 'bare' || kind === 'province') &&
          !/(?:thành\s+phố|tp\.?)\s*$/iu.test(before)) ||
        // A capitalised word right before is usually part of a person's name ("Nguyễn Thị Giang").
        (kind === 'bare' &&
          /\p{Lu}[\p{Ll}]*\s+$/u.test(text.slice(Math.max(0, tok.start - 12), tok.start)) &&
          !/(?:^|\s)(?:Tại|Ở|Và|Của|Cho)\s+$/u.test(before));
      if (!skip)
        out.push({
          keys: [...entry.keys],
          index: tok.start,
          length: end - tok.start,
          text: text.slice(tok.start, end),
          kind,
          block,
        });
      i += p[1];
    }
  }
  return out;
}

const MEDIA_PREFIXES = [
  '',
  'bao',
  'baodientu',
  'truyenhinh',
  'dai',
  'ptth',
  'tv',
  'dientu',
  'congthongtin',
  'cong',
  'sotttt',
  'stttt',
  'bdt',
  'buudien',
];
const compactByKey = allUnits.map((u) => [u.key, u.slug.replace(/-/g, '')] as const);

/** The province a publisher's address names ("baobariavungtau.com.vn", "baolangson.vn"). */
export function provinceFromPublisher(url: string): ProvinceMention | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const label of host.split('.')) {
    for (const [key, compact] of compactByKey) {
      if (!label.endsWith(compact)) continue;
      const prefix = label.slice(0, label.length - compact.length);
      if (MEDIA_PREFIXES.includes(prefix) && (compact.length >= 5 || prefix.length > 0)) {
        const unit = allUnits.find((u) => u.key === key)!;
        // Prefer the pre-merger reading; the date resolves it later.
        const keys = allUnits.filter((u) => u.slug === unit.slug).map((u) => u.key);
        return { keys, index: 0, length: 0, text: host, kind: 'publisher', block: -2 };
      }
    }
  }
  return null;
}

const WEIGHT: Record<EvidenceKind, number> = { unit: 10, province: 4, district: 3, bare: 2, publisher: 3 };

export interface ProvinceCandidate {
  unit: ProvinceUnit;
  score: number;
  evidence: ProvinceMention[];
}

/**
 * Score every province the mentions point to, as it was on `isoDate`. A name that denotes several
 * units (a district name shared by two provinces) splits its weight.
 */
export function scoreProvinces(mentions: readonly ProvinceMention[], isoDate: string): ProvinceCandidate[] {
  const byUnit = new Map<string, ProvinceCandidate>();
  for (const m of mentions) {
    const units = resolveMentionUnits(m, isoDate);
    if (units.length === 0) continue;
    const w = (WEIGHT[m.kind] * (m.block === -1 ? 2 : 1)) / units.length;
    for (const unit of units) {
      const c = byUnit.get(unit.key) ?? { unit, score: 0, evidence: [] };
      c.score += w;
      c.evidence.push(m);
      byUnit.set(unit.key, c);
    }
  }
  return [...byUnit.values()].sort((a, b) => b.score - a.score || a.unit.slug.localeCompare(b.unit.slug));
}

/** The units, in force on the date, that a mention can denote. */
export function resolveMentionUnits(m: ProvinceMention, isoDate: string): ProvinceUnit[] {
  const out = new Map<string, ProvinceUnit>();
  for (const key of m.keys) {
    let unit: ProvinceUnit | undefined;
    if (m.kind === 'district') unit = unit63ByCode(key.slice(3), isoDate < MERGER_DATE ? isoDate : '2025-06-30');
    else unit = unitByKey(key);
    if (!unit) continue;
    // A name of either era: keep the reading in force on the date, following mergers forward, or back
    // through a plain renaming ("Huế" in 2020 is Thừa Thiên Huế).
    const now = resolveOn(unit, isoDate) ?? renamedFrom(unit, isoDate);
    if (now) out.set(now.key, now);
  }
  // The same spelling names a 63-era and a 34-era unit; on a date only one of them is in force.
  return [...out.values()];
}

function renamedFrom(unit: ProvinceUnit, isoDate: string): ProvinceUnit | undefined {
  let current: ProvinceUnit | undefined = unit;
  for (let guard = 0; current && guard < 4; guard += 1) {
    if (validOn(current, isoDate)) return current;
    const preds = predecessorsOf(current);
    current = preds.length === 1 ? preds[0] : undefined;
  }
  return undefined;
}

/** ASCII-folded key of a province name, for comparing against free text. */
export function provinceNameKey(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
