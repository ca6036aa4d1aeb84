/**
 * Every rule of the check, by family, in the order the editing guide lists them. A problem's `rule` is one
 * of these ids; tests/check/rule-examples.test.ts runs each rule's examples and fails when a rule has none.
 */
import type { Rule, RuleFamily } from './rule.ts';
import { AWARD_RULES } from './rules/awards.ts';
import { BODY_RULES } from './rules/body.ts';
import { CORPUS_RULES } from './rules/corpus.ts';
import { DATE_RULES } from './rules/dates.ts';
import { FIGURE_RULES } from './rules/figures.ts';
import { FILE_RULES } from './rules/files.ts';
import { FRONTMATTER_RULES } from './rules/frontmatter.ts';
import { NUMBER_RULES } from './rules/not-a-number.ts';
import { PROVINCE_RULES } from './rules/province.ts';
import { QUOTE_RULES } from './rules/quotes.ts';
import { REVIEW_RULES } from './rules/review.ts';
import { SCHEMA_RULES } from './rules/schema.ts';
import { valueQuote } from './rules/value-quote.ts';
import { yamlSyntax } from './rules/yaml-syntax.ts';

export const RULE_FAMILIES = [
  { title: { vi: 'Tệp và thư mục', en: 'Files and folders' }, rules: FILE_RULES },
  { title: { vi: 'Frontmatter và YAML', en: 'Frontmatter and YAML' }, rules: [...FRONTMATTER_RULES, yamlSyntax] },
  {
    title: { vi: 'Kiểu và giá trị của trường', en: 'Field types and values' },
    rules: [...SCHEMA_RULES, ...NUMBER_RULES],
  },
  { title: { vi: 'Ngày và năm', en: 'Dates and years' }, rules: DATE_RULES },
  { title: { vi: 'Tỉnh', en: 'Province' }, rules: PROVINCE_RULES },
  { title: { vi: 'Con số', en: 'Figures' }, rules: [...FIGURE_RULES, valueQuote] },
  { title: { vi: 'Khen thưởng', en: 'Awards' }, rules: AWARD_RULES },
  { title: { vi: 'Rà soát', en: 'Review' }, rules: REVIEW_RULES },
  { title: { vi: 'Nội dung bài (MDX)', en: 'Article text (MDX)' }, rules: BODY_RULES },
  { title: { vi: 'Câu trích', en: 'Quotes' }, rules: QUOTE_RULES },
  { title: { vi: 'Giữa các bài', en: 'Across entries' }, rules: CORPUS_RULES },
] as const satisfies readonly RuleFamily[];

export type RuleId = (typeof RULE_FAMILIES)[number]['rules'][number]['id'];

export const RULES: readonly Rule<RuleId>[] = RULE_FAMILIES.flatMap((family): readonly Rule<RuleId>[] => family.rules);
