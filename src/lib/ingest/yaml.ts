/**
 * The frontmatter as YAML, written exactly as js-yaml's `dump(data, { lineWidth: -1, noRefs: true,
 * quotingType: '"' })` writes it (Astro reads frontmatter with js-yaml, so what is written reads back
 * the same), but for the shapes an entry has only: block mappings and sequences of strings, numbers,
 * booleans and null, strings on one line. Anything else is handed to js-yaml itself. A property test
 * holds the two to the same output; this one is several times faster, which the ingest's throughput
 * budget needs (js-yaml tries every implicit type on every string).
 */
import jsYaml from 'js-yaml';

const OPTIONS = { lineWidth: -1, noRefs: true, quotingType: '"' } as const;

/** js-yaml's implicit types (null, bool, int, float, timestamp, merge): a plain string must not read as one. */
const IMPLICIT = (jsYaml.DEFAULT_SCHEMA as unknown as { compiledImplicit: { resolve(s: string): boolean }[] })
  .compiledImplicit;
/** Strings only those types can match start with one of these. */
const MAY_RESOLVE = /^[-+.~0-9nNtTfF<]|^$/u;
const DEPRECATED_BOOLEANS = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'on',
  'On',
  'ON',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'off',
  'Off',
  'OFF',
]);
const DEPRECATED_BASE60 = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
const ESCAPES: Record<number, string> = {
  0: '\\0',
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
  27: '\\e',
  34: '\\"',
  92: '\\\\',
  133: '\\N',
  160: '\\_',
  8232: '\\L',
  8233: '\\P',
};

class Unsupported extends Error {}

const isPrintable = (c: number): boolean =>
  (c >= 32 && c <= 126) ||
  (c >= 161 && c <= 55295 && c !== 8232 && c !== 8233) ||
  (c >= 57344 && c <= 65533 && c !== 0xfeff) ||
  (c >= 65536 && c <= 1114111);
const isWhite = (c: number): boolean => c === 32 || c === 9;
/** The first character of a plain scalar: not a space and none of YAML's indicators. */
const PLAIN_FIRST_BANNED = new Set([...'-?:,[]{}#&*!|=>\'"%@`'].map((c) => c.charCodeAt(0)));

/** Every character printable in js-yaml's sense (no C0/C1 controls, NBSP, line separators, BOM, noncharacters, lone surrogates). */
const ALL_PRINTABLE = /^[^\u0000-\u001f\u007f-\u00a0\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]*$/u;
/**
 * Plain in block context (js-yaml's isPlainSafe, isPlainSafeFirst, isPlainSafeLast): no " #" nor ": ", and
 * no indicator first. White space is js-yaml's: space and tab only (not `\s`, which also takes U+1680,
 * U+2000–U+200A, U+3000…: js-yaml writes a string that starts or ends with one of those plain).
 */
