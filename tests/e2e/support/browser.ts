/**
 * Pages in the shared headless Chromium, each in a fresh context, with every console error, page error,
 * failed request and HTTP error response recorded, so a test can insist that there were none.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Response,
} from 'playwright-core';
import { afterAll, inject } from 'vitest';
import type { SiteUnderTest } from './context.ts';

let connection: Promise<Browser> | undefined;

/** The run's browser; the connection is closed after the test file. */
export function browser(): Promise<Browser> {
  if (!connection) {
    connection = chromium.connect(inject('e2e').wsEndpoint);
    afterAll(async () => {
      await (await connection)?.close();
    });
  }
  return connection;
}

export const site = (name: 'root' | 'digest' = 'root'): SiteUnderTest => inject('e2e').sites[name];

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  response: Response | null;
  /** Console errors, uncaught exceptions, failed requests and responses with status >= 400. */
  problems: string[];
  close(): Promise<void>;
}

export interface OpenOptions extends BrowserContextOptions {
  site?: 'root' | 'digest';
  /** The status the page itself is expected to have (404 for the not-found page); other responses must be < 400. */
  status?: number;
}

/** Open a path of the site (relative to its base, e.g. "en/awards/") in a fresh context. */
export async function openPage(path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const { site: siteName = 'root', status = 200, ...contextOptions } = options;
  const target = new URL(path, site(siteName).url).href;
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium also logs the expected status of the page itself (the 404 page) as a console error.
    if (status >= 400 && message.location().url === target && message.text().includes(`status of ${status}`)) return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation away from a page aborts its pending requests: not a failure of the page.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    const expected = response.url() === target ? status : undefined;
    if (response.status() >= 400 && response.status() !== expected)
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(target, { waitUntil: 'load' });
  return { page, context, response, problems, close: () => context.close() };
}

/** Wait until the network has been quiet (lazy charts, search index chunks) without a fixed sleep. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}
