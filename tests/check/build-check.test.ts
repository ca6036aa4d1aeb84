/**
 * `astro build` runs the same check first and fails with the same lines as `npm run check`.
 * The build stops in the config hook, before any page is rendered, so this is quick. A draft's
 * errors are printed but do not stop a production build (a whole build, in a copy of the project),
 * except a body beyond the safe subset, whose code would run on the build machine draft or not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check/check-corpus.ts';
import { readContentDir } from '../../src/lib/check/files-fs.ts';
import { formatProblemLines } from '../../src/lib/check/problem.ts';
import { copyProject } from './support/project-copy.ts';

it('fails the build with the exact lines of npm run check, and no stack trace', () => {
  const dir = 'tests/check/fixtures/broken/value-not-a-number';
  const outDir = mkdtempSync(join(tmpdir(), 'digest-build-'));
  try {
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, DIGEST_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    const expected = checkCorpus(readContentDir(dir)).problems.flatMap((p) => formatProblemLines(p, ['vi', 'en']));
    expect(expected).toHaveLength(2);
    for (const line of expected) expect(output.split('\n')).toContain(line);
    expect(output).toContain('Nội dung có 1 lỗi, xem các dòng ở trên. / The content has 1 error: see the lines above.');
    expect(output).not.toContain('Stack trace');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 120_000);

describe('a production build with a draft that has errors', () => {
  const project = copyProject();
  const fixture = 'tests/check/fixtures/drafts';
  let build: { code: number; output: string };
  beforeAll(() => {
    project.useContent(fixture);
    build = project.astro(['build'], { EDIT_BASE_URL: 'https://github.com/org/digest/edit/main/' });
  }, 180_000);
  afterAll(() => project.remove());

  it("prints the draft's problems, says they do not stop the build, and publishes the rest", () => {
    const expected = checkCorpus(readContentDir('content/articles', project.root)).problems.flatMap((p) =>
      formatProblemLines(p, ['vi', 'en']),
    );
    expect(expected).toHaveLength(4);
    const lines = build.output.split('\n');
    for (const line of expected) expect(lines).toContain(line);
    expect(build.output).toContain(
      '2 errors in drafts (draft: true) do not stop the build, since drafts are not published; fix them before removing the draft line.',
    );
    expect(build.output).not.toContain('The content has');
    expect(build.code).toBe(0);
    const dist = join(project.root, 'dist/articles');
    expect(readdirSync(dist).sort()).toEqual(['2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024']);
  });

  it('links each article page to its file in the repository when EDIT_BASE_URL is set', () => {
    const page = readFileSync(
      join(project.root, 'dist/articles/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024/index.html'),
      'utf8',
    );
    expect(page).toContain(
      'href="https://github.com/org/digest/edit/main/content/articles/son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx"',
    );
  });
});

describe('a production build with a draft whose body is beyond the safe subset', () => {
  const project = copyProject();
  const draft = 'content/articles/son-la/2024-07-10-buu-dien-tinh-son-la-so-ket-6-thang-dau-nam-2024.mdx';
  let build: { code: number; output: string };
  beforeAll(() => {
    project.useContent('tests/check/fixtures/drafts');
    // The draft's two wrong quotes, and an expression, which would run when the body is compiled.
    const path = join(project.root, draft);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nGiá cước {gia} đồng.\n`);
    build = project.astro(['build']);
  }, 180_000);
  afterAll(() => project.remove());

  it("stops with the unsafe line, and says the draft's other errors alone would not have", () => {
    const problems = checkCorpus(readContentDir('content/articles', project.root)).problems;
    expect(problems.map((p) => `${p.field} ${p.rule}`)).toEqual([
      'kpis[0].quote quote-not-found',
      'kpis[2].quote quote-not-found',
      'body unsafe-body',
    ]);
    const lines = build.output.split('\n');
    for (const line of problems.flatMap((p) => formatProblemLines(p, ['vi', 'en']))) expect(lines).toContain(line);
    expect(build.output).toContain(
      '2 errors in drafts (draft: true) do not stop the build, since drafts are not published; fix them before removing the draft line.',
    );
    expect(build.output).toContain('The content has 1 error: see the lines above.');
    expect(build.code).not.toBe(0);
    expect(existsSync(join(project.root, 'dist/articles'))).toBe(false);
  });
});
