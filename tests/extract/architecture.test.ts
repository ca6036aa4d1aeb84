/**
 * The extractor's layers, checked: the lexicon knows only words, the rules read words from the lexicon,
 * the readers hold the state and write no pattern of their own; src/lib is pure and free of cycles.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'src/lib');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const parsed = new Map<string, ts.SourceFile>();
function source(file: string): ts.SourceFile {
  let sf = parsed.get(file);
  if (!sf) parsed.set(file, (sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)));
  return sf;
}

/** The module specifiers a file imports or re-exports (type-only imports included: they shape the layers too). */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const st of source(file).statements) {
    if (
      (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) &&
      st.moduleSpecifier &&
      ts.isStringLiteral(st.moduleSpecifier)
    )
      out.push(st.moduleSpecifier.text);
  }
  return out;
}

const rel = (file: string): string => relative(ROOT, file).replaceAll('\\', '/');
/** Local imports resolved to files relative to the project. */
const localImports = (file: string): string[] =>
  importsOf(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => rel(resolve(dirname(file), s)));

function regexLiterals(file: string): number {
  let count = 0;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) count += 1;
    ts.forEachChild(node, visit);
  };
  visit(source(file));
  return count;
}

const lib = filesUnder(LIB);

describe('architecture', () => {
  it('src/lib imports nothing of the site (i18n, components, pages), and Astro only in *-astro.ts bridges', () => {
    const bad = lib.flatMap((f) =>
      importsOf(f)
        .filter(
          (s) =>
            /(?:^|\/)(?:i18n|components|pages|layouts)\//u.test(s) ||
            (s.startsWith('astro:') && !f.endsWith('-astro.ts')),
        )
        .map((s) => `${rel(f)} → ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('src/lib has no import cycle', () => {
    const graph = new Map(lib.map((f) => [rel(f), localImports(f)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) if (graph.has(next)) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('the extractor reads only the pure modules it builds on, never the ingest, the check or the site data', () => {
    const allowed = /^src\/lib\/(?:extract\/|schema\/|text\/|metrics\.ts$|vi-number\.ts$|vi-date\.ts$|provinces\.ts$)/u;
    const bad = lib
      .filter((f) => rel(f).startsWith('src/lib/extract/'))
      .flatMap((f) =>
        localImports(f)
          .filter((t) => !allowed.test(t))
          .map((t) => `${rel(f)} → ${t}`),
      );
    expect(bad).toEqual([]);
  });

  it('the lexicon holds words only: it imports the pattern helper, other lexicon modules and types', () => {
    const allowed = /^src\/lib\/(?:extract\/lexicon\/|text\/letters\.ts$|schema\/)/u;
    const bad = filesUnder(join(LIB, 'extract/lexicon')).flatMap((f) =>
      localImports(f)
        .filter((t) => !allowed.test(t))
        .map((t) => `${rel(f)} → ${t}`),
    );
    expect(bad).toEqual([]);
  });

  it('the rules do not reach into the readers', () => {
    const bad = filesUnder(join(LIB, 'extract/rules')).flatMap((f) =>
      localImports(f)
        .filter((t) => /-reader\.ts$/u.test(t))
        .map((t) => `${rel(f)} → ${t}`),
    );
    expect(bad).toEqual([]);
  });

  it('the readers write no regular expression of their own', () => {
    for (const reader of ['figure-reader.ts', 'award-reader.ts'])
      expect(regexLiterals(join(LIB, 'extract', reader)), reader).toBe(0);
  });

  it('the check finds a regular expression literal when there is one (the test itself can fail)', () => {
    expect(regexLiterals(join(LIB, 'extract/figures.ts'))).toBeGreaterThan(0);
  });
});
