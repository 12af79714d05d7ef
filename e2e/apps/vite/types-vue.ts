// Compiled (never run) by `tsc --noEmit` in e2e/bundlers.test.mjs: the Vue component's
// types accept what the README shows.
import { h } from 'vue';
import { MicroCheckout } from 'micro-checkout/vue';

export const ok = h(MicroCheckout, {
  sessionUrl: '/api/sessions/ses_123',
  locale: 'en-US',
  appearance: { theme: 'dark', variables: { accent: '#6b21a8' } },
  onSuccess: ({ paymentId }: { paymentId: string }) => console.log(paymentId),
});

// @ts-expect-error: a session URL is a string
export const badUrl = h(MicroCheckout, { sessionUrl: 42 });
