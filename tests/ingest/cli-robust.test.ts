/**
 * The ingest on the command line against what a file system can hold and what two people can do at once:
 * bad items in a folder, files that are not files, paths typed from another folder, a killed run's
 * leftovers, and two runs at the same time.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
const RAW = join(ROOT, 'tests/fixtures/raw');
let dir: string;

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, ...extra };
  if (!('npm_lifecycle_event' in extra)) delete e.npm_lifecycle_event;
  return e;
};
function ingest(args: string[], extra: NodeJS.ProcessEnv = {}, cwd = dir) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: env(extra),
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const articleFiles = (content: string): string[] =>
  existsSync(join(dir, content, 'articles'))
    ? readdirSync(join(dir, content, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('.mdx'),
      )
    : [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-robust-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('walking folders', () => {
  it('reports a symbolic link loop and a dangling link, ingests the rest, and exits 1', () => {
    mkdirSync(join(dir, 'in'));
    cpSync(join(RAW, 'articles/13.txt'), join(dir, 'in/13.txt'));
    cpSync(join(RAW, 'articles/20.txt'), join(dir, 'in/z20.txt'));
    symlinkSync(join(dir, 'in'), join(dir, 'in/loop'));
    symlinkSync(join(dir, 'in/gone.txt'), join(dir, 'in/dangling.txt'));
    const r = ingest(['in', '--content', 'content']);
    expect(r.code).toBe(1);
    expect(articleFiles('content')).toHaveLength(2);
    expect(r.stdout).toMatch(/in\/loop: .*vòng lặp[\s\S]*symbolic link loop/);
    expect(r.stdout).toMatch(/in\/dangling\.txt: [^\n]*\n\s+a symbolic link to a file that no longer exists/);
  });

  it('reads regular files only: a FIFO and a device are refused at once, a file over the limit named', () => {
    mkdirSync(join(dir, 'in'));
    cpSync(join(RAW, 'articles/13.txt'), join(dir, 'in/13.txt'));
    spawnSync('mkfifo', [join(dir, 'in/pipe.txt')]);
    const r = ingest(['in', '/dev/zero', '--content', 'content']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/pipe\.txt: [^\n]*\n\s+not a regular file/);
    expect(r.stdout).toMatch(/\/dev\/zero: [^\n]*\n\s+not a regular file/);
    expect(articleFiles('content')).toHaveLength(1);
    const big = ingest(['in/13.txt', '--content', 'content2', '--max-size', '0.001']);
    expect(big.code).toBe(1);
    expect(big.stdout).toMatch(/the file is too large [^\n]*--max-size/);
  });

  it('takes relative paths from where the command was typed (npm’s INIT_CWD)', () => {
    mkdirSync(join(dir, 'project'));
    mkdirSync(join(dir, 'mine'));
    cpSync(join(RAW, 'articles/13.txt'), join(dir, 'mine/13.txt'));
    const r = ingest(
      ['--dry-run', '--json', '13.txt'],
      { npm_lifecycle_event: 'ingest', INIT_CWD: join(dir, 'mine') },
      join(dir, 'project'),
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.trim()).data.province).toBe('quang-nam');
  });

  it('accepts --content-dir as another name of --content', () => {
    cpSync(join(RAW, 'articles/13.txt'), join(dir, '13.txt'));
    expect(ingest(['13.txt', '--content-dir', 'elsewhere']).code).toBe(0);
    expect(articleFiles('elsewhere')).toHaveLength(1);
  });
});

describe('a run that was killed, and two runs at once', () => {
  it('removes the temporary files a killed run left, and a stale lock, saying so', () => {
    cpSync(join(RAW, 'articles/13.txt'), join(dir, '13.txt'));
    mkdirSync(join(dir, 'content/articles/quang-nam'), { recursive: true });
    const deadPid = 2 ** 22 - 7;
    writeFileSync(join(dir, `content/articles/quang-nam/x.mdx.${deadPid}.3.tmp`), 'half');
    writeFileSync(
      join(dir, 'content/.ingest.lock'),
      JSON.stringify({ pid: deadPid, host: require_hostname(), started: 'then' }),
    );
    const r = ingest(['13.txt', '--content', 'content']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/stale lock of an ingest that stopped \(pid \d+\)/);
    expect(r.stderr).toMatch(/Removed 1 temporary file/);
    expect(readdirSync(join(dir, 'content/articles/quang-nam')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(dir, 'content/.ingest.lock'))).toBe(false);
  });

  it('two ingests of overlapping inputs at once, five times: every source once, no entry twice', async () => {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    for (const f of ['13.txt', '20.txt', '21.txt']) cpSync(join(RAW, 'articles', f), join(dir, 'a', f));
    for (const f of ['20.txt', '21.txt', '22.txt']) cpSync(join(RAW, 'articles', f), join(dir, 'b', f));
    cpSync(join(RAW, 'seeds/003_3b11af47517ebbed.txt'), join(dir, 'b/003.txt'));
    const run = (folder: string) =>
      new Promise<number>((done) => {
        const child = spawn(process.execPath, [join(ROOT, 'scripts/ingest.ts'), folder, '--content', 'content'], {
          cwd: dir,
          env: env(),
          stdio: 'ignore',
        });
        child.on('close', (code) => done(code ?? 1));
      });
    for (let round = 0; round < 5; round += 1) {
      rmSync(join(dir, 'content'), { recursive: true, force: true });
      expect(await Promise.all([run('a'), run('b')])).toEqual([0, 0]);
      const files = articleFiles('content');
      const recorded = files.flatMap((f) => {
        const text = readFileSync(join(dir, 'content/articles', f), 'utf8');
        const data = YAML.parse(text.split('\n---')[0]!.replace(/^---\n/, '')) as {
          source: { originalFile: string };
          sources?: { originalFile: string }[];
        };
        return (data.sources ?? [data.source]).map((s) => s.originalFile);
      });
      // 13, 20 (+ seed 003, the same conference), 21, 22: four entries, five sources, each once.
      expect(files, `round ${round}`).toHaveLength(4);
      expect(new Set(recorded).size, `round ${round}`).toBe(recorded.length);
      expect(recorded, `round ${round}`).toHaveLength(5);
      expect(readdirSync(join(dir, 'content/sources')), `round ${round}`).toHaveLength(5);
    }
  }, 240_000);
});

function require_hostname(): string {
  // The lock records the machine it was taken on; a stale lock is one of this machine.
  return spawnSync('hostname', { encoding: 'utf8' }).stdout.trim();
}
