// A Vite app: micro-checkout's React component under StrictMode (?session=ID, ?locale=), a
// second checkout as the custom element (?element=ID) and a third as the Vue component
// (?vue=ID). Events are logged to #events.
import { StrictMode, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { MicroCheckout } from 'micro-checkout/react';
import 'micro-checkout/element';
import { createApp, h } from 'vue';
import { MicroCheckout as VueCheckout } from 'micro-checkout/vue';

const params = new URLSearchParams(location.search);
const log = (line) => { document.querySelector('#events').textContent += `${line}\n`; };

function App() {
  return createElement(MicroCheckout, {
    sessionUrl: `/api/sessions/${params.get('session')}`,
    locale: params.get('locale') ?? undefined,
    appearance: { theme: 'light', variables: { radius: '4px' } },
    className: 'react-checkout',
    onReady: ({ sessionId }) => log(`react ready ${sessionId}`),
    onSuccess: ({ paymentId }) => log(`react success ${paymentId}`),
    onFailure: ({ code }) => log(`react failure ${code}`),
    onError: ({ code }) => log(`react error ${code}`),
  });
}

createRoot(document.querySelector('#react')).render(createElement(StrictMode, null, createElement(App)));

if (params.get('element')) {
  const element = document.createElement('micro-checkout');
  element.setAttribute('session-url', `/api/sessions/${params.get('element')}`);
  element.setAttribute('locale', 'en-US');
  element.addEventListener('mc-success', (event) => log(`element success ${event.detail.paymentId}`));
  document.querySelector('#element').append(element);
}

if (params.get('vue')) {
  createApp({
    render: () => h(VueCheckout, {
      sessionUrl: `/api/sessions/${params.get('vue')}`,
      locale: 'en-US',
      class: 'vue-checkout',
      onReady: ({ sessionId }) => log(`vue ready ${sessionId}`),
      onSuccess: ({ paymentId }) => log(`vue success ${paymentId}`),
    }),
  }).mount('#vue');
}
