/**
 * The projects the benchmark builds, each in its own temporary folder so that each has its own caches
 * (node_modules/.astro, .astro/) and nothing touches the repository's:
 * - the digest: a copy of this repository's site (src/, public/, data/, configs);
 * - the bare site: a minimal Astro project with the same content collection and schema.
 * Both use the repository's packages through a node_modules folder of symbolic links.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A node_modules folder whose entries link to the repository's, with a private .astro cache. */
function linkNodeModules(repo: string, project: string): void {
  const from = join(repo, 'node_modules');
  const to = join(project, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    // Caches stay private to each project (Astro's data store, Vite's dependency cache).
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(from, name), join(to, name));
  }
}

export const SITE_FILES = ['src', 'public', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A copy of the digest's site in `dir`, building from whatever DIGEST_CONTENT_DIR names. */
export function prepareSite(repo: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of SITE_FILES) if (existsSync(join(repo, f))) cpSync(join(repo, f), join(dir, f), { recursive: true });
  linkNodeModules(repo, dir);
  return dir;
}

/**
 * A variant config next to the copy's own: the same site with experimental.incrementalBuild on
 * (used only by the benchmark; the repository's config is not changed).
 */
export function writeIncrementalConfig(dir: string): string {
  const name = 'astro.incremental.config.mjs';
  writeFileSync(
    join(dir, name),
    `import config from './astro.config.mjs';\nexport default { ...config, experimental: { ...config.experimental, incrementalBuild: true } };\n`,
  );
  // Astro joins --config to the project root.
  return name;
}

/** The bare baseline: one plain page per entry, same loader and schema, @astrojs/mdx only. */
export function prepareBare(repo: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  const schema = resolve(repo, 'src/lib/schema/entry.ts');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bench-bare-site', private: true, type: 'module' }, null, 2),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
// The digest's own schema, so the bare site validates exactly what the digest validates.
import { entrySchema } from ${JSON.stringify(schema)};

const articles = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: process.env.DIGEST_CONTENT_DIR,
    generateId: ({ entry }) => entry.replace(/^.*\\//, '').replace(/\\.mdx?$/, ''),
  }),
  schema: entrySchema,
});

export const collections = { articles };
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[id].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><h1>{entry.data.title}</h1><Content /></body>
</html>
`,
  );
  linkNodeModules(repo, dir);
  return dir;
}

/** Clear a project's caches and generated files so the next build starts cold. */
export function clearCaches(dir: string): void {
  for (const p of ['node_modules/.astro', 'node_modules/.vite', '.astro'])
    rmSync(join(dir, p), { recursive: true, force: true });
}
