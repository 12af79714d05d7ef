// End to end with the example merchant backend in Python (examples/python-backend), written
// from docs/contract.md alone: the real widget, served on that backend's own checkout page,
// pays once with every method kind, and that backend's ledger records exactly that payment.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessible, launch, loose, method, status } from './support.mjs';

const PY = process.env.PY_BASE_URL;
const skip = !PY && 'PY_BASE_URL (the Python backend) is not set; cargo xtask test sets it';

let browser;
before(async () => { if (PY) browser = await launch(); });
after(() => browser?.close());

const money = (amount_minor, currency = 'USD') =>
  ({ amount_minor, currency, exponent: currency === 'KRW' ? 0 : 2 });

async function createSession(methods, { amount = 99, currency = 'USD', country } = {}) {
  const body = {
    merchant: 'Pixel Stickers', lines: [{ label: 'Sticker pack', quantity: 1, amount: money(amount, currency) }],
    methods, default_method: methods[0].id, ...(country && { country }),
  };
  const response = await fetch(`${PY}/api/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(response.status, 201, await response.clone().text());
  assert.match(response.headers.get('location'), /^\/api\/sessions\/ses_/);
  return (await response.json()).id;
}

const ledger = async (id) => (await (await fetch(`${PY}/admin/payments?session_id=${id}`)).json())
  .map((p) => [p.method, p.status, p.error_code]);

async function waiting(id) {
  for (let i = 0; i < 50; i++) {
    const [payment] = await (await fetch(`${PY}/admin/payments?session_id=${id}`)).json();
    if (payment?.status === 'requires_action') return payment.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no payment waiting for the buyer');
}

/** Opens the Python backend's checkout page around `id`, runs `pay`, and checks the result. */
async function journey(id, methodId, pay) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${PY}/?session=${id}`);
  await page.locator('.mc-pay').first().waitFor({ timeout: 15000 });
  await pay(page);
  await status(page).filter({ hasText: 'Payment complete' }).waitFor({ timeout: 15000 });
  await accessible(page, `paid with ${methodId} through the Python backend`);
  assert.deepEqual(await ledger(id), [[methodId, 'succeeded', null]]);
  await context.close();
  assert.deepEqual(errors, []);
}

const hook = async (id, event) =>
  assert.equal((await fetch(`${PY}/test/payments/${await waiting(id)}/${event}`, { method: 'POST' })).status, 200);

test('Python backend: a saved card, one tap', { skip }, async () => {
  const id = await createSession([method.visa]);
  await journey(id, 'visa_4242', (page) => page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).click());
});

test('Python backend: a new card, tokenized there, then one with 3-D Secure', { skip }, async () => {
  for (const [number, challenged] of [['4242 4242 4242 4242', false], ['4000 0000 0000 3220', true]]) {
    const id = await createSession([method.card]);
    await journey(id, 'card', async (page) => {
      await page.getByLabel('Card number').fill(number);
      await page.getByLabel('Expiry date').fill('12 / 30');
      await page.getByLabel('Security code').fill('123');
      await page.locator('.mc-pay').click();
      if (challenged) {
        const frame = page.frameLocator('iframe[title="Your bank’s verification page"]');
        await frame.getByRole('button', { name: 'Authenticate' }).click();
      }
    });
  }
});

test('Python backend: carrier billing with its code', { skip }, async () => {
  const id = await createSession([method.phone()], { amount: 1200, currency: 'KRW', country: 'KR' });
  await journey(id, 'phone', async (page) => {
    await page.getByLabel(loose('SK Telecom')).check();
    await page.getByLabel('Phone number').fill('010-1234-5678');
    await page.getByRole('button', { name: loose('Pay ₩1,200 Phone bill') }).click();
    await page.getByLabel('Verification code').fill('123456');
  });
});

test('Python backend: a wallet approved in its popup', { skip }, async () => {
  const id = await createSession([method.wallet]);
  await journey(id, 'kakaopay', async (page) => {
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: loose('Pay $0.99 KakaoPay') }).click();
    await (await popup).getByRole('button', { name: 'Approve' }).click();
  });
});

test('Python backend: a QR code, paid when scanned', { skip }, async () => {
  const id = await createSession([method.qr]);
  await journey(id, 'qr', async (page) => {
    await page.getByRole('button', { name: loose('Pay $0.99 Scan a QR code') }).click();
    await page.getByRole('img', { name: 'QR code for this payment' }).waitFor();
    await hook(id, 'scan');
  });
});

test('Python backend: a bank transfer, paid on arrival', { skip }, async () => {
  const id = await createSession([method.transfer]);
  await journey(id, 'transfer', async (page) => {
    await page.getByRole('button', { name: loose('Pay $0.99 Bank transfer') }).click();
    await page.getByRole('heading', { name: 'Pay by bank transfer' }).waitFor();
    await hook(id, 'transfer');
  });
});

test('Python backend: a balance that covers the total, one tap', { skip }, async () => {
  const id = await createSession([method.credits(500)]);
  await journey(id, 'credits', (page) => page.locator('.mc-pay').first().click());
});
