// The pages live in wasm chunks (scripts/build.mjs, src/chunks.rs). When a chunk cannot be
// fetched, the app must not die: a Dutch message, "Opnieuw proberen", nothing typed lost, and
// "Nieuwe versie laden" when the site has a newer release. Requests are refused and let through
// again by Playwright's routing; the service worker is blocked, so every request reaches it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { useSuite, openPage, heading, axeViolations, ROOT, CHUNK, apartFromRefusedFetches } from './harness.mjs';
import { createEvaluation, waitForStored } from './app.mjs';

const suite = useSuite();
const FAILED = 'Deze pagina kan nu niet worden geladen';

/** A new evaluation with a toelichting typed on stap 1 and saved. Returns its id. */
async function typedOnStep1(page, organisation, text) {
  const id = await createEvaluation(page, suite.server.url, organisation);
  await page.goto(`${suite.server.url}#/evaluaties/${id}/stap-1/casemanager`);
  await heading(page, 'Stap 1: Casemanager');
  await page.getByLabel('Hoe kom je tot deze score?').fill(text);
  await waitForStored(page, id, (e) => JSON.stringify(e).includes(text), 'toelichting');
  return id;
}

/** Refuses the requests that match `pattern` from now on, as a lost connection; counts them. */
async function refuse(context, pattern) {
  const refused = { count: 0 };
  await context.route(pattern, (route) => {
    refused.count++;
    return route.abort('internetdisconnected');
  });
  return refused;
}

test('a page whose code cannot be fetched says so, and comes back with "Opnieuw proberen"', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin, { serviceWorkers: 'block' });
  const id = await typedOnStep1(page, 'Gemeente Zeewolde', 'Wat we samen vonden');

  // A new visit with the chunks out of reach: the start page still works (it is in the first
  // load), and a link to another page gives the message instead of a dead app.
  const refused = await refuse(context, CHUNK);
  await page.goto(suite.server.url);
  await page.reload();
  await heading(page, 'Inzicht in competentieprofielen VTH');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn evaluaties' }).click();
  const failed = await heading(page, FAILED);
  assert.ok(refused.count > 0, 'the chunk requests were made and refused');
  await assert.doesNotReject(page.waitForFunction(() => document.activeElement?.tagName === 'H1'), 'the message takes the focus');
  assert.match(await page.locator('main').innerText(), /bewaard in deze browser/);
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await failed.count(), 1);
  // Nothing newer on the site, so only "Opnieuw proberen".
  assert.equal(await page.getByRole('button', { name: 'Nieuwe versie laden' }).count(), 0);

  // Trying again while still offline: the message again, the app alive.
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await heading(page, FAILED);

  // The line is back: the same button brings the page.
  await context.unroute(CHUNK);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await heading(page, 'Mijn evaluaties');
  await page.goto(`${suite.server.url}#/evaluaties/${id}/stap-1/casemanager`);
  await heading(page, 'Stap 1: Casemanager');
  assert.equal(await page.getByLabel('Hoe kom je tot deze score?').inputValue(), 'Wat we samen vonden');
  assert.deepEqual(apartFromRefusedFetches(problems.errors), []);
  await context.close();
});

test('when the site has a newer release, the message offers "Nieuwe versie laden"', async () => {
  const { context, page } = await openPage(suite.browser, suite.server.origin, { serviceWorkers: 'block' });
  await page.goto(suite.server.url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  // A new release was put on the server while this tab was open: the old chunks are gone and
  // index.html names another release.
  await context.route(CHUNK, (route) => route.fulfill({ status: 404, body: 'niet gevonden' }));
  await context.route(/\/index\.html$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<meta name="vth-release" content="[0-9a-f]+">/, '<meta name="vth-release" content="0000000000000000">');
    return route.fulfill({ response, body });
  });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Profielen' }).click();
  await heading(page, FAILED);
  const newer = page.getByRole('button', { name: 'Nieuwe versie laden' });
  await newer.waitFor();
  assert.match(await page.locator('main').innerText(), /nieuwe versie van de app/);
  assert.deepEqual(await axeViolations(page), []);
  // It loads the page again (here the same release, now with its chunks).
  await context.unrouteAll();
  await Promise.all([page.waitForEvent('load'), newer.click()]);
  await heading(page, 'Competentieprofielen');
  await context.close();
});

