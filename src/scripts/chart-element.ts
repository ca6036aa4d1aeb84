/**
 * <digest-chart data-spec="…"><canvas></canvas></digest-chart>: draws its chart when it comes near the
 * viewport. Chart.js is a dynamic import, so it is fetched only on pages with charts and only once a
 * chart is about to be seen; it never blocks the first paint.
 */
import type { ChartSpec } from '../lib/charts/types.ts';

class DigestChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (!('IntersectionObserver' in window)) {
      void this.#draw();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#observer?.disconnect();
        void this.#draw();
      },
      { rootMargin: '300px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  async #draw(): Promise<void> {
    const canvas = this.querySelector('canvas');
    const raw = this.dataset.spec;
    if (!canvas || !raw) return;
    const { drawChart } = await import('./chart-setup.ts');
    drawChart(canvas, JSON.parse(raw) as ChartSpec);
  }
}

if (!customElements.get('digest-chart')) customElements.define('digest-chart', DigestChart);
