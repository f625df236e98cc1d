// The working file: autosave into a file the user chose, carrying on after a reload, never
// overwriting a colleague's change, failures that keep the work, and, without the File System
// Access API, a copy as a file with a reminder.
//
// The native pickers cannot be driven by a test: they are replaced by functions that return
// real FileSystemFileHandles from the origin private file system, which have the same interface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSuite, heading, axeViolations, CHUNK, apartFromRefusedFetches } from './harness.mjs';
import { createEvaluation, storedEvaluation, waitForStored, EVALUATION_PREFIX } from './app.mjs';

const suite = useSuite();
const FILE = 'werkbestand-test.json';

function pickersFromTheOriginPrivateFileSystem(name) {
  const handle = async (create) => (await navigator.storage.getDirectory()).getFileHandle(name, { create });
  window.showSaveFilePicker = async () => handle(true);
  window.showOpenFilePicker = async () => [await handle(false)];
}

async function withPickers(options = {}) {
  const opened = await openPage(suite.browser, suite.server.origin, options);
  await opened.context.addInitScript(pickersFromTheOriginPrivateFileSystem, FILE);
  return opened;
}

const readFile = (page) => page.evaluate(async (name) => {
  const dir = await navigator.storage.getDirectory();
  return (await (await dir.getFileHandle(name)).getFile()).text();
}, FILE);

/** Writes `text` into the test's file, as a colleague (or the test) would. */
const writeFile = (page, text) => page.evaluate(async ([name, contents]) => {
  const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
  const stream = await handle.createWritable();
  await stream.write(contents);
  await stream.close();
}, [FILE, text]);

async function fileHolds(page, text) {
  for (let i = 0; i < 60; i++) {
    const contents = await readFile(page).catch(() => '');
    if (contents.includes(text)) return JSON.parse(contents);
    await page.waitForTimeout(100);
  }
  throw new Error(`the working file never held ${text}`);
}

async function score(page, baseUrl, id, text) {
  await page.goto(baseUrl + `#/evaluaties/${id}/stap-1/casemanager`);
  await page.getByLabel('Hoe kom je tot deze score?').fill(text);
}

async function linkNew(page, organisation) {
  const id = await createEvaluation(page, suite.server.url, organisation);
  await page.getByRole('button', { name: 'Opslaan als werkbestand…' }).click();
  await page.getByText(new RegExp(`Opgeslagen in ${FILE} om \\d\\d:\\d\\d`)).waitFor();
  await settled(page, id);
  return id;
}

/** Waits until the app has written its last saved revision to the file and is not writing.
 *  Linking right after making an evaluation writes the file twice: once when linked, once more
 *  when the browser's save of the new evaluation lands. A test that changes the file as a
 *  colleague would must wait for that second write, or the app's write may land after it. */
