// Screenshots of the key states in every locale, from the designer preview; run by
// `cargo xtask screenshots`. Writes SCREENSHOTS/<state>/<locale>.png and lists any text
// that overflows its box; exits non-zero if a state is not reached or text overflows.
import fs from 'node:fs';
import path from 'node:path';
import { BASE, SHOTS, launch } from './support.mjs';

const STATES = { ready: 'visa_4242', 'field-errors': 'card', otp: 'phone', qr: 'promptpay', failure: 'visa_4242' };
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 440, height: 900 } });
await page.goto(`${BASE}/preview`);
await page.waitForFunction(() => document.body.dataset.ready === 'true');
const locales = await page.$$eval('#locale option', (options) => options.map((o) => o.value));
const problems = [];
for (const [state, method] of Object.entries(STATES)) {
  fs.mkdirSync(path.join(SHOTS, state), { recursive: true });
  for (const locale of locales) {
    const query = new URLSearchParams({ view: 'single', locale, currency: locale === 'ko-KR' ? 'KRW' : 'USD', method, state });
    await page.goto(`${BASE}/preview?${query}`);
    await page.waitForFunction(() => ['true', 'failed'].includes(document.body.dataset.ready), null, { timeout: 15000 });
    if ((await page.evaluate(() => document.body.dataset.ready)) !== 'true') problems.push(`${locale} ${state}: not reached`);
    // The preview's sticky header would cover the top of a tall widget in the shot.
    await page.addStyleTag({ content: 'header { position: static !important; }' });
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => {
      const box = document.querySelector('.mc-checkout').getBoundingClientRect();
      return [...document.querySelectorAll('.mc-checkout *')]
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => {
          const rect = el.getBoundingClientRect();
          const clipped = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
          return clipped || rect.right > box.right + 1 || rect.left < box.left - 1;
        })
        .map((el) => `${el.className || el.tagName}: ${el.textContent.slice(0, 40)}`);
    });
    for (const item of overflow) problems.push(`${locale} ${state}: overflows: ${item}`);
    await page.locator('#stage figure').screenshot({ path: path.join(SHOTS, state, `${locale}.png`) });
  }
  console.log(`${state}: ${locales.length} locales`);
}
await browser.close();
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`no state missed, no text overflows (${locales.length} locales × ${Object.keys(STATES).length} states)`);
