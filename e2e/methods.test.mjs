// End to end, one method kind at a time: the happy path and a failure path of each, in real
// Chromium against the reference backend. Every test checks what the buyer sees, what the
// backend recorded, and runs axe-core on every state it passes through.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, accessible, choose, createSession, launch, loose, method, open, payments, shot, status,
} from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

const summary = (recorded) => recorded.map((p) => [p.method, p.status, p.error_code]);

async function typeCard(page, number, expiry = '12 / 30', cvc = '123') {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiry date').fill(expiry);
  await page.getByLabel('Security code').fill(cvc);
}

test('card: inline errors, tokenized new card, 3-D Secure, and a decline that falls back', async () => {
  const id = await createSession({ methods: [method.visa, method.card] });
  const { page, context, errors } = await open(browser, id);
  const sent = [];
  page.on('request', (r) => sent.push([new URL(r.url()).pathname, r.postData() ?? '']));
  await choose(page, 'Credit or debit card');
  await page.getByLabel('Card number').fill('4242 4242 4242 4241');
  await page.getByRole('button', { name: loose('Pay $0.99 Credit or debit card') }).click();
  await page.getByText('This card number isn’t valid. Check it for typos.').waitFor();
  assert.equal(await page.getByLabel('Card number').getAttribute('aria-invalid'), 'true');
  await accessible(page, 'card form with errors');
  await shot(page, 'card-errors');
  await typeCard(page, '4000000000000002');
  await page.locator('.mc-pay').click();
  await status(page).filter({ hasText: 'Your card was declined' }).waitFor();
  await accessible(page, 'declined with fallback');
  await shot(page, 'card-declined-fallback');
  await page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).click();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.deepEqual(summary(await payments(id)), [['card', 'failed', 'card_declined'], ['visa_4242', 'succeeded', null]]);
  const leaks = sent.filter(([p, body]) => body.includes('4000000000000002') && p !== '/vault/tokens');
  assert.deepEqual(leaks, [], 'the card number went only to the tokenizer');
  assert.ok(sent.some(([p, body]) => p.endsWith('/confirm') && body.includes('"token"')), 'confirm carried a token');

  const challenged = await createSession({ methods: [method.card, method.visa] });
  await page.goto(`${BASE}/?session=${challenged}`);
  await typeCard(page, '4000 0000 0000 3220');
  await page.locator('.mc-pay').click();
  const frame = page.frameLocator('iframe[title="Your bank’s verification page"]');
  await frame.getByRole('button', { name: 'Authenticate' }).waitFor();
  await accessible(page, '3-D Secure challenge');
  await shot(page, 'card-three-ds');
  await frame.getByRole('button', { name: 'Authenticate' }).click();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  await accessible(page, 'succeeded');
  assert.deepEqual(summary(await payments(challenged)), [['card', 'succeeded', null]]);
  await context.close();
  assert.deepEqual(errors, []);
});

test('carrier billing: carrier, phone, the code inside the widget, a wrong code, a declined phone', async () => {
  const id = await createSession({ methods: [method.phone(), method.visa], currency: 'KRW', amount: 1200, country: 'KR' });
  const { page, context, errors } = await open(browser, id);
  await page.getByRole('button', { name: loose('Pay ₩1,200 Phone bill') }).click();
  await page.getByText('Choose your mobile carrier.').waitFor();
  await accessible(page, 'carrier form with errors');
  await page.getByLabel(loose('SK Telecom')).check();
  await page.getByLabel('Phone number').fill('010-1234-5678');
  assert.equal(await page.getByLabel('Phone number').getAttribute('autocomplete'), 'tel');
  await page.getByRole('button', { name: loose('Pay ₩1,200 Phone bill') }).click();
  const code = page.getByLabel('Verification code');
  await code.waitFor();
  assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
  assert.ok(await page.getByRole('heading', { name: 'Enter the code' }).evaluate((h) => h === document.activeElement),
    'focus moved to the code step');
  await page.getByText(/Send a new code in .?0:[0-9]{2}/).waitFor();
  await accessible(page, 'code step');
  await shot(page, 'carrier-otp');
  await code.fill('000000');
  await page.getByText('That code isn’t right. Check the text message and try again.').waitFor();
  await accessible(page, 'wrong code');
  await shot(page, 'carrier-otp-wrong');
  await code.fill('123456');
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.deepEqual(summary(await payments(id)), [['phone', 'succeeded', null]]);

  const declined = await createSession({ methods: [method.phone(), method.visa], currency: 'KRW', amount: 1200, country: 'KR' });
  await page.goto(`${BASE}/?session=${declined}`);
  await page.getByLabel(loose('KT')).check();
  await page.getByLabel('Phone number').fill('010 9999 0000');
  await page.getByRole('button', { name: loose('Pay ₩1,200 Phone bill') }).click();
  await page.getByLabel('Verification code').fill('123456');
  await status(page).filter({ hasText: 'Your carrier declined this charge' }).waitFor();
  await page.getByRole('button', { name: loose('Pay ₩1,200 Visa ending in 4242') }).click();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.deepEqual(summary(await payments(declined)),
    [['phone', 'failed', 'carrier_declined'], ['visa_4242', 'succeeded', null]]);
  await context.close();
  assert.deepEqual(errors, []);
});

