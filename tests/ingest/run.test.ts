import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { isEditedSinceIngest, parseEntryFile } from '../../src/lib/ingest/entry-file.ts';
import { nodeIngestFs } from '../../src/lib/ingest/ingest-fs.ts';
import { entryPath, runIngest, sourceNameOf } from '../../src/lib/ingest/run.ts';
import { memoryFs } from './memory-fs.ts';
import { entrySchema } from '../../src/lib/schema/entry.ts';

const RAW = join(import.meta.dirname, '../fixtures/raw');
const raw = (p: string) => ({ path: p.replace(/^.*\//, ''), text: readFileSync(join(RAW, p), 'utf8') });

const opts = { contentDir: 'content' };
const entries = (fs: ReturnType<typeof memoryFs>) =>
  [...fs.files.keys()].filter((p) => p.startsWith('content/articles/')).sort();

describe('runIngest', () => {
  it('writes an entry that passes the schema and keeps the raw text', () => {
    const fs = memoryFs();
    const [out] = runIngest([raw('seeds/000_8bbbab40623e6c25.txt')], opts, fs);
    expect(out!.entries).toHaveLength(1);
    expect(out!.entries[0]).toMatchObject({ status: 'created', province: 'son-la' });
    const path = out!.entries[0]!.path;
    expect(path).toMatch(/^content\/articles\/son-la\/2023-12-27-[a-z0-9-]+\.mdx$/);
    const { data } = parseEntryFile(fs.files.get(path)!);
    expect(entrySchema.safeParse(data).success).toBe(true);
    const kept = (data.source as { originalFile: string }).originalFile;
    expect(fs.files.get(kept)).toBe(raw('seeds/000_8bbbab40623e6c25.txt').text);
  });

  it('is idempotent: the same text again writes nothing', () => {
    const fs = memoryFs();
    runIngest([raw('seeds/001_4b76b94216d7d7d7.txt')], opts, fs);
    const before = new Map(fs.files);
    fs.writes.length = 0;
    const [out] = runIngest([raw('seeds/001_4b76b94216d7d7d7.txt')], opts, fs);
    expect(out!.entries[0]!.status).toBe('unchanged');
    expect(fs.writes).toEqual([]);
    expect(fs.files).toEqual(before);
  });

  it('never overwrites an entry an editor changed, unless forced', () => {
    const fs = memoryFs();
    const [first] = runIngest([raw('seeds/000_8bbbab40623e6c25.txt')], opts, fs);
    const path = first!.entries[0]!.path;
    const edited = fs.files.get(path)!.replace('status: needs-review', 'status: reviewed');
    fs.files.set(path, edited);
    expect(isEditedSinceIngest(edited)).toBe(true);
    const [again] = runIngest([raw('seeds/000_8bbbab40623e6c25.txt')], opts, fs);
    expect(again!.entries[0]).toMatchObject({ status: 'skipped-edited' });
    expect(again!.entries[0]!.message).toMatch(/--force/);
    expect(fs.files.get(path)).toBe(edited);
    const [forced] = runIngest([raw('seeds/000_8bbbab40623e6c25.txt')], { ...opts, force: true }, fs);
    expect(forced!.entries[0]!.status).toBe('updated');
    expect(fs.files.get(path)).not.toBe(edited);
  });

  it('keeps no copy of a text whose entry was left to its editor', () => {
    const fs = memoryFs();
    const original = raw('seeds/000_8bbbab40623e6c25.txt');
    const [first] = runIngest([original], opts, fs);
    const path = first!.entries[0]!.path;
    fs.files.set(path, fs.files.get(path)!.replace('status: needs-review', 'status: reviewed'));
    const sourcesBefore = [...fs.files.keys()].filter((p) => p.startsWith('content/sources/'));
    const [again] = runIngest(
      [{ ...original, text: original.text.replace('trên 101 tỷ đồng', 'trên 102 tỷ đồng') }],
      opts,
      fs,
    );
    expect(again!.entries[0]!.status).toBe('skipped-edited');
    expect([...fs.files.keys()].filter((p) => p.startsWith('content/sources/'))).toEqual(sourcesBefore);
  });

  it('makes one entry of one conference reported by two sources, whichever comes first', () => {
    const a = memoryFs();
    runIngest([raw('articles/20.txt'), raw('seeds/003_3b11af47517ebbed.txt')], opts, a);
    const b = memoryFs();
    runIngest([raw('seeds/003_3b11af47517ebbed.txt')], opts, b);
    const [out] = runIngest([raw('articles/20.txt')], opts, b);
    expect(out!.entries[0]!.mergedWith).toHaveLength(1);
    for (const fs of [a, b]) {
      expect(entries(fs)).toHaveLength(1);
      const { data } = parseEntryFile(fs.files.get(entries(fs)[0]!)!);
      const sources = data.sources as { originalFile: string; retrievedAs?: string }[];
      expect(sources).toHaveLength(2);
      // The full text leads; the excerpt's "may be missing" warning no longer applies.
      expect(sources[0]!.originalFile).toMatch(/003_/);
      expect((data.review as { warnings: { field: string }[] }).warnings.some((w) => w.field === 'source')).toBe(false);
    }
    // The same entry, read in either order.
    const strip = (t: string) => YAML.stringify(parseEntryFile(t).data);
    expect(strip(a.files.get(entries(a)[0]!)!)).toBe(strip(b.files.get(entries(b)[0]!)!));
  });

  it('splits an article about two provinces into two entries and never merges their figures', () => {
    const fs = memoryFs();
    const [out] = runIngest([raw('articles/26.txt')], opts, fs);
    expect(out!.entries.map((e) => e.province)).toEqual(['gia-lai', 'ba-ria-vung-tau']);
    expect(entries(fs)).toHaveLength(2);
    expect(new Set(entries(fs).map((p) => p.replace(/^.*\//, ''))).size).toBe(2);
  });

  it('files an article that names no province as unassigned, needing review, and keeps it there on re-ingest', () => {
    const fs = memoryFs();
    runIngest([raw('seeds/002_794da951e5bf4b3b.txt')], opts, fs);
    const [again] = runIngest([raw('seeds/002_794da951e5bf4b3b.txt')], opts, fs);
    expect(entries(fs)).toHaveLength(1);
    expect(entries(fs)[0]).toMatch(/^content\/articles\/unassigned\//);
    expect(again!.entries[0]).toMatchObject({ status: 'unchanged', province: null, review: 'needs-review' });
  });

  it('replaces a source with its new version instead of merging the two', () => {
    const fs = memoryFs();
    const original = raw('seeds/000_8bbbab40623e6c25.txt');
    runIngest([original], opts, fs);
    const changed = { ...original, text: original.text.replace('trên 101 tỷ đồng', 'trên 102 tỷ đồng') };
    const [out] = runIngest([changed], opts, fs);
    expect(out!.entries[0]!.status).toBe('updated');
    const { data } = parseEntryFile(fs.files.get(entries(fs)[0]!)!);
    expect(data.sources).toBeUndefined();
    expect((data.kpis as { value: number }[])[0]!.value).toBe(102e9);
  });

  it('reports an input with no article text and writes nothing for it', () => {
    const fs = memoryFs();
    const [out] = runIngest(
      [{ path: 'empty.txt', text: 'Đường dây nóng hỗ trợ 1900 54 54 81\nGửi Email In trang Lưu\n' }],
      opts,
      fs,
    );
    expect(out!.error).toMatch(/no article text/);
    expect(fs.files.size).toBe(0);
  });
});

describe('runIngest of web pages', () => {
  const page = {
    path: 'https://vnpost.vn/vi/bai',
    text: raw('articles/03.txt').text,
    page: Uint8Array.of(0x3c, 0x70, 0xea, 0xec),
  };

  it('keeps the page as it came beside its text, under the name given', () => {
    const fs = memoryFs();
    const [out] = runIngest([{ ...page, sourceName: 'vnpost-bai.html' }], opts, fs);
    expect(out!.entries[0]!.status).toBe('created');
    const kept = [...fs.files.keys()].filter((p) => p.startsWith('content/sources/')).sort();
    expect(kept).toHaveLength(2);
    expect(kept[0]).toMatch(/^content\/sources\/vnpost-bai-[0-9a-f]{10}\.html$/);
    expect(kept[1]).toBe(kept[0]!.replace(/\.html$/, '.txt'));
    const { data } = parseEntryFile(fs.files.get(entries(fs)[0]!)!);
    expect((data.source as { originalFile: string }).originalFile).toBe(kept[1]);
  });

  it('keeps neither when the entry is left to its editor', () => {
    const fs = memoryFs();
    const [first] = runIngest([page], opts, fs);
    const path = first!.entries[0]!.path;
    fs.files.set(path, fs.files.get(path)!.replace(/^title: .*$/m, 'title: Sửa tay'));
    const before = [...fs.files.keys()].sort();
    const [again] = runIngest([{ ...page, text: page.text.replace('tăng 33%', 'tăng 34%') }], opts, fs);
    expect(again!.entries[0]!.status).toBe('skipped-edited');
    expect([...fs.files.keys()].sort()).toEqual(before);
  });
});

describe('nodeIngestFs', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  it('writes atomically in the background, leaving no temporary file, and lists what it wrote', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const fs = nodeIngestFs(dir);
    fs.writeAtomic('content/articles/son-la/a.mdx', 'x');
    fs.writeAtomic('content/articles/son-la/a.mdx', 'y');
    // Reads in the same run see the last text written, on disk or not yet.
    expect(fs.readText('content/articles/son-la/a.mdx')).toBe('y');
    await fs.flush();
    expect(readFileSync(join(dir, 'content/articles/son-la/a.mdx'), 'utf8')).toBe('y');
    expect(readdirSync(join(dir, 'content/articles/son-la'))).toEqual(['a.mdx']);
    expect(fs.listFiles('content/articles', ['.mdx'])).toEqual(['content/articles/son-la/a.mdx']);
    expect(fs.readText('content/missing.mdx')).toBeNull();
    expect(existsSync(join(dir, 'content/articles/son-la/a.mdx.tmp'))).toBe(false);
  });

  it('gives the files the same run gives in memory, entries written ahead and moved into place, no temporary left', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    // Two provinces in one text, two reports of one conference (merged), a text given twice.
    const batch = [
      ...readdirSync(join(RAW, 'seeds')).map((f) => raw(`seeds/${f}`)),
      ...readdirSync(join(RAW, 'articles'))
        .slice(0, 12)
        .map((f) => raw(`articles/${f}`)),
      raw('seeds/000_8bbbab40623e6c25.txt'),
    ];
    const onDisk = (): Map<string, string> => {
      const out = new Map<string, string>();
      const walk = (d: string): void => {
        for (const e of readdirSync(join(dir!, d), { withFileTypes: true }))
          if (e.isDirectory()) walk(`${d}/${e.name}`);
          else out.set(`${d}/${e.name}`, readFileSync(join(dir!, d, e.name), 'utf8'));
      };
      walk('content');
      return out;
    };
    const memory = memoryFs();
    let disk = nodeIngestFs(dir);
    expect(runIngest(batch, opts, disk)).toEqual(runIngest(batch, opts, memory));
    await disk.flush();
    expect(onDisk()).toEqual(memory.files);
    // Again, with one entry edited by hand: it is left as it is, and nothing written ahead stays behind.
    const edited = [...memory.files.keys()].find((p) => p.endsWith('.mdx'))!;
    const text = memory.files.get(edited)!.replace(/^title: (.*)$/mu, 'title: $1 (sửa tay)');
    memory.files.set(edited, text);
    writeFileSync(join(dir, edited), text);
    disk = nodeIngestFs(dir);
    const again = runIngest(batch, opts, disk);
    expect(again).toEqual(runIngest(batch, opts, memory));
    expect(again.flatMap((o) => o.entries.map((e) => e.status))).toContain('skipped-edited');
    await disk.flush();
    expect(onDisk()).toEqual(memory.files);
  });

  it('writes bytes as they are, not as text', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const fs = nodeIngestFs(dir);
    const legacy = Uint8Array.of(0x42, 0xea, 0xec, 0x6e);
    fs.writeBytes('content/sources/a.html', legacy);
    expect(fs.listFiles('content/sources', ['.html'])).toEqual(['content/sources/a.html']);
    await fs.flush();
    expect([...readFileSync(join(dir, 'content/sources/a.html'))]).toEqual([...legacy]);
  });

  it('reports a write that fails at flush, and leaves no half-written file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const fs = nodeIngestFs(dir);
    fs.writeAtomic('content/articles/son-la/a.mdx', 'x');
    // A folder where the file should be: the rename cannot replace it.
    mkdirSync(join(dir, 'content/articles/son-la/b.mdx'), { recursive: true });
    fs.writeAtomic('content/articles/son-la/b.mdx', 'y');
    await expect(fs.flush()).rejects.toThrow(/could not write content\/articles\/son-la\/b\.mdx/);
    expect(readdirSync(join(dir, 'content/articles/son-la')).sort()).toEqual(['a.mdx', 'b.mdx']);
  });
});

describe('entry file names', () => {
  it('are named by the conference date, else the publication date, else the report year with 00 for month and day', () => {
    const e = { province: 'nghe-an', title: 'Tập trung ứng dụng CNTT trong hoạt động bưu chính', reportYear: 2014 };
    const names = new Set<string>();
    expect(entryPath(names, 'content', { ...e, eventDate: '2015-01-09', source: { publishedAt: '2015-01-10' } })).toBe(
      'content/articles/nghe-an/2015-01-09-tap-trung-ung-dung-cntt-trong-hoat-dong-buu-chinh.mdx',
    );
    expect(entryPath(names, 'content', { ...e, eventDate: null, source: { publishedAt: '2015-01-10T08:00' } })).toBe(
      'content/articles/nghe-an/2015-01-10-tap-trung-ung-dung-cntt-trong-hoat-dong-buu-chinh.mdx',
    );
    const undated = entryPath(names, 'content', { ...e, eventDate: null, source: {} });
    expect(undated).toBe('content/articles/nghe-an/2014-00-00-tap-trung-ung-dung-cntt-trong-hoat-dong-buu-chinh.mdx');
    expect(undated.replace(/^.*\//, '')).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.mdx$/);
  });
});

describe('identity and merging: nothing an editor or a second run does loses or doubles an entry', () => {
  const sourcesOf = (fs: ReturnType<typeof memoryFs>, path: string): string[] => {
    const { data } = parseEntryFile(fs.files.get(path)!);
    const list = (data.sources as { originalFile: string }[] | undefined) ?? [data.source as { originalFile: string }];
    return list.map((s) => s.originalFile);
  };

  it('finds an entry by its source wherever an editor moved it (a corrected province), and makes no second one', () => {
    const fs = memoryFs();
    const [first] = runIngest([raw('seeds/002_794da951e5bf4b3b.txt')], opts, fs);
    const was = first!.entries[0]!.path;
    expect(was).toMatch(/^content\/articles\/unassigned\//);
    // The editor sets the province and moves the file to its folder.
    const moved = was.replace('/unassigned/', '/vinh-long/');
    fs.files.set(moved, fs.files.get(was)!.replace(/^province: null$/m, 'province: vinh-long'));
    fs.files.delete(was);
    const [again] = runIngest([raw('seeds/002_794da951e5bf4b3b.txt')], opts, fs);
    expect(again!.entries.map((e) => [e.path, e.status])).toEqual([[moved, 'skipped-edited']]);
    expect(entries(fs)).toEqual([moved]);
  });

  it('re-ingesting content/sources/ keeps every source where it is and changes nothing', () => {
    const fs = memoryFs();
    runIngest([raw('articles/20.txt'), raw('seeds/003_3b11af47517ebbed.txt'), raw('articles/13.txt')], opts, fs);
    const before = new Map(fs.files);
    fs.writes.length = 0;
    const kept = [...fs.files.keys()].filter((p) => p.startsWith('content/sources/'));
    const again = kept.map((p) => ({ path: p, text: fs.files.get(p)!, location: `${process.cwd()}/${p}` }));
    runIngest(again, opts, fs);
    expect(fs.writes).toEqual([]);
    expect(fs.files).toEqual(before);
  });

  it('lists a source once when the same input is given twice', () => {
    const fs = memoryFs();
    const [a, b] = runIngest([raw('articles/13.txt'), raw('articles/13.txt')], opts, fs);
    expect(a!.entries[0]!.path).toBe(b!.entries[0]!.path);
    expect(sourcesOf(fs, a!.entries[0]!.path)).toHaveLength(1);
    expect([...fs.files.keys()].filter((p) => p.startsWith('content/sources/'))).toHaveLength(1);
  });

  it('re-ingesting one source of a conference reported three times rewrites nothing', () => {
    const fs = memoryFs();
    const seed = raw('seeds/003_3b11af47517ebbed.txt');
    const excerpt = { path: 'bac-giang-excerpt.txt', text: seed.text.replace(/\n[^\n]*$/u, '\n') };
    runIngest([raw('articles/20.txt'), seed, excerpt], opts, fs);
    const [path] = entries(fs);
    expect(sourcesOf(fs, path!)).toHaveLength(3);
    const before = fs.files.get(path!);
    for (const one of [raw('articles/20.txt'), seed, excerpt]) {
      fs.writes.length = 0;
      runIngest([one], opts, fs);
      expect(fs.files.get(path!), one.path).toBe(before);
      expect(fs.writes, one.path).toEqual([]);
    }
  });

  it('names a kept source readably: Vietnamese transliterated, never hidden or empty', () => {
    expect(sourceNameOf('Bưu điện Sơn La.txt')).toBe('buu-dien-son-la');
    expect(sourceNameOf('...txt')).toBe('article');
    expect(sourceNameOf('.hidden article.txt')).toBe('hidden-article');
    expect(sourceNameOf('北京.txt')).toBe('article');
    expect(sourceNameOf('000_8bbbab40623e6c25.txt')).toBe('000_8bbbab40623e6c25');
  });
});
