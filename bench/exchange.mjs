// Benchmark: import (validate + decode) of 1 MB and 5 MB files, saving 1 MB, and exporting 1 MB,
// in headless Chromium against the release build, through the real UI. Prints medians.
//
//   make release && node bench/exchange.mjs [runs]        (default 7 runs)
//
// Figures come from the app's own performance measures (vth:import, vth:save, vth:export), so
// they time the code path users hit, not the test driver.
import { serve, launch } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 7);
const TARGETS = { 'import 1 MB': null, 'import 5 MB': 250, 'save 1 MB': null, 'export 1 MB': 100 };

/** A valid evaluation file of about `bytes` bytes: many notes of realistic text. */
function document(bytes) {
  const sentence = 'De organisatie werkt aan regie en samenwerking; casemanagers stemmen af met ketenpartners. ';
  const profiles = ['casemanager', 'vergunningverlener', 'toezichthouder-handhaver', 'juridisch-adviseur', 'specialistisch-adviseur'];
  const ev = { id: 'bench', organisation: 'Omgevingsdienst Benchmark', period: '2025-2026', mode: { type: 'own' },
    self_evaluation: { profiles: {} }, conclusions: { actions: [] } };
  const perNote = sentence.repeat(20);
  let size = 0, n = 0;
  while (size < bytes - 2 * perNote.length) {
    const p = profiles[n % 5];
    ev.self_evaluation.profiles[p] ??= { score: 3, explanation: perNote, notes: {} };
    ev.self_evaluation.profiles[p].notes[`zelfevaluatie-${n}`] = perNote;
    ev.conclusions.actions.push({ id: `a${n}`, what: sentence, owner: 'Teamleider', status: 'planned' });
    size += perNote.length + sentence.length + 120;
    n++;
  }
  return Buffer.from(JSON.stringify({ kind: 'vth-competenties/evaluatie', schema: 1, evaluation: ev }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const lastMeasure = (page, name) => page.evaluate((n) => {
  const all = performance.getEntriesByName(n);
  return all.length ? all[all.length - 1].duration : null;
}, name);

const server = await serve();
const browser = await launch();
const files = { '1 MB': document(1024 * 1024), '5 MB': document(4.9 * 1024 * 1024) };
const results = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, []]));

for (let i = 0; i < runs; i++) {
  for (const [label, buffer] of Object.entries(files)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + '#/importeren');
    await page.getByLabel('Kies een bestand (.json)').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer });
    await page.getByRole('region', { name: /Wat staat er in/ }).waitFor({ timeout: 60_000 });
    results[`import ${label}`].push(await lastMeasure(page, 'vth:import'));
    if (label === '1 MB') {
      await page.getByRole('button', { name: 'Openen als nieuwe evaluatie' }).click();
      await page.waitForFunction(() => performance.getEntriesByName('vth:save').length > 0, null, { timeout: 10_000 });
      results['save 1 MB'].push(await lastMeasure(page, 'vth:save'));
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als bestand' }).click()]);
      results['export 1 MB'].push(await lastMeasure(page, 'vth:export'));
    }
    await context.close();
  }
}
await browser.close();
await server.close();

console.log(`file sizes: 1 MB = ${files['1 MB'].length} bytes, 5 MB = ${files['5 MB'].length} bytes; ${runs} runs each`);
console.log('measure          median ms   min ms   max ms   target ms   median/target');
for (const [name, xs] of Object.entries(results)) {
  const target = TARGETS[name];
  const m = median(xs);
  console.log(`${name.padEnd(16)} ${m.toFixed(1).padStart(9)} ${Math.min(...xs).toFixed(1).padStart(8)} ${Math.max(...xs).toFixed(1).padStart(8)}`
    + ` ${target ? String(target).padStart(11) : '          -'} ${target ? (m / target).toFixed(2).padStart(15) : '              -'}`);
}
