// Learning across organisations (issue 24), with a browser context per person: six
// organisations each make a contribution from their own evaluation; a network coordinator
// loads them (with one broken file) in the Netwerkoverzicht; a group of four says "te weinig";
// the set goes on as one file; an organisation sees "Hoe scoren anderen" on its full report.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { openPage, useSuite, heading, axeViolations } from './harness.mjs';
import { createEvaluation, download, removeDownloads, waitForStored } from './app.mjs';

const suite = useSuite();
after(removeDownloads);

const ORGS = [
  // name, kind, casemanager score, ticks the name
  ['Gemeente Aa', 'Gemeente', 2, true],
  ['Gemeente Bee', 'Gemeente', 3, false],
  ['Gemeente Cee', 'Gemeente', 3, false],
  ['Gemeente Dee', 'Gemeente', 4, false],
  ['Gemeente Eef', 'Gemeente', 4, false],
  ['Omgevingsdienst Ef', 'Omgevingsdienst', 5, false],
];

/** One organisation in its own browser: an evaluation, a score, an action and an experience,
 *  then its contribution. Returns the downloaded file and the context (kept open). */
async function contribute([name, kind, score, withName], i) {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(page, suite.server.url, name);
  await page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/casemanager`);
  await page.getByRole('radio', { name: new RegExp(`^${score} `) }).check();
  await page.getByLabel('Hoe kom je tot deze score?').fill(`Toelichting-geheim van ${name}`);
  await page.getByLabel('Wie deden mee?').fill('Kim Jansen en Piet de Vries');
  await page.getByRole('radio', { name: 'Samen, in een sessie' }).check();
  await page.goto(suite.server.url + `#/evaluaties/${id}/stap-3`);
  await heading(page, 'Stap 3: Conclusies en actieplan');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await page.getByLabel('Wat gaat u precies doen?').fill(`Intervisie ${i}`);
  await page.getByLabel('Casemanager: wat was onduidelijk of ontbrak in dit profiel?').fill(`Ervaring ${i}: regie is vaag`);
  await waitForStored(page, id, (e) => e.conclusions.experiences?.profiles?.casemanager?.startsWith(`Ervaring ${i}`));
  // From the overview, as a user finds it.
  await page.goto(suite.server.url + `#/evaluaties/${id}`);
  await page.getByRole('link', { name: 'Bijdrage voor het netwerk maken' }).click();
  await heading(page, 'Bijdrage voor het netwerk');
  await page.getByRole('radio', { name: kind, exact: true }).check();
  if (i === 0) {
    // Not a number of people: said under the field, and nothing goes in the file.
    await page.getByLabel('Casemanager', { exact: true }).fill('300');
    await page.getByText('Vul een aantal in van 1 tot en met 255, of laat het leeg.').waitFor();
    assert.equal(await page.getByLabel('Casemanager', { exact: true }).getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await axeViolations(page), [], 'the contribution page with a wrong number');
  }
  await page.getByLabel('Casemanager', { exact: true }).fill('4');
  await page.getByRole('cell', { name: '4', exact: true }).waitFor();
  if (withName) await page.getByLabel('De naam van onze organisatie').check();
  await page.getByLabel("De tekst van onze acties ('Wat')").check();
  const preview = page.locator('main');
  await page.getByRole('cell', { name: `Intervisie ${i}` }).waitFor();
  const shown = await preview.textContent();
  assert.ok(!shown.includes('Toelichting-geheim'), 'the preview holds no toelichting');
  assert.ok(!/Kim Jansen|Piet de Vries/.test(await page.locator('details pre').textContent()), 'no names of people');
  const file = await download(page, () => page.getByRole('button', { name: 'Bijdrage downloaden (.json)' }).click());
  await page.getByText(/staat in uw map met downloads/).waitFor();
  return { context, page, problems, id, file };
}