async function settled(page, id) {
  const indicator = page.locator('.save-indicator').first();
  for (let i = 0; i < 100; i++) {
    const [file, stored] = await Promise.all([readFile(page).catch(() => ''), storedEvaluation(page, id)]);
    let inFile;
    try { inFile = JSON.parse(file).evaluation.revision; } catch { inFile = undefined; }
    const busy = /Bezig met opslaan/.test(await indicator.textContent().catch(() => ''));
    if (stored && inFile === stored.revision && !busy) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the working file never caught up with what the browser saved');
}

test('working file: every change reaches the chosen file, and after a reload one click carries on', async () => {
  const { context, page, problems } = await withPickers();
  await page.goto(suite.server.url);
  const id = await linkNew(page, 'Omgevingsdienst Werkbestand');
  const first = await fileHolds(page, 'Omgevingsdienst Werkbestand');
  assert.equal(first.kind, 'vth-competenties/evaluatie');
  assert.equal(first.evaluation.id, id);
  assert.deepEqual(await axeViolations(page), [], 'linked');

  await score(page, suite.server.url, id, 'Staat ook in het bestand');
  await fileHolds(page, 'Staat ook in het bestand');
  // The save indicator on every page says where and when.
  await page.locator('.save-indicator').filter({ hasText: new RegExp(`Opgeslagen in deze browser en in ${FILE} om \\d\\d:\\d\\d`) }).waitFor();

  // After a reload Chromium asks the user again before a page may write to a file it picked
  // (handles of the private file system are always allowed, so the test plays that part).
  await context.addInitScript(() => {
    let asked = false;
    FileSystemHandle.prototype.queryPermission = async () => (asked ? 'granted' : 'prompt');
    FileSystemHandle.prototype.requestPermission = async () => { asked = true; return 'granted'; };
  });
  // Reloaded on the start page: the links come back when storage is read, which happens when
  // the browser is idle (the codec's chunk), not only when a page is opened.
  await page.goto(suite.server.url);
  await page.reload();
  await heading(page, 'Inzicht in competentieprofielen VTH');
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('split_data.wasm') && e.responseEnd > 0));
  await page.goto(suite.server.url + `#/evaluaties/${id}`);
  await heading(page, 'Overzicht');
  const resume = page.getByRole('button', { name: `Doorgaan met werkbestand ${FILE}` });
  await resume.waitFor();
  assert.deepEqual(await axeViolations(page), [], 'waiting for permission');
  await resume.click();
  await page.getByText(new RegExp(`Opgeslagen in ${FILE}`)).waitFor();
  await score(page, suite.server.url, id, 'Na het herladen ook');
  await fileHolds(page, 'Na het herladen ook');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('working file: a colleague changed it, so nothing is overwritten and the user chooses', async () => {
  const { context, page, problems } = await withPickers();
  await page.goto(suite.server.url);
  const id = await linkNew(page, 'Provincie Gedeeld');
  const mine = await fileHolds(page, 'Provincie Gedeeld');
  // A colleague saves a newer version of the same evaluation into the file.
  const theirs = structuredClone(mine);
  theirs.evaluation.organisation = 'Provincie Gedeeld (door collega)';
  theirs.evaluation.revision = mine.evaluation.revision + 5;
  await writeFile(page, JSON.stringify(theirs));

  await score(page, suite.server.url, id, 'Mijn wijziging');
  await page.goto(suite.server.url + `#/evaluaties/${id}`);
  const alert = page.getByRole('alert').filter({ hasText: `Iemand anders heeft ${FILE} gewijzigd` });
  await alert.waitFor();
  const onDisk = JSON.parse(await readFile(page));
  assert.equal(onDisk.evaluation.organisation, 'Provincie Gedeeld (door collega)', 'their version is still there');
  await waitForStored(page, id, (e) => e.self_evaluation.profiles.casemanager?.explanation === 'Mijn wijziging', 'my change, kept in the browser');
  assert.deepEqual(await axeViolations(page), [], 'conflict');

  await page.getByRole('button', { name: 'Versie uit het bestand laden' }).click();
  await page.getByText('Provincie Gedeeld (door collega)').first().waitFor();
  assert.equal(await page.getByLabel('Naam organisatie').inputValue(), 'Provincie Gedeeld (door collega)');
  await page.getByText(new RegExp(`Opgeslagen in ${FILE}`)).waitFor();
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('working file: a write that fails keeps the work, says what to do, and carries on when the file is back', async () => {
  const { context, page, problems } = await withPickers();
  await page.goto(suite.server.url);
  const id = await linkNew(page, 'Gemeente Netwerkschijf');
  await page.evaluate(() => {
    window.__createWritable = FileSystemFileHandle.prototype.createWritable;
    FileSystemFileHandle.prototype.createWritable = () => Promise.reject(new DOMException('De schijf is weg', 'NotFoundError'));
  });
  await score(page, suite.server.url, id, 'Geschreven terwijl de schijf weg was');
  // Said on the page where the user is working, with the way to the choices.
  await page.locator('.save-indicator').filter({ hasText: `${FILE} is niet bijgewerkt.` }).waitFor();
  await page.getByRole('link', { name: 'Naar het werkbestand in het overzicht' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'niet meer te vinden' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /Uw werk is wel opgeslagen in deze browser/);
  await waitForStored(page, id, (e) => e.self_evaluation.profiles.casemanager?.explanation === 'Geschreven terwijl de schijf weg was');
  assert.doesNotMatch(await readFile(page), /Geschreven terwijl/);
  assert.deepEqual(await axeViolations(page), [], 'write failed');

  await page.evaluate(() => { FileSystemFileHandle.prototype.createWritable = window.__createWritable; });
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await fileHolds(page, 'Geschreven terwijl de schijf weg was');
  await page.getByText(new RegExp(`Opgeslagen in ${FILE}`)).waitFor();
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('working file: when the browser cannot record the write or the link, the user hears so', async () => {
  const { context, page, problems } = await withPickers();
  await page.goto(suite.server.url);
  // The browser's storage refuses the app's notes about the working file (full, say), and its
  // database refuses to keep the file's handle; the evaluation itself still saves.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('vth-competenties:werkbestand:')) throw new DOMException('vol', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
    IDBObjectStore.prototype.put = () => { throw new DOMException('geen ruimte', 'QuotaExceededError'); };
  });
  const id = await createEvaluation(page, suite.server.url, 'Gemeente Volle Schijf');
  await page.getByRole('button', { name: 'Opslaan als werkbestand…' }).click();
  await fileHolds(page, 'Gemeente Volle Schijf');
  // Both notes stay, after the news that the file is in use.
  const said = page.locator('.announcer').filter({ hasText: 'De evaluatie staat nu in het werkbestand' });
  await said.waitFor();
  assert.match(await said.textContent(), /kan niet onthouden welk werkbestand bij deze evaluatie hoort/);
  assert.match(await said.textContent(), /kon dat niet vastleggen/);
  assert.ok(id);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

/** After a file was opened as the working file: its evaluation's overview, linked to the file,
 *  and what is typed next lands in the file. */
async function carriesOnInTheFile(page, id, organisation, typed) {
  await heading(page, 'Overzicht');
  await page.getByText(new RegExp(`Opgeslagen in ${FILE}`)).waitFor();
  assert.equal(await page.getByLabel('Naam organisatie').inputValue(), organisation);
  await score(page, suite.server.url, id, typed);
  await fileHolds(page, typed);
}

test('opening a working file adds its evaluation and saves back into it', async () => {
  const { context, page, problems } = await withPickers();
  await page.goto(suite.server.url);
  const file = { kind: 'vth-competenties/evaluatie', schema: 1, evaluation: { id: 'van-collega', organisation: 'RUD Overgedragen', period: '2025-2026', mode: { type: 'own' }, revision: 3 } };
  await writeFile(page, JSON.stringify(file));
  await page.goto(suite.server.url + '#/evaluaties');
  await heading(page, 'Mijn evaluaties');
  assert.deepEqual(await axeViolations(page), [], 'Mijn evaluaties with the help text');
  await page.getByRole('button', { name: 'Werkbestand openen…' }).click();
  await carriesOnInTheFile(page, 'van-collega', 'RUD Overgedragen', 'Verder gewerkt');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

/** The operating system hands a file to the installed app through the launch queue; a test
 *  cannot install the app, so the page gets a queue that holds the test file's handle, as
 *  Chromium's does for an app started with a file. Writes `evaluation` into that file first. */
async function launchedWith(context, page, evaluation) {
  await writeFile(page, JSON.stringify({ kind: 'vth-competenties/evaluatie', schema: 1, evaluation }));
  await context.addInitScript((name) => {
    // Chromium has a launchQueue of its own (empty when not launched with a file), read-only.
    Object.defineProperty(window, 'launchQueue', {
      value: {
        setConsumer(consume) {
          navigator.storage.getDirectory()
            .then((dir) => dir.getFileHandle(name))
            .then((handle) => consume({ files: [handle] }));
        },
      },
    });
  }, FILE);
}

test('the installed app opened with a file ("Openen met") opens it as the working file', async () => {
  const { context, page, problems } = await withPickers();
  await page.goto(suite.server.url);
  await launchedWith(context, page, { id: 'geopend-met', organisation: 'ODZ Geopend', period: '2025-2026', mode: { type: 'own' }, revision: 4 });
  await page.reload();
  await carriesOnInTheFile(page, 'geopend-met', 'ODZ Geopend', 'In het geopende bestand');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

// Opening the file needs code that is not in the first load. Offline before the service
// worker had it (the worker is blocked here, so every request reaches the server), the start
// page works, and the file opens as soon as the connection is back, without a page opened.
test('opened with a file while the app\'s parts are out of reach, it opens the file once the connection is back', async () => {
  const { context, page, problems } = await withPickers({ serviceWorkers: 'block' });
  await page.goto(suite.server.url);
  await launchedWith(context, page, { id: 'offline-geopend', organisation: 'ODZ Later', period: '2025-2026', mode: { type: 'own' }, revision: 1 });
    const refused = [];
  await context.route(CHUNK, (route) => {
    refused.push(new URL(route.request().url()).pathname.split('/').pop());
    return route.abort('internetdisconnected');
  });
  await page.reload();
  await heading(page, 'Inzicht in competentieprofielen VTH');
  // The idle step asked for the code (and, failing that, for the smallest group with it).
  for (let i = 0; i < 100 && !refused.includes('split_catalogue.wasm'); i++) await page.waitForTimeout(50);
  assert.ok(refused.includes('split_data.wasm') && refused.includes('split_catalogue.wasm'), `refused: ${refused}`);
  await page.waitForTimeout(300);
  await heading(page, 'Inzicht in competentieprofielen VTH');

  // The connection drops and comes back (the browser says so with an "online" event).
  await context.setOffline(true);
  await context.unroute(CHUNK);
  await context.setOffline(false);
  await carriesOnInTheFile(page, 'offline-geopend', 'ODZ Later', 'Na het herstel');
  assert.deepEqual(apartFromRefusedFetches(problems.errors), []);
  await context.close();
});

test('a dropped evaluation file keeps its handle: it opens as the working file', async () => {
  const { context, page, problems } = await withPickers();
  await page.goto(suite.server.url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  const file = { kind: 'vth-competenties/evaluatie', schema: 1, evaluation: { id: 'gesleept', organisation: 'ODZ Gesleept', period: '2025-2026', mode: { type: 'own' }, revision: 2 } };
  await writeFile(page, JSON.stringify(file));
  await page.evaluate(async ([name, text]) => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle(name);
    // Chromium gives the handle of a file dragged from the desktop; a file made by a script has
    // none, so the test hands over the one of the private file system.
    DataTransferItem.prototype.getAsFileSystemHandle = async () => handle;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [FILE, JSON.stringify(file)]);
  await page.getByRole('region', { name: `Wat staat er in '${FILE}'?` }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'import preview with the working-file choice');
  await page.getByRole('button', { name: 'Openen als werkbestand' }).click();
  await carriesOnInTheFile(page, 'gesleept', 'ODZ Gesleept', 'In het gesleepte bestand');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

// The reminder: a status banner (utrecht-alert) on the card and in the workspace.
const reminderIn = (page) => page.getByRole('status').filter({ hasText: 'Bewaar een kopie als bestand' }).filter({ hasText: 'wijzigingen van meer dan' });

test('without the File System Access API: a copy as a file, and a reminder after seven days that comes back after new changes', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  await context.addInitScript(() => {
    delete Window.prototype.showSaveFilePicker;
    delete Window.prototype.showOpenFilePicker;
    delete window.showSaveFilePicker;
    delete window.showOpenFilePicker;
  });
  await page.goto(suite.server.url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  const now = Date.now();
  const day = 86_400_000;
  const evaluation = { id: 'oud', organisation: 'Gemeente Vergeetachtig', period: '2025-2026', mode: { type: 'own' },
    created_ms: now - 10 * day, updated_ms: now - 9 * day, self_evaluation: { profiles: { casemanager: { score: 3 } } } };
  await page.evaluate(([key, text]) => localStorage.setItem(key, text),
    [EVALUATION_PREFIX + 'oud', JSON.stringify({ kind: 'vth-competenties/evaluatie', schema: 1, evaluation })]);
  await page.goto(suite.server.url + '#/evaluaties');
  await page.reload();
  await heading(page, 'Mijn evaluaties');
  assert.equal(await page.getByRole('button', { name: 'Werkbestand openen…' }).count(), 0);
  const reminder = reminderIn(page);
  await reminder.waitFor();
  assert.match(await reminder.textContent(), /meer dan 7 dagen.*nog nooit een kopie/s);
  assert.deepEqual(await axeViolations(page), [], 'reminder');

  await reminder.getByRole('button', { name: 'Later' }).click();
  assert.equal(await reminderIn(page).count(), 0, 'waved away');
  await page.reload();
  await heading(page, 'Mijn evaluaties');
  assert.equal(await reminderIn(page).count(), 0, 'stays away after a reload');

  // A new change brings it back; in the workspace too.
  await page.goto(suite.server.url + '#/evaluaties/oud');
  await heading(page, 'Overzicht');
  assert.equal(await page.getByRole('button', { name: 'Opslaan als werkbestand…' }).count(), 0);
  await page.getByLabel('Periode').fill('2025-2027');
  await reminderIn(page).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'workspace with the reminder and the copy panel');

  const [download] = await Promise.all([page.waitForEvent('download'),
    reminderIn(page).getByRole('button', { name: 'Bewaar een kopie als bestand' }).click()]);
  assert.match(download.suggestedFilename(), /^vth-evaluatie_gemeente-vergeetachtig_.*\.json$/);
  await reminderIn(page).waitFor({ state: 'detached' });
  assert.deepEqual(problems.errors, []);
  await context.close();
});
