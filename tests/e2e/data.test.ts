/**
 * What data users get, read from the built site at both bases: the figures download names each figure's
 * article (headline and address) and keeps how the article hedged its percentages; the data page states
 * the licence, how to cite, and when the data was last updated (the newest date in the content, not the
 * build's); each feed gives its own address (atom:link rel="self").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TEST_SITE_URL } from './support/build-site.ts';
import { publishedEntries } from './support/content.ts';

/** The newest conference, publication or review date the published entries give. */
function newestDate(): string {
  const dates = publishedEntries().flatMap((e) => [
    e.data.eventDate,
    e.data.source?.publishedAt,
    ...(e.data.sources ?? []).map((s) => s.publishedAt),
    e.data.review?.reviewedAt,
  ]);
  return dates
    .filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d))
    .map((d) => d.slice(0, 10))
    .sort()
    .at(-1)!;
}

describe.each(['root', 'digest'] as const)('data at %s', (name) => {
  const { dir, base } = inject('e2e').sites[name];
  const origin = `${TEST_SITE_URL}${base}`;
  const read = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');

  it('kpis.json names each figure’s article and its address, and keeps the percentages’ hedges', () => {
    const records = JSON.parse(read('data/kpis.json')) as Record<string, unknown>[];
    const byArticle = new Map(publishedEntries().map((e) => [e.id, e.data]));
    let hedged = 0;
    for (const r of records) {
      const entry = byArticle.get(r.article as string)!;
      expect(r.title).toBe(entry.title);
      expect(r.sourceUrl).toBe(entry.source?.url ?? null);
    }
    for (const e of publishedEntries())
      for (const f of [...e.data.kpis, ...e.data.targets]) {
        if (f.planQualifier === undefined || f.planQualifier === 'exact') continue;
        hedged += 1;
        expect(
          records.some(
            (r) =>
              r.article === e.id &&
              r.metric === f.metric &&
              r.planPercent === f.planPercent &&
              r.planQualifier === f.planQualifier,
          ),
          `${e.id} ${f.metric}: planQualifier ${f.planQualifier}`,
        ).toBe(true);
      }
    expect(hedged, 'hedged plan percentages in the content').toBeGreaterThan(0);
  });

  it('kpis.csv has the same columns, the headline and address among them', () => {
    const header = read('data/kpis.csv')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    for (const c of ['planQualifier', 'changeQualifier', 'title', 'sourceUrl']) expect(header).toContain(c);
    const first = (JSON.parse(read('data/kpis.json')) as Record<string, unknown>[])[0]!;
    expect(header).toEqual(Object.keys(first));
  });

  it.each([
    ['vi', 'data/index.html'],
    ['en', 'en/data/index.html'],
  ])('%s data page: licence, citation and the date of the newest data', (lang, rel) => {
    const html = read(rel);
    expect(html).toMatch(
      /<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/" rel="license">CC BY 4\.0<\/a>/,
    );
    const citation = /<p class="data-citation"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? '';
    expect(citation).toContain(`${origin}${lang === 'en' ? 'en/' : ''}data/`);
    expect(citation).toContain('CC BY 4.0');
    const updated = /<p class="data-updated"[^>]*>[\s\S]*?<time datetime="([^"]+)"/.exec(html)?.[1];
    expect(updated).toBe(newestDate());
    // The articles' own text is not under the data's licence.
    expect(html).toMatch(lang === 'vi' ? /vẫn thuộc về cơ quan báo chí/ : /remains the publishers’/);
  });

  it.each([
    ['vi', 'rss.xml'],
    ['en', 'en/rss.xml'],
  ])('%s feed gives its own address', (_lang, feed) => {
    const xml = read(feed);
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(xml).toContain(`<atom:link href="${origin}${feed}" rel="self" type="application/rss+xml"/>`);
  });
});
