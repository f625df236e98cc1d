// WCAG 2.2 AA: axe-core scans of every view and state, a keyboard-only walkthrough, reflow at
// 320 px, one content width per kind of view. Screenshots at 320, 360, 768 and 1280 px go to
// tests/e2e/artifacts/ (not committed).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openPage, useSuite, heading, axeViolations, ROOT, CATALOGUE } from './harness.mjs';
import { EVALUATION_PREFIX, waitForStored } from './app.mjs';

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
// Pictures of every view for a person to look at: `make screenshots` only, not `make test`.
const SCREENSHOTS = process.env.VTH_SCREENSHOTS === '1';

const suite = useSuite();
before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
});

async function axe(page, view) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${view}`);
}

const envelope = (kind, evaluation) => JSON.stringify({ kind: `vth-competenties/${kind}`, schema: 1, evaluation });
const ownEvaluation = {
  id: 'a11y', organisation: 'Omgevingsdienst Toegankelijk', contact: 'Kim Jansen', period: '2025-2026', start_date: '2025-01-15',
  updated_ms: 1764403200000, mode: { type: 'own' },
  self_evaluation: {
    profiles: { casemanager: { score: 3, explanation: 'Goed op weg', notes: { 'zelfevaluatie-1': 'Vijf mensen' } } },
    assessors: [
      { id: 'x1', name: 'Anna', scores: { casemanager: { score: 2, note: 'Streng' } } },
      { id: 'x2', name: 'Bram', scores: { casemanager: { score: 4, note: 'Mild' } } },
    ],
  },
  peer_review: {
    choice: 'yes', peers: 'RUD Utrecht', notes: { 'toetsing-1': 'Eigen notitie' },
    own_questions: [{ id: 'q1', text: 'Hoe borgen jullie kennis?', notes: 'Wiki' }],
    replies: [{ id: 'r1', peer_organisation: 'RUD Utrecht', author: 'Sam', notes: { 'toetsing-1': 'Opvallend' },
      own_question_notes: { q1: 'Goed idee' }, profile_notes: { casemanager: 'Sterk' } }],
  },
  conclusions: { notes: { 'conclusie-1': 'Redelijk' }, actions: [{ id: 'a1', what: 'Training', deadline: '2030-01-01', status: 'planned' }] },
};
const assessorCopy = { id: 'a11y-beoordelaar', organisation: 'Omgevingsdienst Toegankelijk', period: '2025-2026',
  mode: { type: 'assessor', source_id: 'a11y', assessor: 'Anna' } };
const peerCopy = { ...ownEvaluation, id: 'a11y-peer', self_evaluation: { profiles: ownEvaluation.self_evaluation.profiles, assessors: [] },
  peer_review: { own_questions: [{ id: 'q1', text: 'Hoe borgen jullie kennis?' }] }, conclusions: {},
  mode: { type: 'peer', source_id: 'a11y', peer_organisation: 'RUD Utrecht', author: 'Sam' } };

async function seeded() {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  await page.evaluate(([prefix, docs]) => {
    for (const [id, text] of docs) localStorage.setItem(prefix + id, text);
    localStorage.setItem(prefix + 'kapot', '{"kind": "vth-competenties/evaluatie", "sch');
  }, [EVALUATION_PREFIX, [['a11y', envelope('evaluatie', ownEvaluation)],
    ['a11y-beoordelaar', envelope('beoordelingsformulier', assessorCopy)], ['a11y-peer', envelope('toetsingsreactie', peerCopy)]]]);
  await page.reload();
  await heading(page, 'Inzicht in competentieprofielen VTH');
  return { context, page, problems };
}

const VIEWS = [
  ['start', '', 'Inzicht in competentieprofielen VTH'],
  ['profielen', '#/profielen', 'Competentieprofielen'],
  ...CATALOGUE.profiles.map((p) => [`profiel-${p.id}`, `#/profielen/${p.id}`, `Profiel ${p.number}: ${p.name}`]),
  ['stappenplan', '#/stappenplan', 'Stappenplan'],
  ['beoordelingsschaal', '#/beoordelingsschaal', 'Beoordelingsschaal'],
  ['dilemmas', '#/dilemmas-en-levels', "Dilemma's en levels"],
  ['evaluaties', '#/evaluaties', 'Mijn evaluaties'],
  ['overzicht', '#/evaluaties/a11y', 'Overzicht'],
  ['stap-1', '#/evaluaties/a11y/stap-1', 'Stap 1: Zelfevaluatie'],
  ['stap-1-profiel', '#/evaluaties/a11y/stap-1/casemanager', 'Stap 1: Casemanager'],
  ['stap-2', '#/evaluaties/a11y/stap-2', 'Stap 2: Collegiale toetsing'],
  ['stap-3', '#/evaluaties/a11y/stap-3', 'Stap 3: Conclusies en actieplan'],
  ['rapport', '#/evaluaties/a11y/rapport', 'Rapport: Omgevingsdienst Toegankelijk'],
  ['groei', '#/groei', 'Groei over de cycli'],
  ['beoordelaar-overzicht', '#/evaluaties/a11y-beoordelaar', 'Scoreformulier'],
  ['beoordelaar-profiel', '#/evaluaties/a11y-beoordelaar/stap-1/juridisch-adviseur', 'Stap 1: Juridisch adviseur'],
  ['toetser-lezen', '#/evaluaties/a11y-peer/stap-1', 'De zelfevaluatie lezen'],
  ['toetser-stap-2', '#/evaluaties/a11y-peer/stap-2', 'Stap 2: Uw aantekeningen'],
  ['importeren', '#/importeren', 'Bestand importeren'],
  ['privacy', '#/privacy', 'Privacy'],
  ['toegankelijkheid', '#/toegankelijkheid', 'Toegankelijkheid'],
  ['niet-gevonden', '#/bestaat-niet', 'Pagina niet gevonden'],
];

