// The catalogue pages, as a user sees them in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openPage, useSuite, heading, CATALOGUE } from './harness.mjs';

const suite = useSuite();

test('home loads in Dutch, explains the three steps, with no console error', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.equal(await page.title(), 'Inzicht in competentieprofielen VTH');
  const steps = await page.getByRole('list').filter({ hasText: 'Zelfevaluatie' }).getByRole('listitem').allTextContents();
  assert.equal(steps.length, 3);
  assert.match(steps[1], /Collegiale toetsing \(niet verplicht\)/);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test('the start page has one primary action: start an evaluation, or go on with the last one', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  assert.equal(await page.getByRole('link', { name: 'Verder met uw evaluatie' }).count(), 0);
  await page.getByRole('link', { name: 'Start een evaluatie' }).click();
  await heading(page, 'Mijn evaluaties');
  await page.getByLabel('Naam organisatie (verplicht)').fill('Gemeente Begin');
  await page.getByRole('button', { name: 'Evaluatie starten' }).click();
  await heading(page, 'Overzicht');
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  await page.goto(suite.server.url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  assert.equal(await page.getByRole('link', { name: 'Start een evaluatie' }).count(), 0);
  assert.match(await page.locator('.start-action').textContent(), /Gemeente Begin/);
  await page.getByRole('link', { name: 'Verder met uw evaluatie' }).click();
  await heading(page, 'Overzicht');
  assert.equal(decodeURIComponent(new URL(page.url()).hash.split('/')[2]), id);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('each profile page shows its deskundigheidsgebieden, role and five competencies', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Profielen' }).click();
  await heading(page, 'Competentieprofielen');
  for (const profile of CATALOGUE.profiles) {
    await page.getByRole('link', { name: `${profile.number}. ${profile.name}`, exact: true }).click();
    await heading(page, `Profiel ${profile.number}: ${profile.name}`);
    assert.equal(await page.title(), `Profiel ${profile.name} · Inzicht in competentieprofielen VTH`);
    const competencies = page.getByRole('region', { name: 'Competenties' });
    const names = await competencies.getByRole('heading', { level: 3 }).allTextContents();
    assert.deepEqual(names, profile.competencies.map((c) => c.name), profile.id);
    const bullets = await competencies.getByRole('listitem').count();
    assert.equal(bullets, profile.competencies.flatMap((c) => c.bullets).length, profile.id);
    const areas = await page.getByRole('region', { name: 'Deskundigheidsgebieden' }).getByRole('listitem').allTextContents();
    assert.deepEqual(areas, profile.deskundigheidsgebieden);
    const role = await page.getByRole('region', { name: 'Omschrijving van de rol' }).textContent();
    assert.ok(role.includes(profile.role_description), profile.id);
    await page.goBack();
    await heading(page, 'Competentieprofielen');
  }
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a deep link survives a reload, and back and forward work', async () => {
  const { context, page } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url + '#/profielen/juridisch-adviseur');
  await heading(page, 'Profiel 4: Juridisch adviseur');
  await page.reload();
  await heading(page, 'Profiel 4: Juridisch adviseur');
  await page.getByRole('link', { name: 'Volgend profiel: Specialistisch adviseur' }).click();
  await heading(page, 'Profiel 5: Specialistisch adviseur');
  await page.goBack();
  await heading(page, 'Profiel 4: Juridisch adviseur');
  await page.goForward();
  await heading(page, 'Profiel 5: Specialistisch adviseur');
  await context.close();
});

test('the app works under a sub-path of a plain static host', async () => {
  const sub = await serve({ base: '/omgevingsdienst/vth/' });
  const { context, page, problems } = await openPage(suite.browser, sub.origin);
  try {
    await page.goto(sub.url + '#/beoordelingsschaal');
    await heading(page, 'Beoordelingsschaal');
    await page.reload();
    await heading(page, 'Beoordelingsschaal');
    const levels = await page.getByRole('heading', { level: 2 }).allTextContents();
    assert.deepEqual(
      levels.slice(0, 5).map((t) => t.replace(/\s+/g, ' ').trim()),
      CATALOGUE.scale.levels.map((l) => `${l.value} ${l.label_nl} (${l.label_en})`),
    );
    assert.deepEqual(problems.errors, []);
  } finally {
    await context.close();
    await sub.close();
  }
});

test('dilemmas and levels are explained without inventing positions', async () => {
  const { context, page } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url + '#/dilemmas-en-levels');
  await heading(page, "Dilemma's en levels");
  const terms = await page.locator('dt').allTextContents();
  assert.deepEqual(terms, [...CATALOGUE.dilemmas.map((d) => d.name), ...CATALOGUE.levels.map((l) => l.name)]);
  await page.goto(suite.server.url + '#/profielen/casemanager');
  const note = await page.getByRole('region', { name: "Dilemma's en levelindeling" }).textContent();
  assert.match(note, /als afbeelding/);
  await context.close();
});

test('the stappenplan lists every hulpvraag of the three steps', async () => {
  const { context, page } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url + '#/stappenplan');
  await heading(page, 'Stappenplan');
  const h = CATALOGUE.hulpvragen;
  const expected = [
    ...h.zelfevaluatie.questions,
    ...h.collegiale_toetsing.questions,
    ...h.conclusies_actieplan.groups.flatMap((g) => g.questions),
  ].map((q) => q.text);
  const shown = await page.locator('ol.questions > li').allTextContents();
  assert.deepEqual(shown, expected);
  await context.close();
});

test('an unknown address says so and links home; the skip link moves focus to the content', async () => {
  const { context, page } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url + '#/bestaat-niet');
  await heading(page, 'Pagina niet gevonden');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  assert.ok(await skip.evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'hoofdinhoud');
  assert.equal(new URL(page.url()).hash, '#/bestaat-niet');
  await page.getByRole('link', { name: 'Ga naar de startpagina' }).click();
  await heading(page, 'Inzicht in competentieprofielen VTH');
  await context.close();
});
