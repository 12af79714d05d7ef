// Types for the micro-checkout ES module.

/** Options of a mounted checkout. */
export interface CheckoutOptions {
  /** The merchant backend's session URL; confirm goes to `${sessionUrl}/confirm`. */
  sessionUrl: string;
  /** A BCP 47 locale, e.g. "ko-KR"; defaults to navigator.languages, then en-US. */
  locale?: string;
}

/** A mounted checkout. */
export interface CheckoutHandle {
  /** Settles when the widget is mounted (rejects if the Wasm module fails to load). */
  ready: Promise<void>;
  /** Merges new options; a new sessionUrl starts a new checkout. */
  update(options: Partial<CheckoutOptions>): void;
  /** Removes the widget. */
  destroy(): void;
}

/** Mounts a checkout into `element`. Events bubble from it: mc-ready, mc-success, mc-failure, mc-error. */
export function mount(element: Element, options: CheckoutOptions): CheckoutHandle;

declare global {
  interface HTMLElementEventMap {
    'mc-ready': CustomEvent<{ sessionId: string }>;
    'mc-success': CustomEvent<{ paymentId: string }>;
    'mc-failure': CustomEvent<{ code: string }>;
    'mc-error': CustomEvent<{ code: string; message?: string }>;
  }
}