test('six organisations contribute, a coordinator sees the network, four are too few, the set goes on as one file', async () => {
  const made = [];
  for (const [i, org] of ORGS.entries()) made.push(await contribute(org, i));
  // What one contribution holds, read from the file itself.
  const first = JSON.parse(await readFile(made[0].file.path, 'utf8'));
  assert.equal(first.kind, 'vth-competenties/bijdrage');
  assert.equal(first.contribution.organisation, 'Gemeente Aa');
  assert.equal(first.contribution.profiles.casemanager.participants, 4);
  assert.equal(first.contribution.actions[0].text, 'Intervisie 0');
  const second = await readFile(made[1].file.path, 'utf8');
  assert.ok(!second.includes('Gemeente Bee'), 'the name only when ticked');
  for (const secret of ['Toelichting-geheim', 'Kim Jansen', 'Piet de Vries']) assert.ok(!second.includes(secret), secret);
  const axeContribution = await axeViolations(made[1].page);
  assert.deepEqual(axeContribution, []);

  // The coordinator, in a browser of their own.
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url + '#/netwerk');
  await heading(page, 'Netwerkoverzicht');
  assert.deepEqual(await axeViolations(page), [], 'empty overview');
  const broken = path.join(tmpdir(), `kapot-${Date.now()}.json`);
  await writeFile(broken, '{"kind": "vth-competenties/bijdrage", "schema": 1, "contribution": ');
  // The first four, with a broken file: too few to show anything.
  const choose = page.getByLabel('Bijdragen kiezen (.json, meer tegelijk)');
  await choose.setInputFiles([...made.slice(0, 4).map((m) => m.file.path), broken]);
  await page.getByRole('heading', { name: 'In deze set: 4 bijdragen' }).waitFor();
  const report = await page.getByRole('status').filter({ hasText: 'niet gelezen' }).textContent();
  assert.match(report, /1 van de 5 bestanden niet gelezen; de andere tellen mee/);
  assert.match(report, new RegExp(`${path.basename(broken)}: Niet gelezen\\. Het bestand houdt midden in op`));
  assert.match(await page.locator('main').textContent(), /Te weinig bijdragen om te tonen \(minimaal 5\)\./);
  assert.equal(await page.getByRole('table', { name: /Casemanager: hoeveel/ }).count(), 0, 'four show nothing');
  assert.deepEqual(await axeViolations(page), [], 'four: too few');
  // The other two: five gemeenten count; the one omgevingsdienst is alone in its kind and
  // period, so it is left out (else "alle" minus "gemeente" would be its scores).
  await choose.setInputFiles(made.slice(4).map((m) => m.file.path));
  await page.getByRole('heading', { name: 'In deze set: 6 bijdragen' }).waitFor();
  await page.getByText('1 bijdrage telt niet mee: van dezelfde soort organisatie en periode zijn er minder dan 5.').waitFor();
  // The spread of casemanager: 2 once, 3 twice, 4 twice; in a table beside the chart.
  const table = page.getByRole('table', { name: 'Casemanager: hoeveel organisaties welke score gaven' });
  const counts = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td').textContent));
  assert.deepEqual(counts, ['0', '1', '2', '2', '0', '0']);
  assert.match(await page.locator('main').textContent(), /Samen, in een sessie: 5/);
  assert.match(await page.locator('main').textContent(), /Gemiddeld \(mediaan\) deden 4 mensen mee/);
  // Names only in the list of who contributed, never beside a score.
  const main = await page.locator('main').textContent();
  assert.equal(main.split('Gemeente Aa').length - 1, 1, 'the one name appears once');
  assert.match(main, /5 bijdragen zonder naam, en deze organisaties \(op alfabet\):/);
  // Experiences per profile, for the Kerngroep; action texts where sent.
  assert.match(main, /Ervaring 0: regie is vaag/);
  assert.match(main, /Intervisie 4/);
  assert.ok(!main.includes('Intervisie 5'), 'nothing of the contribution that is left out');
  assert.deepEqual(await axeViolations(page), [], 'overview with figures');

  // The one omgevingsdienst: too few, and nothing of it shows.
  await page.getByLabel('Soort organisatie').selectOption({ label: 'Omgevingsdienst' });
  await page.getByText('Te weinig bijdragen om te tonen (minimaal 5).').first().waitFor();
  assert.equal(await page.getByRole('table', { name: /Casemanager: hoeveel/ }).count(), 0);
  assert.match(await page.locator('main').textContent(), /In deze groep telt geen bijdrage mee/);
  assert.deepEqual(await axeViolations(page), [], 'too few');
  await page.getByLabel('Soort organisatie').selectOption({ label: 'Alle soorten' });
  await table.waitFor();

  // A file of the overview through the exporter: the same figures, names only in the list.
  const md = await download(page, () => page.getByRole('button', { name: 'Markdown (.md)' }).click());
  const mdText = await readFile(md.path, 'utf8');
  assert.match(mdText, /Netwerkoverzicht/);
  assert.match(mdText, /### Casemanager\n\n\| Score \| Aantal \|\n\| --- \| --- \|\n\| 1 onvoldoende \| 0 \|\n\| 2 verbetering nodig \| 1 \|\n\| 3 voldoet aan de verwachtingen \| 2 \|/);
  assert.equal(mdText.split('Gemeente Aa').length - 1, 1);

  // The set as one file, loaded by the national level in a browser of its own.
  const setFile = await download(page, () => page.getByRole('button', { name: 'Set bewaren als bestand (.json)' }).click());
  const national = await openPage(suite.browser, suite.server.origin);
  await national.page.goto(suite.server.url + '#/netwerk');
  await heading(national.page, 'Netwerkoverzicht');
  await national.page.getByLabel('Bijdragen kiezen (.json, meer tegelijk)').setInputFiles(setFile.path);
  await national.page.getByRole('heading', { name: 'In deze set: 6 bijdragen' }).waitFor();
  // A corrected contribution replaces the old one: Gemeente Eef scores 5 now.
  const ee = made[4];
  await ee.page.goto(suite.server.url + `#/evaluaties/${ee.id}/stap-1/casemanager`);
  await ee.page.getByRole('radio', { name: /^5 / }).check();
  await waitForStored(ee.page, ee.id, (e) => e.self_evaluation.profiles.casemanager.score === 5);
  await ee.page.goto(suite.server.url + `#/evaluaties/${ee.id}/bijdrage`);
  await heading(ee.page, 'Bijdrage voor het netwerk');
  const corrected = await download(ee.page, () => ee.page.getByRole('button', { name: 'Bijdrage downloaden (.json)' }).click());
  await national.page.getByLabel('Bijdragen kiezen (.json, meer tegelijk)').setInputFiles(corrected.path);
  await national.page.getByText('1 bijdrage vervangen door een nieuwere versie.').waitFor();
  await national.page.getByRole('heading', { name: 'In deze set: 6 bijdragen' }).waitFor();
  const nationalCounts = await national.page.getByRole('table', { name: 'Casemanager: hoeveel organisaties welke score gaven' })
    .locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td').textContent));
  assert.deepEqual(nationalCounts, ['0', '1', '2', '1', '1', '0']);

  // The set stays in the coordinator's browser until removed, and removing asks first.
  await page.reload();
  await page.getByRole('heading', { name: 'In deze set: 6 bijdragen' }).waitFor();
  await page.getByRole('button', { name: 'Alle bijdragen uit deze browser verwijderen' }).click();
  // The focus goes to the safe answer, and after "Nee" back to the button.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Nee, bewaren');
  assert.deepEqual(await axeViolations(page), [], 'asking before removing');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Alle bijdragen uit deze browser verwijderen');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Ja, alles verwijderen' }).click();
  await page.getByRole('heading', { name: 'Nog geen bijdragen' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Nog geen bijdragen');
  assert.equal(await page.evaluate(() => localStorage.getItem('vth-competenties:netwerk')), null);

  for (const p of [problems, national.problems, ...made.map((m) => m.problems)]) {
    assert.deepEqual(p.errors, []);
    assert.deepEqual(p.foreignRequests, []);
  }
  for (const m of made) await m.context.close();
  await national.context.close();
  await context.close();
});

