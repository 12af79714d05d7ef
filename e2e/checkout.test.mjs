// End to end: the demo page in real Chromium against the running reference server.
// Run by `cargo xtask test`, which starts the server and sets BASE_URL, CHROMIUM, SCREENSHOTS.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE, SHOTS, launch, loose, payments, plain } from './support.mjs';

let browser;

before(async () => { browser = await launch(); });
after(() => browser?.close());

/** Opens the demo, taps Pay twice quickly, and returns what the buyer and backend saw. */
async function payTwice({ query, locale, payName, done }) {
  const context = await browser.newContext({ locale, viewport: { width: 480, height: 640 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${BASE}/${query}`);
  const sessionId = (await page.locator('micro-checkout').getAttribute('session-url')).split('/').pop();
  const pay = page.getByRole('button', { name: payName });
  await pay.waitFor({ timeout: 15000 });
  await page.screenshot({ path: path.join(SHOTS, `demo-${locale}-ready.png`) });
  // Two taps in the same task, before the widget can re-render and disable the button.
  await pay.evaluate((button) => { button.click(); button.click(); });
  const status = page.getByRole('status');
  await status.filter({ hasText: done }).waitFor({ timeout: 15000 });
  await page.locator('#events').filter({ hasText: 'mc-success' }).waitFor();
  await page.screenshot({ path: path.join(SHOTS, `demo-${locale}-succeeded.png`) });
  const seen = { status: plain(await status.textContent()), events: await page.locator('#events').textContent() };
  await context.close();
  assert.deepEqual(errors, [], 'no script errors on the page');
  return { sessionId, seen, recorded: await payments(sessionId) };
}

test('en-US: one tap pays $0.99 once, even when tapped twice', async () => {
  const { seen, recorded } = await payTwice({
    query: '',
    locale: 'en-US',
    payName: loose('Pay $0.99 Visa ending in 4242'),
    done: 'Payment complete',
  });
  assert.match(seen.status, /Payment complete\. Thank you!/);
  assert.equal((seen.events.match(/mc-success/g) ?? []).length, 1);
  assert.equal(recorded.length, 1, 'exactly one payment recorded');
  const [payment] = recorded;
  assert.equal(payment.status, 'succeeded');
  assert.equal(payment.amount_minor, 99);
  assert.equal(payment.currency, 'USD');
  assert.equal(payment.method, 'visa_4242');
  assert.match(payment.idempotency_key, /^[0-9a-f]{32}$/);
});

test('ko-KR: ₩1,200 in Korean, paid once', async () => {
  const { seen, recorded } = await payTwice({
    query: '?locale=ko-KR&currency=KRW',
    locale: 'ko-KR',
    payName: loose('₩1,200 결제하기 Visa (끝자리 4242)'),
    done: '결제가 완료되었습니다',
  });
  assert.match(seen.status, /결제가 완료되었습니다/);
  assert.equal(recorded.length, 1, 'exactly one payment recorded');
  assert.equal(recorded[0].amount_minor, 1200);
  assert.equal(recorded[0].currency, 'KRW');
  assert.equal(recorded[0].status, 'succeeded');
});

test('a declined card explains itself and the next method pays', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  const sessionId = (await page.locator('micro-checkout').getAttribute('session-url')).split('/').pop();
  await page.getByRole('button', { name: 'Other ways to pay' }).click();
  await page.getByRole('button', { name: loose('Mastercard ending in 0002') }).click();
  await page.getByRole('button', { name: loose('Pay $0.99 Mastercard ending in 0002') }).click();
  const status = page.getByRole('status');
  await status.filter({ hasText: 'Your card was declined' }).waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'demo-en-US-declined.png') });
  // The next best method is the primary action right away.
  await page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).click();
  await status.filter({ hasText: 'Payment complete' }).waitFor();
  await context.close();
  const recorded = await payments(sessionId);
  assert.deepEqual(recorded.map((p) => [p.method, p.status, p.error_code]),
    [['mc_0002', 'failed', 'card_declined'], ['visa_4242', 'succeeded', null]]);
  assert.notEqual(recorded[0].idempotency_key, recorded[1].idempotency_key);
});

test('SPA: mount, update the locale in place, destroy; bad options raise mc-error', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  const sessionUrl = await page.locator('micro-checkout').getAttribute('session-url');
  const result = await page.evaluate(async (url) => {
    const { mount } = await import('/dist/micro-checkout.js');
    const waitFor = async (check) => {
      for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
      return check();
    };
    const el = document.createElement('div');
    document.body.append(el);
    const events = [];
    el.addEventListener('mc-ready', (e) => events.push(['ready', e.detail.sessionId]));
    const handle = mount(el, { sessionUrl: url, locale: 'en-US' });
    await handle.ready;
    const english = await waitFor(() => el.querySelector('.mc-pay')?.textContent.includes('Pay'));
    handle.update({ locale: 'ko-KR' });
    const korean = await waitFor(() => el.querySelector('.mc-pay')?.textContent.includes('결제하기'));
    handle.destroy();
    const emptied = await waitFor(() => el.childElementCount === 0);
    const bad = document.createElement('div');
    document.body.append(bad);
    const error = new Promise((resolve) => bad.addEventListener('mc-error', (e) => resolve(e.detail)));
    mount(bad, {});
    return { english, korean, emptied, events, error: await error };
  }, sessionUrl);
  await context.close();
  assert.equal(result.english, true, 'rendered in English');
  assert.equal(result.korean, true, 'update() switched to Korean in place');
  assert.equal(result.emptied, true, 'destroy() removed the widget');
  assert.deepEqual(result.events, [['ready', sessionUrl.split('/').pop()]]);
  assert.equal(result.error.code, 'mount_failed');
  assert.match(result.error.message, /sessionUrl/);
});

test('a session that cannot load says so, offers a retry and tells the host page', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const el = document.createElement('micro-checkout');
    el.addEventListener('mc-error', (e) => resolve(e.detail));
    el.setAttribute('session-url', '/api/sessions/ses_missing');
    document.body.append(el);
  }));
  assert.deepEqual(detail, { code: 'session_not_found' });
  await page.getByRole('status').filter({ hasText: 'We couldn’t load this checkout.' }).waitFor();
  await page.getByRole('button', { name: 'Try again' }).waitFor();
  await context.close();
});

test('no chain: the session (and the locale file) is asked for while the wasm is still downloading, once, in any locale', async () => {
  const { createSession, method } = await import('./support.mjs');
  const id = await createSession({ methods: [method.visa] });
  for (const locale of ['en-US', 'ko-KR']) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const asked = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    // The wasm takes 1.5 s to arrive, as on a slow network.
    await page.route('**/dist/core_bg.*.wasm', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ response });
    });
    await page.goto(`${BASE}/?session=${id}&locale=${locale}`);
    await page.locator('.mc-pay').waitFor();
    const timing = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })));
    const wasm = timing.find((e) => /core_bg\..*\.wasm$/.test(e.path));
    const session = timing.find((e) => e.path === `/api/sessions/${id}`);
    assert.ok(wasm && session, JSON.stringify(timing));
    assert.ok(session.start < wasm.end - 1000, `${locale}: the session was asked for at ${session.start} ms, the wasm arrived at ${wasm.end} ms`);
    assert.equal(asked.filter((p) => p === `/api/sessions/${id}`).length, 1, `${locale}: the session is fetched once`);
    assert.ok(session.end < wasm.end, `${locale}: the session's answer was waiting when the wasm arrived`);
    const files = timing.filter((e) => e.path.startsWith('/dist/locales/'));
    if (locale === 'en-US') {
      assert.deepEqual(files, [], 'en-US is in the wasm: no locale file');
    } else {
      // The files' index, then the locale's file: each once, both while the wasm travels.
      assert.equal(files.length, 2, `${locale}: the index and its file, each once: ${JSON.stringify(files)}`);
      assert.match(files[0].path, /\/index\.[0-9a-f]{16}\.json$/);
      assert.match(files[1].path, new RegExp(`/${locale}\\.[0-9a-f]{16}\\.json$`));
      for (const file of files) {
        assert.ok(file.start < wasm.end - 1000, `${locale}: ${file.path} was asked for at ${file.start} ms, the wasm arrived at ${wasm.end} ms`);
      }
    }
    assert.equal(await page.locator('.mc-checkout').getAttribute('lang'), locale);
    await context.close();
    assert.deepEqual(errors, []);
  }
});
