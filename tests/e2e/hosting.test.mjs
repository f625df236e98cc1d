// Shipping: offline via the service worker, the update notice, the single file from disk, and
// a strict Content-Security-Policy with nothing fetched from another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, openPage, useSuite, heading, cspViolations, axeViolations, ROOT, DIST } from './harness.mjs';
import { createEvaluation, stepLink, waitForStored } from './app.mjs';

const suite = useSuite();
let tmp;
before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vth-hosting-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });

test('loaded once, then offline: the app and its data are there after a reload', async () => {
  const sub = await serve({ base: '/omgevingsdienst/vth/' });
  const { context, page, problems } = await openPage(suite.browser, sub.origin);
  try {
    const id = await createEvaluation(page, sub.url, 'Gemeente Zonder Netwerk');
    await page.goto(sub.url + `#/evaluaties/${id}/stap-1/casemanager`);
    await page.getByLabel('Hoe kom je tot deze score?').fill('Getypt voor het vliegtuig');
    await waitForStored(page, id, (e) => e.self_evaluation.profiles.casemanager?.explanation === 'Getypt voor het vliegtuig');
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await heading(page, 'Stap 1: Casemanager');
    assert.equal(await page.getByLabel('Hoe kom je tot deze score?').inputValue(), 'Getypt voor het vliegtuig');
    await page.getByLabel('Hoe kom je tot deze score?').fill('Offline verder getypt');
    await waitForStored(page, id, (e) => e.self_evaluation.profiles.casemanager?.explanation === 'Offline verder getypt');
    await stepLink(page, /Stap 3/).click();
    await heading(page, 'Stap 3: Conclusies en actieplan');
    // The report files come from the exporter worker, kept by the service worker too.
    await page.goto(sub.url + `#/evaluaties/${id}/rapport`);
    await heading(page, 'Rapport: Gemeente Zonder Netwerk');
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word (.docx)' }).click()]);
    assert.equal((await readFile(await word.path())).subarray(0, 2).toString(), 'PK', 'a Word file, offline');
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await context.close();
    await sub.close();
  }
});

test('a new version is announced and loads when the user chooses', async () => {
  const copy = path.join(tmp, 'site');
  await cp(DIST, copy, { recursive: true });
  const site = await serve({ dir: copy });
  const { context, page } = await openPage(suite.browser, site.origin);
  try {
    await page.goto(site.url);
    await heading(page, 'Inzicht in competentieprofielen VTH');
    await controlled(page);
    const sw = path.join(copy, 'sw.js');
    await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = '[^']+'/, "const VERSION = 'nieuwe-versie'"));
    await page.reload();
    const banner = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van de app.' });
    await banner.waitFor({ timeout: 15_000 });
    assert.deepEqual(await axeViolations(page), [], 'the update banner passes axe');
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Nieuwe versie laden' }).click(),
    ]);
    await heading(page, 'Inzicht in competentieprofielen VTH');
    assert.equal(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('vth-shell-')).length), 1, 'the old cache is gone');
    assert.equal(await banner.count(), 0);
  } finally {
    await context.close();
    await site.close();
  }
});

test('the single file from disk: create, save, reload, export and import', async () => {
  const file = path.join(ROOT, 'dist-single/inzicht-competentieprofielen-vth.html');
  const url = pathToFileURL(file).href;
  const { context, page, problems } = await openPage(suite.browser, 'file://');
  await page.goto(url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  const id = await createEvaluation(page, url, 'Dienst Van Schijf');
  await page.goto(url + `#/evaluaties/${id}/stap-1/casemanager`);
  await page.getByRole('radio', { name: '4 overtreft verwachtingen' }).check();
  await waitForStored(page, id, (e) => e.self_evaluation.profiles.casemanager?.score === 4);
  await page.reload();
  await heading(page, 'Stap 1: Casemanager');
  assert.ok(await page.getByRole('radio', { name: '4 overtreft verwachtingen' }).isChecked());
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als bestand' }).click()]);
  const exported = path.join(tmp, 'van-schijf.json');
  await download.saveAs(exported);
  assert.equal(JSON.parse(await readFile(exported, 'utf8')).evaluation.organisation, 'Dienst Van Schijf');
  await page.goto(url + '#/importeren');
  await page.getByLabel('Kies een bestand (.json)').setInputFiles(exported);
  await page.getByText('Dit bestand bevat niets nieuws voor deze evaluatie.').waitFor();
  await page.getByRole('button', { name: 'Openen als nieuwe evaluatie' }).click();
  await heading(page, 'Overzicht');
  // The exporter worker is inside the file too (a blob: worker, allowed by worker-src blob:).
  await page.goto(url + `#/evaluaties/${id}/rapport`);
  await heading(page, 'Rapport: Dienst Van Schijf');
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word (.docx)' }).click()]);
  assert.equal((await readFile(await word.path())).subarray(0, 2).toString(), 'PK', 'a Word file from the single file');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.foreignRequests.filter((u) => !u.startsWith('file://')), []);
  await context.close();
});

test('a whole walkthrough: no CSP violation and no request to another origin', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(page, suite.server.url, 'Provincie Streng');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.match(csp, /base-uri 'none'; form-action 'none'/);
  await page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/juridisch-adviseur`);
  await page.getByRole('radio', { name: '3 voldoet aan de verwachtingen' }).check();
  await page.getByLabel('Hoe kom je tot deze score?').fill('Toelichting');
  await stepLink(page, /Stap 2/).click();
  await page.getByRole('radio', { name: 'Ja, we doen een collegiale toetsing' }).check();
  await stepLink(page, /Stap 3/).click();
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await page.getByLabel('Wat gaat u precies doen?').fill('Opleiden');
  await waitForStored(page, id, (e) => e.conclusions.actions[0]?.what === 'Opleiden');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als bestand' }).click()]);
  const exported = path.join(tmp, 'streng.json');
  await download.saveAs(exported);
  await page.goto(suite.server.url + '#/importeren');
  await page.getByLabel('Kies een bestand (.json)').setInputFiles(exported);
  await page.getByRole('button', { name: 'Openen als nieuwe evaluatie' }).click();
  await heading(page, 'Overzicht');
  await stepLink(page, /^Rapport/).click();
  await heading(page, 'Rapport: Provincie Streng');
  for (const name of ['Word (.docx)', 'OpenDocument (.odt)', 'Spreadsheet met scores en actieplan (.xlsx)']) {
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  }
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('the release build has a brotli and a gzip copy of every text and wasm file, each the same bytes', async () => {
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  const { readdir } = await import('node:fs/promises');
  const names = (await readdir(DIST, { recursive: true })).filter((f) => /\.(wasm|js|css|html|svg|webmanifest)$/.test(f));
  // The first load, the page chunks and the exporter, all in the release folder.
  for (const file of [/^app-[0-9a-f]+\/main_bg\.wasm$/, /^app-[0-9a-f]+\/split_workspace\.wasm$/, /^app-[0-9a-f]+\/exporter_bg\.wasm$/]) {
    assert.ok(names.some((f) => file.test(f)), `dist/ has ${file}`);
  }
  for (const name of names) {
    const original = await readFile(path.join(DIST, name));
    const br = await readFile(path.join(DIST, `${name}.br`));
    const gz = await readFile(path.join(DIST, `${name}.gz`));
    assert.ok(brotliDecompressSync(br).equals(original), `${name}.br`);
    assert.ok(gunzipSync(gz).equals(original), `${name}.gz`);
    if (original.length > 4096) assert.ok(br.length < gz.length, `${name}: brotli is smaller than gzip`);
  }
});
