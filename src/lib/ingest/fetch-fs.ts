/**
 * Fetching a page over the network (Node's fetch): a clear user agent, a time limit for the whole
 * request, redirects followed, at most one request per host in each interval, and one more try after
 * a 5xx (or 429) answer. Every failure comes back as a Problem for the person, never as a throw.
 */
import type { Problem } from '../html/page.ts';
import { fetchProblems, HostPacer, isHtmlContentType, type FetchSettings } from './fetch.ts';

export interface FetchedPage {
  ok: true;
  /** The address the page finally came from, after redirects. */
  finalUrl: string;
  contentType: string | null;
  bytes: Uint8Array;
}

export type FetchResult = FetchedPage | { ok: false; problem: Problem };

export interface FetchIo {
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

type Attempt = FetchResult | { ok: false; problem: Problem; retryable: true; status: number };

/** The body, up to `max` bytes; null when it is larger. */
async function readLimited(res: Response, max: number): Promise<Uint8Array | null> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > max) {
    await res.body?.cancel();
    return null;
  }
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.byteLength;
    if (size > max) {
      await res.body.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The reason a request failed, from Node's fetch error ("ECONNREFUSED", "ENOTFOUND"). */
function networkCode(err: unknown): string {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return err instanceof Error ? err.message : String(err);
}

/** A page fetcher over these settings; each call fetches one address. */
export function createPageFetcher(settings: FetchSettings, io: FetchIo = {}): (url: string) => Promise<FetchResult> {
  const pacer = new HostPacer(settings.perHostIntervalMs);
  const doFetch = io.fetch ?? globalThis.fetch;
  const sleep = io.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const now = io.now ?? Date.now;

  const once = async (url: string): Promise<Attempt> => {
    const wait = pacer.reserve(url, now());
    if (wait > 0) await sleep(wait);
    const signal = AbortSignal.timeout(settings.timeoutMs);
    try {
      const res = await doFetch(url, {
        redirect: 'follow',
        signal,
        headers: {
          'user-agent': settings.userAgent,
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
          'accept-language': 'vi,en;q=0.5',
        },
      });
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        const status = res.status;
        if (status >= 500 || status === 429)
          return { ok: false, problem: fetchProblems.serverError(status, 1), retryable: true, status };
        if (status === 404 || status === 410) return { ok: false, problem: fetchProblems.notFound(status) };
        return { ok: false, problem: fetchProblems.refused(status) };
      }
      const contentType = res.headers.get('content-type');
      if (contentType && !isHtmlContentType(contentType)) {
        await res.body?.cancel().catch(() => undefined);
        return { ok: false, problem: fetchProblems.notHtml(contentType.split(';')[0]!.trim()) };
      }
      const bytes = await readLimited(res, settings.maxBytes);
      if (!bytes) return { ok: false, problem: fetchProblems.tooLarge(settings.maxBytes) };
      return { ok: true, finalUrl: res.url || url, contentType, bytes };
    } catch (err) {
      if (signal.aborted) return { ok: false, problem: fetchProblems.timeout(settings.timeoutMs) };
      return { ok: false, problem: fetchProblems.network(new URL(url).host, networkCode(err)) };
    }
  };

  return async (url) => {
    let attempt = await once(url);
    for (let tries = 1; tries <= settings.retries && 'retryable' in attempt; tries += 1) {
      await sleep(2 * settings.perHostIntervalMs);
      attempt = await once(url);
      if ('retryable' in attempt) attempt.problem = fetchProblems.serverError(attempt.status, tries + 1);
    }
    if ('retryable' in attempt) return { ok: false, problem: attempt.problem };
    return attempt;
  };
}
