// End to end: the page `trunk build --release` writes (TRUNK_DIST, from `cargo xtask test`
// through `cargo xtask dev --build`'s build) behaves like the shipped widget: served as a
// static folder with the backend's paths proxied, it loads the entry and stylesheet with
// their integrity, pays once with the saved card in Korean (a locale file), and draws a QR
// code (the QR module), without a script error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './apps/serve.mjs';
import { BASE, SHOTS, launch, loose, payments } from './support.mjs';

const DIST = process.env.TRUNK_DIST;
const skip = DIST ? false : 'TRUNK_DIST (trunk build\'s output) is not set: run `cargo xtask test`';

let browser;
let server;
before(async () => {
  if (!DIST) return;
  browser = await launch();
  server = await serve(DIST, BASE);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(`${server.url}/${query}`);
  return { context, page, errors };
}

test('Trunk\'s page pays once in Korean, with its entry and stylesheet under integrity', { skip }, async () => {
  const { context, page, errors } = await open('?locale=ko-KR&currency=KRW');
  const entry = page.locator('script[type="module"][src^="/micro-checkout."]');
  assert.match(await entry.getAttribute('integrity'), /^sha384-/);
  assert.match(await page.locator('link[rel="stylesheet"][href^="/micro-checkout."]').getAttribute('integrity'), /^sha384-/);
  const pay = page.getByRole('button', { name: loose('₩1,200 결제하기 Visa (끝자리 4242)') });
  await pay.waitFor({ timeout: 20000 });
  const sessionId = (await page.locator('micro-checkout').getAttribute('session-url')).split('/').pop();
  await pay.click();
  await page.getByRole('status').filter({ hasText: '결제가 완료되었습니다' }).waitFor({ timeout: 20000 });
  await page.screenshot({ path: path.join(SHOTS, 'trunk-ko-KR-paid.png'), fullPage: true });
  await context.close();
  assert.deepEqual(errors, [], 'no script errors on the page');
  const recorded = await payments(sessionId);
  assert.equal(recorded.length, 1, 'exactly one payment recorded');
  assert.equal(recorded[0].status, 'succeeded');
  assert.equal(recorded[0].amount_minor, 1200);
});

test('Trunk\'s page shows a QR code, its steps in the one module', { skip }, async () => {
  const { context, page, errors } = await open('');
  await page.getByRole('button', { name: 'Other ways to pay' }).waitFor({ timeout: 20000 });
  await page.getByRole('button', { name: 'Other ways to pay' }).click();
  await page.getByRole('button', { name: /PromptPay|QR/ }).first().click();
  await page.locator('.mc-pay').first().click();
  await page.getByRole('img', { name: 'QR code for this payment' }).waitFor({ timeout: 20000 });
  const side = Number((await page.locator('svg.mc-qr-code').getAttribute('viewBox')).split(' ')[2]);
  assert.ok(side >= 29, `a drawn QR code (${side} modules with its margin)`);
  await page.screenshot({ path: path.join(SHOTS, 'trunk-qr.png'), fullPage: true });
  await context.close();
  assert.deepEqual(errors, [], 'no script errors on the page');
});
