// Hand-offs between people, each in a browser context of their own (issue 21): a coordinator
// hands out scoreformulieren and a toetsingspakket for named roles and organisations, sees
// them come back, and is warned where work would be lost.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, useSuite, heading, axeViolations } from './harness.mjs';
import {
  createEvaluation, download, handIn, importFile, makeForm, makePackage, removeDownloads, stepLink, waitForStored,
} from './app.mjs';

const suite = useSuite();
after(removeDownloads);
const RETURN = 'vth-team@rud-ronde.nl';

test('a round of scoreformulieren: for whom, a message to send along, ticked off when they come back', async () => {
  const org = await openPage(suite.browser, suite.server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  const id = await createEvaluation(org.page, suite.server.url, 'RUD Ronde');
  await stepLink(org.page, /Stap 1/).click();
  await org.page.getByLabel(/Waar sturen zij het bestand naartoe/).first().fill(RETURN);
  await waitForStored(org.page, id, (e) => e.return_address === RETURN);

  // Without saying for whom, nothing is made, and the field says what to do.
  await org.page.getByRole('button', { name: 'Scoreformulier maken' }).click();
  await org.page.getByText('Vul de rol of het team in van wie het formulier krijgt.').waitFor();
  assert.equal(await org.page.evaluate(() => document.activeElement.id), 'formulier-voor-wie');

  // Only toezicht for the teamleider; everything for the vergunningverlener.
  const choice = org.page.getByRole('group', { name: 'Welke profielen staan op het scoreformulier?' });
  for (const name of ['Casemanager', 'Vergunningverlener', 'Juridisch adviseur', 'Specialistisch adviseur']) {
    await choice.getByLabel(name).uncheck();
  }
  await waitForStored(org.page, id, (e) => e.self_evaluation.form_profiles?.length === 1);
  const toezicht = await makeForm(org.page, 'teamleider toezicht', 'Fatima');
  assert.match(toezicht.name, /^vth-scoreformulier_rud-ronde_2025-2026_teamleider-toezicht_\d{4}-\d{2}-\d{2}\.json$/);
  const sent = await readFile(toezicht.path, 'utf8');
  assert.doesNotMatch(sent, /Fatima/, 'the name the coordinator wrote stays with her');
  assert.equal(JSON.parse(sent).evaluation.return_address, RETURN);

  // The message beside the button: where the app is, the one step to take, where to send it back.
  const message = await org.page.getByLabel('Tekst van het bericht').inputValue();
  assert.match(message, /^Onderwerp: Scoreformulier competentieprofielen VTH: RUD Ronde, 2025-2026/);
  assert.ok(message.includes(suite.server.url), message);
  assert.match(message, /Kies bovenaan 'Importeren' en kies het bestand\./);
  assert.ok(message.includes(`terug naar ${RETURN}`));
  assert.ok(message.includes(toezicht.name));
  const mailto = await org.page.getByRole('link', { name: 'Openen in uw e-mailprogramma' }).getAttribute('href');
  assert.match(mailto, /^mailto:\?subject=Scoreformulier%20competentieprofielen%20VTH%3A%20RUD%20Ronde/);
  assert.match(mailto, /&body=.*%0D%0A/);
  await org.page.getByRole('button', { name: 'Bericht kopiëren' }).click();
  await org.page.getByText('Het bericht is gekopieerd.', { exact: false }).waitFor();
  assert.equal(await org.page.evaluate(() => navigator.clipboard.readText()), message);
  assert.deepEqual(await axeViolations(org.page), []);

  for (const name of ['Toezichthouder en handhaver', 'Casemanager', 'Vergunningverlener', 'Juridisch adviseur', 'Specialistisch adviseur']) {
    await choice.getByLabel(name).check();
  }
  const vergunning = await makeForm(org.page, 'vergunningverlener');
  assert.notEqual(vergunning.name, toezicht.name);
  const round = org.page.locator('.round');
  assert.match(await org.page.locator('.round__summary').first().textContent(), /^2 scoreformulieren uitgedeeld, nog geen terug\.$/);
  assert.match(await round.first().textContent(), /teamleider toezicht \(Fatima\).*Nog niet terug.*vergunningverlener.*Nog niet terug/s);

  // The teamleider, in her own browser: a participant's screen, not the coordinator's.
  const a = await openPage(suite.browser, suite.server.origin);
  await importFile(a.page, suite.server.url, toezicht.path);
  await a.page.getByText('Dit formulier is voor: teamleider toezicht.').waitFor();
  await a.page.getByLabel('Uw naam').fill('Fatima');
  await a.page.getByRole('button', { name: 'Scoren' }).click();
  await heading(a.page, 'Stap 1: Scoren');
  const help = await a.page.locator('main').textContent();
  assert.doesNotMatch(help, /Laat meer mensen scoren|niet van toepassing/);
  assert.equal(await a.page.getByRole('button', { name: 'Exporteer als bestand' }).count(), 0, 'no share banner for a participant');
  await a.page.getByRole('link', { name: 'Toezichthouder en handhaver' }).click();
  await a.page.getByRole('radio', { name: '3 voldoet aan de verwachtingen' }).check();
  await a.page.getByLabel('Hoe kom je tot deze score?').fill('Goed op weg');
  await stepLink(a.page, /Overzicht/).click();
  assert.match(await a.page.locator('main ol.steps').textContent(), new RegExp(`Stuur dat bestand naar ${RETURN}`));
  const fromA = await download(a.page, () => a.page.getByRole('button', { name: 'Formulier inleveren (bestand maken)' }).click());
  assert.match(fromA.name, /^vth-scoreformulier_rud-ronde_2025-2026_teamleider-toezicht-fatima_/);
  await a.page.getByText(`Het bestand ${fromA.name} staat in uw map met downloads.`).waitFor();
  assert.match(await a.page.getByRole('link', { name: 'Openen in uw e-mailprogramma' }).getAttribute('href'), new RegExp(`^mailto:${RETURN}\\?subject=Ingevuld%20scoreformulier`));
  assert.deepEqual(await axeViolations(a.page), []);
  assert.deepEqual(a.problems.errors, []);
  await a.context.close();

  // The vergunningverlener scores one of five and is warned, with the count, before handing in.
  const b = await openPage(suite.browser, suite.server.origin);
  await importFile(b.page, suite.server.url, vergunning.path);
  await b.page.getByLabel('Uw naam').fill('Bram');
  await b.page.getByRole('button', { name: 'Scoren' }).click();
  await b.page.getByRole('link', { name: 'Casemanager' }).click();
  await b.page.getByRole('radio', { name: '4 overtreft verwachtingen' }).check();
  await stepLink(b.page, /Overzicht/).click();
  await b.page.getByRole('button', { name: 'Formulier inleveren (bestand maken)' }).click();
  const warning = await b.page.getByRole('alert').textContent();
  assert.match(warning, /U hebt 4 van de 5 profielen nog niet gescoord: Vergunningverlener, Toezichthouder en handhaver, Juridisch adviseur, Specialistisch adviseur\. Wilt u het toch inleveren\?/);
  assert.equal(await b.page.evaluate(() => document.activeElement.id), 'inleveren-resultaat', 'the warning is where the user is');
  assert.deepEqual(await axeViolations(b.page), []);
  const fromB = await download(b.page, () => b.page.getByRole('button', { name: 'Toch inleveren' }).click());
  await b.context.close();

  // Back at the coordinator: the partial form is flagged, and each file ticks its own off.
  await importFile(org.page, suite.server.url, fromB.path);
  await org.page.getByText("Dit is het antwoord op het scoreformulier voor 'vergunningverlener'.", { exact: false }).waitFor();
  assert.match(await org.page.locator('.import-actions').textContent(), /maar voor een deel ingevuld: 1 van de 5 profielen gescoord/);
  assert.deepEqual(await axeViolations(org.page), []);
  await org.page.getByRole('button', { name: "Toevoegen aan 'RUD Ronde, 2025-2026'" }).click();
  await heading(org.page, 'Stap 1: Zelfevaluatie');
  assert.match(await org.page.locator('.round__summary').first().textContent(), /^1 van 2 scoreformulieren terug\.$/);
  await importFile(org.page, suite.server.url, fromA.path);
  await org.page.getByRole('button', { name: "Toevoegen aan 'RUD Ronde, 2025-2026'" }).click();
  await heading(org.page, 'Stap 1: Zelfevaluatie');
  assert.match(await org.page.locator('.round__summary').first().textContent(), /^Beide scoreformulieren terug\.$/);
  const items = await org.page.locator('.round__item').allTextContents();
  assert.match(items[0], /teamleider toezicht \(Fatima\).*Terug op \d{2}-\d{2}-\d{4}: 1 van 1 profiel gescoord/);
  assert.match(items[1], /vergunningverlener.*Terug op \d{2}-\d{2}-\d{4}: 1 van 5 profielen gescoord/);
  assert.match(await org.page.locator('.profile-list').textContent(), /Casemanager: niet gestart, 1 score van een collega/);

  // The task list counts them; the spread lists only who was asked about a profile.
  await stepLink(org.page, /Overzicht/).click();
  assert.match(await org.page.getByRole('region', { name: 'Wat er te doen is' }).textContent(), /Scoreformulieren: beide scoreformulieren terug/);
  await org.page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/casemanager`);
  const rows = await org.page.getByRole('table', { name: 'Losse scores van de deelnemers' }).getByRole('row').allTextContents();
  assert.deepEqual(rows.slice(1), ['Bram (vergunningverlener)4 overtreft verwachtingen']);
  // "Wie deden mee" and "hoe" from the forms that came back, by role, when the user asks.
  await org.page.getByText('Uit de teruggekomen scoreformulieren: vergunningverlener.').waitFor();
  await org.page.getByRole('button', { name: /^Overnemen bij 'Wie deden mee\?'/ }).click();
  assert.equal(await org.page.getByLabel('Wie deden mee?').inputValue(), 'vergunningverlener');
  assert.ok(await org.page.getByLabel('Ieder apart met een scoreformulier, daarna samengebracht').isChecked());
  const stored = await waitForStored(org.page, id, (e) => e.self_evaluation.profiles.casemanager?.participants === 'vergunningverlener');
  assert.equal(stored.self_evaluation.profiles.casemanager.method, 'separate_forms');
  assert.deepEqual(await axeViolations(org.page), []);
  assert.deepEqual(org.problems.errors, []);
  await org.context.close();
});

test('a toetsingspakket for a named peer: the peer reads its own instructions, an empty reply is flagged, the reply ticks it off', async () => {
  const org = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(org.page, suite.server.url, 'OD Spiegelronde');
  await stepLink(org.page, /Stap 2/).click();
  await org.page.getByRole('radio', { name: 'Ja, we doen een collegiale toetsing' }).check();
  await org.page.getByLabel(/Waar sturen zij het bestand naartoe/).fill(RETURN);
  await waitForStored(org.page, id, (e) => e.return_address === RETURN);
  const pack = await makePackage(org.page, 'RUD Utrecht');
  assert.match(pack.name, /^vth-toetsingspakket_od-spiegelronde_2025-2026_rud-utrecht_/);
  assert.match(await org.page.getByLabel('Tekst van het bericht').inputValue(), /Schrijf geen namen van personen in uw reactie/);
  assert.match(await org.page.locator('.round__summary').textContent(), /^1 toetsingspakket uitgedeeld, nog niet terug\.$/);

  const p = await openPage(suite.browser, suite.server.origin);
  await importFile(p.page, suite.server.url, pack.path);
  assert.equal(await p.page.getByLabel('Naam van uw organisatie').inputValue(), 'RUD Utrecht');
  await p.page.getByRole('button', { name: 'Collegiale toetsing beginnen' }).click();
  await heading(p.page, 'Stap 2: Uw aantekeningen');
  assert.equal(await p.page.getByLabel('Stap 2 is afgerond').count(), 0);
  assert.equal(await p.page.getByRole('heading', { name: 'Vragen van de organisatie' }).count(), 0, 'no empty box of own questions');
  assert.doesNotMatch(await p.page.locator('main').textContent(), /Schrijf op wat er gezegd is/);
  await stepLink(p.page, /Overzicht/).click();
  assert.match(await p.page.locator('main ol.steps').textContent(), new RegExp(`stuur het bestand naar ${RETURN}`));
  await p.page.getByRole('button', { name: 'Reactie inleveren (bestand maken)' }).click();
  assert.match(await p.page.getByRole('alert').textContent(), /U hebt nog niets geschreven/);
  const blank = await download(p.page, () => p.page.getByRole('button', { name: 'Toch inleveren' }).click());
  await p.context.close();

  await importFile(org.page, suite.server.url, blank.path);
  assert.match(await org.page.locator('.import-actions').textContent(), /Dit is het antwoord op het toetsingspakket voor 'RUD Utrecht'.*Deze reactie is leeg/s);
  assert.deepEqual(await axeViolations(org.page), []);
  await org.page.getByRole('button', { name: "Toevoegen aan stap 2 van 'OD Spiegelronde, 2025-2026'" }).click();
  await heading(org.page, 'Stap 2: Collegiale toetsing');
  assert.match(await org.page.locator('.round__summary').textContent(), /^1 toetsingspakket uitgedeeld en terug\.$/);
  assert.deepEqual(org.problems.errors, []);
  await org.context.close();
});

test('an old backup merged into newer work is named as older, and keeps the newer work by default', async () => {
  const a = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(a.page, suite.server.url, 'Gemeente Terug');
  await stepLink(a.page, /Stap 3/).click();
  await a.page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await a.page.getByLabel('Wat gaat u precies doen?').fill('Intervisie starten');
  await waitForStored(a.page, id, (e) => e.conclusions.actions[0]?.what === 'Intervisie starten');
  const backup = await download(a.page, () => a.page.getByRole('button', { name: 'Exporteer als bestand' }).click());
  // Work goes on after the backup.
  await a.page.getByLabel('Status').selectOption({ label: 'Gereed' });
  await waitForStored(a.page, id, (e) => e.conclusions.actions[0]?.status === 'done');

  await importFile(a.page, suite.server.url, backup.path);
  await a.page.getByText(/^Dit bestand is ouder dan wat hier staat/).waitFor();
  assert.ok(await a.page.getByLabel(/^Het nieuwere houden/).isChecked(), 'keeping the newer work is the default');
  assert.match(await a.page.locator('.import-actions').textContent(), /Dit bestand bevat niets nieuws voor deze evaluatie/);
  await a.page.getByLabel(/^Het oudere bestand overnemen/).check();
  const back = await a.page.locator('ul.changes li').allTextContents();
  assert.deepEqual(back, ["Stap 3, actie 'Intervisie starten': status: Gereed → Gepland"]);
  assert.match(await a.page.locator('.import-actions').textContent(), /Dit gaat terug naar de stand van het oudere bestand \(1 wijziging\)/);
  assert.deepEqual(await axeViolations(a.page), []);
  await a.page.getByLabel(/^Het nieuwere houden/).check();
  await a.page.getByRole('button', { name: 'Annuleren' }).click();
  const stored = await waitForStored(a.page, id, (e) => e.conclusions.actions.length === 1);
  assert.equal(stored.conclusions.actions[0].status, 'done');
  assert.deepEqual(a.problems.errors, []);
  await a.context.close();
});
