// The fault-injection run behind `cargo xtask chaos --faults N`: buyers in real Chromium pay
// through the demo page while a fault-injecting proxy sits between the page and the
// reference backend, and the buyers themselves tap twice, reload and go offline.
//
// The proxy is Playwright's request interception: every call to the backend passes through
// it, and it forwards the call (route.fetch), then may drop the answer after the backend
// committed, truncate it, answer 502 (before the backend sees it) or 503 (after it
// committed), hold it, or send the call twice. Some buyers are also on a throttled network.
//
// After its faults, each buyer has 60 s to reach a result, acting as a buyer would (typing the
// code, tapping Pay again when told to). Then the screen is compared with the backend's
// records. Printed per fault kind: duplicate charges, buyers left without a result, and
// screens that contradict the records. Exits 1 if any is not zero.
import { launch, BASE, createSession, method, payments } from './support.mjs';

const TARGET = Number(process.env.FAULTS ?? 100);
const PARALLEL = Number(process.env.CHAOS_PARALLEL ?? 4);
const RESULT_WITHIN_MS = 60000;

const REQUEST_FAULTS = ['drop_after_commit', 'truncate', 'http_502', 'http_503_after_commit', 'delay', 'duplicate'];
const BUYER_FAULTS = ['multi_tap', 'reload', 'offline', 'throttle'];
const KINDS = [...REQUEST_FAULTS, ...BUYER_FAULTS];

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const PAID = /Payment complete/;
const NOT_CHARGED = /Nothing was charged/;

/** One buyer's journey under `faults`; returns what happened. */
async function journey(browser, faults) {
  const scenario = pick(['visa', 'visa', 'visa', 'decline', 'phone', 'phone']);
  const methods = {
    visa: [method.visa, method.phone()],
    decline: [{ id: 'mc_0002', kind: 'saved_card', brand: 'mastercard', last4: '0002', saved: true, one_tap: true }, method.visa],
    phone: [method.phone(), method.visa],
  }[scenario];
  const id = await createSession({ methods, ...(scenario === 'phone' && { currency: 'KRW', amount: 1200, country: 'KR' }) });
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 900 } });
  const page = await context.newPage();
  const injected = [];
  const requestFaults = faults.filter((f) => REQUEST_FAULTS.includes(f));
  const buyerFaults = faults.filter((f) => BUYER_FAULTS.includes(f));

  await page.route(/\/api\/sessions\//, async (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    const write = request.method() === 'POST';
    const poll = /\/payments\//.test(path) && !write;
    const chance = write ? 1 : poll ? 0.3 : 0.2;
    const fault = requestFaults.length && Math.random() < chance ? requestFaults.shift() : null;
    try {
      if (!fault) return await route.fulfill({ response: await route.fetch() });
      injected.push(fault);
      switch (fault) {
        case 'drop_after_commit':
          await route.fetch();
          return await route.abort('connectionreset');
        case 'truncate': {
          const response = await route.fetch();
          const body = await response.body();
          return await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
        }
        case 'http_502':
          return await route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' });
        case 'http_503_after_commit':
          await route.fetch();
          return await route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' });
        case 'delay': {
          const response = await route.fetch();
          await sleep(1000 + Math.random() * 10000);
          return await route.fulfill({ response });
        }
        case 'duplicate': {
          const [, second] = await Promise.all([route.fetch(), route.fetch()]);
          return await route.fulfill({ response: second });
        }
      }
    } catch {
      // The page went away (a reload) while the answer was held: nothing to answer.
    }
  });

  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (buyerFaults.includes('throttle')) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      // Fast 3G: 150 ms, 1.6 Mbps down, 750 kbps up.
      offline: false, latency: 150, downloadThroughput: 200 * 1024, uploadThroughput: 94 * 1024,
    });
    injected.push('throttle');
  }
  const status = () => page.getByRole('status').textContent({ timeout: 2000 }).catch(() => '');
  const pay = page.getByRole('button', { name: /^[\u2068\u2069]*Pay\b/ });
  const fillPhone = async () => {
    if (scenario !== 'phone') return;
    const phone = page.getByLabel('Phone number');
    // The field can go between the two looks (a reload, a step change): then there is none to fill.
    if (!(await phone.isVisible().catch(() => false)) || (await phone.inputValue({ timeout: 2000 }).catch(() => 'x')) !== '') return;
    await page.getByLabel(/SK Telecom/).check().catch(() => {});
    const digits = () => String(1000 + Math.floor(Math.random() * 8000));
    await phone.fill(`010-${digits()}-${digits()}`).catch(() => {});
  };

  await page.goto(`${BASE}/?session=${id}`);
  await pay.first().waitFor({ timeout: 60000 }).catch(() => {});
  await fillPhone();
  const taps = buyerFaults.includes('multi_tap') ? 2 + Math.floor(Math.random() * 2) : 1;
  if (taps > 1) injected.push('multi_tap');
  for (let i = 0; i < taps; i++) await pay.first().click({ timeout: 5000, force: i > 0 }).catch(() => {});
  if (buyerFaults.includes('offline')) {
    await sleep(Math.random() * 1500);
    await context.setOffline(true);
    injected.push('offline');
    await sleep(1000 + Math.random() * 3000);
    await context.setOffline(false);
  }
  if (buyerFaults.includes('reload')) {
    await sleep(Math.random() * 2000);
    injected.push('reload');
    await page.reload().catch(() => {});
  }

  // The buyer waits for a result, acting as a buyer would, for at most 60 s.
  const deadline = Date.now() + RESULT_WITHIN_MS;
  let result = 'none';
  let idleSince = Date.now();
  while (Date.now() < deadline) {
    const text = await status();
    if (PAID.test(text)) { result = 'paid'; break; }
    if (NOT_CHARGED.test(text)) { result = 'not_charged'; break; }
    const code = page.getByLabel('Verification code');
    const retry = page.getByRole('button', { name: 'Try again' });
    if (await retry.isVisible().catch(() => false)) {
      await retry.click({ timeout: 2000 }).catch(() => {}); // the checkout could not load
      idleSince = Date.now();
    } else if (await code.isVisible().catch(() => false) && await code.isEnabled().catch(() => false)
      && (await code.inputValue().catch(() => 'x')) === '') {
      await code.fill('123456').catch(() => {});
      idleSince = Date.now();
    } else if (/tap Pay|Tap Pay/.test(text) || Date.now() - idleSince > 4000) {
      // Told to tap Pay again, or a Pay button left waiting: a buyer taps it.
      await fillPhone();
      if (await pay.first().isEnabled({ timeout: 500 }).catch(() => false)) {
        await pay.first().click({ timeout: 2000 }).catch(() => {});
      }
      idleSince = Date.now();
    }
    await sleep(300);
  }
  const screen = await status();
  await context.close();
  // Let a write still under way settle before reading the records.
  await sleep(500);
  const recorded = await payments(id);
  const charged = recorded.filter((p) => p.status === 'succeeded').length;
  const contradiction = (result === 'paid' && charged !== 1) || (result === 'not_charged' && charged > 0);
  return { id, scenario, injected, result, charged, duplicate: charged > 1, stuck: result === 'none', contradiction, screen, errors };
}

