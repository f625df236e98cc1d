// Handing evaluations around as files: export/import, meer-ogen, collegiale toetsing, bad files.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openPage, useSuite, heading, ROOT, axeViolations } from './harness.mjs';
import { createEvaluation, download, handIn, importFile as importInto, makeForm, makePackage, removeDownloads, storageContents, stepLink, storedEvaluation, waitForStored } from './app.mjs';

const suite = useSuite();
after(removeDownloads);

const Q1_STEP1 = /^1\. Hoeveel mensen vervullen een rol/;
const Q1_STEP2 = /^1\. Wat valt op in de zelfevaluatie\?/;
const CONCLUSION_1 = 'Waar staan wij ten aanzien van de competentieprofielen? Wat is de stand van zaken?';

function importFile(page, file) {
  return importInto(page, suite.server.url, file);
}

/** Everything a user sees in the fields of an evaluation, view by view. */
async function readViews(page, id) {
  const out = {};
  const fields = async (name) => {
    const values = {};
    for (const el of await page.locator('main input:not([type=file]), main textarea, main select').all()) {
      const idAttr = await el.getAttribute('id');
      const type = await el.getAttribute('type');
      values[idAttr.replace(/^actie-[0-9a-f]+/, 'actie').replace(/^eigen-[0-9a-f]+/, 'eigen')] =
        type === 'radio' || type === 'checkbox' ? await el.isChecked() : await el.inputValue();
    }
    out[name] = values;
  };
  for (const [view, h1] of [['', 'Overzicht'], ['/stap-1/casemanager', 'Stap 1: Casemanager'],
    ['/stap-2', 'Stap 2: Collegiale toetsing'], ['/stap-3', 'Stap 3: Conclusies en actieplan']]) {
    await page.goto(suite.server.url + `#/evaluaties/${id}${view}`);
    await heading(page, h1);
    await fields(view || 'overzicht');
  }
  return out;
}

