/**
 * npm run new against a temporary content folder (never the real content/): what it writes, what it refuses,
 * and the command-line mistakes it answers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './support/run-script.ts';

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
