/**
 * Fetching articles by their address, the parts that need no network: settings, the per-host pace,
 * lists of addresses, the names kept copies take, and what to tell the person when a page cannot be
 * had. The network itself is fetch-fs.ts.
 */
import type { Problem } from '../html/page.ts';
import { slugify } from '../text/fold.ts';

export interface FetchSettings {
  /** Give up on a page after this long (the whole request, body included). */
  timeoutMs: number;
  /** At most one request to a host in this time (2 pages a second by default). */
  perHostIntervalMs: number;
  /** Tries again after a 5xx or 429 answer this many times, after twice the host's interval. */
  retries: number;
  /** A page larger than this is not an article. */
  maxBytes: number;
  userAgent: string;
}

export const USER_AGENT =
  'PostalDigest-ingest/0.1 (reads news articles about provincial post offices for a yearly digest; Node.js)';

export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  timeoutMs: 20_000,
  perHostIntervalMs: 500,
  retries: 1,
  maxBytes: 10 * 1024 * 1024,
  userAgent: USER_AGENT,
};

/**
 * Settings from the command line (`--timeout` seconds, `--rate` pages a second per host), else the
 * environment (INGEST_FETCH_TIMEOUT, INGEST_FETCH_RATE), else the defaults. Returns an error message
 * for a value that is not a positive number.
 */
export function fetchSettingsFrom(
  cli: { timeout?: string | undefined; rate?: string | undefined },
  env: Record<string, string | undefined>,
): FetchSettings | { error: string } {
  const settings = { ...DEFAULT_FETCH_SETTINGS };
  const timeout = cli.timeout ?? env.INGEST_FETCH_TIMEOUT;
  const rate = cli.rate ?? env.INGEST_FETCH_RATE;
  if (timeout !== undefined) {
    const s = Number(timeout);
    if (!(s > 0))
      return {
        error: `--timeout (INGEST_FETCH_TIMEOUT) phải là số giây lớn hơn 0, không phải "${timeout}" / must be a number of seconds above 0, not "${timeout}"`,
      };
    settings.timeoutMs = Math.round(s * 1000);
  }
  if (rate !== undefined) {
    const r = Number(rate);
    if (!(r > 0))
      return {
        error: `--rate (INGEST_FETCH_RATE) phải là số trang mỗi giây lớn hơn 0, không phải "${rate}" / must be a number of pages a second above 0, not "${rate}"`,
      };
    settings.perHostIntervalMs = Math.round(1000 / r);
  }
  return settings;
}

/** An address the ingest fetches (http or https), as opposed to a file name. */
export function isAddress(arg: string): boolean {
  return /^https?:\/\//iu.test(arg.trim());
}

/**
 * The pace per host: each request to a host starts at least `intervalMs` after the one before it,
 * whoever asks. `reserve` books the next slot and says how long to wait for it.
 */
export class HostPacer {
  private readonly next = new Map<string, number>();
  private readonly intervalMs: number;
  constructor(intervalMs: number) {
    this.intervalMs = intervalMs;
  }

  reserve(url: string, now: number): number {
    const host = new URL(url).host.toLowerCase();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.intervalMs);
    return at - now;
  }
}

/** A `--urls` file: one address a line; blank lines and lines starting with # are left out. */
export function parseUrlList(text: string): { urls: string[]; bad: { line: number; text: string }[] } {
  const urls: string[] = [];
  const bad: { line: number; text: string }[] = [];
  text
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      if (isAddress(line) && URL.canParse(line)) urls.push(line);
      else bad.push({ line: i + 1, text: line });
    });
  return { urls, bad };
}

