// Benchmark (issue 24): 2,000 contributions to a network, loaded as one combined file on the
// Netwerkoverzicht page and drawn, in headless Chromium against the release build, through the
// real UI. Prints medians; the target is 2 s on this machine. Also: drawing again after a
// filter, and opening the page with the set already kept in the browser. Beside them, the same
// browser drawing a bare page of 2,000 table rows, as a baseline for this machine.
//
//   make release && node bench/network.mjs [runs] [contributions]     (default 5 runs, 2000)
import { serve, launch } from '../tests/e2e/harness.mjs';
import { contributions, setFile } from './contributions.mjs';

const runs = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 2000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve();
const browser = await launch();
const buffer = setFile(contributions(count));
const results = { load: [], filter: [], reopen: [], baseline: [] };
const heading = `In deze set: ${count} bijdragen`;

for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + '#/netwerk');
  await page.getByRole('heading', { level: 1, name: 'Netwerkoverzicht' }).waitFor();
  const table = page.getByRole('table', { name: 'Specialistisch adviseur: hoeveel organisaties welke score gaven' });
  let t0 = await page.evaluate(() => performance.now());
  await page.getByLabel('Bijdragen kiezen (.json, meer tegelijk)').setInputFiles({ name: 'set.json', mimeType: 'application/json', buffer });
  await page.getByRole('heading', { name: heading }).waitFor({ timeout: 60_000 });
  await table.waitFor();
  results.load.push(await page.evaluate((t) => new Promise((r) => requestAnimationFrame(() => r(performance.now() - t))), t0));

  t0 = await page.evaluate(() => performance.now());
  await page.getByLabel('Soort organisatie').selectOption({ label: 'Provincie' });
  await page.waitForFunction(() => document.querySelector('#filter-soort').value === 'provincie');
  await table.waitFor();
  results.filter.push(await page.evaluate((t) => new Promise((r) => requestAnimationFrame(() => r(performance.now() - t))), t0));

  await page.goto(server.url + '#/');
  await page.getByRole('link', { name: 'Netwerk', exact: true }).first().waitFor();
  t0 = await page.evaluate(() => performance.now());
  await page.goto(server.url + '#/netwerk');
  await page.getByRole('heading', { name: heading }).waitFor({ timeout: 60_000 });
  await table.waitFor();
  results.reopen.push(await page.evaluate((t) => new Promise((r) => requestAnimationFrame(() => r(performance.now() - t))), t0));

  // Baseline: the same browser building and drawing a bare table of `count` rows.
  results.baseline.push(await page.evaluate((n) => new Promise((resolve) => {
    const t = performance.now();
    const table = document.createElement('table');
    for (let j = 0; j < n; j++) {
      const tr = table.insertRow();
      for (let k = 0; k < 8; k++) tr.insertCell().textContent = String(j * k);
    }
    document.body.append(table);
    requestAnimationFrame(() => { table.getBoundingClientRect(); resolve(performance.now() - t); table.remove(); });
  }), count));
  await context.close();
}
await browser.close();
await server.close();

const fmt = (ms) => `${ms.toFixed(0).padStart(6)} ms`;
console.log(`Netwerkoverzicht, ${count} contributions (${(buffer.length / 1024).toFixed(0)} KB as one file), median of ${runs}:`);
console.log(`  load and draw           ${fmt(median(results.load))}   (target 2000 ms)`);
console.log(`  filter and draw again   ${fmt(median(results.filter))}`);
console.log(`  open with the set kept  ${fmt(median(results.reopen))}`);
console.log(`  baseline: a bare table of ${count} rows drawn by this browser ${fmt(median(results.baseline))}`);
console.log(`  load / baseline         ${(median(results.load) / median(results.baseline)).toFixed(1)}x`);