test('the payment steps\' module: off the critical path, fetched once a payment is under way; tampered, it is refused and Try again loads it', async () => {
  const id = await createSession({ methods: [method.phone(), method.visa], currency: 'KRW', amount: 1200, country: 'KR' });
  const { page, context, errors } = await open(browser, id);
  const fetched = [];
  let failing = true;
  await page.route('**/dist/steps.*.wasm', async (route) => {
    fetched.push(failing ? 'tampered' : 'served');
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    if (failing) body[body.length - 1] ^= 1;
    await route.fulfill({ response, body });
  });
  await page.waitForTimeout(500);
  assert.deepEqual(fetched, [], 'the page loads without the steps\' module');
  await page.getByLabel(loose('SK Telecom')).check();
  await page.getByLabel('Phone number').fill('010-1234-5678');
  await page.getByRole('button', { name: loose('Pay ₩1,200 Phone bill') }).click();
  await page.getByText('Something went wrong. Try again.').waitFor();
  assert.ok(fetched.length >= 1 && fetched.every((f) => f === 'tampered'), JSON.stringify(fetched));
  assert.ok(await page.getByRole('button', { name: 'Cancel payment' }).isVisible(), 'Cancel stays');
  await accessible(page, 'steps module failed');
  await shot(page, 'steps-module-failed');
  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  const code = page.getByLabel('Verification code');
  await code.waitFor();
  assert.ok(await page.getByRole('heading', { name: 'Enter the code' }).evaluate((h) => h === document.activeElement),
    'focus moved to the code step once it loaded');
  await code.fill('123456');
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.deepEqual(summary(await payments(id)), [['phone', 'succeeded', null]]);
  assert.equal(fetched.filter((f) => f === 'served').length, 1, 'fetched once it could be');
  await context.close();
  assert.deepEqual(errors, []);
});

test('wallet: approved in its popup; declined in its popup falls back to the card', async () => {
  for (const [decision, expected] of [['Approve', [['kakaopay', 'succeeded', null]]],
    ['Decline', [['kakaopay', 'canceled', 'canceled_by_buyer'], ['visa_4242', 'succeeded', null]]]]) {
    const id = await createSession({ methods: [method.wallet, method.visa] });
    const { page, context, errors } = await open(browser, id);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: loose('Pay $0.99 KakaoPay') }).click();
    const wallet = await popup;
    await page.getByRole('heading', { name: loose('Continue in KakaoPay') }).waitFor();
    await accessible(page, 'waiting for the wallet');
    await shot(page, 'wallet-waiting');
    await wallet.getByRole('button', { name: decision }).click();
    if (decision === 'Decline') {
      await status(page).filter({ hasText: 'Nothing was charged' }).waitFor();
      await page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).click();
    }
    await status(page).filter({ hasText: 'Payment complete' }).waitFor();
    assert.deepEqual(summary(await payments(id)), expected);
    await context.close();
    assert.deepEqual(errors, []);
  }
});

