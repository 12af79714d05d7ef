// Types for micro-checkout's React component (`micro-checkout/react`).
import type { HTMLAttributes, ReactElement } from 'react';
import type { CheckoutOptions } from './micro-checkout.js';

/** The props of <MicroCheckout>: the checkout's options, its callbacks, and the host <div>'s attributes. */
export interface MicroCheckoutProps
  extends CheckoutOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'onError' | keyof CheckoutOptions> {
  /** The session is loaded and Pay is shown. */
  onReady?: (detail: { sessionId: string }) => void;
  /** The buyer paid. */
  onSuccess?: (detail: { paymentId: string }) => void;
  /** An attempt failed and nothing was charged (the widget offers the next method). */
  onFailure?: (detail: { code: string }) => void;
  /** The widget could not load or mount, or refused something unsafe. */
  onError?: (detail: { code: string; message?: string }) => void;
}

/** The checkout, mounted into a <div>; safe under StrictMode and on a server. */
export function MicroCheckout(props: MicroCheckoutProps): ReactElement;
