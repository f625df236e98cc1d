// The three-step evaluation: a user does every step, and nothing typed is ever lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSuite, heading, axeViolations } from './harness.mjs';
import {
  createEvaluation, storageContents, storedEvaluation, waitForStored, stepLink,
  EVALUATION_PREFIX, BACKUP_PREFIX,
} from './app.mjs';

const suite = useSuite();

const Q1_STEP1 = /^1\. Hoeveel mensen vervullen een rol/;
const Q1_STEP2 = /^1\. Wat valt op in de zelfevaluatie\?/;
const CONCLUSION_1 = 'Waar staan wij ten aanzien van de competentieprofielen? Wat is de stand van zaken?';

test('a user fills in every step; after a reload everything is back', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(page, suite.server.url, 'Omgevingsdienst Rivierenland');

  await stepLink(page, /Stap 1 Zelfevaluatie/).click();
  await heading(page, 'Stap 1: Zelfevaluatie');
  await page.getByRole('link', { name: 'Juridisch adviseur' }).click();
  await heading(page, 'Stap 1: Juridisch adviseur');
  await page.getByRole('radio', { name: '4 overtreft verwachtingen' }).check();
  await page.getByLabel('Hoe kom je tot deze score?').fill('Sterke juristen.\nBestuurlijk nog groeien.');
  await page.getByLabel(Q1_STEP1).fill('Acht juristen in één team');

  await stepLink(page, /Stap 2 Collegiale toetsing/).click();
  await heading(page, 'Stap 2: Collegiale toetsing');
  await page.getByRole('radio', { name: 'Ja, we doen een collegiale toetsing' }).check();
  await page.getByLabel('Collega-organisaties', { exact: true }).fill('RUD Utrecht, ODZOB');
  await page.getByLabel('Datum van het gesprek').fill('2025-09-12');
  await page.getByLabel(Q1_STEP2).fill('De scores liepen uiteen');
  await page.getByRole('button', { name: 'Eigen vraag toevoegen' }).click();
  await page.getByLabel('Eigen vraag 1', { exact: true }).fill('Hoe borgen jullie kennis?');
  await page.getByLabel('Aantekeningen bij eigen vraag 1').fill('Via een kennisbank');

  await stepLink(page, /Stap 3 Conclusies/).click();
  await heading(page, 'Stap 3: Conclusies en actieplan');
  await page.getByLabel(CONCLUSION_1).fill('We staan er redelijk voor');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const action = page.getByRole('group', { name: 'Actie 1' });
  await action.getByLabel('Voor welk profiel?').selectOption({ label: 'Juridisch adviseur' });
  await action.getByLabel('Wat gaat u precies doen?').fill('Training bestuurlijke sensitiviteit');
  await action.getByLabel('Uiterlijk klaar op').fill('2030-06-30');
  await action.getByLabel('Status').selectOption({ label: 'Bezig' });
  const hints = await action.getByRole('listitem').allTextContents();
  assert.ok(hints.includes('Er is nog geen eigenaar. Een actie zonder eigenaar blijft vaak liggen.'), hints.join('|'));
  assert.ok(hints.includes('Deze datum ligt na 15-01-2027. Het actieplan gaat over de komende twee jaar.'), hints.join('|'));
  await action.getByLabel('Wie is eigenaar?').fill('Teamleider juridisch');

  await waitForStored(page, id, (e) => e.conclusions.actions[0]?.owner === 'Teamleider juridisch', 'action owner');
  await page.reload();
  await heading(page, 'Stap 3: Conclusies en actieplan');
  assert.equal(await page.getByLabel(CONCLUSION_1).inputValue(), 'We staan er redelijk voor');
  const reloaded = page.getByRole('group', { name: 'Actie 1' });
  assert.equal(await reloaded.getByLabel('Wat gaat u precies doen?').inputValue(), 'Training bestuurlijke sensitiviteit');
  assert.equal(await reloaded.getByLabel('Wie is eigenaar?').inputValue(), 'Teamleider juridisch');
  assert.equal(await reloaded.getByLabel('Uiterlijk klaar op').inputValue(), '2030-06-30');
  assert.equal(await reloaded.getByLabel('Voor welk profiel?').inputValue(), 'juridisch-adviseur');
  // The form value is the file's value (`in_progress`), not Rust's Debug text.
  assert.equal(await reloaded.getByLabel('Status').inputValue(), 'in_progress');
  assert.equal((await storedEvaluation(page, id)).conclusions.actions[0].status, 'in_progress');

  await stepLink(page, /Stap 2 Collegiale toetsing/).click();
  await heading(page, 'Stap 2: Collegiale toetsing');
  assert.ok(await page.getByRole('radio', { name: 'Ja, we doen een collegiale toetsing' }).isChecked());
  assert.equal(await page.getByLabel('Collega-organisaties', { exact: true }).inputValue(), 'RUD Utrecht, ODZOB');
  assert.equal(await page.getByLabel('Datum van het gesprek').inputValue(), '2025-09-12');
  assert.equal(await page.getByLabel(Q1_STEP2).inputValue(), 'De scores liepen uiteen');
  assert.equal(await page.getByLabel('Eigen vraag 1', { exact: true }).inputValue(), 'Hoe borgen jullie kennis?');
  assert.equal(await page.getByLabel('Aantekeningen bij eigen vraag 1').inputValue(), 'Via een kennisbank');

  await stepLink(page, /Stap 1 Zelfevaluatie/).click();
  assert.match(await page.getByRole('listitem').filter({ hasText: 'Juridisch adviseur' }).textContent(), /Juridisch adviseur: klaar, score 4 overtreft verwachtingen/);
  await page.getByRole('link', { name: 'Juridisch adviseur' }).click();
  assert.ok(await page.getByRole('radio', { name: '4 overtreft verwachtingen' }).isChecked());
  assert.equal(await page.getByLabel('Hoe kom je tot deze score?').inputValue(), 'Sterke juristen.\nBestuurlijk nog groeien.');
  assert.equal(await page.getByLabel(Q1_STEP1).inputValue(), 'Acht juristen in één team');
  assert.match(await stepLink(page, /Stap 1 Zelfevaluatie/).textContent(), /1 van 5 profielen klaar/);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn evaluaties' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Omgevingsdienst Rivierenland, 2025-2026' });
  assert.match(await card.textContent(), /Stap 1: 1 van 5 profielen klaar\. Stap 2: bezig\. Stap 3: bezig\./);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("ids come from the browser's cryptographic source, not Math.random", async () => {
  const { context, page } = await openPage(suite.browser, suite.server.origin);
  // Both sources made recognisable: a crypto id holds ab…ab, a Math.random one never does.
  await context.addInitScript(() => {
    crypto.getRandomValues = (array) => array.fill(0xab);
    Math.random = () => 0.5;
  });
  const id = await createEvaluation(page, suite.server.url, 'Gemeente Toeval');
  assert.match(id, /-abababababababab$/);
  await context.close();
});

