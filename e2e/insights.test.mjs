// End to end, merchant insights: a session's variant overrides the Pay button's text, the
// widget's funnel events reach the backend when the page hides, and they land in the report,
// whose page passes axe in light and dark, under its CSP, without overflow.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { BASE, createSession, launch, method, open, payments, plain, shot, status } from './support.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

const report = async () => {
  const response = await fetch(`${BASE}/admin/report.json`);
  assert.equal(response.status, 200);
  return response.json();
};

async function variantOf(name, ready) {
  for (let i = 0; i < 100; i++) {
    const found = (await report()).variants.find((v) => v.variant === name);
    if (found && ready(found)) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  return (await report()).variants.find((v) => v.variant === name);
}

test("a variant's button text is what the buyer sees, and its events land in the report", async () => {
  const variant = `buy-now-${Date.now()}`;
  const id = await createSession({
    methods: [method.visa, method.card],
    variant,
    messages: { 'en-US': { 'pay-button': 'Buy now { $amount }' } },
  });
  const { page, context, errors } = await open(browser, id);
  const pay = page.locator('.mc-pay').first();
  assert.match(plain(await pay.textContent()), /^Buy now \$0\.99/);
  await shot(page, 'variant-buy-now');
  await pay.click();
  await status(page).filter({ hasText: 'Payment complete' }).waitFor();
  assert.deepEqual((await payments(id)).map((p) => p.status), ['succeeded']);
  const before = await variantOf(variant, () => true);
  assert.equal(before?.views ?? 0, 0, 'nothing is sent while the page is shown');
  // Leaving the page hides it: the queued events leave in one beacon.
  await page.goto('about:blank');
  const seen = await variantOf(variant, (v) => v.successes === 1 && v.pay_taps === 1);
  assert.ok(seen, 'the variant is in the report');
  assert.deepEqual(
    [seen.sessions, seen.views, seen.pay_taps, seen.successes],
    [1, 1, 1, 1],
  );
  const steps = Object.fromEntries(seen.steps.map((s) => [s.step, s.sessions]));
  assert.deepEqual([steps.viewed, steps.pay_tapped, steps.succeeded], [1, 1, 1]);
  await context.close();
  assert.deepEqual(errors, []);
});

test('the variant text follows the buyer\'s locale, and a session without one keeps the widget\'s text', async () => {
  const id = await createSession({
    methods: [method.visa],
    variant: 'ko-only',
    messages: { 'ko-KR': { 'pay-button': '지금 구매 { $amount }' } },
  });
  const { page, context } = await open(browser, id);
  assert.match(plain(await page.locator('.mc-pay').first().textContent()), /^Pay \$0\.99/);
  await context.close();
  const korean = await open(browser, id, { locale: 'ko-KR' });
  await korean.page.locator('.mc-pay').first().filter({ hasText: '지금 구매' }).waitFor();
  await korean.context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the report page (${colorScheme}): axe finds nothing, no CSP violation, nothing overflows`, async () => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
    });
    const response = await page.goto(`${BASE}/admin/report`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-security-policy'], /default-src 'none'/);
    await page.locator('h1').waitFor();
    assert.ok(await page.locator('svg').count() >= 1, 'the charts are inline SVG');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    // axe is evaluated through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(await import('node:fs').then((fs) => fs.readFileSync(AXE, 'utf8')));
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], `axe on the report (${colorScheme})`);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out = [];
      if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
      for (const el of document.querySelectorAll('main *')) {
        if (el.closest('.mc-scroll')) continue;
        const box = el.getBoundingClientRect();
        if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) out.push(`${el.tagName}.${el.className?.baseVal ?? el.className}`);
      }
      return out;
    });
    assert.deepEqual(overflow, [], 'nothing sticks out of a 390 px screen (tables scroll in their own box)');
    await shot(page, `report-${colorScheme}`);
    await context.close();
    assert.deepEqual(problems, []);
  });
}
