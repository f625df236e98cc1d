// Load benchmark: our app against a bare Leptos counter built with the same release profile,
// both served on 127.0.0.1 with brotli (as a server with the precompressed .br files sends
// them; made on the fly for the counter) and loaded in headless Chromium with a cold cache (a
// new browser context per run). Two lines: this machine as it is, and "Slow 4G" as Chrome's
// DevTools define it (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, by CDP network
// emulation) with the CPU 4x slower. Prints medians of first contentful paint and of the moment
// the first view is interactive (the loader's vth-app-started event: the wasm has run main(),
// Leptos has mounted), the sizes, and the ratios ours / bare. Figures, no asserts.
//
//   make bench-load            (builds both release builds first)
//   node bench/load.mjs 10     (runs per app and profile; 10 by default)
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import path from 'node:path';
import { launch, serve, ROOT } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 10);
const apps = {
  ours: path.join(ROOT, 'dist'),
  bare: path.join(ROOT, 'bench/bare-counter/dist'),
};
const profiles = {
  'this machine': null,
  'Slow 4G, CPU 4x slower': { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 },
};

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

function sizes(dir) {
  const kb = (n) => n / 1024;
  const firstLoad = readdirSync(dir).filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'sw.js' && !f.startsWith('exporter-'));
  const read = (f) => readFileSync(path.join(dir, f));
  const wasm = firstLoad.find((f) => f.endsWith('.wasm'));
  return {
    wasmRaw: kb(read(wasm).length),
    wasmGzip: kb(gzipSync(read(wasm), { level: 9 }).length),
    wasmBrotli: kb(brotli(read(wasm)).length),
    firstLoadGzip: kb(firstLoad.reduce((sum, f) => sum + gzipSync(read(f), { level: 9 }).length, 0)),
    firstLoadBrotli: kb(firstLoad.reduce((sum, f) => sum + brotli(read(f)).length, 0)),
  };
}

async function measure(browser, url, profile) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    addEventListener('vth-app-started', () => { window.__interactive = performance.now(); });
  });
  const page = await context.newPage();
  if (profile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency, downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__interactive !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 120_000 });
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    interactive: window.__interactive,
  }));
  await context.close();
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launch();
const results = {};
for (const [profileName, profile] of Object.entries(profiles)) {
  results[profileName] = {};
  for (const [name, dir] of Object.entries(apps)) {
    const server = await serve({ dir, brotli: true });
    const samples = [];
    await measure(browser, server.url, null); // warm the OS file cache and the server, not the browser
    for (let i = 0; i < runs; i++) samples.push(await measure(browser, server.url, profile));
    await server.close();
    results[profileName][name] = { fcp: median(samples.map((s) => s.fcp)), interactive: median(samples.map((s) => s.interactive)) };
  }
}
await browser.close();

const line = (label, ours, bare, unit) =>
  console.log(`${label.padEnd(34)} ${ours.toFixed(1).padStart(9)} ${bare.toFixed(1).padStart(9)} ${(ours / bare).toFixed(2).padStart(8)}   ${unit}`);
console.log(`${runs} cold loads each, medians, served with brotli      ours      bare    ratio`);
for (const [profileName, r] of Object.entries(results)) {
  console.log(`${profileName}:`);
  line('  first contentful paint', r.ours.fcp, r.bare.fcp, 'ms');
  line('  first view interactive', r.ours.interactive, r.bare.interactive, 'ms');
}
const ours = sizes(apps.ours), bare = sizes(apps.bare);
console.log('sizes:');
for (const [key, label] of [['wasmRaw', 'wasm raw'], ['wasmGzip', 'wasm gzip'], ['wasmBrotli', 'wasm brotli'], ['firstLoadGzip', 'first load gzip (html+js+wasm+css)'], ['firstLoadBrotli', 'first load brotli']]) {
  line(`  ${label}`, ours[key], bare[key], 'KB');
}
