/**
 * npm run check as an editor runs it: exit codes, printed lines, paths, --json, --watch.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './support/run-script.ts';

describe('npm run check', () => {
  it('exits 1 on an error and prints the Vietnamese and English lines, then the summary', () => {
    const r = run('check', ['--content-dir', 'tests/check/fixtures/broken/unknown-province']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^tests\/check\/fixtures\/broken\/unknown-province\/son-la\/[^:]+\.mdx:3  province  lỗi: /,
    );
    expect(lines[1]).toMatch(
      /^tests\/check\/fixtures\/broken\/unknown-province\/son-la\/[^:]+\.mdx:3  province  error: /,
    );
    expect(lines).toContain('Đã kiểm tra 1 bài: 1 lỗi, 0 cảnh báo.');
    expect(lines).toContain('Checked 1 entry: 1 error, 0 warnings.');
    expect(r.stderr).not.toMatch(/\bat \S+ \(|Error:/);
  });

  it('takes the content folder with --content, as npm run ingest does, and its entries folder with --content-dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-content-'));
    try {
      cpSync('tests/check/fixtures/broken/unknown-province', join(dir, 'articles'), { recursive: true });
      for (const args of [
        ['--content', dir],
        ['--content-dir', dir],
        ['--content-dir', join(dir, 'articles')],
      ]) {
        const r = run('check', [...args, '--lang', 'en']);
        expect(r.code, args.join(' ')).toBe(1);
        expect(r.stdout).toContain('Checked 1 entry: 1 error, 0 warnings.');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 0 when there are only warnings', () => {
    const r = run('check', ['--content-dir', 'tests/check/fixtures/broken/outlier']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cảnh báo: total_revenue năm 2023');
  });

  it('exits 0 on valid content, and --lang en prints English only', () => {
    const r = run('check', ['--content-dir', 'tests/check/fixtures/valid', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Checked 1 entry: no problems.');
    expect(r.stdout).not.toContain('Đã kiểm tra');
  });

  it('reports only the files named on the command line, but still sees the others for duplicates', () => {
    const dir = 'tests/check/fixtures/broken/duplicate-conference';
    const first = run('check', [
      '--content-dir',
      dir,
      `${dir}/son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx`,
    ]);
    expect(first.code).toBe(0);
    const second = run('check', [
      '--content-dir',
      dir,
      `${dir}/son-la/2023-12-27-son-la-trien-khai-ke-hoach-nam-2024.mdx`,
    ]);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('trùng hội nghị với');
  });

  it('a path that does not exist is an error, not a clean report', () => {
    const r = run('check', ['content/articles/son-la/nope.mdx']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'content/articles/son-la/nope.mdx:1  file  lỗi: không có tệp hay thư mục này  — kiểm tra lại đường dẫn (gõ vài chữ đầu rồi bấm Tab để máy điền nốt)',
      'content/articles/son-la/nope.mdx:1  file  error: there is no such file or folder  — check the path (type the first letters and press Tab to complete it)',
    ]);
    // `npm run check --lang en` leaves the script only "en".
    const lang = run('check', ['en']);
    expect([lang.code, lang.stdout.split('\n')[1]]).toEqual([
      1,
      'en:1  file  error: there is no such file or folder  — to print one language only, write npm run check -- --lang en (with -- before the options)',
    ]);
  });

  it('a checked file is still compared with the rest of the corpus for outliers', () => {
    const dir = 'tests/check/fixtures/broken/outlier';
    const older = `${dir}/son-la/2022-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2023.mdx`;
    const r = run('check', ['--content-dir', dir, '--lang', 'en', older]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `${older}:9  kpis[0].value  warning: total_revenue for 2022 (10,100,000,000) is only 10% of 2023's (101,000,000,000, ${dir}/son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx)`,
    );
  });

  it('a mistyped option or a bad --lang: a short line in each language, the usage, exit 2, no stack trace', () => {
    const r = run('check', ['--langg', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      '--langg  lỗi: không có tùy chọn này  — có lẽ là --lang',
      '--langg  error: there is no such option  — perhaps --lang',
      '',
    ]);
    expect(r.stderr).toContain('npm run check [-- <file-or-folder>...]');
    expect(r.stderr).not.toMatch(/\bat \S+ \(|TypeError|ERR_PARSE_ARGS/);
    const lang = run('check', ['--lang', 'fr']);
    expect([lang.code, lang.stderr.trim().split('\n')]).toEqual([
      2,
      [
        '--lang fr  lỗi: chỉ có vi hoặc en  — viết --lang vi hoặc --lang en',
        '--lang fr  error: only vi or en  — write --lang vi or --lang en',
      ],
    ]);
  });

  it('--json gives the problems as data', () => {
    const r = run('check', ['--content-dir', 'tests/check/fixtures/broken/unit-mismatch', '--json']);
    const report = JSON.parse(r.stdout) as {
      errors: number;
      problems: { rule: string; field: string; line: number }[];
    };
    expect(report.errors).toBe(1);
    expect(report.problems.map((p) => [p.rule, p.field, p.line])).toEqual([['metric-unit', 'kpis[0].unit', 10]]);
  });

  it('--review lists each entry left to review with its warnings, and the entries by status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-review-'));
    try {
      cpSync('tests/check/fixtures/valid', dir, { recursive: true });
      const file = join(dir, 'son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx');
      const text = readFileSync(file, 'utf8').replace(
        '  status: reviewed\n  warnings: []\n',
        '  status: needs-review\n  warnings:\n    - field: kpis[0].value\n      message: Kiểm tra 101 tỷ\n      messageEn: Check 101 billion\n',
      );
      writeFileSync(file, text);
      const r = run('check', ['--content-dir', dir, '--review', '--lang', 'en']);
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines).toContain('Review: 1 needs-review, 0 unreviewed, 0 reviewed.');
      expect(lines).toContain(`${file}:55  review.status  needs-review: 1 warning to check`);
      expect(lines).toContain(`${file}:57  kpis[0].value  Check 101 billion`);
      const json = JSON.parse(run('check', ['--content-dir', dir, '--review', '--json']).stdout) as {
        review: { status: string; warnings: { field: string }[] }[];
      };
      expect(json.review.map((e) => [e.status, e.warnings.map((w) => w.field)])).toEqual([
        ['needs-review', ['kpis[0].value']],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run check -- --watch', () => {
  it("checks again after a file changes, starting each round with a line VS Code's task waits for", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-watch-'));
    cpSync('tests/check/fixtures/valid', dir, { recursive: true });
    const child = spawn(process.execPath, ['scripts/check.ts', '--content-dir', dir, '--lang', 'vi', '--watch'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const waitFor = (pattern: RegExp): Promise<void> =>
      new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`timed out waiting for ${pattern}: ${out}`)), 60_000);
        const look = (): void => {
          if (pattern.test(out)) {
            clearTimeout(timer);
            child.stdout!.off('data', onData);
            done();
          }
        };
        const onData = (chunk: Buffer): void => {
          out += chunk.toString();
          look();
        };
        child.stdout!.on('data', onData);
        look();
      });
    try {
      await waitFor(/── .* kiểm tra nội dung \/ checking content ──\nĐã kiểm tra 1 bài: không có lỗi\./);
      const file = join(dir, 'son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx');
      const broken = readFileSync(file, 'utf8').replace('province: son-la', 'province: sonla');
      // Node sets up a recursive watch folder by folder, asynchronously: save again until it is listening.
      const saving = setInterval(() => writeFileSync(file, broken), 1000);
      try {
        await waitFor(/:3  province  lỗi: không có tỉnh nào mang mã "sonla"[^\n]*\n\nĐã kiểm tra 1 bài: 1 lỗi/);
      } finally {
        clearInterval(saving);
      }
    } finally {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('says so and exits 1 when its folder is removed, instead of ending without a word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-watch-gone-'));
    cpSync('tests/check/fixtures/valid', join(dir, 'articles'), { recursive: true });
    const child = spawn(process.execPath, ['scripts/check.ts', '--content', dir, '--watch'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((done) => {
      child.on('exit', done);
      const started = setInterval(() => {
        if (!/Đã kiểm tra 1 bài/.test(out)) return;
        clearInterval(started);
        rmSync(dir, { recursive: true, force: true });
      }, 200);
    });
    expect(code).toBe(1);
    expect(err).toContain('error: the content folder is gone; stopped watching');
  }, 120_000);
});
