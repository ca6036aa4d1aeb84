/**
 * Every rule of the registry, run on its own examples (as remark-lint runs the examples of its rules): each
 * bad example prints exactly the lines it expects, each good one gives no problem of that rule, and every
 * rule has both.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus, type CheckReport } from '../../src/lib/check/check-corpus.ts';
import { narrowToPaths, readContentDir } from '../../src/lib/check/files-fs.ts';
import { fieldName, formatProblemLines, type Problem } from '../../src/lib/check/problem.ts';
import { RULES } from '../../src/lib/check/registry.ts';
import type { RuleInput } from '../../src/lib/check/rule.ts';
import { exampleMistakes } from '../../src/lib/check/rules/example-entry.ts';
import { schemaFindings } from '../../src/lib/check/rules/schema.ts';

/** What `npm run check` reports for an example: its problems. */
function problemsOf(input: RuleInput): Problem[] {
  if ('corpus' in input) return checkCorpus(input.corpus()).problems;
  if ('schema' in input) {
    // A schema's verdict, worded as the check words the entry's: placed by field only.
    const result = input.schema.safeParse(input.data);
    if (result.success) return [];
    return schemaFindings(result.error.issues, input.data, input.schema).map((f) => ({
      file: '',
      line: 0,
      field: fieldName(f.path),
      severity: 'error',
      rule: f.rule,
      vi: f.vi,
      en: f.en,
    }));
  }
  const root = mkdtempSync(join(tmpdir(), 'digest-rule-'));
  try {
    for (const [path, content] of Object.entries(input.files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    const folder = readContentDir('content/articles', root);
    const report: CheckReport = checkCorpus(input.args?.length ? narrowToPaths(folder, input.args, root) : folder);
    return report.problems;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The printed lines; a problem placed by field only (a schema example) is printed from its field on. */
const linesOf = (problems: readonly Problem[]): string[] =>
  problems.flatMap((p) =>
    formatProblemLines(p, ['vi', 'en']).map((line) => (p.file ? line : line.slice(':0  '.length))),
  );

it('every example changes text the example entry has', () => {
  expect(exampleMistakes).toEqual([]);
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('has good and bad examples', () => {
    expect([rule.good.length > 0, rule.bad.length > 0]).toEqual([true, true]);
  });

  it.each(rule.bad.map((example, i) => [i + 1, example] as const))(
    'bad example %i prints exactly its lines',
    (_i, example) => {
      const problems = problemsOf(example);
      expect(linesOf(problems)).toEqual(example.expected);
      expect(problems.some((p) => p.rule === id)).toBe(true);
      const severities = rule.severity === 'error or warning' ? ['error', 'warning'] : [rule.severity];
      for (const p of problems.filter((x) => x.rule === id)) expect(severities).toContain(p.severity);
    },
  );

  it.each(rule.good.map((example, i) => [i + 1, example] as const))(
    'good example %i gives no problem of the rule',
    (_i, example) => {
      expect(linesOf(problemsOf(example).filter((p) => p.rule === id))).toEqual([]);
    },
  );
});

describe('the registry is every rule there is', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|mjs)$/.test(f))
      .map((f) => join(dir, f));
  const ids = new Set(RULES.map((r) => r.id));

  it('registers every rule the check defines', () => {
    const defined = sources('src/lib/check').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/defineRule\(\{\s*id: '([^']+)'/g)].map((m) => m[1]!),
    );
    expect(defined.toSorted()).toEqual([...ids].toSorted());
    expect(RULES.length).toBe(ids.size);
  });

  it('emits and compares rules by their definitions, never by an id written out', () => {
    const written = [...sources('src/lib/check'), ...sources('src/integrations'), ...sources('scripts')].flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => `${f}:${i + 1}: ${line.trim()}`)
        .filter((line) => /\brule\s*(?::|===|!==)\s*['"`]|case '[a-z0-9]+(?:-[a-z0-9]+)+':/.test(line)),
    );
    expect(written).toEqual([]);
  });

  it('writes each id once in the check, in its definition', () => {
    // A name that is also an id, for something else: how a file's bytes decoded (the rule is about that).
    const otherVocabulary: Record<string, string> = { 'not-utf-8': 'src/lib/check/encoding.ts' };
    const texts = sources('src/lib/check').map((f) => [f, readFileSync(f, 'utf8')] as const);
    const repeated = [...ids].flatMap((id) => {
      const places = texts.flatMap(([f, text]) => (text.match(new RegExp(`['"]${id}['"]`, 'g')) ?? []).map(() => f));
      const own = places.filter(
        (f) => f !== otherVocabulary[id] && !(id === 'leading-blank-lines' && /frontmatter\.ts$/.test(f) && false),
      );
      return own.length === 1 ? [] : [`${id}: ${own.join(', ')}`];
    });
    expect(repeated).toEqual([]);
  });

  it("has a rule for every issue the schema's own refinements raise", () => {
    const raised = sources('src/lib/schema').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/rule: '([^']+)'/g)].map((m) => m[1]!),
    );
    expect(raised.length).toBeGreaterThan(5);
    expect(raised.filter((id) => !ids.has(id as never))).toEqual([]);
  });
});
