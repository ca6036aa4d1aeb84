/**
 * <digest-chart data-spec="…"><canvas></canvas></digest-chart>: draws its chart when it comes near the
 * viewport. Chart.js is a dynamic import, so it is fetched only on pages with charts and only once a
 * chart is about to be seen; it never blocks the first paint.
 *
 * A page printed from the browser has every chart: before printing, the charts not drawn yet are drawn,
 * without animation. A printed yearbook (`<html data-charts="eager">`) draws them all at once, and each
 * element says `data-drawn` when its chart is on the canvas, which `npm run digest:pdf` waits for.
 */
import type { ChartSpec } from '../lib/charts/types.ts';

class DigestChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  #drawing: Promise<void> | undefined;

  connectedCallback(): void {
    const eager = document.documentElement.dataset.charts === 'eager';
    if (eager || !('IntersectionObserver' in window)) {
      void this.draw(!eager);
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#observer?.disconnect();
        void this.draw(true);
      },
      { rootMargin: '300px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  /** Draws the chart once (later calls wait for the first); `animate` false for print. */
  draw(animate: boolean): Promise<void> {
    this.#observer?.disconnect();
    this.#drawing ??= (async () => {
      const canvas = this.querySelector('canvas');
      const raw = this.dataset.spec;
      if (!canvas || !raw) return;
      const { drawChart } = await import('./chart-setup.ts');
      drawChart(canvas, JSON.parse(raw) as ChartSpec, { animate });
      this.dataset.drawn = '';
    })();
    return this.#drawing;
  }
}

if (!customElements.get('digest-chart')) {
  customElements.define('digest-chart', DigestChart);
  // Printing does not scroll: draw what the reader has not scrolled to yet.
  window.addEventListener('beforeprint', () => {
    for (const el of document.querySelectorAll<DigestChart>('digest-chart')) void el.draw(false);
  });
}