test('closing the page 300 ms after typing keeps the text', async () => {
  const { context, page } = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(page, suite.server.url, 'Gemeente Snelsluiters');
  await page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/casemanager`);
  await heading(page, 'Stap 1: Casemanager');
  await page.getByLabel('Hoe kom je tot deze score?').pressSequentially('Net getypt');
  await page.waitForTimeout(300);
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto(suite.server.url + `#/evaluaties/${id}/stap-1/casemanager`);
  await heading(reopened, 'Stap 1: Casemanager');
  assert.equal(await reopened.getByLabel('Hoe kom je tot deze score?').inputValue(), 'Net getypt');
  await context.close();
});

test('unreadable stored data: the app starts, explains, and keeps the original bytes', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  const broken = '{"kind": "vth-competenties/evaluatie", "schema": 1, "evaluation": {"id": "kapot", "organ';
  const newer = JSON.stringify({ kind: 'vth-competenties/evaluatie', schema: 99, evaluation: { id: 'toekomst' } });
  await page.evaluate(([p, b, n]) => {
    localStorage.setItem(p + 'kapot', b);
    localStorage.setItem(p + 'toekomst', n);
  }, [EVALUATION_PREFIX, broken, newer]);
  await page.reload();
  await heading(page, 'Inzicht in competentieprofielen VTH');

  const banner = page.getByRole('region', { name: 'Let op: niet alle gegevens konden worden geladen' });
  await banner.waitFor();
  const text = await banner.textContent();
  assert.match(text, /We hebben ze apart bewaard, precies zoals ze waren/);
  assert.match(text, /nieuwere versie van de app/);
  assert.match(text, /regel 1, kolom \d+/);

  const stored = await storageContents(page);
  const backups = Object.entries(stored).filter(([k]) => k.startsWith(BACKUP_PREFIX));
  assert.equal(backups.length, 1);
  assert.equal(backups[0][1], broken, 'the unreadable bytes are kept exactly');
  assert.equal(stored[EVALUATION_PREFIX + 'toekomst'], newer, 'newer data is left where it was');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Download de gegevens' }).first().click(),
  ]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const downloaded = await readFile(path, 'utf8');
  assert.ok([broken, newer].includes(downloaded));

  // A second load does not make a second copy.
  await page.reload();
  await banner.waitFor();
  const again = Object.keys(await storageContents(page)).filter((k) => k.startsWith(BACKUP_PREFIX));
  assert.equal(again.length, 1);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a full localStorage shows "niet opgeslagen" with export, and the app keeps working', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(page, suite.server.url, 'Provincie Volle Schijf');
  await waitForStored(page, id, () => true, 'new evaluation');
  await page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/vergunningverlener`);
  await heading(page, 'Stap 1: Vergunningverlener');
  const filled = await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 16; size >>= 1) {
      const chunk = 'x'.repeat(size);
      try { for (;;) localStorage.setItem('vulling-' + n++, chunk); } catch { /* full at this size */ }
    }
    return n;
  });
  assert.ok(filled > 5);

  await page.getByLabel('Hoe kom je tot deze score?').fill('Dit past niet meer in de opslag, wel in het geheugen van de pagina');
  const alert = page.getByRole('alert').filter({ hasText: 'Niet opgeslagen' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /de opslag van deze browser is vol/);
  assert.ok(await alert.getByRole('button', { name: 'Exporteer als bestand' }).isVisible());

  // Still usable: other steps open, and export gives the unsaved text.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Exporteer als bestand' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.evaluation.self_evaluation.profiles.vergunningverlener.explanation,
    'Dit past niet meer in de opslag, wel in het geheugen van de pagina');
  await stepLink(page, /Stap 3 Conclusies/).click();
  await heading(page, 'Stap 3: Conclusies en actieplan');

  // Once there is room again, the next change saves everything.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vulling-')).forEach((k) => localStorage.removeItem(k)));
  await page.getByLabel(CONCLUSION_1).fill('Weer ruimte');
  await waitForStored(page, id, (e) => e.self_evaluation.profiles.vergunningverlener?.explanation.startsWith('Dit past niet')
    && e.conclusions.notes['conclusie-1'] === 'Weer ruimte', 'text typed while storage was full');
  await alert.waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: 'Alles is weer opgeslagen in deze browser.' }).waitFor();
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('two pages on one evaluation: a newer edit is never overwritten', async () => {
  const { context, page: a } = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(a, suite.server.url, 'RUD Twee Tabbladen');
  await waitForStored(a, id, () => true, 'new evaluation');
  const url = suite.server.url + `#/evaluaties/${id}/stap-1/casemanager`;
  await a.goto(url);
  const b = await context.newPage();
  await b.goto(url);
  await heading(a, 'Stap 1: Casemanager');
  await heading(b, 'Stap 1: Casemanager');

  // B has no unsaved work: it follows A's saved edit.
  await a.getByLabel('Hoe kom je tot deze score?').fill('Eerst in A');
  await waitForStored(a, id, (e) => e.self_evaluation.profiles.casemanager?.explanation === 'Eerst in A');
  await b.getByText('Bijgewerkt met wijzigingen uit een ander tabblad.').waitFor();
  assert.equal(await b.getByLabel('Hoe kom je tot deze score?').inputValue(), 'Eerst in A');

  // Both edit at once: A saves first; B must not overwrite it and asks what to do.
  await a.getByLabel('Hoe kom je tot deze score?').fill('Nieuwer in A');
  await b.getByLabel(Q1_STEP1).fill('Ondertussen in B');
  const conflict = b.getByRole('alert').filter({ hasText: 'Gewijzigd in een ander tabblad' });
  await conflict.waitFor();
  assert.deepEqual(await axeViolations(b), [], 'the conflict banner passes axe');
  await b.waitForTimeout(800);
  let stored = await storedEvaluation(b, id);
  assert.equal(stored.self_evaluation.profiles.casemanager.explanation, 'Nieuwer in A');

  await conflict.getByRole('button', { name: 'Bewaar allebei (mijn versie als kopie)' }).click();
  await conflict.waitFor({ state: 'detached' });
  stored = await storedEvaluation(b, id);
  assert.equal(stored.self_evaluation.profiles.casemanager.explanation, 'Nieuwer in A');
  const all = Object.entries(await storageContents(b)).filter(([k]) => k.startsWith(EVALUATION_PREFIX)).map(([, v]) => JSON.parse(v).evaluation);
  for (let i = 0; i < 30 && !all.some((e) => e.organisation === 'RUD Twee Tabbladen (kopie)'); i++) {
    await b.waitForTimeout(100);
    all.splice(0, all.length, ...Object.entries(await storageContents(b)).filter(([k]) => k.startsWith(EVALUATION_PREFIX)).map(([, v]) => JSON.parse(v).evaluation));
  }
  const copy = all.find((e) => e.organisation === 'RUD Twee Tabbladen (kopie)');
  assert.ok(copy, 'B\'s version is saved as a copy');
  assert.equal(copy.self_evaluation.profiles.casemanager.notes['zelfevaluatie-1'], 'Ondertussen in B');
  await context.close();
});

