/**
 * A copy of the site in a temporary folder, for the tests that run Astro itself (a build, a sync):
 * they never write into the repository's .astro/, dist/ or Astro's cache, which other work uses.
 * The copy has the project's own src/, config and reference data; node_modules is linked, and
 * Astro's cache is moved into the copy by a config that only changes `cacheDir`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ProjectCopy {
  root: string;
  /** Put a folder of entries where the site reads them: the copy's content/articles/. */
  useContent(dir: string): void;
  /** Run the Astro CLI in the copy (`build`, `sync`) on its content/articles/. */
  astro(args: string[], env?: NodeJS.ProcessEnv): { code: number; output: string };
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'digest-project-'));
  for (const path of ['src', 'public', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(path, join(root, path), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(
    join(root, 'astro.copy.config.mjs'),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.astro-cache' };\n",
  );
  return {
    root,
    useContent(dir) {
      rmSync(join(root, 'content'), { recursive: true, force: true });
      cpSync(dir, join(root, 'content/articles'), { recursive: true });
    },
    astro(args, env = {}) {
      // As from a terminal: vitest's NODE_ENV=test, DEV=1… would make Astro build a development-mode site.
      const VITEST_ENV = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
      const clean = Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !VITEST_ENV.has(k) && !k.startsWith('VITEST')),
      );
      const r = spawnSync(
        process.execPath,
        [join(root, 'node_modules/astro/bin/astro.mjs'), ...args, '--config', 'astro.copy.config.mjs'],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...clean, ASTRO_TELEMETRY_DISABLED: '1', DIGEST_CONTENT_DIR: '', ...env },
        },
      );
      return { code: r.status ?? -1, output: `${r.stdout}\n${r.stderr}` };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
