import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const RAW = join(ROOT, 'tests/fixtures/raw');
let dir: string;

function ingest(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  cpSync(join(RAW, 'seeds'), join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'bad'));
  writeFileSync(join(dir, 'bad/empty.txt'), '   \n');
  writeFileSync(join(dir, 'bad/latin1.txt'), Buffer.from([0x4e, 0x67, 0xe0, 0x79, 0x20, 0xff]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run ingest', () => {
  it('prints one JSON object per input in a dry run, and nothing else, writing nothing', () => {
    const r = ingest(
      '--dry-run',
      '--json',
      'seeds/000_8bbbab40623e6c25.txt',
      'seeds/002_794da951e5bf4b3b.txt',
      'bad/empty.txt',
      'nope.txt',
    );
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; data?: { province: string | null }; body?: string; error?: string });
    expect(lines.map((l) => l.file).sort()).toEqual([
      'bad/empty.txt',
      'nope.txt',
      'seeds/000_8bbbab40623e6c25.txt',
      'seeds/002_794da951e5bf4b3b.txt',
    ]);
    const ok = lines.find((l) => l.file.includes('000_'))!;
    expect(ok.data!.province).toBe('son-la');
    expect(ok.body).toContain('Ngày 27/12/2023');
    expect(lines.find((l) => l.file.includes('002_'))!.data!.province).toBeNull();
    expect(lines.find((l) => l.file === 'bad/empty.txt')!.error).toMatch(/empty/);
    expect(lines.find((l) => l.file === 'nope.txt')!.error).toMatch(/no such file/);
    expect(r.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['bad', 'seeds']);
  });

  it('converts a folder, prints a summary, and exits 0', () => {
    const r = ingest('seeds');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/5 file\(s\): 5 entries — 5 created/);
    expect(r.stdout).toMatch(/Cần rà soát \/ Needs review: 4/);
    // Every entry written is named with its status: the four with doubts and the one read without.
    const named = r.stdout.split('\n').filter((l) => /^ {2}content\/articles\/.*\.mdx {2}mới \/ created {2}/.test(l));
    expect(named).toHaveLength(5);
    expect(named.filter((l) => l.includes('  needs-review ('))).toHaveLength(4);
    expect(named.filter((l) => l.includes('  unreviewed ('))).toHaveLength(1);
    expect(readdirSync(join(dir, 'content/articles')).sort()).toEqual([
      'bac-giang',
      'bac-kan',
      'lang-son',
      'son-la',
      'unassigned',
    ]);
  });

  it('writes into a content folder given as an absolute path, not a folder of that name under the working directory', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'ingest-abs-'));
    try {
      const r = ingest('--content', join(elsewhere, 'content'), 'seeds/000_8bbbab40623e6c25.txt');
      expect(r.code).toBe(0);
      expect(readdirSync(join(elsewhere, 'content/articles'))).toEqual(['son-la']);
      expect(readdirSync(join(elsewhere, 'content/sources'))).toHaveLength(1);
      expect(readdirSync(dir)).not.toContain('tmp');
      // The entry names its kept source as the project's content/sources/ file, not a path of this machine.
      const [entry] = readdirSync(join(elsewhere, 'content/articles/son-la'));
      const text = readFileSync(join(elsewhere, 'content/articles/son-la', entry!), 'utf8');
      expect(text).toMatch(/\n {2}originalFile: content\/sources\/000_8bbbab40623e6c25-[0-9a-f]{10}\.txt\n/);
      // A second run finds the entries it wrote there, one without a province too: nothing changes.
      expect(ingest('--content', join(elsewhere, 'content'), 'seeds/000_8bbbab40623e6c25.txt').stdout).toMatch(
        /1 unchanged/,
      );
      expect(ingest('--content', join(elsewhere, 'content'), 'seeds/002_794da951e5bf4b3b.txt').stdout).toMatch(
        /1 created/,
      );
      expect(ingest('--content', join(elsewhere, 'content'), 'seeds/002_794da951e5bf4b3b.txt').stdout).toMatch(
        /1 unchanged/,
      );
      expect(readdirSync(join(elsewhere, 'content/articles/unassigned'))).toHaveLength(1);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('prints the whole JSON line into a pipe that is read slowly (process.exit does not cut it at 64 KB)', () => {
    // A long article (a report with its appendix pasted in, a paragraph per district post office): its
    // --json line is far over a pipe's 64 KB.
    const lead =
      'Bưu điện tỉnh Hà Nam tổng kết năm 2023\n\nNgày 28/12/2023, Bưu điện tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2023. Năm 2023, tổng doanh thu đạt 150 tỷ đồng.';
    const appendix = Array.from(
      { length: 600 },
      (_, i) =>
        `Phụ lục ${i + 1}: trong năm 2020, bưu cục số ${i + 1} đã phục vụ khách hàng tại địa bàn, tổ chức ${i + 3} buổi tuyên truyền về dịch vụ bưu chính công ích.`,
    );
    writeFileSync(join(dir, 'bad/long.txt'), `${lead}\n\n${appendix.join('\n\n')}\n`);
    const cmd = `"${process.execPath}" "${join(ROOT, 'scripts/ingest.ts')}" --dry-run --json bad/long.txt | (sleep 0.5; cat)`;
    const r = spawnSync('sh', ['-c', cmd], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.stdout.length).toBeGreaterThan(70_000);
    const line = JSON.parse(r.stdout) as { file: string; body: string };
    expect(line.file).toBe('bad/long.txt');
    expect(line.body).toContain('Phụ lục 600: trong năm 2020, bưu cục số 600');
    rmSync(join(dir, 'bad/long.txt'));
  });

  it('exits 1 and names the file when an input fails', () => {
    const r = ingest('bad');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Lỗi \/ Failed: 2/);
    // Vietnamese on the file's line, English on the next.
    expect(r.stdout).toMatch(/latin1\.txt: tệp không phải văn bản UTF-8[^\n]*\n {4}the file is not UTF-8/);
  });

  it('reads pages saved from a browser, alone or in a folder, leaving out the folder of files saved beside them', () => {
    mkdirSync(join(dir, 'saved/Bài báo_files'), { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/pages/baonghean-30.html'), join(dir, 'saved/Bài báo.html'));
    // What a browser saves beside a page "complete": frames and ads, never articles to read.
    writeFileSync(join(dir, 'saved/Bài báo_files/quang-cao.html'), '<html><body><p>Quảng cáo</p></body></html>');
    writeFileSync(join(dir, 'saved/notes.pdf.html'), '%PDF-1.7');
    const r = ingest('--dry-run', '--json', 'saved');
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; data?: { province: string; source: object }; error?: string });
    expect(lines.map((l) => l.file).sort()).toEqual(['saved/Bài báo.html', 'saved/notes.pdf.html']);
    expect(lines.find((l) => l.file === 'saved/Bài báo.html')!.data).toMatchObject({
      province: 'nghe-an',
      source: { publishedAt: '2022-01-07T16:35', publisher: 'Báo Nghệ An', retrievedAs: 'full' },
    });
    expect(lines.find((l) => l.file === 'saved/notes.pdf.html')!.error).toMatch(/this is not a web page \(HTML\)/);

    const w = ingest('--content', 'saved-content', 'saved/Bài báo.html');
    expect(w.code).toBe(0);
    const kept = readdirSync(join(dir, 'saved-content/sources')).sort();
    expect(kept).toHaveLength(2);
    expect(kept[0]).toMatch(/^bai-bao-[0-9a-f]{10}\.html$/);
    expect(readFileSync(join(dir, 'saved-content/sources', kept[0]!))).toEqual(
      readFileSync(join(ROOT, 'tests/fixtures/pages/baonghean-30.html')),
    );
    rmSync(join(dir, 'saved'), { recursive: true });
    rmSync(join(dir, 'saved-content'), { recursive: true });
  });

  it('explains its usage instead of failing obscurely', () => {
    const r = ingest();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Give at least one file or folder/);
  });

  it('logs a line for each hundred inputs read and one at the end, the same with a helper thread', () => {
    // 250 copies of one article under different names (each one's text differs by its last line).
    const seed = readFileSync(join(dir, 'seeds/000_8bbbab40623e6c25.txt'), 'utf8');
    mkdirSync(join(dir, 'many'));
    for (let i = 0; i < 250; i += 1)
      writeFileSync(join(dir, `many/${String(i).padStart(3, '0')}.txt`), `${seed}\n${i}\n`);
    for (const threads of ['0', '1']) {
      const r = ingest('--dry-run', '--threads', threads, 'many');
      expect(r.code).toBe(0);
      expect(r.stderr.split('\n').filter((l) => l.startsWith('read '))).toEqual([
        'read 100/250',
        'read 200/250',
        'read 250/250',
      ]);
    }
  });
});
