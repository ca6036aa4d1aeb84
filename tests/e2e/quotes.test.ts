/**
 * Every quote the content check accepts is shown on its article page: the figure links to a <mark> with
 * the quote's words, and no figure says its phrase was not found (issue 10: elided quotes, "a … b", were
 * accepted by the check and labelled "not found" on the page; a quote only the headline has links to it).
 * The check runs in every build, so every quote of a built entry is one it accepted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { site } from './support/browser.ts';
import { publishedEntries } from './support/content.ts';
import { inLang, type Lang } from './support/page-types.ts';

const page = (lang: Lang, id: string) =>
  readFileSync(path.join(site().dir, inLang(lang, `articles/${id}/index.html`)), 'utf8');

describe.each(['vi', 'en'] as Lang[])('quotes on article pages (%s)', (lang) => {
  const entries = publishedEntries().filter((e) => e.data.kpis.some((k) => k.quote));

  it('the corpus quotes figures', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    const html = page(lang, entry.id);
    expect(html).not.toContain(ui(lang).article.phraseNotFound);
    for (const href of html.matchAll(
      /class="quote-link"[^>]*href="#([^"]+)"|href="#([^"]+)"[^>]*class="quote-link"/g,
    )) {
      const id = href[1] ?? href[2];
      // A figure given only in the headline links to the headline.
      const target = id === 'article-title' ? '<h1 lang="vi" id="article-title">' : `<mark id="${id}" class="quote">`;
      expect(html, `#${id} is a mark on the page, or the headline`).toContain(target);
    }
  });
});