test('every view passes axe at WCAG 2.2 AA (with the unreadable-data banner showing)', async () => {
  const { context, page, problems } = await seeded();
  for (const [name, hash, h1] of VIEWS) {
    await page.goto(suite.server.url + hash);
    await heading(page, h1);
    await axe(page, name);
  }
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('states pass axe too: confirmations, import preview, import error, save failure', async () => {
  const { context, page } = await seeded();
  await page.goto(suite.server.url + '#/evaluaties');
  await page.getByRole('button', { name: /^Verwijderen: Omgevingsdienst Toegankelijk/ }).first().click();
  await axe(page, 'delete confirmation');
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await axe(page, 'undo banner');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();

  await page.goto(suite.server.url + '#/groei');
  await page.getByLabel('Omgevingsdienst Toegankelijk, 2025-2026').check();
  await axe(page, 'growth with one evaluation chosen');

  await page.goto(suite.server.url + '#/evaluaties/a11y/rapport');
  await page.getByLabel('Namen van deelnemers tonen').check();
  await page.getByText('Anna').first().waitFor();
  await axe(page, 'full report with names');
  await page.getByLabel('Samenvatting voor MT of bestuur').check();
  await heading(page, 'Samenvatting voor MT of bestuur: Omgevingsdienst Toegankelijk');
  await axe(page, 'summary report');
  await page.getByLabel('Voor de collegiale toetsing').check();
  await heading(page, 'Overzicht voor de collegiale toetsing: Omgevingsdienst Toegankelijk');
  await axe(page, 'report for the collegiale toetsing');

  await page.goto(suite.server.url + '#/evaluaties/a11y/stap-3');
  await page.getByRole('button', { name: 'Actie 1 verwijderen' }).click();
  await axe(page, 'action delete confirmation with SMART hints');

  await page.goto(suite.server.url + '#/importeren');
  await page.getByLabel('Kies een bestand (.json)').setInputFiles(path.join(ROOT, 'tests/bad-files/err-truncated.json'));
  await page.getByRole('alert').waitFor();
  await axe(page, 'import error');
  await page.getByLabel('Kies een bestand (.json)').setInputFiles({ name: 'ev.json', mimeType: 'application/json', buffer: Buffer.from(envelope('evaluatie', ownEvaluation)) });
  await page.getByRole('region', { name: /Wat staat er in/ }).waitFor();
  await axe(page, 'import preview with merge changes');

  await page.goto(suite.server.url + '#/evaluaties/a11y/stap-1/vergunningverlener');
  await page.evaluate(() => {
    for (let size = 1 << 20, n = 0; size >= 16; size >>= 1) {
      try { for (;;) localStorage.setItem(`vulling-${n++}`, 'x'.repeat(size)); } catch { /* full */ }
    }
  });
  await page.getByLabel('Hoe kom je tot deze score?').fill('past niet meer');
  await page.getByRole('alert').filter({ hasText: 'Niet opgeslagen' }).waitFor();
  await axe(page, 'save failed banner');
  await context.close();
});

async function tabTo(page, name, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      const byLabel = el.labels?.[0]?.textContent ?? '';
      return `${el.getAttribute('aria-label') ?? ''}|${byLabel}|${el.textContent ?? ''}`;
    });
    if (label.split('|').some((part) => part.trim() === name || (name instanceof RegExp && name.test(part.trim())))) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('keyboard only: create an evaluation, score, note, step 2 question, action item', async () => {
  const { context, page } = await openPage(suite.browser, suite.server.origin);
  await page.goto(suite.server.url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  await tabTo(page, 'Mijn evaluaties');
  await page.keyboard.press('Enter');
  await heading(page, 'Mijn evaluaties');
  await tabTo(page, 'Naam organisatie (verplicht)');
  await page.keyboard.type('Gemeente Toetsenbord');
  await tabTo(page, 'Evaluatie starten');
  await page.keyboard.press('Enter');
  await heading(page, 'Overzicht');
  await tabTo(page, /^Stap 1 Zelfevaluatie/);
  await page.keyboard.press('Enter');
  await heading(page, 'Stap 1: Zelfevaluatie');
  await tabTo(page, 'Casemanager');
  await page.keyboard.press('Enter');
  await heading(page, 'Stap 1: Casemanager');
  await tabTo(page, 'Nog niet gescoord');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.getByRole('radio', { name: '3 voldoet aan de verwachtingen' }).isChecked());
  await tabTo(page, 'Hoe kom je tot deze score?');
  await page.keyboard.type('Met het toetsenbord ingevuld');
  await tabTo(page, /^Stap 2 Collegiale toetsing/);
  await page.keyboard.press('Enter');
  await heading(page, 'Stap 2: Collegiale toetsing');
  await tabTo(page, /^1\. Wat valt op in de zelfevaluatie\?/);
  await page.keyboard.type('Notitie zonder muis');
  await tabTo(page, /^Stap 3 Conclusies/);
  await page.keyboard.press('Enter');
  await heading(page, 'Stap 3: Conclusies en actieplan');
  await tabTo(page, 'Actie toevoegen');
  await page.keyboard.press('Enter');
  // Focus moves into the new action (after it is drawn, in the next animation frame).
  await page.waitForFunction(() => document.activeElement.labels?.[0]?.textContent === 'Voor welk profiel?', null, { timeout: 2000 });
  await tabTo(page, 'Wat gaat u precies doen?');
  await page.keyboard.type('Training plannen');
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  const stored = await waitForStored(page, id, (e) => e.conclusions.actions[0]?.what === 'Training plannen', 'keyboard input');
  assert.equal(stored.self_evaluation.profiles.casemanager.score, 3);
  assert.equal(stored.self_evaluation.profiles.casemanager.explanation, 'Met het toetsenbord ingevuld');
  assert.equal(stored.peer_review.notes['toetsing-1'], 'Notitie zonder muis');
  assert.equal(stored.conclusions.actions[0].what, 'Training plannen');
  await context.close();
});

// Views of one kind share one layout: the content column (where the h1 sits) is as wide on
// every page of the kind, and so is the page itself.
const KIND = (name) => (['overzicht', 'stap-1', 'stap-1-profiel', 'stap-2', 'stap-3', 'rapport'].includes(name) ? 'workspace'
  : name.startsWith('beoordelaar') || name.startsWith('toetser') ? 'copy' : 'page');

test('at 320 px no view scrolls sideways; one content width per kind of view (screenshots at 320, 360, 768 and 1280 px with make screenshots)', async () => {
  const { context, page } = await seeded();
  for (const width of [320, 360, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const widths = new Map();
    for (const [name, hash, h1] of VIEWS) {
      await page.goto(suite.server.url + hash);
      await heading(page, h1);
      if (width === 320) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${name} scrolls sideways by ${overflow}px at 320 px`);
      }
      const measured = await page.evaluate(() => {
        const h1 = document.querySelector('main h1');
        return `main ${document.querySelector('main').getBoundingClientRect().width}, column ${h1.getBoundingClientRect().width}`;
      });
      const kind = KIND(name);
      widths.set(kind, [...(widths.get(kind) ?? []), [name, measured]]);
      if (SCREENSHOTS) await page.screenshot({ path: path.join(ARTIFACTS, `${width}-${name}.png`), fullPage: true });
    }
    for (const [kind, list] of widths) {
      const distinct = new Set(list.map(([, w]) => w));
      assert.equal(distinct.size, 1, `at ${width} px the ${kind} views differ in width: ${JSON.stringify(list)}`);
    }
  }
  await context.close();
});

test('at 320 px the main menu folds behind a Menu button that says whether it is open', async () => {
  const { context, page } = await openPage(suite.browser, suite.server.origin, { viewport: { width: 320, height: 800 } });
  await page.goto(suite.server.url);
  await heading(page, 'Inzicht in competentieprofielen VTH');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const button = nav.getByRole('button', { name: 'Menu', exact: true });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await nav.getByRole('link', { name: 'Mijn evaluaties' }).isVisible(), false);
  await button.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await axe(page, 'open menu at 320 px');
  await nav.getByRole('link', { name: 'Mijn evaluaties' }).click();
  await heading(page, 'Mijn evaluaties');
  assert.equal(await button.getAttribute('aria-expanded'), 'false', 'closes after choosing');
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await button.isVisible(), false);
  assert.ok(await nav.getByRole('link', { name: 'Mijn evaluaties' }).isVisible(), 'wide screens show the menu itself');
  await context.close();
});
