// End to end: the npm package where web developers use it. A fresh Vite app (React under
// StrictMode, the custom element and Vue) and a fresh webpack app (two `mount`s on one page)
// each install the packed tarball (MC_PACKAGE, written by `cargo xtask package`) and their
// bundler from the npm registry, build for production, and pay once in real Chromium
// against the reference backend; the build's output must hold the widget's wasm, served as
// application/wasm. The Vite app also pays through Vite's dev server (its dependency
// pre-bundling rewrites the URLs). Rendering the React component and importing every entry
// on a server (Node) must not touch a browser global, and the package's types must compile (tsc).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serve } from './apps/serve.mjs';
import { BASE, SHOTS, createSession, launch, loose, method, payments } from './support.mjs';

const TARBALL = process.env.MC_PACKAGE;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORK = path.resolve(HERE, '..', 'target', 'e2e', 'apps');
const skip = TARBALL ? false : 'MC_PACKAGE (the packed tarball) is not set: run `cargo xtask test`';

let browser;
before(async () => { if (TARBALL) browser = await launch(); });
after(() => browser?.close());

const run = promisify(execFile);

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** Waits until `ready()` answers true, failing with `why()` after `ms`. */
async function until(ready, ms, why) {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(why());
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Runs `command` in `cwd`; a failure shows its output. */
async function sh(command, args, cwd) {
  try {
    return (await run(command, args, { cwd, maxBuffer: 64 << 20, timeout: 600_000 })).stdout;
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${error.stdout}\n${error.stderr}`);
  }
}

/** A fresh copy of app `name`, with the tarball and the app's pinned packages installed. */
async function install(name) {
  const dir = path.join(WORK, name);
  await rm(dir, { recursive: true, force: true });
  await cp(path.join(HERE, 'apps', name), dir, { recursive: true });
  await sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', path.resolve(TARBALL)], dir);
  return dir;
}

/** Every file under `dir`, relative. */
async function files(dir) {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

const sha = async (file) => createHash('sha256').update(await readFile(file)).digest('hex');

/** The build output holds the package's wasm files unchanged (by content, under any name). */
async function assertWasmCopied(app, out) {
  const pkg = path.join(app, 'node_modules', 'micro-checkout');
  const shipped = (await readdir(pkg)).filter((name) => name.endsWith('.wasm'));
  assert.equal(shipped.length, 3, `the package ships the widget, steps and QR wasm: ${shipped}`);
  const built = (await files(out)).filter((name) => name.endsWith('.wasm'));
  const builtHashes = new Set(await Promise.all(built.map((name) => sha(path.join(out, name)))));
  for (const name of shipped) {
    assert.ok(builtHashes.has(await sha(path.join(pkg, name))), `${name} is in the build output (${built.join(', ')})`);
  }
  return built;
}

/** Opens `url` in a fresh context; answers the page, its errors and the wasm responses. */
async function openApp(url) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 520, height: 1100 } });
  const page = await context.newPage();
  const errors = [];
  const wasm = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.wasm')) {
      wasm.push({ url: response.url(), status: response.status(), type: response.headers()['content-type'] });
    }
  });
  await page.goto(url);
  return { context, page, errors, wasm };
}

/** Every wasm the page fetched came from the build output as application/wasm. */
function assertWasmServed(wasm, origin, atLeast) {
  assert.ok(wasm.length >= atLeast, `the page fetched ${wasm.length} wasm files: ${JSON.stringify(wasm)}`);
  for (const response of wasm) {
    assert.equal(new URL(response.url).origin, origin);
    assert.equal(response.status, 200, response.url);
    assert.equal(response.type, 'application/wasm', response.url);
  }
}

const count = (text, needle) => text.split(needle).length - 1;

/** The backend recorded exactly one payment for session `id`, succeeded; answers it. */
async function assertPaidOnce(id, what) {
  const recorded = await payments(id);
  assert.equal(recorded.length, 1, `one payment for ${what}`);
  assert.equal(recorded[0].status, 'succeeded');
  return recorded[0];
}

/** A built app's page after paying: screenshot `name`, every wasm from `origin` as
 * application/wasm, the stylesheet applied, no script error; closes it. */
async function assertServedWell({ context, page, errors, wasm }, origin, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  assertWasmServed(wasm, origin, 2);
  await assertStyled(page);
  await context.close();
  assert.deepEqual(errors, [], 'no script errors on the page');
}

/** The widget's stylesheet, copied by the bundler, applies to every checkout. */
async function assertStyled(page) {
  const accents = await page.locator('.mc-root').evaluateAll((roots) =>
    roots.map((root) => getComputedStyle(root).getPropertyValue('--mc-accent').trim()));
  assert.ok(accents.length >= 2 && accents.every((accent) => accent !== ''), `styled checkouts: ${accents}`);
}

test('a Vite app with React under StrictMode, the custom element and Vue pays once each', { skip, timeout: 900_000 }, async () => {
  const app = await install('vite');
  await sh('npm', ['run', 'build'], app);
  const out = path.join(app, 'dist');
  const built = await assertWasmCopied(app, out);
  assert.ok(built.every((name) => name.startsWith('assets/')), `Vite emits assets/: ${built}`);

  const won = await createSession({ methods: [method.visa], amount: 1200, currency: 'KRW' });
  const usd = await createSession({ methods: [method.visa] });
  const viewed = await createSession({ methods: [method.visa] });
  const server = await serve(out, BASE);
  try {
    const opened = await openApp(`${server.url}/?session=${won}&locale=ko-KR&element=${usd}&vue=${viewed}`);
    const { page } = opened;
    const react = page.locator('#react');
    const korean = react.getByRole('button', { name: loose('₩1,200 결제하기 Visa (끝자리 4242)') });
    await korean.waitFor({ timeout: 20000 });
    const element = page.locator('#element micro-checkout');
    await element.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).waitFor({ timeout: 20000 });
    // StrictMode mounted, unmounted and mounted again: one widget, ready once.
    assert.equal(await react.locator('.mc-checkout').count(), 1, 'one widget in the React root');
    const events = page.locator('#events');
    await events.filter({ hasText: 'react ready' }).waitFor();
    assert.equal(count(await events.textContent(), 'react ready'), 1, 'onReady fired once');

    await korean.click();
    await events.filter({ hasText: 'react success' }).waitFor({ timeout: 20000 });
    await react.getByRole('status').filter({ hasText: '결제가 완료되었습니다' }).waitFor();
    await element.locator('.mc-pay').first().click();
    await events.filter({ hasText: 'element success' }).waitFor({ timeout: 20000 });
    const vue = page.locator('#vue .vue-checkout');
    await vue.getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') }).click();
    await events.filter({ hasText: 'vue success' }).waitFor({ timeout: 20000 });
    const log = await events.textContent();
    assert.equal(count(log, 'react success'), 1, log);
    assert.equal(count(log, 'element success'), 1, log);
    assert.equal(count(log, 'vue ready'), 1, log);
    assert.equal(count(log, 'vue success'), 1, log);
    await assertServedWell(opened, server.url, 'bundler-vite');
  } finally {
    await server.close();
  }
  const paidWon = await assertPaidOnce(won, 'the React checkout');
  assert.equal(paidWon.amount_minor, 1200);
  assert.equal(paidWon.currency, 'KRW');
  await assertPaidOnce(usd, 'the custom element');
  await assertPaidOnce(viewed, 'the Vue checkout');
});

test('the Vite dev server, with its dependency pre-bundling, serves a checkout that pays once', { skip, timeout: 600_000 }, async () => {
  const app = path.join(WORK, 'vite');
  await rm(path.join(app, 'node_modules', '.vite'), { recursive: true, force: true });
  const port = await freePort();
  // Vite's own script, not through npx, so that stopping it stops the server.
  const bin = path.join(app, 'node_modules', 'vite', 'bin', 'vite.js');
  const vite = spawn(process.execPath, [bin, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: app, env: { ...process.env, BACKEND_URL: BASE }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => vite.once('exit', resolve));
  let output = '';
  vite.stdout.on('data', (chunk) => { output += chunk; });
  vite.stderr.on('data', (chunk) => { output += chunk; });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await until(async () => (await fetch(origin).catch(() => null))?.ok, 30000, () => `vite did not start:\n${output}`);
    const id = await createSession({ methods: [method.visa] });
    const { context, page, errors, wasm } = await openApp(`${origin}/?session=${id}`);
    const pay = page.locator('#react').getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') });
    await pay.waitFor({ timeout: 30000 });
    await pay.click();
    await page.locator('#events').filter({ hasText: 'react success' }).waitFor({ timeout: 20000 });
    assertWasmServed(wasm, origin, 2);
    await context.close();
    assert.deepEqual(errors, [], 'no script errors on the page');
    await assertPaidOnce(id, 'the dev server\'s checkout');
  } finally {
    vite.kill();
    await exited;
  }
});

test('on a server, every entry imports and the React and Vue components render their empty host', { skip, timeout: 600_000 }, async () => {
  const app = path.join(WORK, 'vite');
  const script = `
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server';
    import { mount } from 'micro-checkout';
    import 'micro-checkout/element';
    import { MicroCheckout } from 'micro-checkout/react';
    import { createSSRApp, h } from 'vue';
    import { renderToString as renderVue } from 'vue/server-renderer';
    import { MicroCheckout as VueCheckout } from 'micro-checkout/vue';
    const html = renderToString(createElement(MicroCheckout, { sessionUrl: '/api/sessions/x', className: 'pay', id: 'checkout' }));
    const vue = await renderVue(createSSRApp({ render: () => h(VueCheckout, { sessionUrl: '/api/sessions/x', class: 'pay' }) }));
    console.log(JSON.stringify({ mount: typeof mount, html, vue }));
  `;
  const printed = JSON.parse(await sh('node', ['--input-type=module', '-e', script], app));
  assert.deepEqual(printed, { mount: 'function', html: '<div class="pay" id="checkout"></div>', vue: '<div class="pay"></div>' });
});

test('the types accept the documented use and refuse a missing sessionUrl, a bad theme and a wrong callback', { skip, timeout: 600_000 }, async () => {
  // types.tsx holds the good uses and, each under @ts-expect-error, the bad ones: tsc
  // fails if a good use does not compile or a bad one does.
  await sh('npm', ['run', 'check-types'], path.join(WORK, 'vite'));
});

test('a webpack app with two checkouts on one page pays once in each', { skip, timeout: 900_000 }, async () => {
  const app = await install('webpack');
  await sh('npm', ['run', 'build'], app);
  const out = path.join(app, 'dist');
  await assertWasmCopied(app, out);

  const first = await createSession({ methods: [method.visa] });
  const second = await createSession({ methods: [method.visa], amount: 1200, currency: 'KRW' });
  const server = await serve(out, BASE);
  try {
    const opened = await openApp(`${server.url}/?first=${first}&second=${second}&locale=ko-KR`);
    const { page } = opened;
    const english = page.locator('#first').getByRole('button', { name: loose('Pay $0.99 Visa ending in 4242') });
    const korean = page.locator('#second').getByRole('button', { name: loose('₩1,200 결제하기 Visa (끝자리 4242)') });
    await english.waitFor({ timeout: 20000 });
    await korean.waitFor({ timeout: 20000 });
    const events = page.locator('#events');
    await english.click();
    await events.filter({ hasText: 'first mc-success' }).waitFor({ timeout: 20000 });
    await korean.click();
    await events.filter({ hasText: 'second mc-success' }).waitFor({ timeout: 20000 });
    const log = await events.textContent();
    assert.equal(count(log, 'mc-success'), 2, log);
    await assertServedWell(opened, server.url, 'bundler-webpack');
  } finally {
    await server.close();
  }
  await assertPaidOnce(first, 'the first checkout');
  await assertPaidOnce(second, 'the second checkout');
});
