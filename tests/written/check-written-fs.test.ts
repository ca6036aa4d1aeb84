/**
 * npm run check checks the written digests beside the articles, as the build's loader does: a component
 * that names no figure is an error with its file and line; a draft's errors do not stop a build.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWrittenDigestsDir } from '../../src/lib/written/check-written-fs.ts';

const root = mkdtempSync(path.join(tmpdir(), 'written-fs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const article = '2023-12-27-buu-dien-tinh-son-la-ket-qua-nam-2023-ke-hoach-nam-2024.mdx';
mkdirSync(path.join(root, 'content/articles/son-la'), { recursive: true });
cpSync(path.join('content/articles/son-la', article), path.join(root, 'content/articles/son-la', article));
mkdirSync(path.join(root, 'content/digests'));

const digest = (draft: boolean) => `---
year: 2023
title: Bưu điện các tỉnh năm 2023
lead: Thử.
authors:
  - Phòng Truyền thông
published: 2026-12-07
draft: ${draft}
---

Sơn La đạt <Figure province="son-la" metric="total_revenue" year={2023} />.

Năm trước: <Figure province="son-la" metric="total_revenue" year={2022} />.
`;

describe('the written digests beside the articles', () => {
  it('checks the folder the build reads: the fixture corpus’s digests beside tests/fixtures/site-content', () => {
    const report = checkWrittenDigestsDir('tests/fixtures/site-content');
    expect(report.digests).toBe(3);
    expect(report.problems).toEqual([]);
  });

  it('reports a component naming no figure with its file and line, and counts it against the build', () => {
    writeFileSync(path.join(root, 'content/digests/2023.mdx'), digest(false));
    const report = checkWrittenDigestsDir('content/articles', root);
    expect(report.digests).toBe(1);
    expect(report.problems.map((p) => [p.file, p.line, p.severity])).toEqual([
      ['content/digests/2023.mdx', 13, 'error'],
    ]);
    expect(report.problems[0]!.en.what).toContain('son-la total_revenue 2022');
    expect(report.buildErrors).toBe(1);
  });

  it('still reports a draft’s errors, which do not stop a build', () => {
    writeFileSync(path.join(root, 'content/digests/2023.mdx'), digest(true));
    const report = checkWrittenDigestsDir('content/articles', root);
    expect(report.problems).toHaveLength(1);
    expect(report.buildErrors).toBe(0);
  });

  it('finds nothing to check where there is no digests folder', () => {
    expect(checkWrittenDigestsDir('elsewhere/articles', root)).toEqual({ problems: [], digests: 0, buildErrors: 0 });
  });
});
