/**
 * Every rule of the check, by family, in the order the editing guide lists them. A problem's `rule` is one
 * of these ids; tests/check/rule-examples.test.ts runs each rule's examples and fails when a rule has none.
 */
import type { RuleFamily } from './rule.ts';
import { FILE_RULES } from './rules/files.ts';

export const RULE_FAMILIES = [
  { title: { vi: 'Tệp và thư mục', en: 'Files and folders' }, rules: FILE_RULES },
] as const satisfies readonly RuleFamily[];

export const RULES = RULE_FAMILIES.flatMap((family) => family.rules);

export type RuleId = (typeof RULE_FAMILIES)[number]['rules'][number]['id'];
