/**
 * The commands as an editor runs them: exit codes, printed lines, `npm run new` against a temporary
 * content folder (never the real content/), and the generated docs and JSON Schema being fresh.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedFiles } from '../../src/lib/docs/generated-files.ts';

function run(script: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DIGEST_CONTENT_DIR: '' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

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
});

describe('npm run check -- --watch', () => {
  it("checks again after a file changes, starting each round with a line VS Code's task waits for", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-watch-'));
    cpSync('tests/check/fixtures/valid', dir, { recursive: true });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/check.ts', '--content-dir', dir, '--lang', 'vi', '--watch'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
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
    for (const line of [
      'province: son-la',
      'reportYear: 2024',
      'planYear: 2025',
      'eventDate: "2024-12-26"',
      'eventKind: year-end',
      '  status: needs-review',
      'draft: true',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
    // Every top-level field is there, each under its Vietnamese and English comment.
    for (const field of [
      'title',
      'province',
      'reportYear',
      'planYear',
      'eventDate',
      'eventKind',
      'kpis',
      'targets',
      'serviceGrowth',
      'awards',
      'people',
      'source',
      'review',
      'draft',
    ]) {
      const lines = text.split('\n');
      const i = lines.findIndex((l) => l.startsWith(`${field}:`));
      expect([field, lines[i - 2]?.startsWith('# '), lines[i - 1]?.startsWith('# ')]).toEqual([field, true, true]);
    }
    const check = run('check', ['--content-dir', contentDir]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(
      'Đã kiểm tra 1 bài: không có lỗi. 1 bài cần rà soát (needs-review), 1 bản nháp (draft, không đưa lên trang).',
    );
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
    const r = run('new', [
      '--province',
      'son-la',
      '--date',
      '2024-12-26',
      '--title',
      'Một bài khác',
      '--content-dir',
      contentDir,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `eventDate  lỗi: trùng hội nghị với ${dir}/son-la/2024-12-26-buu-dien-tinh-son-la-tong-ket-nam-2024-trien-khai-ke-hoach.mdx`,
    );
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
    expect(r.stderr).toContain(
      '--province bac-giang  lỗi: Tỉnh Bắc Giang không còn vào ngày 2025-12-20 (từ 2025-07-01 thuộc Tỉnh Bắc Ninh)  — dùng "bac-ninh"',
    );
    const ok = run('new', ['--province', 'lang-son', '--date', '2021-01-08', '--content-dir', contentDir]);
    expect(ok.code).toBe(0);
    const text = readFileSync(
      join(dir, 'lang-son/2021-01-08-buu-dien-tinh-lang-son-tong-ket-nam-2020-trien-khai-ke-hoach.mdx'),
      'utf8',
    );
    expect(text).toContain('\nreportYear: 2020\n');
    expect(text).toContain('\nplanYear: 2021\n');
  });
});

describe('npm run new: mistakes on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'digest-new-args-'));
  const contentDir = relative(process.cwd(), dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('without the -- npm keeps the options: the command meant, exit 2, nothing written', () => {
    const r = spawnSync(
      'npm',
      ['run', '--silent', 'new', '--province', 'son-la', '--date', '2024-12-26', '--content-dir', contentDir],
      { encoding: 'utf8', env: { ...process.env, DIGEST_CONTENT_DIR: '' } },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('npm run new  '))).toEqual([
      `npm run new  lỗi: npm đã giữ --province, --date, --content-dir cho chính nó (thiếu -- sau tên lệnh)  — viết: npm run new -- --province son-la --date 2024-12-26 --content-dir ${contentDir}`,
      `npm run new  error: npm kept --province, --date, --content-dir for itself (the -- after the command's name is missing)  — write: npm run new -- --province son-la --date 2024-12-26 --content-dir ${contentDir}`,
    ]);
    expect(r.stderr).not.toMatch(/\bat \S+ \(|ERR_PARSE_ARGS/);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('a mistyped option: the one meant, exit 2', () => {
    const r = run('new', ['--provnce', 'son-la', '--date', '2024-12-26', '--content-dir', contentDir]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      '--provnce  lỗi: không có tùy chọn này  — có lẽ là --province',
      '--provnce  error: there is no such option  — perhaps --province',
    ]);
    expect(r.stderr).not.toMatch(/\bat \S+ \(|ERR_PARSE_ARGS/);
  });

  it('a title without a letter: says so, not a file name the editor never typed', () => {
    const r = run('new', [
      '--province',
      'son-la',
      '--date',
      '2024-12-26',
      '--title',
      '!!!',
      '--content-dir',
      contentDir,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      '--title "!!!"  lỗi: tiêu đề không có chữ cái hay chữ số nào, nên không đặt được tên tệp  — ghi tiêu đề của bài, như --title "Bưu điện tỉnh Sơn La tổng kết năm 2024"',
      '--title "!!!"  error: the title has no letters or digits, so no file name can be made from it  — write the article\'s headline, like --title "Bưu điện tỉnh Sơn La tổng kết năm 2024"',
      'Chưa tạo tệp nào. / No file was written.',
    ]);
  });

  it('--province unassigned (or none) writes an entry whose province is not known, which passes the check', () => {
    const r = run('new', ['--province', 'unassigned', '--date', '2024-12-26', '--content-dir', contentDir]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const file = join(dir, 'unassigned/2024-12-26-buu-dien-tinh-tong-ket-nam-2024-trien-khai-ke-hoach-nam-2025.mdx');
    expect(readFileSync(file, 'utf8').split('\n')).toEqual(
      expect.arrayContaining(['province: null', '  status: needs-review']),
    );
    const none = run('new', ['--date', '2025-01-10', '--content-dir', contentDir]);
    expect(none.code).toBe(0);
    expect(
      existsSync(join(dir, 'unassigned/2025-01-10-buu-dien-tinh-tong-ket-nam-2024-trien-khai-ke-hoach-nam-2025.mdx')),
    ).toBe(true);
    const check = run('check', ['--content-dir', contentDir, '--lang', 'en']);
    expect([check.code, check.stdout.split('\n')[0]]).toEqual([
      0,
      'Checked 2 entries: no problems. 2 entries need review (needs-review), 2 drafts (left out of the site).',
    ]);
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
    expect(en).toContain(
      '| `labor_productivity` | Labour productivity | `VND/person/year` (VND per person per year) or `VND/person/month` (VND per person per month) |',
    );
  });
});
