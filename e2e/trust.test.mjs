// End to end, under hostile input and faults, in real Chromium against the reference backend:
// next-action URLs that must never run or open, a forged message from another window, a
// reload in every waiting step, a paid session reopened, an answer held past the timeout, a
// Pay tapped offline, a QR payload too long to draw, and labels that try to break the layout.
// Each test checks what the buyer sees and what the backend recorded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, accessible, createSession, launch, loose, method, open, payments, plain, shot, status,
} from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

const summary = (recorded) => recorded.map((p) => [p.method, p.status, p.error_code]);
const events = async (page) => plain(await page.locator('#events').textContent());

/** Opens session `id` on the demo page and waits for the widget to settle on `ready`. */
async function visit(browser, id, ready) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${BASE}/?session=${id}`);
  await ready(page).waitFor({ timeout: 15000 });
  return { page, context, errors };
}

/** Rewrites the next confirm answer's `next_action` with `edit`, as a hostile backend would. */
async function hostileConfirm(page, edit) {
  await page.route('**/confirm', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    if (json.next_action) edit(json.next_action);
    await route.fulfill({ response, json });
  }, { times: 1 });
}

test('hostile next-action URLs never run, frame or navigate; the buyer is told and offered the next method', async () => {
  const hostile = [
    'javascript:window.__pwned=1;alert(document.domain)',
    'data:text/html,<form><label>Bank password<input type=password></label></form>',
    'http://evil.example/approve',
  ];
  const cases = [
    ['3-D Secure frame', [method.card, method.visa], async (page) => {
      await page.getByLabel('Card number').fill('4000 0000 0000 3220');
      await page.getByLabel('Expiry date').fill('12 / 30');
      await page.getByLabel('Security code').fill('123');
    }, 'card'],
    ['popup wallet', [method.wallet, method.visa], async () => {}, 'kakaopay'],
    ['redirect wallet', [{ ...method.wallet, flow: 'redirect' }, method.visa], async () => {}, 'kakaopay'],
  ];
  for (const url of hostile) {
    for (const [name, methods, fill, methodId] of cases) {
      const id = await createSession({ methods });
      const { page, context, errors } = await open(browser, id);
      const popups = [];
      const dialogs = [];
      context.on('page', (p) => popups.push(p.url()));
      page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
      await hostileConfirm(page, (action) => { action.url = url; });
      await fill(page);
      await page.locator('.mc-pay').click();
      await status(page).filter({ hasText: 'can’t be opened safely here' }).waitFor();
      const where = `${name} with ${url.slice(0, 24)}`;
      assert.equal(new URL(page.url()).origin, BASE, `${where}: the page stayed`);
      assert.deepEqual(dialogs, [], `${where}: no script ran`);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, `${where}: no script ran`);
      assert.deepEqual(popups, [], `${where}: nothing was opened`);
      assert.equal(await page.locator('iframe').count(), 0, `${where}: nothing was framed`);
      await page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).waitFor();
      assert.match(await events(page), /mc-error \{"code":"unsafe_url"\}/, where);
      for (let i = 0; i < 50 && (await payments(id))[0]?.status !== 'canceled'; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.deepEqual(summary(await payments(id)), [[methodId, 'canceled', 'canceled_by_buyer']],
        `${where}: the refused payment was canceled at the backend`);
      if (url.startsWith('data:') && name === '3-D Secure frame') {
        await accessible(page, 'refused URL');
        await shot(page, 'trust-refused-url');
      }
      await page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).click();
      await status(page).filter({ hasText: 'Payment complete' }).waitFor();
      await context.close();
      assert.deepEqual(errors, [], where);
    }
  }
});

test('a message forged by another window or origin is ignored; the challenge page itself completes', async () => {
  const id = await createSession({ methods: [method.card, method.visa] });
  const { page, context, errors } = await open(browser, id);
  await page.getByLabel('Card number').fill('4000 0000 0000 3220');
  await page.getByLabel('Expiry date').fill('12 / 30');
  await page.getByLabel('Security code').fill('123');
  await page.locator('.mc-pay').click();
  const frame = page.frameLocator('iframe.mc-frame');
  await frame.getByRole('button', { name: 'Authenticate' }).waitFor();
  const [payment] = await payments(id);
  const forged = { type: 'three_ds', payment: payment.id, result: 'authenticated' };
  // The merchant page itself (right origin, wrong window).
  await page.evaluate((message) => window.postMessage(message, '*'), forged);
  // A frame from another origin (localhost is not 127.0.0.1).
  const other = BASE.replace('127.0.0.1', 'localhost');
  await page.route(`${other}/forged`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<script>parent.postMessage(${JSON.stringify(forged)}, '*')</script>`,
  }));
  await page.evaluate((src) => {
    const iframe = document.createElement('iframe');
    iframe.src = src;
    document.body.append(iframe);
  }, `${other}/forged`);
  await page.waitForTimeout(1500);
  assert.deepEqual(summary(await payments(id)), [['card', 'requires_action', null]], 'no action was sent');
  await frame.getByRole('button', { name: 'Authenticate' }).waitFor();
  await frame.getByRole('button', { name: 'Authenticate' }).click();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.deepEqual(summary(await payments(id)), [['card', 'succeeded', null]]);
  await context.close();
  assert.deepEqual(errors, []);
});

