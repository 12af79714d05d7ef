// Shared by the end-to-end tests: the browser, sessions on the reference backend, what the
// backend recorded, and the accessibility scan (axe-core, WCAG 2.2 AA rules).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
export const SHOTS = process.env.SCREENSHOTS ?? '.';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Text without Fluent's bidi isolation marks. */
export const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

/** Matches `text` in an accessible name that may hold Fluent's bidi isolation marks. */
export const loose = (text) => {
  const body = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\u2068\u2069]*');
  return new RegExp(`^[\u2068\u2069]*${body}[\u2068\u2069]*$`);
};

/** What the backend recorded for a session, oldest first. */
export async function payments(sessionId) {
  const response = await fetch(`${BASE}/admin/payments?session_id=${sessionId}`);
  assert.equal(response.status, 200);
  return response.json();
}

const money = (amount_minor, currency = 'USD') =>
  ({ amount_minor, currency, exponent: currency === 'KRW' || currency === 'JPY' ? 0 : 2 });

/** Creates a session on the reference backend selling `amount` with `methods`. */
export async function createSession({ methods, amount = 99, currency = 'USD', country, variant, messages, buyer }) {
  const body = {
    merchant: 'Pixel Stickers',
    lines: [{ label: 'Sticker pack', quantity: 1, amount: money(amount, currency) }],
    methods,
    default_method: methods[0].id,
    ...(country && { country }),
    ...(variant && { variant }),
    ...(messages && { messages }),
    ...(buyer && { buyer }),
  };
  const response = await fetch(`${BASE}/api/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).id;
}

export const method = {
  visa: { id: 'visa_4242', kind: 'saved_card', brand: 'visa', last4: '4242', saved: true, one_tap: true },
  card: { id: 'card', kind: 'card', brands: ['visa', 'mastercard'] },
  phone: (carriers = ['skt', 'kt', 'lgu']) => ({ id: 'phone', kind: 'carrier_billing', carriers }),
  wallet: { id: 'kakaopay', kind: 'wallet', wallet: 'kakaopay', flow: 'popup' },
  qr: { id: 'qr', kind: 'qr', scheme: 'promptpay' },
  transfer: { id: 'transfer', kind: 'bank_transfer' },
  credits: (balance, packs = []) => ({
    id: 'credits', kind: 'balance', saved: true, one_tap: true, balance: money(balance),
    packs: packs.map(([id, credit, price]) => ({ id, credit: money(credit), price: money(price) })),
  }),
};

/** Opens the demo page around session `id`; returns the page, its context and script errors. */
export async function open(browser, id, { locale = 'en-US', colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ locale, colorScheme, viewport: { width: 480, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${BASE}/?session=${id}`);
  await page.locator('.mc-pay').first().waitFor({ timeout: 15000 });
  return { page, context, errors };
}

/** Scans the widget with axe-core and fails on any WCAG 2.x A/AA violation. */
export async function accessible(page, state) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run({ include: [['.mc-checkout']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `axe found violations in state "${state}"`);
}

/** Saves a screenshot of the page as `name`.png among the end-to-end screenshots. */
export const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

/** Picks `name` under "Other ways to pay". */
export async function choose(page, name) {
  await page.getByRole('button', { name: 'Other ways to pay' }).click();
  await page.getByRole('button', { name: loose(name) }).click();
}

/** The live status region. */
export const status = (page) => page.getByRole('status');
