// Types for the micro-checkout ES module.

/** Theme settings: each variable sets the `--mc-<name>` custom property. */
export interface Appearance {
  /** "auto" (default) follows prefers-color-scheme. */
  theme?: 'light' | 'dark' | 'auto';
  /** e.g. { accent: '#6b21a8', 'accent-fg': '#fff', bg, fg, muted, border, error, success, radius, space, font }. */
  variables?: Record<string, string>;
}

/** Options of a mounted checkout. */
export interface CheckoutOptions {
  /** The merchant backend's session URL; confirm goes to `${sessionUrl}/confirm`. */
  sessionUrl: string;
  /** A BCP 47 locale, e.g. "ko-KR"; defaults to navigator.languages, then en-US. */
  locale?: string;
  /** Colors, radius, font and spacing. */
  appearance?: Appearance;
  /**
   * The merchant's own wording, per locale: message id → text with `{ $variable }`
   * placeables, e.g. { 'en-US': { 'pay-button': 'Buy now { $amount }' } }. An unknown id or
   * a malformed text makes mount throw with the reason.
   */
  messages?: Record<string, Record<string, string>>;
  /**
   * The folder the locale files are served from (`locales/` beside the module by default;
   * in the npm package, the files the bundler copied).
   */
  localesUrl?: string;
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

/** Mounts a checkout into `element`. Events bubble from it (see HTMLElementEventMap). */
export function mount(element: Element, options: CheckoutOptions): CheckoutHandle;

/** A step of the conversion funnel. */
export type FunnelStep =
  | 'viewed' | 'method_shown' | 'method_selected' | 'pay_tapped' | 'action_required'
  | 'succeeded' | 'failed' | 'fallback_offered' | 'fallback_used';

declare global {
  interface HTMLElementEventMap {
    'mc-ready': CustomEvent<{ sessionId: string }>;
    'mc-change': CustomEvent<{ methodId: string; complete: boolean }>;
    'mc-method-selected': CustomEvent<{ methodId: string; kind: string }>;
    'mc-submit': CustomEvent<{ methodId: string }>;
    'mc-success': CustomEvent<{ paymentId: string }>;
    /** The outcome is not known yet (`network`, `timeout`, `server_error`, `bad_response`): not a failure. */
    'mc-pending': CustomEvent<{ code: string }>;
    /** The attempt failed and nothing was charged. */
    'mc-failure': CustomEvent<{ code: string }>;
    'mc-error': CustomEvent<{ code: string; message?: string }>;
    'mc-funnel': CustomEvent<{ step: FunnelStep; methodId?: string; variant?: string }>;
  }
}
