import { describe, expect, it } from 'vitest';
import { buildPhases, renderTimeByRoute } from '../../src/lib/bench/build-phases.ts';

const log = [
  [3.1, '20:31:33 [content-check] Checked 916 entries'],
  [4.0, '20:31:35 [content] Syncing content'],
  [5.5, '20:31:36 [content] Synced content'],
  [5.6, '20:31:36 [build] Building static entrypoints...'],
  [12.9, ' generating static routes '],
  [13.0, '20:31:44   ├─ /articles/a/index.html (+5ms) '],
  [13.1, '20:31:44   ├─ /en/articles/a/index.html (+3ms) '],
  [13.2, '20:31:44   ├─ /index.html (+7ms) '],
  [25.0, '\u001b[32m✓ Completed in 12.11s.\u001b[39m'],
  [25.3, '20:31:57 [@astrojs/sitemap] `sitemap-index.xml` created at `../out1`'],
  [33.6, '20:32:05 [pagefind] Pagefind wrote index to /tmp/out/pagefind'],
  [33.7, '20:32:05 [build] 2277 page(s) built in 33.28s'],
].map(([t, text]) => ({ t: t as number, text: text as string }));

describe('buildPhases', () => {
  it('splits a build into the steps Astro announces', () => {
    expect(buildPhases(log, 34.1)).toEqual({
      total: 34.1,
      'start-up, config, content check': 4,
      'content sync': 1.5,
      'types, build info': 0.1,
      'bundle (Vite/Rolldown)': 7.3,
      'render pages': 12.1,
      sitemap: 0.3,
      Pagefind: 8.3,
      exit: 0.4,
    });
  });

  it('leaves out steps that did not run', () => {
    const bare = log.filter((l) => !/sitemap|pagefind/i.test(l.text));
    const phases = buildPhases(bare, 26);
    expect(phases.Pagefind).toBeUndefined();
    expect(phases.sitemap).toBeUndefined();
    expect(phases['render pages']).toBe(12.1);
  });
});

describe('renderTimeByRoute', () => {
  it('sums Astro’s per-page render times by route and language', () => {
    expect(renderTimeByRoute(log)).toEqual([
      { route: 'index', pages: 1, seconds: 0.007 },
      { route: 'articles', pages: 1, seconds: 0.005 },
      { route: 'en/articles', pages: 1, seconds: 0.003 },
    ]);
  });
});