/** The name a fetched page is kept under in content/sources/: the site and the article's own part of the address. */
export function sourceNameForUrl(url: string): string {
  const u = new URL(url);
  const site = slugify(u.hostname.replace(/^www\d?\./u, '').replace(/\.(?:com|net|org|gov|edu)?\.?vn$|\.[a-z]+$/u, ''));
  const segments = u.pathname
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/\.[a-z0-9]{2,5}$/iu, ''))
    .filter((s) => s !== '' && !/^(?:index|default|home)$/iu.test(s));
  const last = segments.at(-1) ?? '';
  // "…/id/3314", "?Page=…&id=3314": a short or numeric last part says little; the query and path say more.
  const own = slugify(last.length >= 12 ? last : `${segments.slice(-3).join('-')}-${u.search}`, 80);
  return `${site}-${own}`.replace(/-+$/u, '') || 'page';
}

const seconds = (ms: number): string => String(Math.round(ms / 100) / 10).replace('.', ',');
const secondsEn = (ms: number): string => String(Math.round(ms / 100) / 10);

const SAVE_FROM_BROWSER = {
  vi: 'hoặc mở trang bằng trình duyệt, lưu lại ("Lưu trang thành…") rồi nhập tệp .html',
  en: 'or open it in a browser, save it ("Save page as…") and ingest the .html file',
};

/** Why a page could not be had, and what to do, in Vietnamese and English. */
export const fetchProblems = {
  timeout: (timeoutMs: number): Problem => ({
    vi: `không tải được trang: máy chủ không trả lời trong ${seconds(timeoutMs)} giây; thử lại sau (hoặc tăng --timeout), ${SAVE_FROM_BROWSER.vi}`,
    en: `the page did not load: the server did not answer within ${secondsEn(timeoutMs)} s; try again later (or raise --timeout), ${SAVE_FROM_BROWSER.en}`,
  }),
  notFound: (status: number): Problem => ({
    vi: `không có trang nào ở địa chỉ này (HTTP ${status}); kiểm tra lại địa chỉ (chép từ thanh địa chỉ của trình duyệt)`,
    en: `there is no page at this address (HTTP ${status}); check the address (copy it from the browser's address bar)`,
  }),
  refused: (status: number): Problem => ({
    vi: `máy chủ không cho tải trang (HTTP ${status}); ${SAVE_FROM_BROWSER.vi.replace(/^hoặc /u, '')}`,
    en: `the server would not give the page (HTTP ${status}); ${SAVE_FROM_BROWSER.en.replace(/^or /u, '')}`,
  }),
  serverError: (status: number, tries: number): Problem => ({
    vi: `máy chủ của trang đang lỗi (HTTP ${status}, đã thử ${tries} lần); thử lại sau, ${SAVE_FROM_BROWSER.vi}`,
    en: `the site's server is failing (HTTP ${status}, tried ${tries} times); try again later, ${SAVE_FROM_BROWSER.en}`,
  }),
  notHtml: (contentType: string): Problem => ({
    vi: `địa chỉ này trả về một tệp ${contentType}, không phải trang web; hãy đưa địa chỉ của trang bài viết`,
    en: `this address gives a ${contentType} file, not a web page; give the address of the article's page`,
  }),
  tooLarge: (maxBytes: number): Problem => ({
    vi: `trang lớn hơn ${Math.round(maxBytes / 1048576)} MB, không phải một bài báo; kiểm tra lại địa chỉ`,
    en: `the page is larger than ${Math.round(maxBytes / 1048576)} MB, which is no news article; check the address`,
  }),
  network: (host: string, code: string): Problem => ({
    vi: `không kết nối được tới ${host} (${code}); kiểm tra địa chỉ và mạng rồi thử lại, ${SAVE_FROM_BROWSER.vi}`,
    en: `could not connect to ${host} (${code}); check the address and the network and try again, ${SAVE_FROM_BROWSER.en}`,
  }),
  badListLine: (file: string, line: number): Problem => ({
    vi: `dòng ${line} của ${file} không phải một địa chỉ web (https://…); sửa hoặc xóa dòng đó`,
    en: `line ${line} of ${file} is not a web address (https://…); correct or remove that line`,
  }),
};

/** Content types of web pages; anything else (PDF, images, JSON, Word files) is not an article page. */
export function isHtmlContentType(contentType: string): boolean {
  return /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/iu.test(contentType);
}
