// End to end, languages: locales load on demand (en-US costs no request), right-to-left
// layout for Arabic, merchant overrides, and a graceful fallback when a locale cannot load.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, accessible, launch, loose, plain, shot } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

async function demo(query, locale = 'en-US') {
  const context = await browser.newContext({ locale, viewport: { width: 480, height: 720 } });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/locales/')) fetched.push(new URL(r.url()).pathname); });
  await page.goto(`${BASE}/${query}`);
  await page.locator('.mc-pay').waitFor({ timeout: 15000 });
  return { context, page, fetched };
}

test('en-US needs no locale file; Korean fetches the files\' index and exactly one content-hashed file', async () => {
  const en = await demo('');
  assert.deepEqual(en.fetched, []);
  await en.context.close();
  const ko = await demo('?locale=ko-KR&currency=KRW', 'ko-KR');
  assert.equal(ko.fetched.length, 2, ko.fetched.join(' '));
  assert.match(ko.fetched[0], /^\/dist\/locales\/index\.[0-9a-f]{16}\.json$/);
  assert.match(ko.fetched[1], /^\/dist\/locales\/ko-KR\.[0-9a-f]{16}\.json$/);
  await ko.context.close();
});

test('Arabic renders right to left with the amount isolated, and passes axe', async () => {
  const { context, page } = await demo('?locale=ar');
  const section = page.locator('.mc-checkout');
  assert.equal(await section.getAttribute('dir'), 'rtl');
  assert.equal(await section.getAttribute('lang'), 'ar');
  const pay = plain(await page.locator('.mc-pay-label').textContent());
  assert.match(pay, /^ادفع .*0[.,٫]99/);
  const [item, total] = await Promise.all([
    page.locator('.mc-item').boundingBox(), page.locator('.mc-total').boundingBox()]);
  assert.ok(total.x < item.x, 'the total sits on the left in a right-to-left layout');
  await accessible(page, 'Arabic, right to left');
  await shot(page, 'locale-ar-rtl');
  await context.close();
});

test('merchant overrides rename a message per locale; a bad override is refused clearly', async () => {
  const { context, page } = await demo('');
  const url = await page.locator('micro-checkout').getAttribute('session-url');
  const result = await page.evaluate(async (sessionUrl) => {
    const { mount } = await import('/dist/micro-checkout.js');
    const wait = async (check) => { for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10)); };
    const el = document.createElement('div');
    document.body.append(el);
    const messages = { 'en-US': { 'pay-button': 'Buy now for { $amount }' }, 'ko-KR': { 'pay-button': '{ $amount } 지금 구매' } };
    const handle = mount(el, { sessionUrl, locale: 'en-US', messages });
    await handle.ready;
    await wait(() => el.querySelector('.mc-pay-label'));
    const english = el.querySelector('.mc-pay-label').textContent;
    handle.update({ locale: 'ko-KR' });
    await wait(() => el.querySelector('.mc-pay-label')?.textContent.includes('구매'));
    const korean = el.querySelector('.mc-pay-label').textContent;
    const bad = document.createElement('div');
    document.body.append(bad);
    const error = new Promise((resolve) => bad.addEventListener('mc-error', (e) => resolve(e.detail)));
    mount(bad, { sessionUrl, messages: { 'en-US': { 'pay-buton': 'Buy' } } });
    return { english, korean, error: await error };
  }, url);
  assert.equal(plain(result.english), 'Buy now for $0.99');
  assert.equal(plain(result.korean), 'US$0.99 지금 구매');
  assert.equal(result.error.code, 'mount_failed');
  assert.match(result.error.message, /no message `pay-buton`/);
  await context.close();
});

test('a locale that cannot load falls back to en-US instead of breaking the checkout', async () => {
  const { context, page } = await demo('');
  const url = await page.locator('micro-checkout').getAttribute('session-url');
  const label = await page.evaluate(async (sessionUrl) => {
    const { mount } = await import('/dist/micro-checkout.js');
    const el = document.createElement('div');
    document.body.append(el);
    const handle = mount(el, { sessionUrl, locale: 'ja-JP', localesUrl: '/nowhere/' });
    await handle.ready;
    for (let i = 0; i < 300 && !el.querySelector('.mc-pay-label'); i++) await new Promise((r) => setTimeout(r, 10));
    return el.querySelector('.mc-pay-label').textContent;
  }, url);
  assert.equal(plain(label), 'Pay $0.99');
  await page.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).first().waitFor();
  await context.close();
});
