// micro-checkout: the embedding entry point, an ES module.
//
// Plain sites: <script type="module" src=".../micro-checkout.js"></script>
//              <micro-checkout session-url="/api/sessions/ID" locale="ko-KR"></micro-checkout>
// SPAs:        import { mount } from '.../micro-checkout.js';
//              const handle = mount(element, { sessionUrl, locale });
//              handle.update({ locale: 'en-US' }); handle.destroy();
// Theming: options.appearance = { theme: 'light' | 'dark' | 'auto',
//              variables: { accent: '#6b21a8', radius: '4px', font: 'Georgia, serif', … } }
//              sets the --mc-* custom properties on the element (no inline <style>, so a
//              strict Content-Security-Policy holds). <micro-checkout theme="dark"> works too.
// Messages: options.messages = { 'en-US': { 'pay-button': 'Buy now { $amount }' } }
//              overrides any message per locale (text and { $variable } placeables).
// Locales: en-US is built in; others load from ./locales/<tag>.<hash>.json when needed.
// Events on the element (bubbling, composed): mc-ready, mc-change, mc-method-selected,
// mc-submit, mc-success, mc-pending, mc-failure, mc-error, and mc-funnel (viewed, method_shown,
// method_selected, pay_tapped, action_required, succeeded, failed, fallback_offered, fallback_used,
// with the session's A/B variant; the page services also send them to the session's events_url).
// Importing this module on a server (SSR) is safe: it touches no browser global until used.
//
// The element itself is defined in ./element.js, which re-exports `mount`: `cargo xtask build`
// bundles the two into dist/micro-checkout.js, and the npm package (`cargo xtask package`)
// ships them apart, this module side-effect free and `micro-checkout/element` defining
// <micro-checkout>.
//
// `cargo xtask build` bundles this file with wasm-bindgen's glue (./core.js) and writes in
// the content-hashed names and the Subresource Integrity of the wasm, the stylesheet and the
// locale files' index (the __MC_*__ constants). The QR encoder is its own
// small wasm (./qr.js), fetched only when a payment shows a QR code, and the payment steps'
// code is a second module of the widget's, fetched once a payment is under way. Everything is fetched
// with its integrity, so one `integrity` on the <script> tag covers it all, and a tampered
// file refuses to load.
import { initSync, mount as mountCore } from './core.js';
import { qrDrawer } from './qr.js';
import { page } from './page.js';

let booted;
let steps;
const drawQr = qrDrawer(new URL(__MC_QR__, import.meta.url), __MC_QR_INTEGRITY__);
// The wasm compiles while it downloads (`compileStreaming`, which wants it served as
// `application/wasm`), then is instantiated with the glue's imports: the glue's own loader,
// with its fallbacks and warnings, stays out of the bundle.
const boot = () => (booted ??= WebAssembly.compileStreaming(
  fetch(new URL(__MC_WASM__, import.meta.url), { integrity: __MC_WASM_INTEGRITY__ }),
).then((module) => initSync({ module })));

// The payment steps' code (a code, a QR, a transfer, 3-D Secure, a wallet's window) is a
// second wasm module that shares the first one's memory and table (`cargo xtask build`
// splits it out with binaryen's wasm-split). The widget asks for it once a payment is under
// way and shows a step only when it is in; a failed fetch rejects, and the next call tries
// again. A build without the split (`cargo xtask dev`'s, through Trunk) has no second
// module (__MC_STEPS__ is null) and gives the widget no loader: its steps are in the one
// module.
const loadSteps = () => (steps ??= boot()
  .then((core) => WebAssembly.instantiateStreaming(
    fetch(new URL(__MC_STEPS__, import.meta.url), { integrity: __MC_STEPS_INTEGRITY__ }),
    { [__MC_STEPS_IMPORTS__]: core },
  ))
  .catch((error) => {
    steps = undefined;
    throw error;
  }));