const PLAIN_SHAPE = /^[^ \t\-?:,[\]{}#&*!|=>'"%@`](?:(?![ \t]#|:[ \t])[^\r])*(?<![ \t:])$/u;
const NEEDS_ESCAPE = /["\\]/u;

/**
 * Keys and short values repeat from entry to entry ("metric", "VND", "exact", "Bưu điện tỉnh"): their
 * YAML is remembered (bounded, so a long run of distinct strings does not grow it without end).
 */
const SHORT = 40;
const remembered = new Map<string, string>();
function scalar(s: string): string {
  if (s.length > SHORT) return scalarOnce(s);
  let y = remembered.get(s);
  if (y === undefined) {
    if (remembered.size >= 4096) remembered.clear();
    y = scalarOnce(s);
    remembered.set(s, y);
  }
  return y;
}

function scalarOnce(s: string): string {
  if (s.length === 0) return '""';
  if (DEPRECATED_BOOLEANS.has(s) || DEPRECATED_BASE60.test(s)) return `"${s}"`;
  // The common case, decided by two patterns instead of a loop over every character.
  if (ALL_PRINTABLE.test(s)) {
    if (PLAIN_SHAPE.test(s) && !(MAY_RESOLVE.test(s) && IMPLICIT.some((t) => t.resolve(s)))) return s;
    return NEEDS_ESCAPE.test(s) ? `"${escape(s)}"` : `"${s}"`;
  }
  const first = s.codePointAt(0)!;
  const last = s.codePointAt(s.length - 1)!;
  let plain =
    isPrintable(first) &&
    first !== 0xfeff &&
    !isWhite(first) &&
    !PLAIN_FIRST_BANNED.has(first) &&
    !isWhite(last) &&
    last !== 58;
  let prev = -1;
  for (let i = 0; i < s.length;) {
    const c = s.codePointAt(i)!;
    i += c >= 65536 ? 2 : 1;
    if (c === 10) throw new Unsupported('a line break');
    if (!isPrintable(c)) return `"${escape(s)}"`;
    if (plain) {
      // js-yaml's isPlainSafe in block context: no " #" and no ": ".
      const cNs = c !== 0xfeff && c !== 13 && !isWhite(c);
      const prevNs = prev >= 0 && isPrintable(prev) && prev !== 0xfeff && prev !== 13 && prev !== 10 && !isWhite(prev);
      plain = (c !== 35 && !(prev === 58 && !cNs)) || (prevNs && c === 35) || (prev === 58 && cNs);
    }
    prev = c;
  }
  if (plain && !(MAY_RESOLVE.test(s) && IMPLICIT.some((t) => t.resolve(s)))) return s;
  return `"${escape(s)}"`;
}

function escape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s.codePointAt(i)!;
    const width = c >= 65536 ? 2 : 1;
    const seq = ESCAPES[c];
    if (!seq && isPrintable(c)) out += s.slice(i, i + width);
    else out += seq ?? hex(c);
    i += width;
  }
  return out;
}

function hex(c: number): string {
  const [handle, length] = c <= 0xff ? ['x', 2] : c <= 0xffff ? ['u', 4] : ['U', 8];
  return `\\${handle}${c.toString(16).toUpperCase().padStart(length, '0')}`;
}

function number(n: number): string {
  if (!Number.isFinite(n)) throw new Unsupported('a non-finite number');
  if (Object.is(n, -0)) return '-0.0';
  const s = n.toString(10);
  // js-yaml writes "1e+21" as "1.e+21" so that it reads back as a float.
  return /^[-+]?[0-9]+e/.test(s) ? s.replace('e', '.e') : s;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

function leaf(v: unknown): string | null {
  if (v === null) return 'null';
  if (typeof v === 'string') return scalar(v);
  if (typeof v === 'number') return number(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v) && v.length === 0) return '[]';
  if (isMap(v) && Object.keys(v).length === 0) return '{}';
  if (!Array.isArray(v) && !isMap(v)) throw new Unsupported(typeof v);
  return null;
}

/** A block mapping at `indent` spaces; `first` is written before the first key (a sequence item's "- "). */
function mapping(out: string[], map: Record<string, unknown>, indent: number, first: string): void {
  const pad = ' '.repeat(indent);
  let lead = first;
  for (const [key, value] of Object.entries(map)) {
    const k = scalar(key);
    const simple = leaf(value);
    if (simple !== null) out.push(`${lead}${k}: ${simple}\n`);
    else if (Array.isArray(value)) {
      out.push(`${lead}${k}:\n`);
      sequence(out, value, indent + 2);
    } else {
      out.push(`${lead}${k}:\n`);
      mapping(out, value as Record<string, unknown>, indent + 2, ' '.repeat(indent + 2));
    }
    lead = pad;
  }
}

function sequence(out: string[], list: unknown[], indent: number): void {
  const pad = ' '.repeat(indent);
  for (const item of list) {
    const simple = leaf(item);
    if (simple !== null) out.push(`${pad}- ${simple}\n`);
    else if (Array.isArray(item)) throw new Unsupported('a list in a list');
    else mapping(out, item as Record<string, unknown>, indent + 2, `${pad}- `);
  }
}

/** The YAML js-yaml would write for `data` (see above). */
export function dumpYaml(data: Record<string, unknown>): string {
  try {
    if (!isMap(data) || Object.keys(data).length === 0) throw new Unsupported('an empty document');
    const out: string[] = [];
    mapping(out, data, 0, '');
    return out.join('');
  } catch (err) {
    if (err instanceof Unsupported) return jsYaml.dump(data, OPTIONS);
    throw err;
  }
}

/** js-yaml's own output, for comparison in tests. */
export function dumpYamlReference(data: Record<string, unknown>): string {
  return jsYaml.dump(data, OPTIONS);
}
