// The next cycle done right (issue 21): asked first, period and start date agree, overdue
// actions marked, last cycle's score as context, and a growth page that agrees with itself.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, useSuite, heading, axeViolations } from './harness.mjs';
import { createEvaluation, download, removeDownloads, stepLink, storedEvaluation, waitForStored } from './app.mjs';

const suite = useSuite();
after(removeDownloads);

test('the next cycle asks first, derives its period from its start date, and carries the context along', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  await page.clock.setFixedTime(new Date('2026-12-03T10:00:00+01:00'));
  const id = await createEvaluation(page, suite.server.url, 'Gemeente Cyclus');
  await page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/casemanager`);
  await page.getByRole('radio', { name: '3 voldoet aan de verwachtingen' }).check();
  await page.getByLabel('Hoe kom je tot deze score?').fill('Regie is op orde.');
  await page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/juridisch-adviseur`);
  await page.getByLabel('Dit profiel is niet van toepassing in onze organisatie').check();
  await page.getByLabel('Waarom is dit profiel niet van toepassing? (verplicht)').fill('Bij de omgevingsdienst');
  await stepLink(page, /Stap 3/).click();
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await page.getByLabel('Wat gaat u precies doen?').fill('Intervisie starten');
  await page.getByLabel('Uiterlijk klaar op').fill('2026-06-30');
  await waitForStored(page, id, (e) => e.conclusions.actions[0]?.deadline === '2026-06-30');

  // One click asks; it does not start anything yet.
  await stepLink(page, /Overzicht/).click();
  await page.getByRole('button', { name: 'Volgende cyclus starten…' }).click();
  const ask = page.getByRole('group', { name: 'Volgende cyclus starten?' });
  assert.match(await ask.textContent(), /Stap 3 is nog niet klaar/);
  assert.match(await ask.textContent(), /1 actie die nog niet gereed is, gaat mee\. Die is al over de datum\./);
  assert.equal(await page.getByLabel('Startdatum van de nieuwe cyclus').inputValue(), '2027-01-01');
  assert.match(await page.locator('#cyclus-periode').textContent(), /^Periode: 2027-2028$/);
  await page.getByLabel('Startdatum van de nieuwe cyclus').fill('2028-03-01');
  assert.match(await page.locator('#cyclus-periode').textContent(), /^Periode: 2028-2029$/);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Annuleren' }).click();
  assert.equal(Object.keys(await page.evaluate(() => ({ ...localStorage }))).filter((k) => k.startsWith('vth-competenties:evaluatie:')).length, 1);

  await page.getByRole('button', { name: 'Volgende cyclus starten…' }).click();
  await page.getByRole('button', { name: 'Ja, volgende cyclus starten' }).click();
  await heading(page, 'Overzicht');
  const next = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  assert.notEqual(next, id);
  const stored = await waitForStored(page, next, (e) => e.previous_id === id);
  assert.deepEqual([stored.period, stored.start_date], ['2027-2028', '2027-01-01']);

  // The carried-over action is past its date, and says so.
  await stepLink(page, /Stap 3/).click();
  assert.match(await page.locator('.flag').first().textContent(), /^Over de datum: deze actie moest uiterlijk 30-06-2026 klaar zijn\./);
  // Last cycle's score and toelichting, folded, as context.
  await page.goto(suite.server.url + `#/evaluaties/${next}/stap-1/casemanager`);
  const previous = page.locator('details.previous-score');
  assert.equal(await previous.locator('summary').textContent(), 'Score in de vorige cyclus, 2025-2026: 3 voldoet aan de verwachtingen');
  assert.equal(await previous.getAttribute('open'), null, 'folded');
  await previous.locator('summary').click();
  await previous.getByText('Regie is op orde.').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('radio', { name: '4 overtreft verwachtingen' }).check();
  await page.getByLabel('Hoe kom je tot deze score?').fill('Beter geworden.');
  await waitForStored(page, next, (e) => e.self_evaluation.profiles.casemanager?.score === 4);
  // The n.v.t. mark came along with its reason; here the role exists now, so it is undone.
  await page.goto(suite.server.url + `#/evaluaties/${next}/stap-1/juridisch-adviseur`);
  const nvt = page.getByLabel('Dit profiel is niet van toepassing in onze organisatie');
  assert.ok(await nvt.isChecked());
  assert.equal(await page.getByLabel('Waarom is dit profiel niet van toepassing? (verplicht)').inputValue(), 'Bij de omgevingsdienst');
  await nvt.uncheck();
  await waitForStored(page, next, (e) => !e.self_evaluation.profiles['juridisch-adviseur']?.not_applicable);

  // Growth: the linked cycles are chosen already; n.v.t. reads the same in chart and table.
  await page.goto(suite.server.url + '#/groei');
  await heading(page, 'Groei over de cycli');
  assert.ok(await page.getByLabel('Gemeente Cyclus, 2025-2026').isChecked());
  assert.ok(await page.getByLabel('Gemeente Cyclus, 2027-2028').isChecked());
  const rows = await page.getByRole('table', { name: 'Scores per periode' }).getByRole('row').allTextContents();
  assert.equal(rows[1], 'Casemanager341 hoger');
  assert.equal(rows[4], 'Juridisch adviseurn.v.t.niet gescoordniet te zeggen');
  const chart = await page.locator('figure.chart svg').textContent();
  assert.match(chart, /n\.v\.t\. \(2025-2026\)niet gescoord \(2027-2028\)/);
  assert.deepEqual(await axeViolations(page), []);
  const file = await download(page, () => page.getByRole('button', { name: 'Scores downloaden (CSV voor Excel)' }).click());
  assert.match(file.name, /^vth-groei_gemeente-cyclus_2027-2028_2026-12-03\.csv$/);
  const csv = (await readFile(file.path, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(csv[0], 'Profiel;2025-2026;2027-2028;Verschil');
  assert.equal(csv[1], 'Casemanager;3;4;1 hoger');
  await page.getByText(`Het bestand ${file.name} staat in uw map met downloads.`).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).count(), 1);

  // On a phone the chart's labels stay readable; the chart scrolls in its own region.
  await page.setViewportSize({ width: 360, height: 740 });
  const labelPx = await page.locator('.chart__label').first().evaluate((label) => {
    const svg = label.ownerSVGElement;
    return parseFloat(getComputedStyle(label).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  });
  assert.ok(labelPx >= 11, `chart labels at ${labelPx.toFixed(1)} px`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'the page does not scroll sideways');
  assert.deepEqual(await axeViolations(page), []);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The choice is remembered.
  await page.getByLabel('Gemeente Cyclus, 2027-2028').uncheck();
  await page.reload();
  await heading(page, 'Groei over de cycli');
  assert.ok(await page.getByLabel('Gemeente Cyclus, 2025-2026').isChecked());
  assert.equal(await page.getByLabel('Gemeente Cyclus, 2027-2028').isChecked(), false);
  assert.ok(await storedEvaluation(page, id), 'the earlier cycle is still there');
  assert.deepEqual(problems.errors, []);
  await context.close();
});