function addStylesheet() {
  if (document.querySelector('link[data-micro-checkout], link[rel="stylesheet"][href*="micro-checkout"]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  // In the npm package the app's bundler owns the stylesheet (webpack minifies it again),
  // so it has no integrity there; the wasm and locale files, copied byte for byte, keep theirs.
  if (__MC_CSS_INTEGRITY__) link.integrity = __MC_CSS_INTEGRITY__;
  link.crossOrigin = 'anonymous';
  link.href = new URL(__MC_CSS__, import.meta.url).href;
  link.dataset.microCheckout = '';
  document.head.append(link);
}

function fail(element, error) {
  const detail = { code: 'mount_failed', message: String(error && error.message || error) };
  element.dispatchEvent(new CustomEvent('mc-error', { bubbles: true, composed: true, detail }));
}

const VARIABLE = /^[a-z][a-z0-9-]*$/;

function applyAppearance(element, appearance = {}) {
  element.classList.add('mc-root');
  const theme = appearance.theme ?? 'auto';
  if (theme === 'auto') delete element.dataset.mcTheme;
  else element.dataset.mcTheme = theme;
  for (const [name, value] of Object.entries(appearance.variables ?? {})) {
    if (!VARIABLE.test(name)) throw new Error(`micro-checkout: appearance variable "${name}" is not a-z, 0-9 and -`);
    element.style.setProperty(`--mc-${name}`, String(value));
  }
}

// The widget's request deadline (REQUEST_TIMEOUT_MS in src/api.rs).
const TIMEOUT_MS = 8000;

// Fetches `url` under the widget's deadline: every request of the widget's (the early ones
// start at once, beside the wasm; the widget reads their answer when it runs and, for a
// failure, hears of it or asks again itself).
function timed(url, init) {
  const response = fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  response.catch(() => {});
  return response;
}

// A response as [status, body text]; a lost one rejects "timeout" (the deadline passed) or
// "network": `src/api.rs` maps both to an unknown outcome.
function exchange(response) {
  const answer = response
    .then(async (r) => [r.status, await r.text()])
    .catch((error) => { throw error?.name === 'TimeoutError' ? 'timeout' : 'network'; });
  answer.catch(() => {});
  return answer;
}

// The widget's one door to the network (`src/api.rs` has checked `url` against its URL
// policy): a GET, or a JSON POST of `body` with `key` in the `header` it names (the
// idempotency key), under the widget's deadline; an [status, body text] exchange.
function send(url, body, header, key) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (key !== undefined) headers[header] = key;
  return exchange(timed(url, { method: body === undefined ? 'GET' : 'POST', headers, body }));
}

// Asks for the session at once, so that it and the wasm travel side by side; the widget
// reads this answer for its first render. Only over https or from the page's own origin
// (the widget's URL policy decides everything once it runs, and refuses an answer from a
// URL it would not ask).
function askEarly(sessionUrl) {
  if (!sessionUrl) return undefined;
  try {
    const url = new URL(sessionUrl, location.href);
    if (url.protocol !== 'https:' && url.origin !== location.origin) return undefined;
    return send(url.href);
  } catch {
    return undefined;
  }
}

// The locale files' index, `locales/index.<hash>.json`: { tag: [file name, integrity] } for
// every locale but en-US (which is in the wasm). `cargo xtask build` writes in its name and
// integrity; it is fetched with that integrity, only once a locale file is wanted, once per
// folder (a failure is asked again next time).
const [INDEX, INDEX_INTEGRITY] = __MC_LOCALE_INDEX__;
const indexes = {};
const folderOf = (folder) => String(folder).replace(/\/+$/, '');

// In the npm package (__MC_PACKAGE__), the default is no folder but __MC_LOCALE_FILES__, the
// same index with each file as `new URL('./locales/…', import.meta.url)`, so that a
// bundler copies every locale file into its output; `localesUrl` still names a folder.
function localeIndex(folder) {
  if (__MC_PACKAGE__ && folder === undefined) return Promise.resolve(__MC_LOCALE_FILES__);
  const at = folderOf(folder);
  return (indexes[at] ??= timed(new URL(`${at}/${INDEX}`, location.href), { integrity: INDEX_INTEGRITY })
    .then((response) => {
      if (!response.ok) throw new Error(`${INDEX}: HTTP ${response.status}`);
      return response.json();
    })
    .catch((error) => {
      delete indexes[at];
      throw error;
    }));
}

// A locale's file, fetched with the integrity the index gives it (a `Response` promise).
function localeFile(folder, tag) {
  return localeIndex(folder).then((index) => {
    if (!Object.hasOwn(index, tag)) throw new Error(`no locale file for ${tag}`);
    const [file, integrity] = index[tag];
    const url = __MC_PACKAGE__ && folder === undefined ? file : `${folderOf(folder)}/${file}`;
    return timed(new URL(url, location.href), { integrity });
  });
}

const text = (response) => {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  return response.text();
};

// Starts fetching the buyer's locale file at once (the index, then the file, both while the
// wasm downloads) when the asked locale (or the browser's first) is not en-US: the widget
// negotiates every case itself, and `loader` serves it this answer when its choice is the
// same tag (any case).
function askLocale(locale, folder) {
  const wanted = String(locale || navigator.languages?.[0] || '').toLowerCase();
  if (!wanted || wanted === 'en' || wanted === 'en-us') return undefined;
  const response = localeIndex(folder).then((index) => {
    const tag = Object.keys(index).find((t) => t.toLowerCase() === wanted);
    return localeFile(folder, tag ?? wanted);
  });
  response.catch(() => {});
  return { wanted, response };
}

// The widget's locale loader: `(tag) => Promise<string>`, the file's text. The early request
// serves its own tag once; a failed one is asked again.
function localeLoader(folder, asked) {
  return (tag) => {
    const again = () => localeFile(folder(), tag).then(text);
    const first = asked?.wanted === tag.toLowerCase() ? asked.response : undefined;
    asked = undefined;
    return first ? first.then(text).catch(again) : again();
  };
}

// The page's first currency formatter is a long task of its own: the browser loads its
// number data then (65–160 ms on a phone 4× slower than this machine's, measured on a blank
// page). Built once while the wasm downloads, in a task of its own, it is ready when the
// widget first shows an amount; any currency warms every other.
let warmed = false;
function warmFormatter(locale) {
  if (warmed) return;
  warmed = true;
  setTimeout(() => {
    try {
      new Intl.NumberFormat(locale || undefined, { style: 'currency', currency: 'USD' }).format(1);
    } catch {
      // an unknown locale: the widget negotiates its own
    }
  });
}

/** Mounts a checkout into `element`; returns { ready, update(options), destroy() }. */
export function mount(element, options) {
  addStylesheet();
  applyAppearance(element, options?.appearance);
  let widget;
  let current = { ...options };
  let destroyed = false;
  const folder = () => current.localesUrl ?? (__MC_PACKAGE__ ? undefined : new URL('locales/', import.meta.url).href);
  const session = askEarly(current.sessionUrl);
  const loadLocale = localeLoader(folder, askLocale(current.locale, folder()));
  warmFormatter(current.locale);
  const ready = boot().then(() => {
    if (!destroyed) widget = mountCore(element, {
      send, loadLocale, drawQr, loadSteps: __MC_STEPS__ ? loadSteps : undefined, page, session, ...current,
    });
  });
  ready.catch((error) => fail(element, error));
  return {
    ready,
    update(next) {
      current = { ...current, ...next };
      try {
        if (next.appearance) applyAppearance(element, next.appearance);
        widget?.update({ send, loadLocale, ...current });
      } catch (error) { fail(element, error); }
    },
    destroy() {
      destroyed = true;
      widget?.destroy();
      widget?.free();
      widget = undefined;
    },
  };
}
