// micro-checkout for React: <MicroCheckout sessionUrl locale appearance messages localesUrl
// onReady onSuccess onFailure onError />, a thin wrapper over `mount`, `update` and
// `destroy` from ./micro-checkout.js (the npm package's `micro-checkout/react`).
//
// The widget is mounted in an effect and destroyed in its cleanup, so React's StrictMode
// (which mounts, unmounts and mounts again) leaves one widget, and rendering on a server
// touches no browser global: the server renders the empty <div> the widget later fills.
// Changed options reach the mounted widget through `update` (a new sessionUrl starts a new
// checkout); the callbacks are read when an event arrives, so passing new ones re-mounts
// nothing. Other props (className, style, id, aria-*) go to the <div>.
import { createElement, useEffect, useRef } from 'react';
import { mount } from './micro-checkout.js';

const EVENTS = [['mc-ready', 'onReady'], ['mc-success', 'onSuccess'], ['mc-failure', 'onFailure'], ['mc-error', 'onError']];

/** The options `mount` takes, from the props (undefined ones left out). */
function optionsOf({ sessionUrl, locale, appearance, messages, localesUrl }) {
  const all = { sessionUrl, locale, appearance, messages, localesUrl };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
}

export function MicroCheckout(props) {
  const { sessionUrl, locale, appearance, messages, localesUrl, onReady, onSuccess, onFailure, onError, ...rest } = props;
  const element = useRef(null);
  const handle = useRef(null);
  const latest = useRef(props);
  latest.current = props;
  const options = optionsOf(props);
  // Compared by value: an `appearance={{ theme: 'dark' }}` literal is new on every render.
  const key = JSON.stringify(options);
  const mounted = useRef(key);

  useEffect(() => {
    const host = element.current;
    const listeners = EVENTS.map(([type, prop]) => {
      const listener = (event) => latest.current[prop]?.(event.detail);
      host.addEventListener(type, listener);
      return () => host.removeEventListener(type, listener);
    });
    mounted.current = JSON.stringify(optionsOf(latest.current));
    handle.current = mount(host, optionsOf(latest.current));
    return () => {
      for (const remove of listeners) remove();
      handle.current?.destroy();
      handle.current = null;
    };
  }, []);

  useEffect(() => {
    if (!handle.current || mounted.current === key) return;
    mounted.current = key;
    handle.current.update(options);
  }, [key]);

  return createElement('div', { ...rest, ref: element });
}
