// Types for micro-checkout's Vue 3 component (`micro-checkout/vue`).
import type { DefineComponent, PropType } from 'vue';
import type { Appearance } from './micro-checkout.js';

/** The checkout, mounted into a <div>; emits ready, success, failure and error with the event's detail. */
export declare const MicroCheckout: DefineComponent<
  {
    sessionUrl: { type: StringConstructor; required: true };
    locale: StringConstructor;
    appearance: PropType<Appearance>;
    messages: PropType<Record<string, Record<string, string>>>;
    localesUrl: StringConstructor;
  },
  {},
  {},
  {},
  {},
  {},
  {},
  {
    ready: (detail: { sessionId: string }) => void;
    success: (detail: { paymentId: string }) => void;
    failure: (detail: { code: string }) => void;
    error: (detail: { code: string; message?: string }) => void;
  }
>;
