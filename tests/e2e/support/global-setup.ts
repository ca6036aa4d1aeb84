/**
 * Once per browser-test run: build the site twice (at "/" and under "/digest/"), serve both builds on
 * 127.0.0.1, and start one headless Chromium that every test file connects to.
 *
 * DIGEST_CONTENT_DIR picks the entries (default: content/articles); E2E_SKIP_BUILD=1 reuses the builds
 * of the previous run of the same corpus (for working on the tests, never in CI).
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import type { E2EContext } from './context.ts';

export default async function setup(project: TestProject) {
  const projectRoot = process.cwd();
  const contentDir = process.env.DIGEST_CONTENT_DIR
    ? path.resolve(projectRoot, process.env.DIGEST_CONTENT_DIR)
    : undefined;
  const corpus = contentDir
    ? path
        .relative(projectRoot, contentDir)
        .replace(/[^a-zA-Z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
    : 'content';
  const workDir = path.join(projectRoot, '.tmp', 'e2e', corpus);
  const rootDir = path.join(workDir, 'root');
  const digestDir = path.join(workDir, 'digest');

  const reuse =
    process.env.E2E_SKIP_BUILD === '1' &&
    existsSync(path.join(rootDir, 'index.html')) &&
    existsSync(path.join(digestDir, 'index.html'));
  if (!reuse) {
    await rm(workDir, { recursive: true, force: true });
    // One after the other: both builds share Astro's content cache in node_modules/.astro.
    await buildSite({ base: '/', outDir: rootDir, ...(contentDir ? { contentDir } : {}) }, projectRoot);
    await buildSite({ base: '/digest/', outDir: digestDir, ...(contentDir ? { contentDir } : {}) }, projectRoot);
  }

  const servers: StaticServer[] = [await serveStatic(rootDir, '/'), await serveStatic(digestDir, '/digest/')];
  let browser: BrowserServer | undefined;
  try {
    // Playwright gives every launch a fresh temporary profile (--user-data-dir) and removes it on close.
    browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }

  const context: E2EContext = {
    sites: {
      root: { base: '/', url: servers[0]!.url, dir: rootDir },
      digest: { base: '/digest/', url: servers[1]!.url, dir: digestDir },
    },
    wsEndpoint: browser.wsEndpoint(),
    contentDir: contentDir ?? path.join(projectRoot, 'content', 'articles'),
  };
  project.provide('e2e', context);

  return async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  };
}
