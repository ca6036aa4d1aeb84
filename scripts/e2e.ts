/**
 * Run the browser tests (vitest.e2e.config.ts) once per content corpus: the real entries in
 * content/articles, then the fixture corpus in tests/fixtures/site-content (edge cases: a null
 * province, merged provinces, a mid-year review, a draft), when it exists. Each run builds the site
 * twice (at "/" and under "/digest/") in its global setup.
 *
 *   npm run test:e2e                              both corpora
 *   npm run test:e2e -- --corpus content          one corpus (or a folder of entries)
 *   npm run test:e2e -- --skip-build map          reuse the last builds; only files matching "map"
 *
 * DIGEST_CONTENT_DIR, when set, is the only corpus. E2E_JSON_DIR (or --json-dir) also writes vitest's
 * JSON report per corpus to <dir>/e2e-<corpus>.json, for CI to count tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const FIXTURE_CORPUS = 'tests/fixtures/site-content';
const require = createRequire(import.meta.url);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string', multiple: true },
    'json-dir': { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
  },
});

function corpora(): string[] {
  if (values.corpus?.length) return values.corpus;
  if (process.env.DIGEST_CONTENT_DIR) return [process.env.DIGEST_CONTENT_DIR];
  return existsSync(FIXTURE_CORPUS) ? ['content', FIXTURE_CORPUS] : ['content'];
}

const corpusName = (corpus: string) =>
  corpus === 'content' ? 'content' : corpus.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-+|-+$/g, '');

function runVitest(corpus: string, jsonDir: string | undefined): Promise<number> {
  // vitest's bin is not in its package exports: find it next to its package.json.
  const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
  const args = [vitest, 'run', '--config', 'vitest.e2e.config.ts'];
  if (jsonDir)
    args.push(
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.join(jsonDir, `e2e-${corpusName(corpus)}.json`)}`,
    );
  args.push(...positionals);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (corpus === 'content') delete env.DIGEST_CONTENT_DIR;
  else env.DIGEST_CONTENT_DIR = corpus;
  if (values['skip-build']) env.E2E_SKIP_BUILD = '1';
  console.log(`\n[e2e] corpus: ${corpus === 'content' ? 'content/articles' : corpus}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/**
 * The browser tests drive Debian's Chromium, and the Nu HTML checker runs on Java (default-jre-headless).
 * On a fresh machine they are not there yet: install them when we may (root with apt-get, as on CI
 * machines), otherwise say exactly what to do.
 */
function ensureSystemPackages(): void {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const missing: { name: string; apt: string; hint: string }[] = [];
  if (!existsSync(chromium))
    missing.push({ name: `Chromium (${chromium})`, apt: 'chromium', hint: 'or set CHROMIUM_PATH' });
  if (spawnSync(process.env.JAVA_BIN || 'java', ['-version'], { stdio: 'ignore' }).status !== 0)
    missing.push({ name: 'Java 11 or later', apt: 'default-jre-headless', hint: 'or set JAVA_BIN' });
  if (missing.length === 0) return;
  const packages = missing.map((m) => m.apt);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    for (const m of missing)
      console.error(
        `[e2e] ${m.name} is not installed. Install it (Debian/Ubuntu: sudo apt-get install -y ${m.apt}) ${m.hint}, then run the tests again.`,
      );
    process.exit(1);
  }
  console.log(`[e2e] installing what the browser tests need: apt-get install -y ${packages.join(' ')}…`);
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(
        `[e2e] apt-get ${args.join(' ')} failed; install ${packages.join(' ')} by hand and run the tests again.`,
      );
      process.exit(1);
    }
  }
}

ensureSystemPackages();
const jsonDir = values['json-dir'] ?? process.env.E2E_JSON_DIR;
if (jsonDir) mkdirSync(jsonDir, { recursive: true });
const results: Array<{ corpus: string; code: number }> = [];
for (const corpus of corpora()) {
  const code = await runVitest(corpus, jsonDir);
  results.push({ corpus, code });
  const report = jsonDir ? path.join(jsonDir, `e2e-${corpusName(corpus)}.json`) : undefined;
  if (report && code !== 0 && !existsSync(report)) {
    // Vitest writes no report when the global setup (the site build) fails; CI must still count a failure.
    writeFileSync(
      report,
      JSON.stringify({
        numPassedTests: 0,
        numFailedTests: 0,
        numPendingTests: 0,
        numTodoTests: 0,
        numFailedTestSuites: 1,
        note: `no report: the run for ${corpus} failed before any test ran`,
      }),
    );
  }
}
for (const r of results) console.log(`[e2e] ${r.code === 0 ? 'passed' : 'FAILED'}: ${r.corpus}`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
