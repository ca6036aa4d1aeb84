/**
 * A problem found in an entry, in both languages, and how it is printed.
 *
 * The printed line is a contract (tests pin it, editors' terminals and VS Code's problem matcher parse it):
 *
 *     <file>:<line>  <field>  <severity>: <what is wrong>  — <what to do>
 *
 * with the severity written `lỗi` / `cảnh báo` in Vietnamese and `error` / `warning` in English.
 */

import type { Lang } from '../lang.ts';

export type { Lang };

export type Severity = 'error' | 'warning';

/** One language's wording: what is wrong, and what to do about it. */
export interface Wording {
  what: string;
  fix: string;
}

export interface Bilingual {
  vi: Wording;
  en: Wording;
}

export interface Problem extends Bilingual {
  /** The file as shown to the editor (relative, forward slashes). */
  file: string;
  /** 1-based line of the offending field (or of the nearest line that exists). */
  line: number;
  /** `kpis[0].value`, `province`; `frontmatter`, `body` or `file` for problems with no field. */
  field: string;
  severity: Severity;
  /**
   * Stable id of the rule (`not-a-number`, `unknown-province`), for tests and `--json`: one of the registry's
   * (registry.ts), always taken from the rule's definition (rule.ts: `finding`, `worded`), never written out;
   * tests/check/rule-examples.test.ts holds the check to that. (Not typed as the registry's ids: the registry
   * imports the rules, which import this module, and src/lib has no import cycle.)
   */
  rule: string;
}

/** A problem of one file, before the file is named: what a rule module reports to the engine. */
export type Finding = Omit<Problem, 'file'>;

export const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo' },
  en: { error: 'error', warning: 'warning' },
};

export function formatProblem(p: Problem, lang: Lang): string {
  const w = p[lang];
  return `${p.file}:${p.line}  ${p.field}  ${SEVERITY_WORD[lang][p.severity]}: ${w.what}  — ${w.fix}`;
}

/** The problem's lines in the requested languages, Vietnamese first. */
export function formatProblemLines(p: Problem, langs: readonly Lang[]): string[] {
  return langs.map((lang) => formatProblem(p, lang));
}

/** One sentence in both languages. */
export type InBoth = Record<Lang, string>;

/**
 * A problem's wording, written with each sentence's Vietnamese right beside its English so that the two can be
 * read against each other: `bilingual({ what: { vi, en }, fix: { vi, en } })`.
 */
export function bilingual(words: { what: InBoth; fix: InBoth }): Bilingual {
  return { vi: { what: words.what.vi, fix: words.fix.vi }, en: { what: words.what.en, fix: words.fix.en } };
}

/** Files in path order, then lines, then fields: the order problems are printed in. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.field !== b.field) return a.field < b.field ? -1 : 1;
  return 0;
}

/** `['kpis', 0, 'value']` → `kpis[0].value`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || 'frontmatter';
}

/**
 * One problem per field: a field's first error (the schema's, usually) stands for what follows from
 * it — a date that is not real is not also "not the file name's date", a negative count not also
 * "not what the recipient says". Warnings on a field without an error all stay, and so do problems
 * of the body or the file as a whole, which are about different places.
 */
export function onePerField(problems: readonly Problem[]): Problem[] {
  const whole = new Set(['body', 'file', 'frontmatter']);
  const key = (p: Problem): string => `${p.file}\u0000${p.field}`;
  const erred = new Set<string>();
  const keep = new Set<Problem>();
  for (const p of problems) {
    if (p.severity !== 'error' || whole.has(p.field)) continue;
    if (!erred.has(key(p))) keep.add(p);
    erred.add(key(p));
  }
  return problems.filter((p) => whole.has(p.field) || keep.has(p) || (p.severity === 'warning' && !erred.has(key(p))));
}
