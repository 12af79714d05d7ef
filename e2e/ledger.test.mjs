// What the buyer saw is what is recorded: for every method kind, the amount on the Pay button
// the buyer tapped equals the amount the backend recorded (`/admin/payments`), a method's fee
// is recorded as its own field, and a top-up pack bought to pay from a balance is recorded
// with its price, its credit and what the balance paid.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, choose, createSession, launch, loose, method, open, payments, plain, status } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

const usd = (amount_minor) => ({ amount_minor, currency: 'USD', exponent: 2 });
const krw = (amount_minor) => ({ amount_minor, currency: 'KRW', exponent: 0 });

/** `amount_minor` of `currency` as the widget formats it for `locale`. */
function formatted(amount_minor, currency, locale) {
  const exponent = currency === 'KRW' ? 0 : 2;
  const decimal = exponent ? `${Math.trunc(amount_minor / 100)}.${String(amount_minor % 100).padStart(2, '0')}` : String(amount_minor);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal);
}

const digits = () => String(1000 + Math.floor(Math.random() * 8000));

// [name, methods, session options, what the buyer does before Pay, what completes it,
//  the fee to be recorded, the top-up to be recorded]
const journeys = [
  ['saved card with a fee', [{ ...method.visa, fee: usd(10) }], {}, null, null, 10, null],
  ['new card with a fee', [{ ...method.card, fee: usd(25) }, method.visa], {}, async (page) => {
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Expiry date').fill('12 / 34');
    await page.getByLabel('Security code').fill('123');
  }, null, 25, null],
  ['carrier billing with a fee', [{ ...method.phone(['skt']), fee: krw(100) }, method.visa],
    { currency: 'KRW', amount: 1200, country: 'KR' }, async (page) => {
      await page.getByLabel(loose('SK Telecom')).check();
      await page.getByLabel('Phone number').fill(`010-${digits()}-${digits()}`);
    }, async (page) => {
      await page.getByLabel('Verification code').fill('123456');
    }, 100, null],
  ['wallet popup', [method.wallet, method.visa], { currency: 'KRW', amount: 1200, country: 'KR' }, null, async (page, _id, popup) => {
    await (await popup).getByRole('button', { name: 'Approve' }).click();
  }, 0, null],
  ['QR', [{ ...method.qr, fee: usd(5) }, method.visa], {}, null, async (page, paymentId) => {
    await page.getByRole('img', { name: 'QR code for this payment' }).waitFor();
    await fetch(`${BASE}/test/payments/${paymentId}/scan`, { method: 'POST' });
  }, 5, null],
  ['bank transfer with a fee', [{ ...method.transfer, fee: usd(20) }, method.visa], {}, null, async (page, paymentId) => {
    await page.getByRole('heading', { name: 'Pay by bank transfer' }).waitFor();
    // The amount to transfer is the amount the Pay button showed, fee included.
    const exact = await page.locator('.mc-detail', { hasText: 'Exact amount' }).locator('.mc-value').textContent();
    assert.equal(plain(exact).trim(), '$1.19');
    await fetch(`${BASE}/test/payments/${paymentId}/transfer`, { method: 'POST' });
  }, 20, null],
  ['balance that covers', [method.credits(150), method.visa], {}, null, null, 0, null],
  ['balance topped up with a pack', [method.credits(50, [['pack_5', 500, 400]]), method.visa], {}, null, null, 0,
    { pack: 'pack_5', price_minor: 400, credit_minor: 500, balance_debited_minor: 99 }],
];

test('for every method kind, the amount on the Pay button is the amount recorded', async () => {
  for (const [name, methods, options, fill, finish, fee, topUp] of journeys) {
    const id = await createSession({ methods, ...options });
    const locale = 'en-US'; // the page's language, as the widget formats for it
    const { page, context, errors } = await open(browser, id);
    await fill?.(page);
    const shown = plain(await page.locator('.mc-pay-label').textContent()).replace(/^Pay\s*/, '').trim();
    const popup = methods[0].kind === 'wallet' ? page.waitForEvent('popup') : null;
    await page.locator('.mc-pay').click();
    if (finish) {
      const [pending] = await (async () => {
        for (let i = 0; i < 50; i++) {
          const recorded = await payments(id);
          if (recorded.length) return recorded;
          await new Promise((r) => setTimeout(r, 100));
        }
        return [];
      })();
      assert.ok(pending, `${name}: the payment was recorded`);
      await finish(page, pending.id, popup);
    }
    await status(page).filter({ hasText: 'Payment complete' }).waitFor({ timeout: 15000 });
    const recorded = (await payments(id)).filter((p) => p.status === 'succeeded');
    assert.equal(recorded.length, 1, `${name}: charged once`);
    const [payment] = recorded;
    assert.equal(formatted(payment.amount_minor, payment.currency, locale).replace(/\s/g, ' '), shown.replace(/\s/g, ' '),
      `${name}: the button showed ${shown}; the backend recorded ${payment.amount_minor} ${payment.currency}`);
    assert.equal(payment.fee_minor, fee, `${name}: the fee is recorded as its own field`);
    assert.deepEqual(payment.top_up ?? null, topUp, `${name}: the top-up pack`);
    await context.close();
    assert.deepEqual(errors, [], name);
  }
});

test('a top-up pack the buyer picks is what the button charges', async () => {
  const packs = [['pack_2', 200, 180], ['pack_5', 500, 400]];
  const id = await createSession({ methods: [method.visa, method.credits(50, packs)] });
  const { page, context, errors } = await open(browser, id);
  await choose(page, 'Balance ($0.50)');
  await page.getByLabel(loose('$5.00 of credit for $4.00')).check();
  assert.equal(plain(await page.locator('.mc-pay-label').textContent()).trim(), 'Pay $4.00');
  await page.locator('.mc-pay').click();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  const [payment] = await payments(id);
  assert.equal(payment.amount_minor, 400);
  assert.deepEqual(payment.top_up, { pack: 'pack_5', price_minor: 400, credit_minor: 500, balance_debited_minor: 99 });
  await context.close();
  assert.deepEqual(errors, []);
});
