// End to end, the designer preview: fixture-backed widgets in every locale, steered into a
// state, with a live theme panel. No merchant backend is involved.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, accessible, launch, shot } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

async function preview(query) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const missing = [];
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('favicon.ico')) missing.push(r.url()); });
  page.on('pageerror', (e) => missing.push(e.message));
  await page.goto(`${BASE}/preview?${query}`);
  await page.waitForFunction(() => ['true', 'failed'].includes(document.body.dataset.ready), null, { timeout: 30000 });
  return { page, missing };
}

test('the grid shows one state in every locale, each reached from the fixtures', async () => {
  const { page, missing } = await preview('view=grid&state=failure&method=visa_4242&currency=EUR');
  assert.equal(await page.evaluate(() => document.body.dataset.ready), 'true');
  const locales = await page.$$eval('#locale option', (o) => o.length);
  assert.ok(locales >= 24, `${locales} locales`);
  assert.equal(await page.locator('#stage figure').count(), locales);
  assert.equal(await page.locator('.mc-status.mc-error').count(), locales, 'every instance shows the failure');
  assert.deepEqual(await page.$$eval('.mc-checkout[dir=rtl]', (s) => s.map((e) => e.lang)).then((l) => l.sort()), ['ar', 'he']);
  assert.deepEqual(missing, []);
  await shot(page, 'preview-grid-failure');
  await page.close();
});

test('one locale in each state; the theme panel edits custom properties live', async () => {
  for (const [state, shown] of [['ready', '.mc-pay'], ['field-errors', '.mc-field-error'],
    ['otp', 'input[autocomplete="one-time-code"]'], ['qr', '.mc-qr-code'], ['processing', '.mc-spinner'],
    ['success', '.mc-status.mc-success'], ['failure', '.mc-status.mc-error']]) {
    const { page, missing } = await preview(`view=single&locale=ja-JP&currency=JPY&state=${state}`);
    assert.equal(await page.evaluate(() => document.body.dataset.ready), 'true', state);
    assert.ok(await page.locator(`#stage ${shown}`).count() > 0, state);
    await accessible(page, `preview ${state}`);
    assert.deepEqual(missing, [], state);
    if (state === 'ready') {
      assert.match(await page.locator('.mc-amount').textContent(), /^[￥¥]298$/, 'JPY has no decimals');
      await page.locator('[data-var="accent"]').fill('#aa0044');
      const color = await page.locator('.mc-pay').evaluate((b) => getComputedStyle(b).backgroundColor);
      assert.equal(color, 'rgb(170, 0, 68)');
      await page.locator('#scheme').selectOption('dark');
      assert.equal(await page.locator('#stage .mc-root').getAttribute('data-mc-theme'), 'dark');
    }
    await page.close();
  }
});