test('a reload during each waiting step resumes it, and the first payment completes once', async () => {
  const steps = [
    ['code', [method.phone(), method.visa], async (page) => {
      await page.getByLabel(loose('SK Telecom')).check();
      // A phone of its own: the fraud guard limits attempts per phone.
      const digits = () => String(1000 + Math.floor(Math.random() * 8000));
      await page.getByLabel('Phone number').fill(`010-${digits()}-${digits()}`);
    }, (page) => page.getByLabel('Verification code'), async (page) => {
      await page.getByLabel('Verification code').fill('123456');
    }],
    ['QR', [method.qr, method.visa], async () => {}, (page) => page.getByRole('img', { name: 'QR code for this payment' }),
      async (page, paymentId) => { await fetch(`${BASE}/test/payments/${paymentId}/scan`, { method: 'POST' }); }],
    ['transfer', [method.transfer, method.visa], async () => {}, (page) => page.getByRole('heading', { name: 'Pay by bank transfer' }),
      async (page, paymentId) => { await fetch(`${BASE}/test/payments/${paymentId}/transfer`, { method: 'POST' }); }],
    ['wallet', [method.wallet, method.visa], async () => {}, (page) => page.getByRole('heading', { name: loose('Continue in KakaoPay') }),
      async (page) => {
        const popup = page.waitForEvent('popup');
        await page.getByRole('button', { name: loose('Open KakaoPay again') }).click();
        await (await popup).getByRole('button', { name: 'Approve' }).click();
      }],
  ];
  for (const [name, methods, fill, step, finish] of steps) {
    const id = await createSession({ methods, currency: 'KRW', amount: 1200, country: 'KR' });
    const { page, context, errors } = await open(browser, id);
    await fill(page);
    const opened = name === 'wallet' ? page.waitForEvent('popup') : null;
    await page.locator('.mc-pay').click();
    await step(page).waitFor();
    await (await opened)?.close(); // the buyer closed the wallet window too
    await page.reload();
    await step(page).waitFor({ timeout: 15000 });
    assert.equal(await page.getByRole('button', { name: /^Pay\b/ }).count(), 0,
      `${name}: no Pay button while the payment waits`);
    if (name === 'code') {
      await accessible(page, 'resumed code step');
      await shot(page, 'trust-resumed-code');
    }
    const [payment] = await payments(id);
    await finish(page, payment.id);
    await status(page).filter({ hasText: 'Payment complete' }).waitFor({ timeout: 15000 });
    assert.deepEqual(summary(await payments(id)).map(([m, s]) => [m, s]), [[methods[0].id, 'succeeded']], name);
    await context.close();
    assert.deepEqual(errors, [], name);
  }
});