const browser = await launch();
const outcomes = [];
const injectedSoFar = () => outcomes.reduce((s, o) => s + o.injected.length, 0);
let inFlight = 0; // faults planned by journeys still running
const started = Date.now();
async function worker() {
  while (injectedSoFar() + inFlight < TARGET) {
    const faults = Array.from({ length: 2 + Math.floor(Math.random() * 3) }, () => pick(KINDS));
    inFlight += faults.length;
    const outcome = await journey(browser, faults);
    inFlight -= faults.length;
    outcomes.push(outcome);
    const done = injectedSoFar();
    if (outcome.duplicate || outcome.stuck || outcome.contradiction) {
      console.log(`  ! ${outcome.id} ${outcome.scenario} [${outcome.injected.join(', ')}]: result ${outcome.result}, `
        + `charged ${outcome.charged}, screen "${outcome.screen.replace(/[\u2068\u2069]/g, '').trim()}"`);
    }
    if (outcomes.length % 10 === 0) console.log(`  ${outcomes.length} buyers, ${done} faults injected`);
  }
}
await Promise.all(Array.from({ length: PARALLEL }, worker));
await browser.close();

const rows = KINDS.map((kind) => {
  const hit = outcomes.filter((o) => o.injected.includes(kind));
  const count = (flag) => hit.filter((o) => o[flag]).length;
  return {
    kind,
    faults: outcomes.reduce((s, o) => s + o.injected.filter((k) => k === kind).length, 0),
    buyers: hit.length, duplicate: count('duplicate'), stuck: count('stuck'), contradiction: count('contradiction'),
  };
});
const total = (key) => rows.reduce((s, r) => s + r[key], 0);
const buyers = (flag) => outcomes.filter((o) => o[flag]).length;
const pad = (v, n) => String(v).padStart(n);
console.log(`\n${'fault kind'.padEnd(24)}${pad('faults', 8)}${pad('buyers', 8)}${pad('duplicate charges', 19)}${pad('no result in 60 s', 19)}${pad('contradictions', 16)}`);
for (const r of rows) {
  console.log(`${r.kind.padEnd(24)}${pad(r.faults, 8)}${pad(r.buyers, 8)}${pad(r.duplicate, 19)}${pad(r.stuck, 19)}${pad(r.contradiction, 16)}`);
}
console.log(`${'all buyers'.padEnd(24)}${pad(total('faults'), 8)}${pad(outcomes.length, 8)}${pad(buyers('duplicate'), 19)}${pad(buyers('stuck'), 19)}${pad(buyers('contradiction'), 16)}`);
const results = ['paid', 'not_charged', 'none'].map((r) => `${r} ${outcomes.filter((o) => o.result === r).length}`);
console.log(`results: ${results.join(', ')}; ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`CHAOS ${JSON.stringify({ faults: total('faults'), buyers: outcomes.length, duplicates: buyers('duplicate'), stuck: buyers('stuck'), contradictions: buyers('contradiction') })}`);
process.exit(buyers('duplicate') + buyers('stuck') + buyers('contradiction') > 0 ? 1 : 0);
