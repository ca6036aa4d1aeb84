/**
 * Split an entry into its YAML frontmatter and MDX body, parse the YAML keeping positions, and find
 * the line of any field (`kpis[0].value` → the line its key is on), so every problem can point there.
 */
import { load as loadYaml } from 'js-yaml';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';

export interface SplitEntry {
  /** 'ok'; 'missing' when the file does not start with `---`; 'unclosed' when no closing `---` follows. */
  frontmatter: 'ok' | 'missing' | 'unclosed' | 'after-blank-lines';
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** File line (1-based) of the first YAML line. */
  yamlStartLine: number;
  /** File line of the closing `---` (or of the last line when unclosed). */
  closingLine: number;
}

const FENCE = /^---[ \t]*$/;

export function splitEntry(text: string): SplitEntry {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first += 1;
  if (first >= lines.length || !FENCE.test(lines[first]!)) {
    return { frontmatter: 'missing', yaml: '', yamlStartLine: 1, closingLine: 1 };
  }
  for (let i = first + 1; i < lines.length; i += 1) {
    if (FENCE.test(lines[i]!)) {
      return {
        // Astro tolerates blank lines before the fence, but the MDX parser then reads the YAML as text.
        frontmatter: first > 0 ? 'after-blank-lines' : 'ok',
        yaml: lines.slice(first + 1, i).join('\n') + '\n',
        yamlStartLine: first + 2,
        closingLine: i + 1,
      };
    }
  }
  return { frontmatter: 'unclosed', yaml: '', yamlStartLine: first + 2, closingLine: lines.length };
}

export interface YamlSyntaxError {
  line: number;
  /** The `yaml` package's error code (`BAD_INDENT`, `DUPLICATE_KEY`, …), or `UNRESOLVED_ALIAS`. */
  code: string;
  message: string;
  /** The key the error is under, when there is one. */
  key?: string;
}

/** A plain (unquoted) text value whose end was cut off by ` #`, which YAML reads as a comment. */
export interface CutComment {
  line: number;
  path: (string | number)[];
  kept: string;
  dropped: string;
}

/** An unquoted impossible date (2023-02-30) that YAML, like Astro's loader, silently turns into another day. */
export interface ShiftedDate {
  line: number;
  path: (string | number)[];
  written: string;
}

export interface ParsedFrontmatter {
  /**
   * The frontmatter as plain data, read the way Astro reads it (js-yaml: an unquoted 2024-01-15 is a
   * Date, a quoted one a string); undefined when the YAML has errors.
   */
  data: unknown;
  shiftedDates: ShiftedDate[];
  errors: YamlSyntaxError[];
  cutComments: CutComment[];
  /** File line of a field; when the field is missing, the line of the closest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * The data comes from js-yaml, the parser Astro's loader uses, so the schema sees exactly the values
 * the build sees (an unquoted 2024-01-15 is a Date, 2023-02-30 silently becomes 2023-03-02). The
 * `yaml` package, eight times slower, is only used when a position or a syntax diagnosis is needed:
 * for a problem's line, a syntax error, or a line that looks like a shifted date or a cut comment.
 */
export function parseFrontmatter(split: SplitEntry): ParsedFrontmatter {
  let cached: { doc: Document; toFileLine: (o: number) => number } | undefined;
  const positions = (): { doc: Document; toFileLine: (o: number) => number } => {
    if (!cached) {
      const lineCounter = new LineCounter();
      // The timestamp tag makes unquoted dates Date objects, as js-yaml does.
      const doc = parseDocument(split.yaml, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        customTags: ['timestamp'],
      });
      cached = { doc, toFileLine: (offset) => lineCounter.linePos(offset).line + split.yamlStartLine - 1 };
    }
    return cached;
  };
  const lineOf = (path: readonly PropertyKey[]): number => {
    const { doc, toFileLine } = positions();
    return lineOfPath(doc, path, toFileLine, split.yamlStartLine);
  };

