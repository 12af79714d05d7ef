// `cargo xtask bench widget`: a benchmark, not a test. It times the demo (A) against a
// plain-JS floor page (B) served by the same server, alternating, each load in a fresh
// browser context (a cold cache), under three profiles: no throttling, CPU 4× slower, and
// CPU 4× with Fast 3G (150 ms, 1.6 Mbps down, 750 kbps up; the server sends brotli). For
// each load: from navigation until Pay is enabled, and from the tap until success. It
// prints medians, spreads and the ratios A/B from this one run (the machine is shared and
// noisy: only ratios inside one run compare), and the longest main-thread task.
import { launch, createSession, method } from './support.mjs';

const BASE = process.env.BASE_URL;
const LOADS = Number(process.env.LOADS ?? 15);
const PROFILES = [
  { name: 'no throttling', cpu: 1 },
  { name: 'CPU 4×', cpu: 4 },
  { name: 'CPU 4× + Fast 3G', cpu: 4, network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } },
];
const CANDIDATES = {
  A: (id) => `${BASE}/?session=${id}`,
  B: (id) => `${BASE}/dist/bench/floor.html?session=${id}`,
};

// Records, in the page's own clock, when Pay is first enabled, the tap, and success.
const PROBE = `
  window.__bench = { long: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.long.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => {
    const b = window.__bench;
    const pay = document.querySelector('.mc-pay');
    if (!b.ready && pay && !pay.disabled && pay.getAttribute('aria-disabled') !== 'true') b.ready = performance.now();
    if (b.tap && !b.paid && document.querySelector('.mc-status.mc-success, #status.mc-success')) b.paid = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('click', () => { window.__bench.tap ??= performance.now(); }, true);
`;

async function once(browser, profile, url) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 480, height: 800 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.ready, null, { timeout: 60000 });
  await page.locator('.mc-pay').click();
  await page.waitForFunction(() => window.__bench.paid, null, { timeout: 60000 });
  const { ready, tap, paid, long } = await page.evaluate(() => window.__bench);
  await context.close();
  return { ready, pay: paid - tap, longest: Math.max(0, ...long) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil((3 * (s.length - 1)) / 4)]];
};
const ms = (x) => `${Math.round(x)}`.padStart(6);

const browser = await launch();
const rows = [];
for (const profile of PROFILES) {
  const runs = { A: [], B: [] };
  for (let i = 0; i < LOADS; i++) {
    for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) {
      const id = await createSession({ methods: [method.visa] });
      runs[name].push(await once(browser, profile, CANDIDATES[name](id)));
    }
  }
  rows.push({ profile, runs });
  const ready = (n) => runs[n].map((r) => r.ready);
  console.log(`${profile.name}: A ${Math.round(median(ready('A')))} ms, B ${Math.round(median(ready('B')))} ms`);
}
await browser.close();

console.log(`\nmedian ms over ${LOADS} cold loads each, alternating; [p25–p75]; A = the demo, B = the plain-JS floor`);
console.log(`${'profile'.padEnd(18)} ${'A ready'.padStart(6)} ${'[spread]'.padEnd(13)} ${'B ready'.padStart(6)} ${'[spread]'.padEnd(13)} ${'A/B'.padStart(5)}   ${'A tap→ok'.padStart(8)} ${'B tap→ok'.padStart(8)} ${'A/B'.padStart(5)}   ${'longest task: A'.padStart(15)} ${'B'.padStart(5)}`);
for (const { profile, runs } of rows) {
  const col = (n, key) => runs[n].map((r) => r[key]);
  const spread = (xs) => `[${quartiles(xs).map((x) => Math.round(x)).join('–')}]`.padEnd(13);
  const ratio = (key) => (median(col('A', key)) / median(col('B', key))).toFixed(2).padStart(5);
  console.log(`${profile.name.padEnd(18)} ${ms(median(col('A', 'ready')))} ${spread(col('A', 'ready'))} ${ms(median(col('B', 'ready')))} ${spread(col('B', 'ready'))} ${ratio('ready')}   ${ms(median(col('A', 'pay'))).padStart(8)} ${ms(median(col('B', 'pay'))).padStart(8)} ${ratio('pay')}   ${ms(median(col('A', 'longest'))).padStart(15)} ${ms(median(col('B', 'longest'))).padStart(5)}`);
}
console.log('(longest task: the median over loads of the longest main-thread task, load and payment; 0 = none over 50 ms.');
console.log(" Both pages build the browser's first currency formatter, itself one long task at CPU 4×.)");
console.log('\ntargets: CPU 4× + Fast 3G A/B ≤ 1.80; CPU 4× A/B ≤ 1.30; tap→success at CPU 4× ≤ 2× the floor');