test('deleting asks first, names the evaluation, and can be undone', async () => {
  const { context, page } = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(page, suite.server.url, 'Gemeente Weg-en-Weer');
  await waitForStored(page, id, () => true, 'new evaluation');
  await page.goto(suite.server.url + '#/evaluaties');
  await page.getByRole('button', { name: 'Verwijderen: Gemeente Weg-en-Weer, 2025-2026' }).click();
  const confirm = page.getByRole('group', { name: 'Verwijderen bevestigen' });
  assert.match(await confirm.textContent(), /Weet u zeker dat u 'Gemeente Weg-en-Weer, 2025-2026' wilt verwijderen\?/);
  await confirm.getByRole('button', { name: 'Nee, bewaren' }).click();
  assert.ok(await storedEvaluation(page, id));

  await page.getByRole('button', { name: 'Verwijderen: Gemeente Weg-en-Weer, 2025-2026' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  const undo = page.getByRole('button', { name: 'Ongedaan maken' });
  await undo.waitFor();
  assert.ok(await undo.evaluate((el) => el === document.activeElement), 'focus moves to undo');
  for (let i = 0; i < 20 && (await storedEvaluation(page, id)); i++) await page.waitForTimeout(100);
  assert.equal(await storedEvaluation(page, id), undefined);
  await undo.click();
  await waitForStored(page, id, (e) => e.organisation === 'Gemeente Weg-en-Weer', 'restored evaluation');
  assert.ok(await page.getByRole('link', { name: 'Gemeente Weg-en-Weer, 2025-2026' }).isVisible());
  await context.close();
});

test('creating without an organisation name says what to fill in', async () => {
  const { context, page } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url + '#/evaluaties');
  await heading(page, 'Mijn evaluaties');
  await page.getByRole('button', { name: 'Evaluatie starten' }).click();
  const field = page.getByLabel('Naam organisatie (verplicht)');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.ok(await field.evaluate((el) => el === document.activeElement));
  const describedBy = await field.getAttribute('aria-describedby');
  assert.equal(await page.locator(`#${describedBy}`).textContent(), 'Vul de naam van de organisatie in.');
  assert.equal(Object.keys(await storageContents(page)).filter((k) => k.startsWith(EVALUATION_PREFIX)).length, 0);
  await context.close();
});

test('storage blocked by the browser: the app starts, says so, and export still saves the work', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The user has blocked storage for this site.', 'SecurityError'); },
    });
  });
  await page.goto(suite.server.url + '#/evaluaties');
  await heading(page, 'Mijn evaluaties');
  await page.getByRole('alert').filter({ hasText: 'Deze browser staat opslaan niet toe.' }).waitFor();
  await page.getByLabel('Naam organisatie (verplicht)').fill('Gemeente Zonder Opslag');
  await page.getByRole('button', { name: 'Evaluatie starten' }).click();
  await heading(page, 'Overzicht');
  const alert = page.getByRole('alert').filter({ hasText: 'Niet opgeslagen' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /deze browser staat opslaan niet toe/);
  await stepLink(page, /Stap 1/).click();
  await page.getByRole('link', { name: 'Casemanager' }).click();
  await page.getByLabel('Hoe kom je tot deze score?').fill('Alleen in het geheugen');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Exporteer als bestand' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.evaluation.self_evaluation.profiles.casemanager.explanation, 'Alleen in het geheugen');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('two actions added in the same moment are two rows: typing in the second changes only the second', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(page, suite.server.url, 'Gemeente Dubbelklik');
  await stepLink(page, /Stap 3 Conclusies/).click();
  await heading(page, 'Stap 3: Conclusies en actieplan');
  // Two clicks in one task, as a fast double click or a script does: the same millisecond.
  await page.getByRole('button', { name: 'Actie toevoegen' }).evaluate((button) => { button.click(); button.click(); });
  await page.getByRole('group', { name: 'Actie 2' }).getByLabel('Wat gaat u precies doen?').fill('Alleen de tweede');
  const ev = await waitForStored(page, id, (e) => e.conclusions.actions.some((a) => a.what), 'second action');
  assert.equal(ev.conclusions.actions.length, 2);
  assert.notEqual(ev.conclusions.actions[0].id, ev.conclusions.actions[1].id);
  assert.deepEqual(ev.conclusions.actions.map((a) => a.what), ['', 'Alleen de tweede']);
  assert.equal(await page.getByRole('group', { name: 'Actie 1' }).getByLabel('Wat gaat u precies doen?').inputValue(), '');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('at 00:30 Dutch time the new evaluation, its card and its file name say today, not yesterday', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin, { timezoneId: 'Europe/Amsterdam' });
  // 15 January 2026, 00:30 in Amsterdam (winter time) is 14 January 23:30 UTC.
  await page.clock.setFixedTime(new Date('2026-01-14T23:30:00Z'));
  await page.goto(suite.server.url + '#/evaluaties');
  await heading(page, 'Mijn evaluaties');
  assert.equal(await page.getByLabel('Startdatum').inputValue(), '2026-01-15');
  assert.equal(await page.getByLabel('Periode').inputValue(), '2026-2027');
  await page.getByLabel('Naam organisatie (verplicht)').fill('Gemeente Middernacht');
  await page.getByRole('button', { name: 'Evaluatie starten' }).click();
  await heading(page, 'Overzicht');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer als bestand' }).click();
  assert.equal((await download).suggestedFilename(), 'vth-evaluatie_gemeente-middernacht_2026-2027_2026-01-15.json');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn evaluaties' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Gemeente Middernacht' });
  assert.match(await card.textContent(), /Laatst gewijzigd op 15-01-2026\./);
  assert.match(await card.textContent(), /Laatst geëxporteerd op 15-01-2026\./);
  assert.deepEqual(problems.errors, []);
  await context.close();
});
