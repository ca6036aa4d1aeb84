/** <print-button><button hidden>…</button></print-button>: a print button that exists only with JavaScript. */
class PrintButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('print-button')) customElements.define('print-button', PrintButton);
