// micro-checkout for Vue 3: <MicroCheckout session-url locale :appearance :messages
// locales-url @ready @success @failure @error />, a thin wrapper over `mount`, `update` and
// `destroy` from ./micro-checkout.js (the npm package's `micro-checkout/vue`).
//
// The widget is mounted when the component is, and destroyed before it unmounts; rendering
// on a server gives the empty <div> the widget later fills. Changed props reach the mounted
// widget through `update` (a new sessionUrl starts a new checkout). Other attributes (class,
// style, id, aria-*) go to the <div>.
import { defineComponent, h, onBeforeUnmount, onMounted, ref, watch } from 'vue';
import { mount } from './micro-checkout.js';

const EVENTS = [['mc-ready', 'ready'], ['mc-success', 'success'], ['mc-failure', 'failure'], ['mc-error', 'error']];

/** The options `mount` takes, from the props (undefined ones left out). */
function optionsOf({ sessionUrl, locale, appearance, messages, localesUrl }) {
  const all = { sessionUrl, locale, appearance, messages, localesUrl };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
}

export const MicroCheckout = defineComponent({
  name: 'MicroCheckout',
  props: {
    sessionUrl: { type: String, required: true },
    locale: String,
    appearance: Object,
    messages: Object,
    localesUrl: String,
  },
  emits: ['ready', 'success', 'failure', 'error'],
  setup(props, { emit }) {
    const host = ref(null);
    let handle = null;
    const removers = [];
    onMounted(() => {
      const element = host.value;
      for (const [type, name] of EVENTS) {
        const listener = (event) => emit(name, event.detail);
        element.addEventListener(type, listener);
        removers.push(() => element.removeEventListener(type, listener));
      }
      handle = mount(element, optionsOf(props));
    });
    // Compared by value: an `:appearance="{ theme: 'dark' }"` literal is new on every render.
    watch(() => JSON.stringify(optionsOf(props)), () => handle?.update(optionsOf(props)));
    onBeforeUnmount(() => {
      for (const remove of removers.splice(0)) remove();
      handle?.destroy();
      handle = null;
    });
    return () => h('div', { ref: host });
  },
});
