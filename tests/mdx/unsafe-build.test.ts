/**
 * The build refuses a body that holds code or unsafe HTML, drafts included, with the file and line,
 * before any page is written, and whether or not the content check runs with it. The fixture corpus
 * (tests/mdx/fixtures/unsafe) holds one entry per construct the content-safety probe found running or
 * published: an expression in an attribute (reading the environment, ending the build), an import or
 * export line (which turned the old expression check off), <script>, onerror/onload, <iframe srcdoc>,
 * set:html, <style>, javascript: links, and a .md body with raw HTML.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../check/support/project-copy.ts';

const FIXTURE = 'tests/mdx/fixtures/unsafe';

/** Where each construct is, read from the fixture files: the file (in content/articles/son-la/) and its line. */
const EXPECTED: [string, number][] = [
  ['2023-12-01-env-in-attribute.mdx', 20],
  ['2023-12-02-exit-in-attribute.mdx', 20],
  ['2023-12-03-import-then-expression.mdx', 20],
  ['2023-12-03-import-then-expression.mdx', 22],
  ['2023-12-04-export-then-exit.mdx', 20],
  ['2023-12-04-export-then-exit.mdx', 22],
  ['2023-12-05-script.mdx', 22],
  ['2023-12-06-onerror.mdx', 20],
  ['2023-12-07-onload.mdx', 20],
  ['2023-12-08-iframe-srcdoc.mdx', 20],
  ['2023-12-09-set-html.mdx', 20],
  ['2023-12-10-style.mdx', 20],
  ['2023-12-11-javascript-link.mdx', 20],
  ['2023-12-12-draft-exit.mdx', 21],
  ['2023-12-13-markdown-script.md', 22],
  ['2023-12-13-markdown-script.md', 24],
];

function expectRefused(build: { code: number; output: string }, root: string): void {
  // process.exit(0), (3) or (7) in a compiled body would end the build with that status.
  expect(build.code).toBe(1);
  const lines = build.output.split('\n');
  for (const [file, line] of EXPECTED) {
    const at = `content/articles/son-la/${file}:${line}  body  `;
    expect(
      lines.some((l) => l.startsWith(`${at}lỗi: `)),
      `${at}lỗi`,
    ).toBe(true);
    expect(
      lines.some((l) => l.startsWith(`${at}error: `)),
      `${at}error`,
    ).toBe(true);
  }
  // Nothing of the environment reached the output, and no page was written.
  expect(build.output).not.toContain(process.env.PATH);
  expect(existsSync(join(root, 'dist/articles'))).toBe(false);
  expect(existsSync(join(root, 'dist/index.html'))).toBe(false);
  expect(build.output).not.toContain('Stack trace');
}

describe('a build of bodies that hold code or unsafe HTML', () => {
  let project: ProjectCopy;
  beforeAll(() => {
    project = copyProject();
    project.useContent(FIXTURE);
  });
  afterAll(() => project.remove());

  it('stops with each line, drafts included, and writes no page', () => {
    const build = project.astro(['build']);
    expectRefused(build, project.root);
  }, 180_000);

  it('stops the same way when the content check is left out of the build', () => {
    writeFileSync(
      join(project.root, 'astro.copy.config.mjs'),
      "import config from './astro.config.mjs';\n" +
        "export default { ...config, cacheDir: './.astro-cache', integrations: config.integrations.filter((i) => i.name !== 'content-check') };\n",
    );
    const build = project.astro(['build']);
    expect(build.output).not.toMatch(/Checked \d+ entries/);
    expectRefused(build, project.root);
    expect(build.output).toContain('no page was built');
  }, 180_000);

  it('the fixture holds the files the expectations name', () => {
    const files = readdirSync(join(FIXTURE, 'son-la')).sort();
    expect([...new Set(EXPECTED.map(([f]) => f))].sort()).toEqual(files);
  });
});