/** A contribution file as another organisation's app writes it: a gemeente in 2025-2026. */
async function otherContribution(i, casemanager) {
  const profiles = Object.fromEntries(['casemanager', 'vergunningverlener', 'toezichthouder-handhaver', 'juridisch-adviseur', 'specialistisch-adviseur']
    .map((p) => [p, { score: p === 'casemanager' ? casemanager : null, not_applicable: false, method: 'alone', participants: 1 }]));
  const contribution = { id: `bijdrage-ander-${i}`, catalogue_id: 'kwaliteitscriteria-vth-2.3-bijlage-d', period: '2025-2026',
    organisation_kind: 'gemeente', organisation: '', made_ms: 1, profiles, peer_review_held: false, actions: [],
    profile_experiences: {}, stappenplan_experience: '' };
  const file = path.join(tmpdir(), `ander-${i}-${Date.now()}.json`);
  await writeFile(file, JSON.stringify({ kind: 'vth-competenties/bijdrage', schema: 1, catalogue_id: contribution.catalogue_id, written_ms: 1, contribution }));
  return file;
}

test('an organisation sees how others score on its full report only, its own score marked', async () => {
  const own = await contribute(ORGS[0], 0);
  const others = [];
  for (const [i, score] of [1, 2, 3, 4, 5, 5].entries()) others.push(await otherContribution(i, score));
  // The organisation loads the network's set in its own browser, its own contribution in it.
  await own.page.goto(suite.server.url + '#/netwerk');
  await heading(own.page, 'Netwerkoverzicht');
  await own.page.getByLabel('Bijdragen kiezen (.json, meer tegelijk)').setInputFiles([own.file.path, ...others]);
  await own.page.getByRole('heading', { name: 'In deze set: 7 bijdragen' }).waitFor();
  await own.page.goto(suite.server.url + `#/evaluaties/${own.id}/rapport`);
  const section = own.page.getByRole('region', { name: 'Hoe scoren anderen' });
  await section.waitFor();
  const text = await section.textContent();
  // Its own contribution is not among the others: six others.
  assert.match(text, /6 bijdragen van andere organisaties, uit alle periodes/);
  const table = section.getByRole('table', { name: 'Casemanager: hoeveel organisaties welke score gaven' });
  const rows = await table.locator('tbody tr').evaluateAll((rs) => rs.map((r) => [r.querySelector('th').textContent, r.querySelector('td').textContent]));
  assert.deepEqual(rows[1], ['2 verbetering nodig (uw score)', '1'], 'the own score marked at its row, the count the others\'');
  assert.deepEqual(rows.map((r) => r[1]), ['1', '1', '1', '1', '2', '0']);
  assert.deepEqual(await axeViolations(own.page), []);
  // Not in the summary or the overview for the peers.
  await own.page.getByLabel('Samenvatting voor MT of bestuur').check();
  await own.page.getByRole('heading', { name: 'Scores' }).first().waitFor();
  assert.equal(await section.count(), 0);
  await own.page.getByLabel('Voor de collegiale toetsing').check();
  assert.equal(await section.count(), 0);
  // Nor in the report's files.
  await own.page.getByLabel('Volledig (intern)').check();
  await section.waitFor();
  const md = await download(own.page, () => own.page.getByRole('button', { name: 'Markdown (.md)' }).click());
  assert.ok(!(await readFile(md.path, 'utf8')).includes('Hoe scoren anderen'));
  assert.deepEqual(own.problems.errors, []);
  await own.context.close();
});
