/**
 * <sortable-table>: turns the headings of the table inside that carry data-sort ("num" or "text") into
 * sort buttons. Cells sort by data-sort-value when present, else by their text; empty values always go
 * last. aria-sort tells assistive technology the current order. The heading keeps its label in
 * data-sort-label, which print.css shows instead of the button.
 */
const collator = new Intl.Collator(document.documentElement.lang || 'vi', { numeric: true });

class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    const head = table?.tHead?.rows[0];
    const body = table?.tBodies[0];
    if (!table || !head || !body) return;
    [...head.cells].forEach((th, column) => {
      const kind = th.dataset.sort;
      if (!kind || th.querySelector('button')) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      th.dataset.sortLabel = th.textContent?.trim() ?? '';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of head.cells) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        sortRows(body, column, kind === 'num', ascending);
      });
    });
  }
}

function cellValue(row: HTMLTableRowElement, column: number): string {
  const cell = row.cells[column];
  return cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? '';
}

function sortRows(body: HTMLTableSectionElement, column: number, numeric: boolean, ascending: boolean): void {
  const rows = [...body.rows];
  rows.sort((a, b) => {
    const va = cellValue(a, column);
    const vb = cellValue(b, column);
    if (va === '' || vb === '') return va === vb ? 0 : va === '' ? 1 : -1;
    const d = numeric ? Number(va) - Number(vb) : collator.compare(va, vb);
    return ascending ? d : -d;
  });
  body.append(...rows);
}

if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTable);