async function waitingPayment(sessionId) {
  for (let i = 0; i < 50; i++) {
    const [payment] = await payments(sessionId);
    if (payment?.status === 'requires_action') return payment.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no payment waiting for the buyer');
}

test('QR: paid when scanned while the page polls; an expired code offers the next method', async () => {
  const id = await createSession({ methods: [method.qr, method.visa] });
  const { page, context, errors } = await open(browser, id);
  await page.getByRole('button', { name: loose('Pay $0.99 Scan a QR code') }).click();
  await page.getByRole('img', { name: 'QR code for this payment' }).waitFor();
  await page.getByText(/This code expires in .?0:0[0-9]/).waitFor();
  await accessible(page, 'QR code');
  await shot(page, 'qr-code');
  const paymentId = await waitingPayment(id);
  assert.equal((await fetch(`${BASE}/test/payments/${paymentId}/scan`, { method: 'POST' })).status, 200);
  await status(page).filter({ hasText: 'Payment complete' }).waitFor({ timeout: 10000 });
  assert.deepEqual(summary(await payments(id)), [['qr', 'succeeded', null]]);

  const expiring = await createSession({ methods: [method.qr, method.visa] });
  await page.goto(`${BASE}/?session=${expiring}`);
  await page.getByRole('button', { name: loose('Pay $0.99 Scan a QR code') }).click();
  await status(page).filter({ hasText: 'The time to pay ran out' }).waitFor({ timeout: 15000 });
  await accessible(page, 'QR expired');
  await shot(page, 'qr-expired');
  await page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).waitFor();
  assert.deepEqual(summary(await payments(expiring)), [['qr', 'failed', 'expired']]);
  await context.close();
  assert.deepEqual(errors, []);
});

test('bank transfer: instructions with copy buttons, paid on arrival; cancel is honest', async () => {
  const id = await createSession({ methods: [method.transfer, method.visa] });
  const { page, context, errors } = await open(browser, id);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: loose('Pay $0.99 Bank transfer') }).click();
  await page.getByRole('heading', { name: 'Pay by bank transfer' }).waitFor();
  await page.getByRole('button', { name: loose('Copy Account number') }).click();
  const account = await page.locator('.mc-detail', { hasText: 'Account number' }).locator('.mc-value').textContent();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), account);
  await page.getByText(loose('Account number copied.')).waitFor();
  await accessible(page, 'transfer instructions');
  await shot(page, 'transfer-instructions');
  const paymentId = await waitingPayment(id);
  assert.equal((await fetch(`${BASE}/test/payments/${paymentId}/transfer`, { method: 'POST' })).status, 200);
  await status(page).filter({ hasText: 'Payment complete' }).waitFor({ timeout: 10000 });
  assert.deepEqual(summary(await payments(id)), [['transfer', 'succeeded', null]]);

  const canceled = await createSession({ methods: [method.transfer, method.visa] });
  await page.goto(`${BASE}/?session=${canceled}`);
  await page.getByRole('button', { name: loose('Pay $0.99 Bank transfer') }).click();
  await page.getByRole('button', { name: 'Cancel payment' }).click();
  await status(page).filter({ hasText: 'Payment canceled. Nothing was charged.' }).waitFor();
  await page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).waitFor();
  assert.deepEqual(summary(await payments(canceled)), [['transfer', 'canceled', 'canceled_by_buyer']]);
  await context.close();
  assert.deepEqual(errors, []);
});

test('balance: one tap when it covers, a top-up pack when short, hidden when nothing covers', async () => {
  const short = await createSession({ methods: [method.credits(50, [['pack_5', 500, 400]]), method.visa] });
  const { page, context, errors } = await open(browser, short);
  await page.getByText(loose('Your balance: $0.50')).waitFor();
  assert.equal(await page.getByLabel(loose('$5.00 of credit for $4.00')).isChecked(), true, 'the pack that covers is chosen');
  await accessible(page, 'balance with a top-up pack');
  await shot(page, 'balance-top-up');
  await page.locator('.mc-pay').click();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.deepEqual(summary(await payments(short)), [['credits', 'succeeded', null]]);

  const covered = await createSession({ methods: [method.visa, method.credits(500)] });
  await page.goto(`${BASE}/?session=${covered}`);
  await choose(page, 'Balance ($5.00)');
  await page.getByRole('button', { name: loose('Pay $0.99 Balance ($5.00)') }).click();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.deepEqual(summary(await payments(covered)), [['credits', 'succeeded', null]]);

  const empty = await createSession({ methods: [method.visa, method.credits(50)] });
  await page.goto(`${BASE}/?session=${empty}`);
  await page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Other ways to pay' }).count(), 0,
    'a balance that cannot pay is not offered');
  await context.close();
  assert.deepEqual(errors, []);
});
