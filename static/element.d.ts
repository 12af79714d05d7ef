// Types for micro-checkout's custom element (`micro-checkout/element`): importing it defines
// <micro-checkout session-url="…" locale="…" theme="light|dark|auto">.
export * from './micro-checkout.js';

declare global {
  interface HTMLElementTagNameMap {
    'micro-checkout': HTMLElement;
  }
}
