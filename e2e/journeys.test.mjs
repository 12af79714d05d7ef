// End to end, whole journeys: a wallet that leaves the page and comes back, a card paid with
// the keyboard alone, no layout shift while loading, funnel events, and theming.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, accessible, createSession, launch, loose, method, open, payments, plain, shot, status,
} from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

test('wallet redirect: the page leaves for the wallet and the return completes the payment', async () => {
  const id = await createSession({ methods: [{ ...method.wallet, flow: 'redirect' }, method.visa] });
  const { page, context, errors } = await open(browser, id);
  await page.getByRole('button', { name: loose('Pay $0.99 KakaoPay') }).click();
  await page.waitForURL(/\/wallet\/pay_/);
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.waitForURL((url) => url.searchParams.get('session') === id);
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('mc_payment'), null, 'the return parameters are cleaned up');
  const recorded = await payments(id);
  assert.deepEqual(recorded.map((p) => [p.method, p.status]), [['kakaopay', 'succeeded']]);
  await context.close();
  assert.deepEqual(errors, []);
});

test('keyboard alone: open other ways, pick the card, type it, pay', async () => {
  const id = await createSession({ methods: [method.visa, method.card] });
  const { page, context, errors } = await open(browser, id);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return el?.closest('.mc-checkout') ? (el.textContent.trim() || el.id) : '';
  });
  const tabTo = async (text) => {
    for (let i = 0; i < 15; i++) {
      if (plain(await focused() ?? '').includes(text)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached "${text}"`);
  };
  await tabTo('Other ways to pay');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await tabTo('Credit or debit card');
  await page.keyboard.press('Enter');
  assert.match(await focused(), /-number$/, 'focus moved to the card number');
  await page.keyboard.type('4242424242424242');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1230');
  await page.keyboard.press('Tab');
  await page.keyboard.type('123');
  await page.keyboard.press('Enter');
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.deepEqual((await payments(id)).map((p) => [p.method, p.status]), [['card', 'succeeded']]);
  await context.close();
  assert.deepEqual(errors, []);
});

test('demo: no layout shift while loading, keyboard alone pays, funnel events carry the variant', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${BASE}/`);
  await page.locator('.mc-pay').waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.shifts), [], 'the host page did not move');
  await accessible(page, 'ready (all methods)');
  for (let i = 0; i < 10 && !(await page.locator('.mc-pay').evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.ok(await status(page).evaluate((s) => s === document.activeElement), 'focus lands on the outcome');
  const events = plain(await page.locator('#events').textContent());
  const funnel = [...events.matchAll(/mc-funnel (\{.*\})/g)].map((m) => JSON.parse(m[1]));
  assert.deepEqual(funnel.map((f) => f.step), ['viewed', 'pay_tapped', 'succeeded']);
  assert.ok(funnel.every((f) => f.variant === 'demo'));
  assert.match(events, /mc-submit \{"methodId":"visa_4242"\}/);
  await context.close();
});

test('theming: appearance sets the custom properties; the dark scheme passes axe too', async () => {
  const context = await browser.newContext({ locale: 'en-US', colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.locator('.mc-pay').waitFor();
  await accessible(page, 'dark scheme');
  await shot(page, 'demo-dark');
  const url = await page.locator('micro-checkout').getAttribute('session-url');
  const colors = await page.evaluate(async (sessionUrl) => {
    const { mount } = await import('/dist/micro-checkout.js');
    const el = document.createElement('div');
    document.body.append(el);
    const handle = mount(el, { sessionUrl, appearance: { theme: 'light', variables: { accent: '#6b21a8', radius: '2px' } } });
    await handle.ready;
    for (let i = 0; i < 300 && !el.querySelector('.mc-pay'); i++) await new Promise((r) => setTimeout(r, 10));
    const pay = getComputedStyle(el.querySelector('.mc-pay'));
    const box = getComputedStyle(el.querySelector('.mc-checkout'));
    return { pay: pay.backgroundColor, radius: box.borderTopLeftRadius, bg: box.backgroundColor };
  }, url);
  assert.deepEqual(colors, { pay: 'rgb(107, 33, 168)', radius: '2px', bg: 'rgb(255, 255, 255)' });
  await context.close();
});
