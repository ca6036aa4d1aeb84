/**
 * A rule of the check, as remark-lint has them: its id, what it checks in both languages, and examples of
 * good and bad input with what `npm run check` prints for each bad one. tests/check/rule-examples.test.ts
 * runs every example of every rule in the registry (registry.ts); the editing guide lists the rules from it.
 *
 * A rule module (rules/<family>.ts) defines its rules with `defineRule` and emits problems with their `id`,
 * so an id is written once, in its definition.
 */
import type { z } from 'astro/zod';
import type { CorpusInput } from './input.ts';
import { bilingual, type Bilingual, type Finding, type InBoth, type Severity } from './problem.ts';

/**
 * The files of a project by path: entries under `content/articles/`, anything else where it lies (a `.txt`
 * beside the entries, an entry outside `content/articles/`). Text is written as UTF-8, bytes as they are.
 */
export type ExampleFiles = Readonly<Record<string, string | Uint8Array>>;

export type RuleInput =
  /** `npm run check` in a project with these files, with these paths named on the command line. */
  | { files: ExampleFiles; args?: readonly string[] }
  /** The checker given a prepared input: for what no file can cause (the checker failing on one). */
  | { corpus: () => CorpusInput }
  /**
   * The schema's verdict on some data, worded by the check: for a kind of schema issue that the entry's
   * schema cannot raise today but a field added to it could. Lines are printed `<field>  <severity>: …`.
   */
  | { schema: z.ZodType; data: unknown };

export type BadExample = RuleInput & {
  /** Every line printed for the input, Vietnamese then English for each problem. */
  expected: readonly string[];
};

export interface Rule<Id extends string = string> {
  /** Stable id, printed by `--json` and used by tests: `not-a-number`, `unknown-province`. */
  id: Id;
  /** What a problem of this rule is; a rule that can be either says which is which in `describes`. */
  severity: Severity | 'error or warning';
  /** What the rule checks, in a sentence in each language. */
  describes: InBoth;
  /** Inputs the rule has nothing to say about. */
  good: readonly RuleInput[];
  /** Inputs it reports, each with exactly what is printed. */
  bad: readonly BadExample[];
}

/**
 * A bad example: its input, and what `npm run check` prints for it, written as a block of lines (each line's
 * leading spaces are the block's indentation, not the message's).
 */
export function example(input: RuleInput, printed: string): BadExample {
  return {
    ...input,
    expected: printed
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  };
}

/** A rule, with its id kept as a literal type (the registry's ids are a union type). */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/** The rules of one family, in the order the editing guide lists them. */
export interface RuleFamily {
  title: InBoth;
  rules: readonly Rule[];
}

/**
 * A problem of a rule at a line and field of the file being checked, in its words. The severity is the
 * rule's own; a rule that is an error in some cases and a warning in others says which.
 */
export function finding(
  rule: Rule,
  line: number,
  field: string,
  words: { what: InBoth; fix: InBoth },
  severity: Severity | undefined = rule.severity === 'error or warning' ? undefined : rule.severity,
): Finding {
  if (severity === undefined) throw new Error(`${rule.id}: say whether this one is an error or a warning`);
  return { line, field, severity, rule: rule.id, ...bilingual(words) };
}

/** A rule's words for a problem whose place is known elsewhere (a schema issue is placed by its path). */
export type Worded = Bilingual & { rule: string };

export function worded(rule: Rule, words: { what: InBoth; fix: InBoth }): Worded {
  return { rule: rule.id, ...bilingual(words) };
}