test('export, then import in a fresh browser profile: every view shows the same content', async () => {
  const a = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(a.page, suite.server.url, 'Omgevingsdienst Export');
  await a.page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/casemanager`);
  await a.page.getByRole('radio', { name: '2 verbetering nodig' }).check();
  await a.page.getByLabel('Hoe kom je tot deze score?').fill('Regie kan beter.\nTweede regel.');
  await a.page.getByLabel(Q1_STEP1).fill('Vijf casemanagers');
  await stepLink(a.page, /Stap 2/).click();
  await a.page.getByRole('radio', { name: 'Ja, we doen een collegiale toetsing' }).check();
  await a.page.getByLabel('Collega-organisaties', { exact: true }).fill('ODZOB');
  await a.page.getByLabel(Q1_STEP2).fill('Veel verschil tussen teams');
  await a.page.getByRole('button', { name: 'Eigen vraag toevoegen' }).click();
  await a.page.getByLabel('Eigen vraag 1', { exact: true }).fill('Hoe werven jullie?');
  await stepLink(a.page, /Stap 3/).click();
  await a.page.getByLabel(CONCLUSION_1).fill('Redelijk');
  await a.page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await a.page.getByLabel('Wat gaat u precies doen?').fill('Intervisie starten');
  await a.page.getByLabel('Wie is eigenaar?').fill('Afdelingshoofd');
  await waitForStored(a.page, id, (e) => e.conclusions.actions[0]?.owner === 'Afdelingshoofd');

  const file = await download(a.page, () => a.page.getByRole('button', { name: 'Exporteer als bestand' }).click());
  assert.match(file.name, /^vth-evaluatie_omgevingsdienst-export_2025-2026_\d{4}-\d{2}-\d{2}\.json$/);
  await a.page.getByText(/Laatst geëxporteerd op \d{2}-\d{2}-\d{4}\./).waitFor();
  const expected = await readViews(a.page, id);

  const b = await openPage(suite.browser, suite.server.origin);
  await importFile(b.page, file.path);
  const preview = b.page.getByRole('region', { name: /Wat staat er in/ });
  await preview.waitFor();
  const text = await preview.textContent();
  assert.match(text, /een hele evaluatie/);
  assert.match(text, /Omgevingsdienst Export/);
  assert.match(text, /Stap 1: 1 van 5 profielen klaar/);
  assert.match(text, /Kim Jansen, teamleider/, 'who exported it');
  assert.deepEqual(Object.keys(await storageContents(b.page)).filter((k) => k.includes('evaluatie:')), [], 'preview changes nothing');
  await preview.getByRole('button', { name: 'Openen als nieuwe evaluatie' }).click();
  await heading(b.page, 'Overzicht');
  assert.deepEqual(await readViews(b.page, id), expected);

  // The same file again: the input was cleared, so it is read again, and there is nothing new.
  await importFile(b.page, file.path);
  await b.page.getByText('Dit bestand bevat niets nieuws voor deze evaluatie.').waitFor();
  await b.page.getByRole('button', { name: 'Annuleren' }).click();
  await b.page.getByText('Import geannuleerd. Er is niets veranderd.').waitFor();
  assert.deepEqual(a.problems.errors.concat(b.problems.errors), []);
  await a.context.close();
  await b.context.close();
});

test('a merge lists what changes, and changes only that', async () => {
  const a = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(a.page, suite.server.url, 'Gemeente Samen');
  await a.page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/vergunningverlener`);
  await a.page.getByLabel('Hoe kom je tot deze score?').fill('Eigen tekst hier');
  await waitForStored(a.page, id, (e) => e.self_evaluation.profiles.vergunningverlener?.explanation === 'Eigen tekst hier');
  const file = await download(a.page, () => a.page.getByRole('button', { name: 'Exporteer als bestand' }).click());
  const doc = JSON.parse(await readFile(file.path, 'utf8'));
  doc.evaluation.self_evaluation.profiles.vergunningverlener.score = 4;
  doc.evaluation.self_evaluation.profiles.vergunningverlener.explanation = '';
  await importFile(a.page, { name: 'bewerkt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  const changes = await a.page.getByRole('list').filter({ hasText: 'Stap 1, Vergunningverlener: score' }).getByRole('listitem').allTextContents();
  assert.deepEqual(changes, ['Stap 1, Vergunningverlener: score: nog niet gescoord → 4 overtreft verwachtingen']);
  await a.page.getByRole('button', { name: 'Ja, samenvoegen' }).click();
  await heading(a.page, 'Overzicht');
  const stored = await waitForStored(a.page, id, (e) => e.self_evaluation.profiles.vergunningverlener.score === 4);
  assert.equal(stored.self_evaluation.profiles.vergunningverlener.explanation, 'Eigen tekst hier');
  await a.context.close();
});

test('meer-ogen: three assessors in their own browsers, merged with spread and flag', async () => {
  const org = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(org.page, suite.server.url, 'RUD Drie Ogen');
  await stepLink(org.page, /Stap 1/).click();
  const form = await makeForm(org.page, 'toezicht');
  assert.match(form.name, /^vth-scoreformulier_rud-drie-ogen_2025-2026_toezicht_/);

  const returned = [];
  for (const [name, score] of [['Anna', '2 verbetering nodig'], ['Bram', '4 overtreft verwachtingen'], ['Chris', '3 voldoet aan de verwachtingen']]) {
    const a = await openPage(suite.browser, suite.server.origin);
    await importFile(a.page, form.path);
    await a.page.getByText('U bent gevraagd om scores te geven.').waitFor();
    await a.page.getByLabel('Uw naam').fill(name);
    await a.page.getByRole('button', { name: 'Scoren' }).click();
    await heading(a.page, 'Stap 1: Scoren');
    assert.equal(await a.page.getByRole('button', { name: 'Scoreformulier maken' }).count(), 0);
    await a.page.getByRole('link', { name: 'Casemanager' }).click();
    await a.page.getByRole('radio', { name: score }).check();
    await a.page.getByLabel('Hoe kom je tot deze score?').fill(`${name} vindt dit`);
    await stepLink(a.page, /Overzicht/).click();
    returned.push(await handIn(a.page));
    await a.context.close();
  }
  for (const file of returned) {
    await importFile(org.page, file.path);
    await org.page.getByRole('button', { name: "Toevoegen aan 'RUD Drie Ogen, 2025-2026'" }).click();
    await heading(org.page, 'Stap 1: Zelfevaluatie');
  }
  await org.page.getByRole('link', { name: 'Casemanager' }).click();
  const table = org.page.getByRole('table', { name: 'Losse scores van de deelnemers' });
  const rows = await table.getByRole('row').allTextContents();
  assert.deepEqual(rows.slice(1), ['Anna (toezicht)2 verbetering nodigAnna vindt dit', 'Bram (toezicht)4 overtreft verwachtingenBram vindt dit', 'Chris (toezicht)3 voldoet aan de verwachtingenChris vindt dit']);
  assert.match(await org.page.getByText(/^Spreiding:/).textContent(), /van 2 tot 4 \(3 scores\)\. Let op: de scores liggen 2 of meer uit elkaar/);
  await org.page.getByRole('radio', { name: '3 voldoet aan de verwachtingen' }).check();
  // One box for the reasoning: the toelichting (no second 'vastgestelde score' box to guess at).
  assert.equal(await org.page.getByLabel(/vastgestelde score/).count(), 0);
  await org.page.getByLabel('Hoe kom je tot deze score?').fill('Na overleg: 3');

  // The same assessor's form again: "bijgewerkt", but nothing changed, so nothing is saved
  // again (the revision stays; a working file would not be rewritten).
  const before = await waitForStored(org.page, id, (e) => e.self_evaluation.profiles.casemanager?.explanation === 'Na overleg: 3');
  await importFile(org.page, returned[0].path);
  await org.page.getByRole('button', { name: "Toevoegen aan 'RUD Drie Ogen, 2025-2026'" }).click();
  await org.page.getByText('De deelnemer is bijgewerkt.').waitFor();
  await org.page.waitForTimeout(1000);
  const again = await storedEvaluation(org.page, id);
  assert.equal(again.revision, before.revision, 'the same form twice is no change');
  assert.equal(again.updated_ms, before.updated_ms);
  // Removing one removes only theirs.
  // Removing a colleague's input can be undone, in place.
  await org.page.getByRole('button', { name: 'Verwijderen: Bram (toezicht)' }).click();
  await org.page.getByText('De scores van Bram (toezicht) zijn verwijderd.').waitFor();
  assert.deepEqual(await axeViolations(org.page), []);
  await org.page.getByRole('button', { name: 'Ongedaan maken' }).click();
  const back = await waitForStored(org.page, id, (e) => e.self_evaluation.assessors.length === 3);
  assert.deepEqual(back.self_evaluation.assessors.map((a) => a.name), ['Anna', 'Bram', 'Chris']);
  await org.page.getByRole('button', { name: 'Verwijderen: Bram (toezicht)' }).click();
  const stored = await waitForStored(org.page, id, (e) => e.self_evaluation.assessors.length === 2);
  assert.deepEqual(stored.self_evaluation.assessors.map((a) => a.name), ['Anna', 'Chris']);
  assert.equal(stored.self_evaluation.profiles.casemanager.score, 3);
  assert.equal(stored.self_evaluation.profiles.casemanager.explanation, 'Na overleg: 3');
  assert.deepEqual(org.problems.errors, []);
  await org.context.close();
});

test('collegiale toetsing round trip: two peers reply, notes appear attributed, own notes unchanged', async () => {
  const org = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(org.page, suite.server.url, 'Provincie Spiegel');
  await org.page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/casemanager`);
  await org.page.getByRole('radio', { name: '3 voldoet aan de verwachtingen' }).check();
  await org.page.getByLabel('Hoe kom je tot deze score?').fill('Onze casemanagers doen het goed');
  await stepLink(org.page, /Stap 2/).click();
  await org.page.getByLabel(Q1_STEP2).fill('Onze eigen notitie');
  await org.page.getByRole('button', { name: 'Eigen vraag toevoegen' }).click();
  await org.page.getByLabel('Eigen vraag 1', { exact: true }).fill('Hoe borgen jullie kennis?');
  await waitForStored(org.page, id, (e) => e.peer_review.own_questions[0]?.text === 'Hoe borgen jullie kennis?');
  const pack = await makePackage(org.page, 'RUD Utrecht');
  const packDoc = JSON.parse(await readFile(pack.path, 'utf8'));
  assert.equal(packDoc.kind, 'vth-competenties/toetsingspakket');
  assert.deepEqual(packDoc.evaluation.peer_review.notes, {}, 'own step 2 notes are not in the package');

  const replies = [];
  for (const peer of ['RUD Utrecht', 'ODZOB']) {
    const p = await openPage(suite.browser, suite.server.origin);
    await importFile(p.page, pack.path);
    assert.equal(await p.page.getByLabel('Naam van uw organisatie').inputValue(), 'RUD Utrecht', 'filled in from the package');
    await p.page.getByLabel('Naam van uw organisatie').fill(peer);
    assert.equal(await p.page.getByLabel('Uw naam').count(), 0, 'a reply comes from the organisation, not a person');
    await p.page.getByRole('button', { name: 'Collegiale toetsing beginnen' }).click();
    await heading(p.page, 'Stap 2: Uw aantekeningen');
    await p.page.getByLabel(Q1_STEP2).fill(`${peer} ziet verschillen`);
    await p.page.getByLabel('Vraag 1: Hoe borgen jullie kennis?').fill(`${peer}: met een wiki`);
    await stepLink(p.page, /^Zelfevaluatie lezen/).click();
    await heading(p.page, 'De zelfevaluatie lezen');
    assert.match(await p.page.getByRole('region', { name: 'Casemanager' }).textContent(), /Onze casemanagers doen het goed/);
    await p.page.getByLabel('Uw aantekeningen bij Casemanager').fill(`${peer} over casemanagers`);
    await stepLink(p.page, /Overzicht/).click();
    replies.push(await handIn(p.page, 'Reactie inleveren (bestand maken)'));
    assert.deepEqual(p.problems.errors, []);
    await p.context.close();
  }
  for (const reply of [...replies, replies[0]]) {
    await importFile(org.page, reply.path);
    await org.page.getByRole('button', { name: "Toevoegen aan stap 2 van 'Provincie Spiegel, 2025-2026'" }).click();
    await heading(org.page, 'Stap 2: Collegiale toetsing');
  }
  const notes = await org.page.locator('.peer-notes').first().getByRole('listitem').allTextContents();
  assert.deepEqual(notes, ['RUD Utrecht: RUD Utrecht ziet verschillen', 'ODZOB: ODZOB ziet verschillen']);
  assert.equal(await org.page.getByLabel(Q1_STEP2).inputValue(), 'Onze eigen notitie');
  const stored = await waitForStored(org.page, id, (e) => e.peer_review.replies.length === 2);
  assert.equal(stored.peer_review.notes['toetsing-1'], 'Onze eigen notitie');
  assert.equal(stored.peer_review.replies[1].own_question_notes[stored.peer_review.own_questions[0].id], 'ODZOB: met een wiki');
  assert.equal(stored.peer_review.replies[0].profile_notes.casemanager, 'RUD Utrecht over casemanagers');
  // Per profile: the peers' notes, or a line that there are none (never a bare heading).
  const perProfile = org.page.getByRole('region', { name: 'Aantekeningen per profiel' });
  assert.match(await perProfile.textContent(), /CasemanagerAantekeningen van collega-organisaties:RUD Utrecht: RUD Utrecht over casemanagers.*VergunningverlenerGeen aantekeningen van collega-organisaties bij dit profiel\./s);
  await org.context.close();
});

test('bad files get a clear Dutch message and change nothing; a dropped file is read too', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(page, suite.server.url, 'Gemeente Veilig');
  await waitForStored(page, id, () => true, 'new evaluation');
  const before = await storageContents(page);
  await importFile(page, path.join(ROOT, 'tests/bad-files/err-truncated.json'));
  const alert = page.getByRole('alert').filter({ hasText: "'err-truncated.json' kan niet worden geïmporteerd" });
  await alert.waitFor();
  // First what it means and what to do; the technical detail (line, column) folded below.
  const lead = await alert.locator('p').first().textContent();
  assert.equal(lead, 'Het bestand is niet compleet: misschien is het niet helemaal gedownload. Vraag de afzender om het bestand opnieuw te maken en te sturen. Er is niets veranderd.');
  const detail = alert.locator('details');
  assert.equal(await detail.getAttribute('open'), null, 'folded');
  assert.match(await detail.textContent(), /Het bestand houdt midden in op \(regel \d+, kolom \d+\)/);
  assert.deepEqual(await axeViolations(page), []);

  // A JSON file of another program: said plainly, not as "het label 'kind' ontbreekt".
  await page.getByLabel('Kies een bestand (.json)').setInputFiles({ name: 'ander.json', mimeType: 'application/json', buffer: Buffer.from('{"naam": "iets anders"}') });
  const other = page.getByRole('alert').filter({ hasText: "'ander.json' kan niet worden geïmporteerd" });
  assert.match(await other.locator('p').first().textContent(), /^Dit is geen bestand van deze app, of het is beschadigd\. Kies een ander bestand/);

  await page.getByLabel('Kies een bestand (.json)').setInputFiles({ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 32) });
  await page.getByRole('alert').filter({ hasText: 'Dit bestand is te groot voor deze app.' }).waitFor();
  assert.match(await page.getByRole('alert').locator('details').textContent(), /Het bestand is te groot \(6144 kB\)/);

  const hostile = await readFile(path.join(ROOT, 'tests/bad-files/ok-inert-script-tags.json'), 'utf8');
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'gesleept.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, hostile);
  const preview = page.getByRole('region', { name: "Wat staat er in 'gesleept.json'?" });
  await preview.waitFor();
  assert.match(await preview.textContent(), /<script>alert\('x'\)<\/script>/, 'shown as text');
  assert.deepEqual(await storageContents(page), before, 'nothing changed before a choice');
  await preview.getByRole('button', { name: 'Openen als nieuwe evaluatie' }).click();
  await heading(page, 'Overzicht');
  assert.equal(await page.getByLabel('Naam organisatie').inputValue(), "<script>alert('x')</script><img src=x onerror=alert(1)>");
  await page.waitForTimeout(300);
  assert.equal(dialogs, 0);
  assert.equal(await page.locator('main script, main img').count(), 0);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a scoreformulier with only the toezicht profile, returned with the participant\'s role', async () => {
  const org = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(org.page, suite.server.url, 'Gemeente Toezicht');
  await stepLink(org.page, /Stap 1/).click();
  const choice = org.page.getByRole('group', { name: 'Welke profielen staan op het scoreformulier?' });
  for (const name of ['Casemanager', 'Vergunningverlener', 'Juridisch adviseur', 'Specialistisch adviseur']) {
    await choice.getByLabel(name).uncheck();
  }
  await waitForStored(org.page, id, (e) => e.self_evaluation.form_profiles?.length === 1, 'chosen profiles');
  // The last one cannot be unticked: a form must ask something.
  await choice.getByLabel('Toezichthouder en handhaver').click();
  assert.ok(await choice.getByLabel('Toezichthouder en handhaver').isChecked());
  assert.deepEqual(await axeViolations(org.page), []);
  const form = await makeForm(org.page, 'toezicht');

  const a = await openPage(suite.browser, suite.server.origin);
  await importFile(a.page, form.path);
  await a.page.getByLabel('Uw naam').fill('Sanne');
  await a.page.getByRole('button', { name: 'Scoren' }).click();
  await heading(a.page, 'Stap 1: Scoren');
  const profiles = await a.page.locator('.profile-list a').allTextContents();
  assert.deepEqual(profiles, ['Toezichthouder en handhaver']);
  await a.page.getByRole('link', { name: 'Toezichthouder en handhaver' }).click();
  await a.page.getByRole('radio', { name: '3 voldoet aan de verwachtingen' }).check();
  await a.page.getByLabel('Hoe kom je tot deze score?').fill('Goed op weg');
  await stepLink(a.page, /Overzicht/).click();
  assert.match(await stepLink(a.page, /Stap 1 Scoren/).textContent(), /1 van 1 profiel klaar/);
  assert.equal(await a.page.getByLabel('Uw rol of team').inputValue(), 'toezicht', 'the role the form was made for');
  await a.page.getByLabel('Uw rol of team').fill('teamleider toezicht');
  const returned = await handIn(a.page);
  await a.context.close();

  await importFile(org.page, returned.path);
  await org.page.getByRole('button', { name: "Toevoegen aan 'Gemeente Toezicht, 2025-2026'" }).click();
  await heading(org.page, 'Stap 1: Zelfevaluatie');
  await org.page.getByRole('link', { name: 'Toezichthouder en handhaver' }).click();
  const rows = await org.page.getByRole('table', { name: 'Losse scores van de deelnemers' }).getByRole('row').allTextContents();
  assert.deepEqual(rows.slice(1), ['Sanne (teamleider toezicht)3 voldoet aan de verwachtingenGoed op weg']);
  assert.deepEqual(org.problems.errors, []);
  await org.context.close();
});

/** The evaluations in this browser's storage, as their modes' types ('own', 'assessor', 'peer'). */
async function storedModes(page) {
  await page.waitForTimeout(600); // past the autosave
  const all = await storageContents(page);
  return Object.entries(all)
    .filter(([key]) => key.startsWith('vth-competenties:evaluatie:'))
    .map(([, value]) => JSON.parse(value).evaluation.mode?.type ?? 'own')
    .sort();
}

test('a file opened twice lands once, and the coordinator\'s own outgoing files make nothing', async () => {
  const org = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(org.page, suite.server.url, 'OD Eenmaal');
  await org.page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/casemanager`);
  await org.page.getByLabel('Dit profiel is niet van toepassing in onze organisatie').check();
  await org.page.getByLabel('Waarom is dit profiel niet van toepassing? (verplicht)').fill('Casemanagen ligt bij de gemeenten');
  await waitForStored(org.page, id, (e) => e.self_evaluation.profiles.casemanager?.not_applicable_reason === 'Casemanagen ligt bij de gemeenten');
  await stepLink(org.page, /Stap 1/).click();
  const form = await makeForm(org.page, 'jurist');
  await stepLink(org.page, /Stap 2/).click();
  const pack = await makePackage(org.page, 'RUD Elders');

  // The coordinator opens her own blank form and her own package: told so, nothing made.
  for (const [file, what] of [[form, /Dit is een scoreformulier dat u zelf heeft gemaakt voor 'OD Eenmaal, 2025-2026'/],
    [pack, /Dit is een toetsingspakket dat u zelf heeft gemaakt voor 'OD Eenmaal, 2025-2026'/]]) {
    await importFile(org.page, file.path);
    await org.page.getByText(what).waitFor();
    assert.equal(await org.page.getByRole('button', { name: 'Scoren' }).count(), 0);
    assert.equal(await org.page.getByRole('button', { name: 'Collegiale toetsing beginnen' }).count(), 0);
    assert.deepEqual(await axeViolations(org.page), []);
  }
  await org.page.getByRole('button', { name: "Naar 'OD Eenmaal, 2025-2026'" }).click();
  await heading(org.page, 'Stap 2: Collegiale toetsing');
  assert.deepEqual(await storedModes(org.page), ['own']);

  // A colleague opens the e-mailed form, scores, then opens the same file again to carry on.
  const a = await openPage(suite.browser, suite.server.origin);
  await importFile(a.page, form.path);
  await a.page.getByLabel('Uw naam').fill('Anna');
  await a.page.getByRole('button', { name: 'Scoren' }).click();
  // The participant sees the n.v.t. profile with the organisation's reason, and is not asked.
  await a.page.getByRole('link', { name: 'Casemanager' }).click();
  await a.page.getByText('De organisatie heeft dit profiel niet van toepassing verklaard: Casemanagen ligt bij de gemeenten. U hoeft het niet te scoren.').waitFor();
  assert.equal(await a.page.getByRole('radio', { name: '2 verbetering nodig' }).isVisible(), false);
  await a.page.getByRole('link', { name: 'Volgend profiel: Vergunningverlener' }).click();
  await a.page.getByRole('radio', { name: '2 verbetering nodig' }).check();
  // Four profiles asked, not five: the n.v.t. one is not counted as done or as open.
  await a.page.getByLabel('Hoe kom je tot deze score?').fill('Goed');
  await stepLink(a.page, /Stap 1 Scoren/).filter({ hasText: '1 van 4 profielen klaar' }).waitFor();
  await stepLink(a.page, /Overzicht/).click();
  const handedIn = await handIn(a.page);
  for (const file of [form, handedIn]) {
    await importFile(a.page, file.path);
    await a.page.getByText(/^U bent hier al mee bezig: 'Scoreformulier: OD Eenmaal, 2025-2026' staat al in deze browser/).waitFor();
    assert.equal(await a.page.getByRole('button', { name: 'Scoren' }).count(), 0);
  }
  await a.page.getByRole('button', { name: "Verder met 'Scoreformulier: OD Eenmaal, 2025-2026'" }).click();
  await heading(a.page, 'Stap 1: Scoren');
  assert.deepEqual(await storedModes(a.page), ['assessor']);
  await a.page.goto(suite.server.url + '#/evaluaties');
  await heading(a.page, 'Mijn evaluaties');
  assert.equal(await a.page.getByText('Scoreformulier: OD Eenmaal, 2025-2026').count(), 1);
  assert.deepEqual(a.problems.errors, []);
  await a.context.close();

  // A peer opens the package twice: one copy.
  const p = await openPage(suite.browser, suite.server.origin);
  await importFile(p.page, pack.path);
  await p.page.getByLabel('Naam van uw organisatie').fill('RUD Elders');
  await p.page.getByRole('button', { name: 'Collegiale toetsing beginnen' }).click();
  await heading(p.page, 'Stap 2: Uw aantekeningen');
  // The peer reads an n.v.t. profile as such, with the organisation's reason.
  await stepLink(p.page, /^Zelfevaluatie lezen/).click();
  await heading(p.page, 'De zelfevaluatie lezen');
  const cm = await p.page.getByRole('region', { name: 'Casemanager' }).textContent();
  assert.match(cm, /Score: niet van toepassing \(bewust niet gescoord\)Waarom niet van toepassing: Casemanagen ligt bij de gemeenten/);
  assert.doesNotMatch(cm, /nog niet gescoord/);
  assert.deepEqual(await axeViolations(p.page), []);
  await importFile(p.page, pack.path);
  await p.page.getByText(/^U bent hier al mee bezig: 'Collegiale toetsing: OD Eenmaal, 2025-2026'/).waitFor();
  assert.equal(await p.page.getByRole('button', { name: 'Collegiale toetsing beginnen' }).count(), 0);
  assert.deepEqual(await storedModes(p.page), ['peer']);
  await p.context.close();

  // The returned form still adds at the coordinator's.
  await importFile(org.page, handedIn.path);
  await org.page.getByRole('button', { name: "Toevoegen aan 'OD Eenmaal, 2025-2026'" }).click();
  await waitForStored(org.page, id, (e) => e.self_evaluation.assessors.length === 1);
  assert.deepEqual(org.problems.errors, []);
  await org.context.close();
});
