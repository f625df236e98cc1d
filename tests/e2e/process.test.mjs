// The process as the stappenplan intends: a profile that is not applicable, how a score came
// about (who, how, when, which sources), "klaar" only with a toelichting, and stap 3 that
// shows what stap 1 and 2 gave, with the origin of each action.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSuite, heading, axeViolations } from './harness.mjs';
import { createEvaluation, stepLink, waitForStored } from './app.mjs';

const suite = useSuite();

test('a gemeente without juridisch advies finishes stap 1: n.v.t. with a reason, and klaar only with a toelichting', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(page, suite.server.url, 'Gemeente Zonder Juristen');
  await page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/juridisch-adviseur`);
  await heading(page, 'Stap 1: Juridisch adviseur');
  await page.getByLabel('Dit profiel is niet van toepassing in onze organisatie').check();
  const reason = page.getByLabel('Waarom is dit profiel niet van toepassing? (verplicht)');
  await reason.waitFor();
  assert.equal(await page.getByRole('radiogroup').count() + await page.getByRole('group', { name: /In welke mate voldoen juridisch adviseurs/ }).count(), 0, 'no score to give');
  assert.match(await page.getByText('Nog te doen voor dit profiel').textContent(), /schrijf op waarom dit profiel niet van toepassing is/);
  assert.deepEqual(await axeViolations(page), []);
  await reason.fill('Belegd bij de omgevingsdienst');
  await page.getByText('Nog te doen voor dit profiel').waitFor({ state: 'hidden' });

  // Every other profile: a score alone is not klaar; with a toelichting it is.
  for (const profile of ['casemanager', 'vergunningverlener', 'toezichthouder-handhaver', 'specialistisch-adviseur']) {
    await page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/${profile}`);
    await page.getByRole('radio', { name: '3 voldoet aan de verwachtingen' }).check();
  }
  await stepLink(page, /Stap 1 Zelfevaluatie/).click();
  await heading(page, 'Stap 1: Zelfevaluatie');
  assert.match(await stepLink(page, /Stap 1 Zelfevaluatie/).textContent(), /1 van 5 profielen klaar/);
  const todo = await page.locator('.progress-hint li').allTextContents();
  assert.deepEqual(todo, ['Casemanager: leg de score uit in de toelichting', 'Vergunningverlener: leg de score uit in de toelichting',
    'Toezichthouder en handhaver: leg de score uit in de toelichting', 'Specialistisch adviseur: leg de score uit in de toelichting']);
  assert.match(await page.getByRole('listitem').filter({ hasText: 'Juridisch adviseur' }).textContent(), /Juridisch adviseur: niet van toepassing/);

  await page.getByRole('link', { name: 'Casemanager' }).click();
  await heading(page, 'Stap 1: Casemanager');
  await page.getByLabel('Hoe kom je tot deze score?').fill('Regie is goed belegd.');
  await page.getByLabel('Wie deden mee?').fill('Teamleider VTH en twee casemanagers');
  await page.getByRole('radio', { name: 'Samen, in een sessie' }).check();
  await page.getByLabel('Datum', { exact: true }).fill('2025-03-10');
  await page.getByLabel('Documenten (harde bronnen)').check();
  await page.getByLabel('Gesprekken met betrokkenen (zachte bronnen)').check();
  await page.getByLabel('Welke bronnen precies?').fill('VTH-beleidsplan');
  assert.deepEqual(await axeViolations(page), []);
  const stored = await waitForStored(page, id, (e) => e.self_evaluation.profiles.casemanager?.sources_note === 'VTH-beleidsplan', 'sources');
  const cm = stored.self_evaluation.profiles.casemanager;
  assert.deepEqual([cm.participants, cm.method, cm.date, cm.sources], ['Teamleider VTH en twee casemanagers', 'session', '2025-03-10', ['documents', 'conversations']]);
  assert.equal(stored.self_evaluation.profiles['juridisch-adviseur'].not_applicable_reason, 'Belegd bij de omgevingsdienst');
  for (const profile of ['vergunningverlener', 'toezichthouder-handhaver', 'specialistisch-adviseur']) {
    await page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/${profile}`);
    await page.getByLabel('Hoe kom je tot deze score?').fill('Onderbouwd.');
  }
  await page.reload();
  await heading(page, 'Stap 1: Specialistisch adviseur');
  assert.match(await stepLink(page, /Stap 1 Zelfevaluatie/).textContent(), /5 van 5 profielen klaar/);

  // The report: n.v.t. with its reason, never a score; out of the chart; how it was scored.
  await stepLink(page, /Rapport/).click();
  await heading(page, 'Rapport: Gemeente Zonder Juristen');
  const scores = page.getByRole('table', { name: 'Score per profiel' });
  assert.match(await scores.getByRole('row').filter({ hasText: 'Juridisch adviseur' }).textContent(), /niet van toepassing/);
  const chart = await page.locator('.report svg').first().textContent();
  assert.doesNotMatch(chart, /Juridisch adviseur/);
  assert.match(chart, /Casemanager/);
  // Who took part is a name: shown when asked for.
  assert.doesNotMatch(await page.locator('main').textContent(), /Teamleider VTH en twee casemanagers/);
  await page.getByLabel('Namen van deelnemers tonen').check();
  const section = await page.locator('.report-profile').filter({ hasText: 'Juridisch adviseur' }).textContent();
  assert.match(section, /Niet van toepassing, omdat.*Belegd bij de omgevingsdienst/s);
  const casemanager = await page.locator('.report-profile').filter({ hasText: 'Casemanager' }).first().textContent();
  assert.match(casemanager, /Wie deden mee.*Teamleider VTH en twee casemanagers/s);
  assert.match(casemanager, /Hoe.*Samen, in een sessie/s);
  assert.match(casemanager, /Bronnen.*documenten \(harde bronnen\); gesprekken met betrokkenen \(zachte bronnen\); VTH-beleidsplan/s);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('stap 3 shows what stap 1 and 2 gave, folded, and each action keeps its origin', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  const id = await createEvaluation(page, suite.server.url, 'Omgevingsdienst Terugblik');
  await page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/toezichthouder-handhaver`);
  await heading(page, 'Stap 1: Toezichthouder en handhaver');
  await page.getByRole('radio', { name: '2 verbetering nodig' }).check();
  await page.getByLabel('Hoe kom je tot deze score?').fill('Te weinig assertiviteit in gesprekken.');
  await page.getByLabel(/^8\. Wat is de ambitie/).fill('Iedereen getraind in lastige gesprekken.');
  await page.getByLabel(/^9\. Welke zaken dienen aangepakt/).fill('Werkdruk verlagen.');
  await waitForStored(page, id, (e) => e.self_evaluation.profiles['toezichthouder-handhaver']?.notes?.['zelfevaluatie-9'], 'answers');

  await stepLink(page, /Stap 3 Conclusies/).click();
  await heading(page, 'Stap 3: Conclusies en actieplan');
  const inputs = page.getByRole('region', { name: 'Wat stap 1 en 2 opleverden' });
  const item = inputs.locator('details').filter({ hasText: 'Toezichthouder en handhaver: 2 verbetering nodig' });
  assert.equal(await item.getAttribute('open'), null, 'folded by default');
  assert.equal(await item.getByText('Werkdruk verlagen.').isVisible(), false);
  await item.locator('summary').click();
  for (const text of ['Te weinig assertiviteit in gesprekken.', 'Iedereen getraind in lastige gesprekken.', 'Werkdruk verlagen.']) {
    assert.ok(await item.getByText(text).isVisible(), text);
  }
  assert.deepEqual(await axeViolations(page), []);

  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const action = page.getByRole('group', { name: 'Actie 1' });
  await action.getByLabel('Waar komt deze actie vandaan?').selectOption({ label: 'Uit de eigen organisatie, bottom-up' });
  await action.getByLabel('Wat gaat u precies doen?').fill('Intervisie over lastige gesprekken');
  const stored = await waitForStored(page, id, (e) => e.conclusions.actions[0]?.what, 'action');
  assert.equal(stored.conclusions.actions[0].origin, 'bottom_up');
  await page.reload();
  await heading(page, 'Stap 3: Conclusies en actieplan');
  assert.equal(await page.getByRole('group', { name: 'Actie 1' }).getByLabel('Waar komt deze actie vandaan?').inputValue(), 'bottom_up');
  await page.setViewportSize({ width: 320, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'readable at 320 px without scrolling sideways');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('printable worksheets: blank from the stappenplan, filled in from a step, as A4 PDF', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdir } = await import('node:fs/promises');
  const path = (await import('node:path')).default;
  const { ROOT, CATALOGUE } = await import('./harness.mjs');
  const artifacts = path.join(ROOT, 'tests/e2e/artifacts');
  await mkdir(artifacts, { recursive: true });
  const pdfText = async (page, name) => {
    const file = path.join(artifacts, name);
    await page.pdf({ path: file, format: 'A4' });
    return { text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '), pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]) };
  };
  const squash = (t) => t.replace(/\s+/g, ' ');
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url + '#/stappenplan');
  await heading(page, 'Stappenplan');
  await page.getByRole('link', { name: 'Leeg werkblad Stap 1: Zelfevaluatie' }).click();
  await heading(page, 'Leeg werkblad Stap 1: Zelfevaluatie');
  assert.deepEqual(await axeViolations(page), []);
  const blank = await pdfText(page, 'werkblad-stap-1-leeg.pdf');
  for (const q of CATALOGUE.hulpvragen.zelfevaluatie.questions) assert.ok(blank.text.includes(squash(q.text)), q.text);
  for (const l of CATALOGUE.scale.levels) assert.ok(blank.text.includes(`${l.value} ${l.label_nl}`), l.label_nl);
  for (const p of CATALOGUE.profiles) assert.ok(blank.text.includes(squash(p.score_question)), p.score_question);
  assert.ok(blank.text.includes('Ruimte voor aantekeningen'));
  assert.ok(blank.pages >= 5, `one profile a page at least (${blank.pages} pages)`);
  assert.doesNotMatch(blank.text, /Afdrukken of opslaan als PDF|Mijn evaluaties/, 'no buttons or navigation on paper');

  for (const step of ['Stap 2: Collegiale toetsing', 'Stap 3: Conclusies en actieplan']) {
    await page.goto(suite.server.url + '#/stappenplan');
    await page.getByRole('link', { name: `Leeg werkblad ${step}` }).click();
    await heading(page, `Leeg werkblad ${step}`);
    assert.deepEqual(await axeViolations(page), []);
  }
  const step2 = await pdfText(page, 'werkblad-stap-3-leeg.pdf');
  assert.ok(step2.text.includes('Actieplan'));

  const id = await createEvaluation(page, suite.server.url, 'Gemeente Papier');
  await page.goto(suite.server.url + `#/evaluaties/${id}/stap-1/casemanager`);
  await page.getByRole('radio', { name: '4 overtreft verwachtingen' }).check();
  await page.getByLabel('Hoe kom je tot deze score?').fill('Sterk in regie en afstemming.');
  await waitForStored(page, id, (e) => e.self_evaluation.profiles.casemanager?.explanation, 'toelichting');
  await stepLink(page, /Stap 1 Zelfevaluatie/).click();
  await page.getByRole('link', { name: 'Werkblad Stap 1: Zelfevaluatie afdrukken (ingevuld)' }).click();
  await heading(page, 'Werkblad Stap 1: Zelfevaluatie');
  assert.deepEqual(await axeViolations(page), []);
  const filled = await pdfText(page, 'werkblad-stap-1-ingevuld.pdf');
  assert.ok(filled.text.includes('Gemeente Papier'));
  assert.ok(filled.text.includes('Sterk in regie en afstemming.'));
  assert.match(filled.text, /☒ 4 overtreft verwachtingen/);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('growth: a profile that is not applicable in both cycles says n.v.t. and stays out of the chart', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url);
  const cycle = (id, period, start, score) => JSON.stringify({ kind: 'vth-competenties/evaluatie', schema: 1, evaluation: {
    id, organisation: 'Gemeente Groei', period, start_date: start, mode: { type: 'own' },
    self_evaluation: { profiles: {
      casemanager: { score, explanation: 'x' }, vergunningverlener: { score: 3, explanation: 'x' },
      'toezichthouder-handhaver': { score: 3, explanation: 'x' }, 'juridisch-adviseur': { score: 2, explanation: 'x' },
      'specialistisch-adviseur': { score: 4, not_applicable: true, not_applicable_reason: 'Bij de omgevingsdienst' },
    } } } });
  await page.evaluate((docs) => docs.forEach(([k, v]) => localStorage.setItem(k, v)),
    [['vth-competenties:evaluatie:g1', cycle('g1', '2023-2024', '2023-01-01', 2)], ['vth-competenties:evaluatie:g2', cycle('g2', '2025-2026', '2025-01-01', 3)]]);
  await page.goto(suite.server.url + '#/groei');
  await page.reload();
  await heading(page, 'Groei over de cycli');
  await page.getByLabel('Gemeente Groei, 2023-2024').check();
  await page.getByLabel('Gemeente Groei, 2025-2026').check();
  const rows = await page.getByRole('table', { name: 'Scores per periode' }).getByRole('row').allTextContents();
  assert.equal(rows[1], 'Casemanager231 hoger');
  assert.equal(rows[5], 'Specialistisch adviseurn.v.t.n.v.t.niet te zeggen');
  assert.equal(await page.locator('figure.chart svg rect[data-score]').count(), 8, 'two bars for each of the four profiles that apply');
  assert.doesNotMatch(await page.locator('figure.chart').textContent(), /Specialistisch adviseur/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.errors, []);
  await context.close();
});
