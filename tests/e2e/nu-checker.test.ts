/**
 * The Nu HTML checker (vnu.jar, the checker behind validator.w3.org/nu) on one built page of each
 * type, in both languages: no error. It needs Java 11 or later (Debian: default-jre-headless, which
 * .ci/run and scripts/e2e.ts install as root); the jar comes with the vnu-jar npm package, whose
 * install script (a Java download) package.json's allowScripts keeps from running.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from './support/browser.ts';
import { resolveToFile } from './support/built-site.ts';
import { inLang, pagesOfEachType } from './support/page-types.ts';

const require = createRequire(import.meta.url);
const VNU_JAR = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const JAVA = process.env.JAVA_BIN || 'java';

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

describe('Nu HTML checker', () => {
  it('finds no error on a page of each type, in both languages', { timeout: 300_000 }, () => {
    const java = spawnSync(JAVA, ['-version'], { encoding: 'utf8' });
    expect(
      java.status,
      `Java is needed to run the Nu checker (apt-get install -y default-jre-headless): ${java.error?.message ?? java.stderr}`,
    ).toBe(0);
    const { dir, base } = site();
    const files = new Set<string>();
    for (const lang of ['vi', 'en'] as const)
      for (const p of pagesOfEachType()) {
        if (p.status === 404) {
          files.add(path.join(dir, '404.html'));
          continue;
        }
        const resolved = resolveToFile(dir, `${base}${inLang(lang, p.path)}`, base);
        expect(resolved.ok, `${lang} ${p.type}: ${inLang(lang, p.path)} is built`).toBe(true);
        if (resolved.ok) files.add(resolved.file);
      }
    const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status, run.stderr).toBe(0);
    const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${path.relative(dir, new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
    // The checker read every page (a page it could not read is a non-document error above).
    expect(files.size).toBeGreaterThanOrEqual(pagesOfEachType().length);
  });
});
