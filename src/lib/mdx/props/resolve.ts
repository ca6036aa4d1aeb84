/**
 * Reading a component's props against the corpus: each prop's value is checked for its kind (a metric
 * id, a province slug, a year…) and then for what the articles hold. A prop that does not resolve is a
 * problem in both languages naming the prop, what was written and what to do; the same problem is the
 * check's line (with the file and line the tag is on) and the build's error.
 */
import { closest } from '../../check/suggest.ts';
import { METRIC_IDS, metricById } from '../../metrics.ts';
import { allSlugs, isKnownSlug } from '../../provinces.ts';
import type { PropValue } from '../component-uses.ts';

export interface Wording {
  what: string;
  fix: string;
}

/** One prop that does not resolve, in both languages. */
export interface PropProblem {
  prop: string;
  vi: Wording;
  en: Wording;
}

export type Resolved<T> = { ok: true; value: T } | { ok: false; problems: PropProblem[] };

export const problem = (prop: string, viWhat: string, viFix: string, enWhat: string, enFix: string): PropProblem => ({
  prop,
  vi: { what: viWhat, fix: viFix },
  en: { what: enWhat, fix: enFix },
});

export const fail = <T>(...problems: PropProblem[]): Resolved<T> => ({ ok: false, problems });
export const ok = <T>(value: T): Resolved<T> => ({ ok: true, value });

export type Props = Readonly<Record<string, PropValue>>;

/** The props a component takes: the name, whether it may be left out, and what it is, in both languages. */
export interface PropSpec {
  name: string;
  required: boolean;
  describes: { vi: string; en: string };
}

/** Props the component does not take, and required ones left out. */
export function unknownOrMissing(component: string, props: Props, specs: readonly PropSpec[]): PropProblem[] {
  const names = specs.map((s) => s.name);
  const out: PropProblem[] = [];
  for (const name of Object.keys(props)) {
    if (names.includes(name)) continue;
    const guess = closest(name, names);
    const list = names.join(', ');
    out.push(
      problem(
        name,
        `<${component}> không có thuộc tính ${name}`,
        guess ? `có phải ý bạn là ${guess}? Các thuộc tính: ${list}` : `các thuộc tính của <${component}>: ${list}`,
        `<${component}> has no prop ${name}`,
        guess ? `did you mean ${guess}? Its props: ${list}` : `the props of <${component}> are ${list}`,
      ),
    );
  }
  for (const spec of specs) {
    if (!spec.required || props[spec.name] !== undefined) continue;
    out.push(
      problem(
        spec.name,
        `<${component}> thiếu thuộc tính ${spec.name} (${spec.describes.vi})`,
        `thêm ${spec.name}=… vào thẻ`,
        `<${component}> lacks the prop ${spec.name} (${spec.describes.en})`,
        `add ${spec.name}=… to the tag`,
      ),
    );
  }
  return out;
}

const shown = (v: PropValue): string => (typeof v === 'string' ? `"${v}"` : `{${String(v)}}`);

/** A metric id from the catalogue. */
export function metricProp(props: Props, name = 'metric'): Resolved<string> {
  const v = props[name];
  if (typeof v === 'string' && metricById(v)) return ok(v);
  const guess = typeof v === 'string' ? closest(v, METRIC_IDS) : undefined;
  return fail(
    problem(
      name,
      `${name}=${shown(v ?? '')} không phải mã chỉ tiêu nào`,
      guess
        ? `có phải ý bạn là "${guess}"? (danh sách chỉ tiêu: docs/editing.md)`
        : 'xem danh sách chỉ tiêu trong docs/editing.md',
      `${name}=${shown(v ?? '')} is no metric id`,
      guess
        ? `did you mean "${guess}"? (the metrics are listed in docs/editing.en.md)`
        : 'see the list of metrics in docs/editing.en.md',
    ),
  );
}

/** A province slug of the registry (`son-la`). */
export function provinceProp(props: Props, name = 'province'): Resolved<string> {
  const v = props[name];
  if (typeof v === 'string' && isKnownSlug(v)) return ok(v);
  const guess = typeof v === 'string' ? closest(v, allSlugs) : undefined;
  return fail(
    problem(
      name,
      `${name}=${shown(v ?? '')} không phải mã tỉnh nào`,
      guess
        ? `có phải ý bạn là "${guess}"?`
        : 'mã tỉnh viết không dấu, chữ thường, nối bằng gạch ngang: son-la, ba-ria-vung-tau',
      `${name}=${shown(v ?? '')} is no province slug`,
      guess
        ? `did you mean "${guess}"?`
        : 'a province slug is its name without diacritics, lower case, with dashes: son-la, ba-ria-vung-tau',
    ),
  );
}

/** A whole number written as a number (`year={2023}`), not as text (`year="2023"`). */
export function integerProp(props: Props, name: string, min: number): Resolved<number> {
  const v = props[name];
  if (typeof v === 'number' && Number.isInteger(v) && v >= min) return ok(v);
  const text = typeof v === 'string' && /^\d+$/.test(v);
  return fail(
    problem(
      name,
      text
        ? `${name}="${v}" là chữ, không phải số`
        : `${name}=${shown(v ?? '')} không phải số nguyên từ ${min} trở lên`,
      text
        ? `viết ${name}={${v}} (trong ngoặc nhọn)`
        : `viết ví dụ ${name}={${Math.max(min, name === 'year' ? 2023 : 10)}}`,
      text
        ? `${name}="${v}" is text, not a number`
        : `${name}=${shown(v ?? '')} is not a whole number of at least ${min}`,
      text
        ? `write ${name}={${v}} (in braces)`
        : `write, for example, ${name}={${Math.max(min, name === 'year' ? 2023 : 10)}}`,
    ),
  );
}

export const yearProp = (props: Props, name = 'year'): Resolved<number> => integerProp(props, name, 1990);

/** Collects the problems of several resolutions; the values when all resolved. */
export function all<T extends readonly Resolved<unknown>[]>(
  ...results: T
): Resolved<{ [K in keyof T]: T[K] extends Resolved<infer V> ? V : never }> {
  const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
  if (problems.length > 0) return { ok: false, problems };
  return ok(
    results.map((r) => (r as { value: unknown }).value) as {
      [K in keyof T]: T[K] extends Resolved<infer V> ? V : never;
    },
  );
}

/** Years as a list for a message: "2019, 2023". */
export const yearList = (years: Iterable<number>): string => [...new Set(years)].sort((a, b) => a - b).join(', ');
