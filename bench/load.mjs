// Load benchmark: our app against a bare Leptos counter built with the same release profile,
// both served on 127.0.0.1 and loaded in headless Chromium with a cold cache (a new browser
// context per run). Prints medians of first contentful paint and of the moment the first
// view is interactive (Trunk's TrunkApplicationStarted: the wasm has run main(), Leptos has
// mounted), the wasm and first-load sizes, and the ratios ours / bare. Figures, no asserts.
//
//   make bench-load            (builds both release builds first)
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { serve, launch, ROOT } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 10);
const apps = {
  ours: path.join(ROOT, 'dist'),
  bare: path.join(ROOT, 'bench/bare-counter/dist'),
};

function sizes(dir) {
  const kb = (n) => n / 1024;
  const firstLoad = readdirSync(dir).filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'sw.js');
  const gz = (f) => gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length;
  const wasm = firstLoad.find((f) => f.endsWith('.wasm'));
  return {
    wasmRaw: kb(readFileSync(path.join(dir, wasm)).length),
    wasmGzip: kb(gz(wasm)),
    firstLoadGzip: kb(firstLoad.reduce((sum, f) => sum + gz(f), 0)),
  };
}

async function measure(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', () => { window.__interactive = performance.now(); });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__interactive !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0);
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
for (const [name, dir] of Object.entries(apps)) {
  const server = await serve({ dir });
  const samples = [];
  await measure(browser, server.url); // warm the OS file cache and the server, not the browser
  for (let i = 0; i < runs; i++) samples.push(await measure(browser, server.url));
  await server.close();
  results[name] = { fcp: median(samples.map((s) => s.fcp)), interactive: median(samples.map((s) => s.interactive)), ...sizes(dir) };
}
await browser.close();

const row = (label, key, unit) => {
  const { ours, bare } = results;
  console.log(`${label.padEnd(28)} ${ours[key].toFixed(1).padStart(9)} ${bare[key].toFixed(1).padStart(9)} ${(ours[key] / bare[key]).toFixed(2).padStart(8)}   ${unit}`);
};
console.log(`${runs} cold loads each, medians            ours      bare    ratio`);
row('first contentful paint', 'fcp', 'ms');
row('first view interactive', 'interactive', 'ms');
row('wasm raw', 'wasmRaw', 'KB');
row('wasm gzip', 'wasmGzip', 'KB');
row('first load gzip (all files)', 'firstLoadGzip', 'KB');
