// micro-checkout's custom element, <micro-checkout session-url="…" locale="…" theme="…">:
// defines it (once, and only where custom elements exist, so importing this on a server is
// safe) over `mount` from ./micro-checkout.js, and re-exports that module.
//
// `cargo xtask build` bundles this file with ./micro-checkout.js as dist/micro-checkout.js;
// in the npm package it is `micro-checkout/element`, the package's one side effect.
import { mount } from './micro-checkout.js';

export * from './micro-checkout.js';

if (typeof customElements !== 'undefined' && !customElements.get('micro-checkout')) {
  customElements.define('micro-checkout', class extends HTMLElement {
    static observedAttributes = ['session-url', 'locale', 'theme'];
    options() {
      return {
        sessionUrl: this.getAttribute('session-url') ?? '',
        locale: this.getAttribute('locale') ?? undefined,
        appearance: { theme: this.getAttribute('theme') ?? 'auto' },
      };
    }
    connectedCallback() { this.handle ??= mount(this, this.options()); }
    disconnectedCallback() { this.handle?.destroy(); this.handle = undefined; }
    attributeChangedCallback() { this.handle?.update(this.options()); }
  });
}
