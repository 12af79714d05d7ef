// Compiled (never run) by `tsc --noEmit` in e2e/bundlers.test.mjs: the package's types
// accept what the README shows and refuse what is wrong.
import { mount, type CheckoutHandle } from 'micro-checkout';
import 'micro-checkout/element';
import { MicroCheckout } from 'micro-checkout/react';

const handle: CheckoutHandle = mount(document.createElement('div'), {
  sessionUrl: '/api/sessions/ses_123',
  locale: 'ko-KR',
  appearance: { theme: 'dark', variables: { accent: '#6b21a8' } },
  messages: { 'en-US': { 'pay-button': 'Buy now { $amount }' } },
});
handle.update({ locale: 'en-US' });
handle.ready.then(() => handle.destroy());

const element: HTMLElement = document.createElement('micro-checkout');
element.addEventListener('mc-success', (event) => console.log(event.detail.paymentId));

export const ok = (
  <MicroCheckout
    sessionUrl="/api/sessions/ses_123"
    locale="en-US"
    appearance={{ theme: 'auto' }}
    className="pay"
    onReady={({ sessionId }) => console.log(sessionId)}
    onSuccess={({ paymentId }) => console.log(paymentId)}
    onFailure={({ code }) => console.log(code)}
  />
);

// @ts-expect-error: sessionUrl is required
export const noSession = <MicroCheckout locale="en-US" />;

// @ts-expect-error: a theme is light, dark or auto
export const badTheme = <MicroCheckout sessionUrl="/s" appearance={{ theme: 'blue' }} />;

// @ts-expect-error: onSuccess gets { paymentId }
export const badCallback = <MicroCheckout sessionUrl="/s" onSuccess={({ sessionId }: { sessionId: number }) => sessionId} />;
