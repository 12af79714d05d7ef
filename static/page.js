// The page's services the widget's wasm asks for (`src/platform.rs`): a wallet's return in
// the page's URL, the attempt kept across reloads, host events, and the wallet popup whose
// messages count. Written here, they weigh less on the critical path than the same calls
// bound one by one into the wasm (measured in the size report). Each takes and returns
// plain values; none throws.
let popup = null;

// Funnel events waiting for the backend, per events URL. They leave in one batch per URL
// when the page hides (`visibilitychange`, which also fires when it is closed or left) or
// once 64 (MAX_EVENTS_PER_BATCH) wait, with `sendBeacon`: it never delays the page or a
// payment, and a batch that cannot be sent is dropped.
let queued;
const flush = () => {
  for (const url in queued) {
    // The URL is absolute http(s), allowed by the URL policy, so this cannot throw; a batch
    // the browser does not take (false) is dropped: events are a measure, never a record.
    navigator.sendBeacon(url, JSON.stringify(queued[url]));
    delete queued[url];
  }
};
function report(url, event) {
  if (!queued) {
    queued = {};
    document.addEventListener('visibilitychange', () => document.hidden && flush());
  }
  if ((queued[url] ||= []).push(event) >= 64) flush();
}

export const page = {
  // Reads and removes `mc_payment` and `mc_result` from the page's URL: [payment, result]
  // when the buyer is back from a wallet's page in a redirect flow (the page's history
  // state is kept).
  returned() {
    const url = new URL(location.href);
    const payment = url.searchParams.get('mc_payment');
    if (payment === null) return undefined;
    const result = url.searchParams.get('mc_result') ?? '';
    url.searchParams.delete('mc_payment');
    url.searchParams.delete('mc_result');
    history.replaceState(history.state, '', url.href);
    return [payment, result];
  },

  // The attempt kept for the session at `sessionUrl` (its JSON text), in localStorage under
  // the session's absolute URL; `json` undefined reads it, null forgets it, text keeps it.
  // Storage that is full or refused (a private window) keeps nothing and reads nothing.
  kept(sessionUrl, json) {
    try {
      const key = `micro-checkout:${new URL(sessionUrl, document.baseURI).href}`;
      if (json === undefined) return localStorage.getItem(key);
      if (json === null) localStorage.removeItem(key);
      else localStorage.setItem(key, json);
    } catch {
      // nothing kept: the backend still knows the payment
    }
    return null;
  },

  // Dispatches `name` (`mc-…`) on the host element with `detail`, bubbling out of shadow
  // roots. A funnel event with an `eventsUrl` (the session's, allowed by the URL policy)
  // is also kept for the backend, without that URL.
  emit(host, name, { eventsUrl, ...detail }) {
    host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
    if (eventsUrl) report(eventsUrl, { step: detail.step, method_id: detail.methodId, variant: detail.variant });
  },

  // Opens a wallet's approval page (a URL the widget's URL policy allowed) in a popup, and
  // keeps the window: only its messages count. A blocked popup is no error.
  open(url) {
    popup = window.open(url, 'mc-wallet', 'popup,width=480,height=720');
  },

  // True when `source` (a message's) is the popup opened last, or the content window of
  // the 3-D Secure frame inside `host`.
  opened(source, host) {
    if (source == null) return false;
    return source === popup || host?.querySelector('iframe.mc-frame')?.contentWindow === source;
  },
};
