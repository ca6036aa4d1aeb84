/**
 * <site-search data-bundle="/pagefind/" data-base="/" …>: search with Pagefind's own JavaScript API
 * (pagefind.js, fetched from the built site only on the search page). The form is a plain GET form
 * (?q=…), so a query typed in the header search box, or a shared link, runs on arrival. Pagefind
 * picks the index of the page's <html lang>, so Vietnamese pages search Vietnamese pages.
 */
import { SEARCH_META_WEIGHTS } from '../lib/search/scope.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    q: string,
    o?: Record<string, unknown>,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    const initial = new URLSearchParams(location.search).get('q') ?? '';
    input.value = initial;
    input.addEventListener('input', () => void this.#search(input.value, true));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#search(input.value, true);
    });
    if (initial.trim()) void this.#search(initial, false);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundle = this.dataset.bundle ?? '/pagefind/';
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({
        baseUrl: this.dataset.base ?? '/',
        excerptLength: 24,
        // The ASCII-folded names are metadata fields, ranked by field (src/lib/search/scope.ts).
        ranking: { metaWeights: SEARCH_META_WEIGHTS },
      });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  async #search(query: string, updateUrl: boolean): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!status || !list) return;
    const q = query.trim();
    if (updateUrl) {
      const url = new URL(location.href);
      if (q) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = this.dataset.loading ?? '…';
    try {
      const pagefind = await this.#load();
      const search = await pagefind.debouncedSearch(q, {}, 250);
      if (!search) return; // a newer query superseded this one
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      list.replaceChildren(...data.map(renderResult));
      const template = search.results.length === 0 ? this.dataset.none : this.dataset.count;
      status.textContent = (template ?? '{n}').replace('{n}', String(search.results.length)).replace('{q}', q);
    } catch {
      status.textContent = this.dataset.failed ?? 'Search failed';
    }
  }
}

function renderResult(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  const p = document.createElement('p');
  // Pagefind escapes the page text and wraps the matched words in <mark>.
  p.innerHTML = r.excerpt;
  li.append(a, p);
  return li;
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