test('a paid session reopened shows it paid and never offers Pay; a stale tab learns the truth', async () => {
  const id = await createSession({ methods: [method.visa] });
  const stale = await open(browser, id);
  const { page, context, errors } = await open(browser, id);
  await page.locator('.mc-pay').click();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  await page.reload();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.equal(await page.locator('.mc-pay').count(), 0, 'no Pay on a paid session');
  await accessible(page, 'reopened paid session');
  await shot(page, 'trust-paid-reopened');
  // A tab opened before the payment still shows Pay; tapping it must not say "Nothing was charged".
  await stale.page.locator('.mc-pay').click();
  await status(stale.page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.doesNotMatch(await status(stale.page).textContent(), /Nothing was charged/);
  assert.deepEqual(summary(await payments(id)), [['visa_4242', 'succeeded', null]]);
  await stale.context.close();
  await context.close();
  assert.deepEqual([...errors, ...stale.errors], []);
});

test('an answer held past the timeout shows "checking", then the result, charged once', async () => {
  const id = await createSession({ methods: [method.visa, method.phone()] });
  const { page, context, errors } = await open(browser, id);
  let held = 0;
  await page.route('**/confirm', async (route) => {
    const response = await route.fetch(); // the backend charges now
    // The first answer is held past the widget's timeout, the replay's for 2 s more.
    await new Promise((r) => setTimeout(r, [12000, 2000][held++] ?? 0));
    await route.fulfill({ response }).catch(() => {}); // the widget gave up on it already
  });
  await page.locator('.mc-pay').click();
  await status(page).filter({ hasText: 'Checking your payment' }).waitFor({ timeout: 12000 });
  assert.doesNotMatch(await status(page).textContent(), /Nothing was charged|didn’t go through/);
  await shot(page, 'trust-checking');
  await status(page).filter({ hasText: 'Payment complete' }).waitFor({ timeout: 20000 });
  const log = await events(page);
  assert.match(log, /mc-pending \{"code":"timeout"\}/);
  assert.doesNotMatch(log, /mc-failure/);
  assert.deepEqual(summary(await payments(id)), [['visa_4242', 'succeeded', null]]);
  await context.close();
  assert.deepEqual(errors, []);
});

test('a Pay tapped offline is kept, shown as waiting, and sent once when back online', async () => {
  const id = await createSession({ methods: [method.visa] });
  const { page, context, errors } = await open(browser, id);
  await context.setOffline(true);
  await status(page).filter({ hasText: 'You’re offline' }).waitFor();
  await page.locator('.mc-pay').click();
  await page.locator('.mc-pay').click({ force: true }).catch(() => {});
  await status(page).filter({ hasText: 'Your payment will be sent when you’re back online' }).waitFor();
  await page.getByRole('button', { name: 'Cancel payment' }).waitFor();
  await accessible(page, 'offline, queued');
  await shot(page, 'trust-offline');
  await page.waitForTimeout(500);
  assert.deepEqual(await payments(id), [], 'nothing is sent while offline');
  await context.setOffline(false);
  await status(page).filter({ hasText: 'Payment complete' }).waitFor({ timeout: 15000 });
  assert.deepEqual(summary(await payments(id)), [['visa_4242', 'succeeded', null]]);
  await context.close();
  assert.deepEqual(errors, []);
});

test('a QR payload too long to draw is refused and the next method offered', async () => {
  const id = await createSession({ methods: [method.qr, method.visa] });
  const { page, context, errors } = await open(browser, id);
  await hostileConfirm(page, (action) => { action.payload = 'upi://pay?'.padEnd(6000, 'x'); });
  await page.locator('.mc-pay').click();
  await status(page).filter({ hasText: 'can’t be opened safely here' }).waitFor();
  assert.match(await events(page), /mc-error \{"code":"qr_unreadable"\}/);
  await page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).click();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  await context.close();
  assert.deepEqual(errors, []);
});

