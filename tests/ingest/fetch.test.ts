/**
 * Fetching articles by address, against a web server on this machine: pages, a redirect, a 404, a
 * page that never finishes, a PDF, a failing server, a Windows-1258 page. Time limits and the pace
 * are set low so the tests run fast; no test measures time.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../src/lib/html/page.ts';
import { createPageFetcher, type FetchResult } from '../../src/lib/ingest/fetch-fs.ts';
import {
  DEFAULT_FETCH_SETTINGS,
  fetchSettingsFrom,
  HostPacer,
  isHtmlContentType,
  parseUrlList,
  sourceNameForUrl,
  USER_AGENT,
} from '../../src/lib/ingest/fetch.ts';
import { dryRun } from '../../src/lib/ingest/run.ts';
import { pageBytes } from '../html/fixtures.ts';
import { startPageServer, type PageServer } from './page-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const FAST = { ...DEFAULT_FETCH_SETTINGS, timeoutMs: 1000, perHostIntervalMs: 1 };

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

const problemOf = (r: FetchResult): string => (r.ok ? 'ok' : r.problem.en);

describe('fetch settings and addresses', () => {
  it('takes the time limit and pace from the command line, else the environment, else defaults', () => {
    expect(fetchSettingsFrom({}, {})).toEqual(DEFAULT_FETCH_SETTINGS);
    expect(fetchSettingsFrom({ timeout: '5', rate: '4' }, { INGEST_FETCH_TIMEOUT: '9' })).toMatchObject({
      timeoutMs: 5000,
      perHostIntervalMs: 250,
    });
    expect(fetchSettingsFrom({}, { INGEST_FETCH_TIMEOUT: '0.5', INGEST_FETCH_RATE: '1000' })).toMatchObject({
      timeoutMs: 500,
      perHostIntervalMs: 1,
    });
    expect(fetchSettingsFrom({ timeout: 'soon' }, {})).toHaveProperty('error');
    expect(fetchSettingsFrom({ rate: '0' }, {})).toHaveProperty('error');
  });

  it('paces requests per host: each waits for the one before it on the same site, not on others', () => {
    const pacer = new HostPacer(500);
    expect(pacer.reserve('https://baonghean.vn/a', 1000)).toBe(0);
    expect(pacer.reserve('https://baonghean.vn/b', 1000)).toBe(500);
    expect(pacer.reserve('https://BAONGHEAN.vn/c', 1100)).toBe(900);
    expect(pacer.reserve('https://vnpost.vn/a', 1100)).toBe(0);
    expect(pacer.reserve('https://baonghean.vn/d', 5000)).toBe(0);
  });

  it('reads a list of addresses, one a line, with comments and blank lines, and names the bad lines', () => {
    const list = '\uFEFF# Năm 2018\nhttps://baonghean.vn/a.html\n\n  http://vnpost.vn/b  \nbaogialai.com.vn/c\n';
    expect(parseUrlList(list)).toEqual({
      urls: ['https://baonghean.vn/a.html', 'http://vnpost.vn/b'],
      bad: [{ line: 5, text: 'baogialai.com.vn/c' }],
    });
  });

  it('names a kept page after its site and the article part of its address', () => {
    expect(
      sourceNameForUrl('http://baogialai.com.vn/channel/1725/201801/buu-dien-gia-lai-doanh-thu-tang-32-5565861/'),
    ).toBe('baogialai-buu-dien-gia-lai-doanh-thu-tang-32-5565861');
    expect(
      sourceNameForUrl('https://www.vnpost.vn/vi-vn/bai-viet/chi-tiet/id/91970/key/buu-dien-tinh-quang-ngai'),
    ).toBe('vnpost-buu-dien-tinh-quang-ngai');
    expect(
      sourceNameForUrl('https://baobariavungtau.com.vn/kinh-te/202101/buu-dien-tinh-doanh-thu-917668/index.htm'),
    ).toBe('baobariavungtau-buu-dien-tinh-doanh-thu-917668');
    expect(sourceNameForUrl('http://guicaniemtin.vn/Default.aspx?Page=sac-thai&cityid=181&id=3314')).toBe(
      'guicaniemtin-page-sac-thai-cityid-181-id-3314',
    );
  });

  it('knows a web page by its content type', () => {
    expect(isHtmlContentType('text/html; charset=windows-1258')).toBe(true);
    expect(isHtmlContentType('application/xhtml+xml')).toBe(true);
    expect(isHtmlContentType('application/pdf')).toBe(false);
    expect(isHtmlContentType('text/htmlx')).toBe(false);
  });
});

describe('fetching a page', () => {
  const fetchPage = createPageFetcher(FAST);

  it('gets a page with a clear user agent', async () => {
    const r = await fetchPage(`${server.base}/pages/baonghean-30.html`);
    expect(r.ok && Buffer.from(r.bytes).equals(pageBytes('baonghean-30.html'))).toBe(true);
    expect(server.agents.at(-1)).toBe(USER_AGENT);
  });

  it('follows a redirect and says where the page finally came from', async () => {
    const r = await fetchPage(`${server.base}/moved`);
    expect(r.ok && r.finalUrl).toBe(`${server.base}/pages/vnpost-17.html`);
  });

  it('tries a failing server once more, and says how often it tried', async () => {
    const before = server.hits.length;
    expect((await fetchPage(`${server.base}/flaky`)).ok).toBe(true);
    expect(server.hits.slice(before)).toEqual(['/flaky', '/flaky']);
    expect(problemOf(await fetchPage(`${server.base}/down`))).toMatch(/HTTP 502, tried 2 times/);
  });

  it('gives one clear problem for a 404, a time-out, a file that is not a page and a host that does not answer', async () => {
    expect(problemOf(await fetchPage(`${server.base}/missing`))).toMatch(
      /^there is no page at this address \(HTTP 404\)/,
    );
    expect(problemOf(await fetchPage(`${server.base}/slow`))).toMatch(/did not answer within 1 s/);
    expect(problemOf(await fetchPage(`${server.base}/report.pdf`))).toMatch(
      /gives a application\/pdf file, not a web page/,
    );
    const closed = createServer();
    await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((done) => closed.close(() => done()));
    expect(problemOf(await fetchPage(`http://127.0.0.1:${port}/a.html`))).toMatch(
      /could not connect to 127.0.0.1:\d+ \(ECONNREFUSED\)/,
    );
  });

  it('waits its turn for the host before each request (the waits asked for, not measured)', async () => {
    const waits: number[] = [];
    const fetchStub: typeof fetch = async () => new Response('<p>x</p>', { headers: { 'content-type': 'text/html' } });
    const paced = createPageFetcher(
      { ...DEFAULT_FETCH_SETTINGS, perHostIntervalMs: 500 },
      { fetch: fetchStub, now: () => 0, sleep: async (ms) => void waits.push(ms) },
    );
    for (const url of ['https://a.vn/1', 'https://a.vn/2', 'https://b.vn/1', 'https://a.vn/3']) await paced(url);
    expect(waits).toEqual([500, 1000]);
  });
});

/** The ingest's command line, run without blocking this process (the server answers on it). */
function ingest(cwd: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], {
      cwd,
      env: { ...process.env, INGEST_FETCH_TIMEOUT: '2', INGEST_FETCH_RATE: '1000' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm run ingest -- --urls', () => {
  let dir: string;
  let list: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-urls-'));
    list = [
      `${server.base}/pages/baogialai-04.html`,
      `${server.base}/moved`,
      `${server.base}/windows-1258`,
      `${server.base}/missing`,
      `${server.base}/slow`,
      `${server.base}/report.pdf`,
      `${server.base}/category`,
    ];
    writeFileSync(join(dir, 'list.txt'), `# Bưu điện, năm 2017–2018\n${list.join('\n')}\nkhông phải địa chỉ\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const expectedData = (file: string, url?: string) => {
    const page = readPage(pageBytes(file), url ? { fetchedFrom: url } : {});
    if (!page.ok) throw new Error(page.problem.en);
    return dryRun({ path: file, text: page.rawArticle }).data;
  };

  it('gives the entries of the pages and one clear line per failure in a dry run', async () => {
    const r = await ingest(dir, '--dry-run', '--json', '--urls', 'list.txt');
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; data?: Record<string, unknown>; error?: string });
    const by = (file: string) => lines.filter((l) => l.file === file);
    expect(lines).toHaveLength(8);
    expect(by(list[0]!)[0]!.data).toEqual(expectedData('baogialai-04.html'));
    // The old site gives no address of its own: the entry records where the page came from.
    expect(by(list[1]!)[0]!.data).toEqual(expectedData('vnpost-17.html', `${server.base}/pages/vnpost-17.html`));
    expect(by(list[2]!)[0]!.data).toEqual(expectedData('buudientayninh-07.html'));
    expect(by(list[3]!)[0]!.error).toMatch(/^không có trang nào .* \/ there is no page at this address \(HTTP 404\)/);
    expect(by(list[4]!)[0]!.error).toMatch(/2 giây; .* \/ the page did not load: the server did not answer within 2 s/);
    expect(by(list[5]!)[0]!.error).toMatch(/application\/pdf/);
    expect(by(list[6]!)[0]!.error).toMatch(/the page has no article text/);
    expect(by('list.txt:9')[0]!.error).toMatch(/line 9 of list.txt is not a web address/);
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['list.txt']);
  });

  it('writes the entries, keeps each page as it came beside its text, and lists each failure once in both languages', async () => {
    const r = await ingest(dir, '--urls', 'list.txt', `${server.base}/pages/huengaynay-23.html`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Ingested 1 file\(s\) and 8 address\(es\): 4 entries — 4 created/);
    expect(readdirSync(join(dir, 'content/articles')).sort()).toEqual(['gia-lai', 'hue', 'quang-ngai', 'thanh-hoa']);
    const sources = readdirSync(join(dir, 'content/sources')).sort();
    expect(sources.filter((f) => f.endsWith('.txt'))).toHaveLength(4);
    expect(
      sources.map((f) => f.replace(/\.(txt|html)$/u, '')).filter((f, i, all) => all.indexOf(f) !== i),
    ).toHaveLength(4);
    const legacy = sources.find((f) => f.startsWith('buudientayninh-') && f.endsWith('.html'))!;
    // Kept in its own encoding, byte for byte, so it reads the same again offline.
    const kept = readFileSync(join(dir, 'content/sources', legacy));
    expect(kept.includes(Buffer.from('charset=windows-1258'))).toBe(true);
    const again = readPage(kept);
    expect(again.ok && again.metadata.title).toBe('Bưu điện tỉnh Thanh Hóa triển khai kế hoạch năm 2017');

    const failures = r.stdout.slice(r.stdout.indexOf('Lỗi / Failed: 5')).split('\n');
    for (const url of list.slice(3)) {
      const at = failures.findIndex((l) => l.startsWith(`  ${url}: `));
      expect(at, url).toBeGreaterThan(0);
      expect(failures.filter((l) => l.includes(url))).toHaveLength(1);
      // Vietnamese on the address's line, English on the next.
      expect(failures[at]).toMatch(/[ạảấầẩậắằẳặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u);
      expect(failures[at + 1]).toMatch(/^ {4}(the|there|this) /);
    }
    expect(r.stdout).not.toMatch(/at .*\.ts:\d+/);

    // Again: nothing changes, nothing is written twice.
    const second = await ingest(dir, '--urls', 'list.txt', `${server.base}/pages/huengaynay-23.html`);
    expect(second.stdout).toMatch(/4 entries — 0 created, 0 updated, 4 unchanged/);
    expect(readdirSync(join(dir, 'content/sources')).sort()).toEqual(sources);
  });
});
