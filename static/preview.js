// The designer preview: real widgets answered by the contract's golden fixtures (the
// `preview` build of the wasm), in any locale × currency × method × state, one at a time or
// every locale side by side, with live theme editing. The URL holds the selection, so a
// view can be shared, and `cargo xtask screenshots` drives it.
import init, { mountPreview, previewLocaleFiles, previewLocales } from './preview/core.js';
import { qrDrawer } from './qr.js';
import { page } from './page.js';

const METHODS = {
  visa_4242: 'Saved card (one tap)', card: 'New card', phone: 'Carrier billing', kakaopay: 'Wallet',
  promptpay: 'QR code', transfer: 'Bank transfer', credits: 'Balance with top-up',
};
const STATES = {
  ready: 'Ready', 'field-errors': 'Field errors', otp: 'Code step (OTP)', qr: 'QR code',
  processing: 'Processing', success: 'Success', failure: 'Failure with fallback',
};
// The method a state needs, when the chosen one cannot show it.
const NEEDS = { 'field-errors': ['card', 'phone'], otp: ['phone'], qr: ['promptpay'] };
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'KRW', 'CNY', 'INR', 'BRL', 'IDR', 'THB', 'VND', 'TRY',
  'PLN', 'ILS', 'SAR', 'KES', 'PHP', 'MYR', 'BHD', 'KWD', 'TND'];
// What each state shows once reached.
const SHOWN = {
  ready: '.mc-pay', 'field-errors': '.mc-field-error', otp: 'input[autocomplete="one-time-code"]',
  qr: '.mc-qr-code', processing: '.mc-status .mc-spinner', success: '.mc-status.mc-success',
  failure: '.mc-status.mc-error',
};

// The QR module under its stable name (the preview is not shipped, so no integrity).
const drawQr = qrDrawer(new URL('qr.wasm', import.meta.url));
// A locale's file as text, fetched with the integrity the preview's wasm names it with.
let localeFiles;
const loadLocale = async (tag) => {
  localeFiles ??= previewLocaleFiles();
  const [file, integrity] = localeFiles[tag] ?? [];
  if (!file) throw new Error(`no file for ${tag}`);
  const response = await fetch(new URL(`locales/${file}`, import.meta.url), { integrity });
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.text();
};
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const stage = $('stage');
let mounted = [];
let run = 0;

function fill(select, entries, value) {
  select.replaceChildren(...entries.map(([key, label]) => new Option(label, key)));
  if (value && entries.some(([key]) => key === value)) select.value = value;
}

const until = async (check, ms = 10000) => {
  for (let waited = 0; !check() && waited < ms; waited += 25) await new Promise((r) => setTimeout(r, 25));
  return check();
};

function type(input, value) {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

/** Taps and types in one widget until it shows `state`. */
async function steer(host, state) {
  await until(() => host.querySelector('.mc-pay'));
  if (state === 'otp') {
    // Pay only once the widget says the fields are complete (its `mc-change` event).
    let complete = false;
    host.addEventListener('mc-change', (e) => { complete ||= e.detail.complete; });
    host.querySelector('.mc-carrier input[type=radio]')?.click();
    await until(() => host.querySelector('.mc-carrier input:checked'));
    type(host.querySelector('input[autocomplete=tel]'), '+81 90 1234 5678');
    await until(() => complete);
  }
  if (state !== 'ready') host.querySelector('.mc-pay').click();
  return until(() => host.querySelector(SHOWN[state]));
}

function applyTheme(host) {
  const scheme = $('scheme').value;
  if (scheme === 'auto') delete host.dataset.mcTheme; else host.dataset.mcTheme = scheme;
  for (const input of document.querySelectorAll('#theme [data-var]')) {
    if (!input.dataset.edited) continue;
    const value = input.value ? input.value + (input.dataset.unit ?? '') : '';
    if (value) host.style.setProperty(`--mc-${input.dataset.var}`, value);
    else host.style.removeProperty(`--mc-${input.dataset.var}`);
  }
}

async function render() {
  const current = ++run;
  const view = $('view').value;
  const state = $('state').value;
  let method = $('method').value;
  if (NEEDS[state] && !NEEDS[state].includes(method)) method = NEEDS[state][0];
  const query = new URLSearchParams({ view, locale: $('locale').value, currency: $('currency').value, method: $('method').value, state });
  history.replaceState(null, '', `?${query}`);
  for (const widget of mounted) widget.destroy();
  mounted = [];
  stage.replaceChildren();
  stage.className = view;
  document.body.dataset.ready = 'false';
  const locales = view === 'grid' ? previewLocales() : [$('locale').value];
  const jobs = locales.map(async (locale) => {
    const figure = document.createElement('figure');
    const host = document.createElement('div');
    host.className = 'mc-root';
    figure.append(Object.assign(document.createElement('figcaption'), { textContent: locale }), host);
    stage.append(figure);
    applyTheme(host);
    const widget = await mountPreview(host, locale, $('currency').value, method, state,
      { loadLocale, drawQr, page });
    if (current !== run) { widget.destroy(); return true; }
    mounted.push(widget);
    return steer(host, state);
  });
  const reached = await Promise.all(jobs);
  if (current === run) document.body.dataset.ready = reached.every(Boolean) ? 'true' : 'failed';
}

await init({ module_or_path: new URL('preview/core_bg.wasm', import.meta.url) });
fill($('locale'), previewLocales().map((l) => [l, l]), params.get('locale') ?? 'en-US');
fill($('currency'), CURRENCIES.map((c) => [c, c]), params.get('currency') ?? 'USD');
fill($('method'), Object.entries(METHODS), params.get('method') ?? 'visa_4242');
fill($('state'), Object.entries(STATES), params.get('state') ?? 'ready');
$('view').value = params.get('view') === 'grid' ? 'grid' : 'single';
for (const id of ['view', 'locale', 'currency', 'method', 'state']) $(id).addEventListener('change', render);
$('scheme').addEventListener('change', () => {
  document.body.classList.toggle('dark', $('scheme').value === 'dark');
  stage.querySelectorAll('.mc-root').forEach(applyTheme);
});
for (const input of document.querySelectorAll('#theme [data-var]')) {
  input.addEventListener('input', () => {
    input.dataset.edited = 'true';
    stage.querySelectorAll('.mc-root').forEach(applyTheme);
  });
}
render();