  let data: unknown;
  try {
    data = loadYaml(split.yaml);
  } catch (e) {
    return { data: undefined, errors: syntaxErrors(e, split, positions), shiftedDates: [], cutComments: [], lineOf };
  }
  const lines = split.yaml.split('\n');
  const shiftedDates = lines.some(looksLikeImpossibleDate)
    ? findShiftedDates(positions().doc, positions().toFileLine)
    : [];
  const cutComments = lines.some((l) => /\s#\S/.test(l))
    ? findCutComments(positions().doc, positions().toFileLine)
    : [];
  return { data, errors: [], shiftedDates, cutComments, lineOf };
}

/** The `yaml` package names and places a syntax error better than js-yaml; fall back to js-yaml's words. */
function syntaxErrors(
  jsYamlError: unknown,
  split: SplitEntry,
  positions: () => { doc: Document; toFileLine: (o: number) => number },
): YamlSyntaxError[] {
  const { doc, toFileLine } = positions();
  const errors: YamlSyntaxError[] = doc.errors.map((e) => ({
    line: toFileLine(e.pos[0]),
    code: e.code,
    message: e.message.split('\n')[0]!,
  }));
  // `title: *bold*` is an alias to an anchor that does not exist.
  visit(doc, {
    Alias(_key, node) {
      if (!node.resolve(doc))
        errors.push({ line: toFileLine(node.range?.[0] ?? 0), code: 'UNRESOLVED_ALIAS', message: `*${node.source}` });
    },
  });
  if (errors.length === 0) {
    const e = jsYamlError as { reason?: string; message?: string; mark?: { line?: number } };
    errors.push({
      line: split.yamlStartLine + (e.mark?.line ?? 0),
      code: 'JS_YAML',
      message: e.reason ?? String(e.message ?? e).split('\n')[0]!,
    });
  }
  return errors.sort((a, b) => a.line - b.line);
}

const DATE_VALUE = /:\s+(\d{4})-(\d{2})-(\d{2})\s*(?:#.*)?$/;

function looksLikeImpossibleDate(line: string): boolean {
  const m = DATE_VALUE.exec(line);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d;
}

function findShiftedDates(doc: Document, toFileLine: (o: number) => number): ShiftedDate[] {
  const found: ShiftedDate[] = [];
  visit(doc, {
    Pair(_key, pair, ancestors) {
      if (!isPair(pair) || !isScalar(pair.value)) return;
      const v = pair.value;
      const written = typeof v.source === 'string' ? v.source : '';
      if (!(v.value instanceof Date) || !/^\d{4}-\d{2}-\d{2}$/.test(written)) return;
      if (v.value.toISOString().slice(0, 10) === written) return;
      found.push({ line: toFileLine(v.range?.[0] ?? 0), path: pathOf(ancestors, pair), written });
    },
  });
  return found;
}

function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  toFileLine: (o: number) => number,
  fallback: number,
): number {
  let node: unknown = doc.contents;
  let line = node && (node as Node).range ? toFileLine((node as Node).range![0]) : fallback;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) line = toFileLine(keyNode.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!item) break;
      if ((item as Node).range) line = toFileLine((item as Node).range![0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}

function findCutComments(doc: Document, toFileLine: (o: number) => number): CutComment[] {
  const found: CutComment[] = [];
  visit(doc, {
    Pair(_key, pair, ancestors) {
      if (!isPair(pair) || !isScalar(pair.value) || isAlias(pair.value)) return;
      const value = pair.value;
      if (value.type !== 'PLAIN' || typeof value.value !== 'string' || !value.comment || !value.range) return;
      // `province: son-la  # Sơn La` is a deliberate comment; `Tin #1 hay` ("#" glued to text) is not.
      if (/^\s/.test(value.comment)) return;
      // Only a comment on the value's own line: `title: Tin #1 hay` (not a comment line below it).
      const valueLine = toFileLine(value.range[0]);
      const commentLine = toFileLine(value.range[1]);
      if (valueLine !== commentLine) return;
      found.push({ line: valueLine, path: pathOf(ancestors, pair), kept: value.value, dropped: value.comment.trim() });
    },
  });
  return found;
}

function pathOf(ancestors: readonly unknown[], pair: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  const chain = [...ancestors, pair];
  for (let i = 0; i < chain.length; i += 1) {
    const n = chain[i];
    if (isPair(n) && isScalar(n.key)) path.push(String(n.key.value));
    else if (isSeq(n)) {
      const child = chain[i + 1];
      const idx = n.items.indexOf(child as never);
      if (idx >= 0) path.push(idx);
    }
  }
  return path;
}

/** A syntax error, with the frontmatter as it was read when it was found (lines before it left out). */
export interface YamlRound {
  error: YamlSyntaxError;
  split: SplitEntry;
}

export interface ReadPastErrors {
  /** The first syntax error in each top-level field: the others there most often follow from it. */
  rounds: YamlRound[];
  /** The frontmatter without the lines of every error, when it then reads as a map; else null. */
  recovered: ParsedFrontmatter | null;
  /** Top-level keys whose block held a line left out: what the check says about them is not to be trusted. */
  touched: Set<string>;
}

/**
 * After a syntax error the rest of the frontmatter is usually fine: read it again with the lines of the errors
 * left out (blank, so every other line keeps its number), and again while another error shows, so that one run
 * reports every mistake the file has: the first error in each top-level field (a bad indent makes one error per
 * line below it, all of them that one mistake). `first` is the reading that found the first error.
 */
export function readPastErrors(split: SplitEntry, first: ParsedFrontmatter): ReadPastErrors {
  const original = split.yaml.split('\n');
  const yaml = [...original];
  const left = new Set<number>();
  const touched = new Set<string>();
  const rounds: YamlRound[] = [];
  let current = split;
  let parsed = first;
  for (let reading = 0; parsed.errors.length > 0; reading++) {
    if (reading === 5) return { rounds, recovered: null, touched };
    const now = new Set<number>();
    for (const error of parsed.errors) {
      const i = error.line - split.yamlStartLine;
      if (i < 0 || i >= yaml.length || (left.has(i) && !now.has(i))) return { rounds, recovered: null, touched };
      const key = topLevelKeyAt(original, i);
      if (key === undefined || !touched.has(key)) rounds.push({ error, split: current });
      if (key !== undefined) touched.add(key);
      left.add(i);
      now.add(i);
      yaml[i] = '';
    }
    current = { ...split, yaml: yaml.join('\n') };
    parsed = parseFrontmatter(current);
  }
  const data = parsed.data;
  const map = data !== null && typeof data === 'object' && !Array.isArray(data);
  return { rounds, recovered: map ? parsed : null, touched };
}

/** The top-level key a YAML line is under (the nearest key at the left edge at or above it). */
function topLevelKeyAt(yaml: readonly string[], i: number): string | undefined {
  for (let j = Math.min(i, yaml.length - 1); j >= 0; j--) {
    const m = /^([^\s#:-][^:]*?)\s*:/.exec(yaml[j]!);
    if (m) return m[1]!.replace(/^["']|["']$/g, '');
  }
  return undefined;
}
