/**
 * Build the site for the browser tests: `astro build` into a folder of our own, with a base path and a
 * content folder, on the Node that runs the tests (the bundled Node 24 when started through npm/npx).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export interface SiteBuild {
  /** "/" or "/digest/". */
  base: string;
  outDir: string;
  /** Folder of entries (DIGEST_CONTENT_DIR); the real content/articles when undefined. */
  contentDir?: string;
}

/** The origin the test builds claim to be deployed at (sitemap and RSS links); never fetched. */
export const TEST_SITE_URL = 'https://digest.example.org';

export async function buildSite({ base, outDir, contentDir }: SiteBuild, projectRoot: string): Promise<void> {
  const astroBin = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: TEST_SITE_URL,
    BASE_PATH: base,
  };
  // Vitest sets NODE_ENV=test (and VITEST*); passed on, they make Vite build with PROD false, which
  // would publish drafts. The build must see the environment a deploy sees.
  for (const key of Object.keys(env))
    if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) delete env[key];
  if (contentDir) env.DIGEST_CONTENT_DIR = contentDir;
  else delete env.DIGEST_CONTENT_DIR;
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `astro build (base ${base}, content ${contentDir ?? 'content/articles'}) failed with exit code ${code}:\n${output.join('').slice(-6000)}`,
    );
  }
  console.log(
    `[e2e] built base ${base} from ${contentDir ?? 'content/articles'} into ${path.relative(projectRoot, outDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
