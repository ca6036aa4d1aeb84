/**
 * Every rule of the check, by family, in the order the editing guide lists them. A problem's `rule` is one
 * of these ids; tests/check/rule-examples.test.ts runs each rule's examples and fails when a rule has none.
 */
import type { Rule, RuleFamily } from './rule.ts';
import { FILE_RULES } from './rules/files.ts';
import { FRONTMATTER_RULES } from './rules/frontmatter.ts';
import { yamlSyntax } from './rules/yaml-syntax.ts';

export const RULE_FAMILIES = [
  { title: { vi: 'Tệp và thư mục', en: 'Files and folders' }, rules: FILE_RULES },
  { title: { vi: 'Frontmatter và YAML', en: 'Frontmatter and YAML' }, rules: [...FRONTMATTER_RULES, yamlSyntax] },
] as const satisfies readonly RuleFamily[];

export type RuleId = (typeof RULE_FAMILIES)[number]['rules'][number]['id'];

export const RULES: readonly Rule<RuleId>[] = RULE_FAMILIES.flatMap((family): readonly Rule<RuleId>[] => family.rules);
