/**
 * The commands as an editor runs them: exit codes, printed lines, `npm run new` against a temporary
 * content folder (never the real content/), and the generated docs and JSON Schema being fresh.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedFiles } from '../../src/lib/check/generated-files.ts';

function run(script: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, DIGEST_CONTENT_DIR: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run check', () => {
  it('exits 1 on an error and prints the Vietnamese and English lines, then the summary', () => {
    const r = run('check', ['--content-dir', 'tests/fixtures/broken/unknown-province']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^tests\/fixtures\/broken\/unknown-province\/son-la\/[^:]+\.mdx:3  province  lỗi: /);
    expect(lines[1]).toMatch(/^tests\/fixtures\/broken\/unknown-province\/son-la\/[^:]+\.mdx:3  province  error: /);
    expect(lines).toContain('Đã kiểm tra 1 bài: 1 lỗi, 0 cảnh báo.');
    expect(lines).toContain('Checked 1 entry: 1 error, 0 warnings.');
    expect(r.stderr).not.toMatch(/\bat \S+ \(|Error:/);
  });

  it('exits 0 when there are only warnings', () => {
    const r = run('check', ['--content-dir', 'tests/fixtures/broken/outlier']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cảnh báo: total_revenue năm 2023');
  });

  it('exits 0 on valid content, and --lang en prints English only', () => {
    const r = run('check', ['--content-dir', 'tests/fixtures/valid', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Checked 1 entry: no problems.');
    expect(r.stdout).not.toContain('Đã kiểm tra');
  });

  it('reports only the files named on the command line, but still sees the others for duplicates', () => {
    const dir = 'tests/fixtures/broken/duplicate-conference';
    const first = run('check', ['--content-dir', dir, `${dir}/son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx`]);
    expect(first.code).toBe(0);
    const second = run('check', ['--content-dir', dir, `${dir}/son-la/2023-12-27-son-la-trien-khai-ke-hoach-nam-2024.mdx`]);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('trùng hội nghị với');
  });

  it('--json gives the problems as data', () => {
    const r = run('check', ['--content-dir', 'tests/fixtures/broken/unit-mismatch', '--json']);
    const report = JSON.parse(r.stdout) as { errors: number; problems: { rule: string; field: string; line: number }[] };
    expect(report.errors).toBe(1);
    expect(report.problems.map((p) => [p.rule, p.field, p.line])).toEqual([['metric-unit', 'kpis[0].unit', 10]]);
  });
});

describe('npm run check -- --watch', () => {
  it('checks again after a file changes, starting each round with a line VS Code\'s task waits for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-watch-'));
    cpSync('tests/fixtures/valid', dir, { recursive: true });
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--content-dir', dir, '--lang', 'vi', '--watch'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
});

describe('npm run new', () => {
  const dir = mkdtempSync(join(tmpdir(), 'digest-new-'));
  const contentDir = relative(process.cwd(), dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a commented entry that passes npm run check as it is', () => {
    const r = run('new', ['--province', 'son-la', '--date', '2024-12-26', '--content-dir', contentDir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(dir, 'son-la/2024-12-26-buu-dien-tinh-son-la-tong-ket-nam-2024-trien-khai-ke-hoach.mdx');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    for (const line of ['province: son-la', 'reportYear: 2024', 'planYear: 2025', 'eventDate: "2024-12-26"', 'eventKind: year-end', '  status: needs-review', 'draft: true']) {
      expect(text.split('\n')).toContain(line);
    }
    // Every top-level field is there, each under its Vietnamese and English comment.
    for (const field of ['title', 'province', 'reportYear', 'planYear', 'eventDate', 'eventKind', 'kpis', 'targets', 'serviceGrowth', 'awards', 'people', 'source', 'review', 'draft']) {
      const lines = text.split('\n');
      const i = lines.findIndex((l) => l.startsWith(`${field}:`));
      expect([field, lines[i - 2]?.startsWith('# '), lines[i - 1]?.startsWith('# ')]).toEqual([field, true, true]);
    }
    const check = run('check', ['--content-dir', contentDir]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Đã kiểm tra 1 bài: không có lỗi. 1 bài cần rà soát (needs-review), 1 bản nháp (draft, không đưa lên trang).');
  });

  it('refuses to overwrite an existing file', () => {
    const file = join(dir, 'son-la/2024-12-26-buu-dien-tinh-son-la-tong-ket-nam-2024-trien-khai-ke-hoach.mdx');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nĐoạn đã sửa.\n');
    const r = run('new', ['--province', 'son-la', '--date', '2024-12-26', '--content-dir', contentDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('lỗi: tệp đã có, không ghi đè');
    expect(r.stderr).toContain('error: the file already exists and is not overwritten');
    expect(readFileSync(file, 'utf8')).toContain('Đoạn đã sửa.');
  });

  it('refuses a second entry for the same conference, naming the first', () => {
    const r = run('new', ['--province', 'son-la', '--date', '2024-12-26', '--title', 'Một bài khác', '--content-dir', contentDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`eventDate  lỗi: trùng hội nghị với ${dir}/son-la/2024-12-26-buu-dien-tinh-son-la-tong-ket-nam-2024-trien-khai-ke-hoach.mdx`);
    expect(existsSync(join(dir, 'son-la/2024-12-26-mot-bai-khac.mdx'))).toBe(false);
  });

  it('checks the province and the date first, with the same words as npm run check', () => {
    const r = run('new', ['--province', 'sonla', '--date', '2024-02-30', '--content-dir', contentDir]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      '--date 2024-02-30  lỗi: ngày 2024-02-30 không có thật  — kiểm tra lại ngày và tháng (ví dụ tháng 2 chỉ có 28 hoặc 29 ngày)',
      '--date 2024-02-30  error: 2024-02-30 is not a real date  — check the day and month (February has 28 or 29 days)',
      '--province sonla  lỗi: không có tỉnh nào mang mã "sonla"  — dùng "son-la" (Tỉnh Sơn La)',
      '--province sonla  error: there is no province "sonla"  — use "son-la" (Sơn La Province)',
      'Chưa tạo tệp nào. / No file was written.',
    ]);
  });

  it('names the province in force on the date, and infers the years of a January conference', () => {
    const r = run('new', ['--province', 'bac-giang', '--date', '2025-12-20', '--content-dir', contentDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--province bac-giang  lỗi: Tỉnh Bắc Giang không còn vào ngày 2025-12-20 (từ 2025-07-01 thuộc Tỉnh Bắc Ninh)  — dùng "bac-ninh"');
    const ok = run('new', ['--province', 'lang-son', '--date', '2021-01-08', '--content-dir', contentDir]);
    expect(ok.code).toBe(0);
    const text = readFileSync(join(dir, 'lang-son/2021-01-08-buu-dien-tinh-lang-son-tong-ket-nam-2020-trien-khai-ke-hoach.mdx'), 'utf8');
    expect(text).toContain('\nreportYear: 2020\n');
    expect(text).toContain('\nplanYear: 2021\n');
  });
});

describe('generated docs and JSON Schema', () => {
  it.each(generatedFiles().map((f) => [f.path, f] as const))('%s is up to date (run npm run docs)', (_path, file) => {
    const current = readFileSync(file.path, 'utf8');
    expect(file.render(current)).toBe(current);
  });

  it('lists every metric with its unit, and every field of the schema', () => {
    const vi = readFileSync('docs/editing.md', 'utf8');
    expect(vi).toContain('| `total_revenue` | Tổng doanh thu | `VND` (đồng) |');
    expect(vi).toContain('| `recipientKind` | một trong: `individual`, `collective`, `mixed` | bắt buộc |');
    const en = readFileSync('docs/editing.en.md', 'utf8');
    expect(en).toContain('| `labor_productivity` | Labour productivity | `VND/person/year` (VND per person per year) or `VND/person/month` (VND per person per month) |');
  });
});