test('unbreakable labels and merchant names wrap inside the widget down to 280 px', async () => {
  const long = 'W'.repeat(120);
  const money = { amount_minor: 99, currency: 'USD', exponent: 2 };
  const response = await fetch(`${BASE}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      merchant: long,
      lines: [{ label: long, quantity: 1, amount: money }],
      methods: [{ ...method.visa, label: long }, { ...method.transfer, label: long }, method.qr],
      default_method: 'visa_4242',
    }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  const { id } = await response.json();
  const { page, context, errors } = await visit(browser, id, (p) => p.locator('.mc-pay'));
  await page.getByRole('button', { name: 'Other ways to pay' }).click();
  for (const width of [280, 320, 480]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.locator('.mc-checkout').evaluate((root) => {
      const box = root.getBoundingClientRect();
      const out = [...root.querySelectorAll('*')]
        .filter((el) => el.getClientRects().length)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.right > box.right + 0.5 || r.left < box.left - 0.5;
        })
        .map((el) => el.className || el.tagName);
      return root.scrollWidth > root.clientWidth ? [...out, 'scrolls'] : out;
    });
    assert.deepEqual(overflow, [], `nothing overflows at ${width} px`);
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => el.className || el.tagName));
    assert.deepEqual(wide, [], `the page does not scroll sideways at ${width} px`);
  }
  await page.setViewportSize({ width: 280, height: 900 });
  await shot(page, 'trust-long-labels');
  await page.locator('.mc-pay').click();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  await context.close();
  assert.deepEqual(errors, []);
});

test('Subresource Integrity: a tampered wasm, stylesheet, locale or entry refuses to load', async () => {
  const manifest = await (await fetch(`${BASE}/dist/manifest.json`)).json();
  const tamper = async (page, pattern) => {
    await page.route(pattern, async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[Math.floor(body.length / 2)] ^= 1; // one bit flipped
      await route.fulfill({ response, body });
    });
  };
  const id = await createSession({ methods: [method.visa] });
  // The wasm: the widget does not start, and the page hears why.
  for (const [file, what] of [[manifest.wasm.file, 'wasm'], [manifest.entry.file, 'entry']]) {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const refused = [];
    page.on('console', (m) => { if (/integrity/i.test(m.text())) refused.push(m.text()); });
    await tamper(page, `**/dist/${file}`);
    await page.goto(`${BASE}/?session=${id}`);
    await page.waitForTimeout(2000);
    assert.equal(await page.locator('.mc-pay').count(), 0, `${what}: a tampered file never runs`);
    assert.ok(refused.length > 0, `${what}: the browser refused it for its integrity`);
    if (what === 'wasm') assert.match(await events(page), /mc-error \{"code":"mount_failed"/);
    await context.close();
  }
  // A locale file, or the files' index that names them: the widget refuses it and shows
  // en-US.
  for (const file of ['ko-KR.*.json', 'index.*.json']) {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await tamper(page, `**/dist/locales/${file}`);
    const warned = [];
    page.on('console', (m) => warned.push(m.text()));
    await page.goto(`${BASE}/?session=${id}&locale=ko-KR`);
    await page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).waitFor();
    assert.ok(warned.some((w) => /could not load a locale/.test(w)), `${file}: ${warned.join('\n')}`);
    await context.close();
  }
  assert.deepEqual(await payments(id), []);
});

test('the QR module is fetched only when a QR code is shown, with its integrity: tampered, it is refused and Try again draws it', async () => {
  const manifest = await (await fetch(`${BASE}/dist/manifest.json`)).json();
  const id = await createSession({ methods: [method.qr, method.visa] });
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const refused = [];
  page.on('console', (m) => { if (/integrity/i.test(m.text())) refused.push(m.text()); });
  let tampered = true;
  await page.route(`**/dist/${manifest.qr.file}`, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    if (tampered) body[Math.floor(body.length / 2)] ^= 1; // one bit flipped
    await route.fulfill({ response, body });
  });
  await page.goto(`${BASE}/?session=${id}`);
  await page.getByRole('button', { name: loose('Pay $0.99 Scan a QR code') }).waitFor();
  assert.ok(!fetched.some((p) => p.includes('/dist/qr.')), `not fetched before a QR is shown: ${fetched.join(' ')}`);
  await page.getByRole('button', { name: loose('Pay $0.99 Scan a QR code') }).click();
  await page.getByRole('alert').filter({ hasText: 'Something went wrong' }).waitFor();
  assert.equal(await page.locator('svg.mc-qr-code').count(), 0, 'a tampered encoder never draws');
  assert.ok(refused.length > 0, 'the browser refused it for its integrity');
  tampered = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('img', { name: 'QR code for this payment' }).waitFor();
  assert.equal(fetched.filter((p) => p === `/dist/${manifest.qr.file}`).length, 2, 'fetched once per try, by its hashed name');
  // The code drawn is the payload's: a 4-module quiet zone around 21 + 4k modules.
  const side = Number((await page.locator('svg.mc-qr-code').getAttribute('viewBox')).split(' ')[2]);
  assert.equal((side - 8 - 21) % 4, 0, `viewBox side ${side}`);
  await context.close();
  assert.deepEqual(errors, []);
});

test('a repeat visit downloads nothing but the page and the session: the shipped files are immutable', async () => {
  const id = await createSession({ methods: [method.visa] });
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const fetched = [];
  const cached = new Set(); // served from the memory cache, without a response from anywhere
  cdp.on('Network.requestServedFromCache', ({ requestId }) => cached.add(requestId));
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (!response.fromDiskCache && !response.fromPrefetchCache && !cached.has(requestId)) {
      fetched.push(new URL(response.url).pathname);
    }
  });
  await page.goto(`${BASE}/?session=${id}&locale=ko-KR`);
  await page.locator('.mc-pay').waitFor();
  const first = [...fetched];
  assert.ok(first.some((p) => p.endsWith('.wasm')) && first.some((p) => /locales\/ko-KR\./.test(p)), first.join(' '));
  fetched.length = 0;
  // Another visit (not a reload, which asks the server again by design).
  await page.goto('about:blank');
  await page.goto(`${BASE}/?locale=ko-KR&session=${id}`);
  await page.locator('.mc-pay').waitFor();
  assert.deepEqual(fetched.filter((p) => p.startsWith('/dist/')), [], 'every shipped file came from the cache');
  assert.ok(fetched.includes(`/api/sessions/${id}`), 'the session is fetched afresh');
  await context.close();
});