test('parts of an evaluation from the network chunk say so when it cannot be fetched, and come back', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin, { serviceWorkers: 'block' });
  const NETWORK = /\/app-[0-9a-f]+\/split_network\.wasm$/;
  await context.route(NETWORK, (route) => route.abort('internetdisconnected'));
  const id = await createEvaluation(page, suite.server.url, 'Gemeente Urk');
  // The contribution page is a whole view: the page's message, with the focus on it.
  await page.getByRole('link', { name: 'Bijdrage voor het netwerk maken' }).click();
  await heading(page, FAILED);
  await assert.doesNotReject(page.waitForFunction(() => document.activeElement?.tagName === 'H1'), 'the message takes the focus');
  assert.deepEqual(await axeViolations(page), []);
  // "Hoe scoren anderen" is a part of the report: one quiet line, the report itself stays.
  await page.goto(`${suite.server.url}#/evaluaties/${id}/rapport`);
  await heading(page, 'Rapport: Gemeente Urk');
  const line = page.getByText('Dit deel van de pagina kon niet worden opgehaald.');
  await line.waitFor();
  assert.deepEqual(await axeViolations(page), []);
  // The line is back.
  await context.unroute(NETWORK);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await line.waitFor({ state: 'detached' });
  await page.goto(`${suite.server.url}#/evaluaties/${id}/bijdrage`);
  await heading(page, 'Bijdrage voor het netwerk');
  assert.deepEqual(apartFromRefusedFetches(problems.errors), []);
  await context.close();
});

// The code that reads and writes evaluations is not in the first load: the root fetches it
// alone (split_data) when the browser is idle, and every page group brings it too. With only
// that chunk out of reach, nothing is missing: the start page names the evaluation, a file
// dropped on it is read, its pages open with what was typed, and a change is saved.
test('with the chunk of the codec alone out of reach, pages still read and save evaluations', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin, { serviceWorkers: 'block' });
  const id = await typedOnStep1(page, 'Gemeente Urk', 'Eerste versie');

  const DATA = /\/app-[0-9a-f]+\/split_data\.wasm$/;
  const refused = await refuse(context, DATA);
  await page.goto(suite.server.url);
  await page.reload();
  await heading(page, 'Inzicht in competentieprofielen VTH');
  await page.getByRole('link', { name: 'Verder met uw evaluatie' }).waitFor();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('split_data.wasm')));
  assert.ok(refused.count > 0, 'the idle step asked for the codec and was refused');

  // A file dropped on the start page now is read all the same: a page group brings the codec.
  const text = await readFile(path.join(ROOT, 'tests/bad-files/ok-inert-script-tags.json'), 'utf8');
  await page.evaluate((t) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([t], 'gesleept.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  await page.getByRole('region', { name: "Wat staat er in 'gesleept.json'?" }).waitFor();

  await page.goto(suite.server.url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  await page.getByRole('link', { name: 'Verder met uw evaluatie' }).click();
  await heading(page, 'Overzicht');
  await page.goto(`${suite.server.url}#/evaluaties/${id}/stap-1/casemanager`);
  await heading(page, 'Stap 1: Casemanager');
  const field = page.getByLabel('Hoe kom je tot deze score?');
  assert.equal(await field.inputValue(), 'Eerste versie');
  await field.fill('Tweede versie');
  await waitForStored(page, id, (e) => JSON.stringify(e).includes('Tweede versie'), 'the change saved');
  assert.deepEqual(apartFromRefusedFetches(problems.errors), []);
  await context.close();
});
