/**
 * <filter-list>: a <form data-filter-form hidden> of <select name="…"> filters over items marked
 * [data-filter-item] with matching data-* attributes. Without JavaScript the form stays hidden and
 * every item shows. With it, the form appears, filters apply as they change, the URL keeps them
 * (?province=son-la&year=2023, so a filtered view can be shared), groups with nothing left are
 * hidden, and [data-count-for] / [data-sum-for] cells recount what is visible.
 */
class FilterList extends HTMLElement {
  #form: HTMLFormElement | null = null;

  connectedCallback(): void {
    this.#form = this.querySelector('form[data-filter-form]');
    if (!this.#form) return;
    const params = new URLSearchParams(location.search);
    for (const select of this.#selects()) {
      const wanted = params.get(select.name);
      if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    }
    this.#form.hidden = false;
    this.#form.addEventListener('change', () => this.#apply(true));
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#apply(true);
    });
    this.#form.addEventListener('reset', () => setTimeout(() => this.#apply(true)));
    this.#apply(false);
  }

  #selects(): HTMLSelectElement[] {
    return [...(this.#form?.querySelectorAll('select') ?? [])];
  }

  #apply(updateUrl: boolean): void {
    const active = this.#selects().filter((s) => s.value !== '');
    const items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')];
    let shown = 0;
    for (const item of items) {
      const match = active.every((s) => item.dataset[s.name] === s.value);
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    }
    const visible = (spec: string | undefined): HTMLElement[] => {
      const [key, value] = (spec ?? '').split(':');
      return items.filter((i) => !i.hidden && key !== undefined && i.dataset[key] === value);
    };
    // data-count-for="level:state": visible items with that value; with data-count-missing="recipients",
    // only those whose data-recipients is empty. data-sum-for adds up their data-recipients.
    for (const cell of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const missing = cell.dataset.countMissing;
      cell.textContent = String(
        visible(cell.dataset.countFor).filter((i) => !missing || i.dataset[missing] === '').length,
      );
    }
    for (const cell of this.querySelectorAll<HTMLElement>('[data-sum-for]')) {
      cell.textContent = String(
        visible(cell.dataset.sumFor).reduce((sum, i) => sum + (Number(i.dataset.recipients) || 0), 0),
      );
    }
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (status) {
      status.textContent = (status.dataset.template ?? '{n}/{total}')
        .replace('{n}', String(shown))
        .replace('{total}', String(items.length));
    }
    const empty = this.querySelector<HTMLElement>('[data-filter-empty]');
    if (empty) empty.hidden = shown > 0;
    if (updateUrl) {
      const url = new URL(location.href);
      for (const s of this.#selects()) {
        if (s.value) url.searchParams.set(s.name, s.value);
        else url.searchParams.delete(s.name);
      }
      history.replaceState(history.state, '', url);
    }
  }
}

if (!customElements.get('filter-list')) customElements.define('filter-list', FilterList);
