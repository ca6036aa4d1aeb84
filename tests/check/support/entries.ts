/**
 * Entries the check's tests start from and change: the valid fixture (VALID, changed, rules, en) and a
 * short entry built around a few frontmatter lines (entry, problemsOf), with the problems written compactly.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { CorpusInput } from '../../../src/lib/check/check-corpus.ts';
import { checkEntry } from '../../../src/lib/check/check-entry.ts';
import { formatProblem } from '../../../src/lib/check/problem.ts';

export const VALID = readFileSync(
  'tests/check/fixtures/valid/son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx',
  'utf8',
);

export const REL = 'son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx';

export const changed = (from: string, to: string, text = VALID): string => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

export const rules = (text: string, relative = REL): string[] =>
  checkEntry({ file: relative, relative, text }).problems.map((p) => `${p.line} ${p.field} ${p.severity} ${p.rule}`);

export const en = (text: string, relative = REL): string[] =>
  checkEntry({ file: relative, relative, text }).problems.map((p) => formatProblem(p, 'en'));

export const entry = (frontmatter: string, body = 'Tổng doanh thu đạt trên 101 tỷ đồng.'): string =>
  `---\ntitle: Tiêu đề\nprovince: son-la\nreportYear: 2023\nplanYear: 2024\neventDate: 2023-12-27\n${frontmatter}review:\n  status: unreviewed\n---\n${body}\n`;

export const problemsOf = (text: string, relative = 'son-la/2023-12-27-tieu-de.mdx') =>
  checkEntry({ file: `x/${relative}`, relative, text }).problems.map(
    (p) => `${p.line} ${p.field} ${p.severity} ${p.rule}`,
  );

/** A corpus of entries by their path in the content folder, shown as c/<path>; `only` narrows the report. */
export const corpus = (files: Record<string, string>, only?: string[]): CorpusInput => ({
  entries: Object.entries(files).map(([relative, text]) => ({ file: `c/${relative}`, relative, text })),
  ...(only ? { only: new Set(only.map((f) => `c/${f}`)) } : {}),
});
