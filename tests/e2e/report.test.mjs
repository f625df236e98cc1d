// The report: what was entered, the chart and its table, PDF via Chromium's print, the CSV,
// Word and Markdown downloads, growth over cycles and the next cycle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPage, useSuite, heading, ROOT, CATALOGUE } from './harness.mjs';
import { EVALUATION_PREFIX, stepLink, waitForStored } from './app.mjs';

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
const suite = useSuite();
let tmp;
before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vth-report-'));
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const envelope = (evaluation) => JSON.stringify({ kind: 'vth-competenties/evaluatie', schema: 1, evaluation });
const SCORES = { casemanager: 3, vergunningverlener: 4, 'toezichthouder-handhaver': 2, 'juridisch-adviseur': 5 };
const current = {
  id: 'rapport', organisation: 'Omgevingsdienst Rapportland', contact: 'Kim Jansen', period: '2025-2026', start_date: '2025-01-15',
  mode: { type: 'own' },
  self_evaluation: {
    profiles: Object.fromEntries(Object.entries(SCORES).map(([p, score]) => [p, { score, explanation: `Toelichting ${p}`, notes: { 'zelfevaluatie-1': `Aantal ${p}` } }])),
    assessors: [{ id: 'x', name: 'Anna', scores: { casemanager: { score: 1, note: 'Streng' } } }],
  },
  peer_review: { choice: 'yes', peers: 'RUD Utrecht', notes: { 'toetsing-1': 'Eigen notitie' },
    replies: [{ id: 'r', peer_organisation: 'RUD Utrecht', author: 'Sam', notes: { 'toetsing-1': 'Reactie van Sam' } }] },
  conclusions: {
    notes: { 'conclusie-1': 'We staan er redelijk voor' },
    actions: [
      { id: 'a1', profile_id: 'juridisch-adviseur', what: '=Training; "intern"', owner: 'Teamleider', deadline: '2026-06-30', status: 'in_progress' },
      { id: 'a2', what: 'Intervisie', owner: 'HR', deadline: '2026-03-01', status: 'done' },
    ],
  },
};
const previous = { id: 'vorige', organisation: 'Omgevingsdienst Rapportland', period: '2023-2024', start_date: '2023-01-10', mode: { type: 'own' },
  self_evaluation: { profiles: { casemanager: { score: 2 }, vergunningverlener: { score: 4 } } },
  conclusions: { actions: [{ id: 'p1', what: 'Kennisbank opzetten', status: 'done' }, { id: 'p2', what: 'Mentoren', status: 'planned' }] } };

async function seeded() {
  const opened = await openPage(suite.browser, suite.server.origin);
  await opened.page.goto(suite.server.url);
  await heading(opened.page, 'Inzicht in competentieprofielen VTH');
  await opened.page.evaluate(([prefix, docs]) => docs.forEach(([id, text]) => localStorage.setItem(prefix + id, text)),
    [EVALUATION_PREFIX, [['rapport', envelope(current)], ['vorige', envelope(previous)]]]);
  await opened.page.goto(suite.server.url + '#/evaluaties/rapport/rapport');
  await opened.page.reload();
  await heading(opened.page, 'Rapport: Omgevingsdienst Rapportland');
  return opened;
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const kept = path.join(tmp, file.suggestedFilename());
  await file.saveAs(kept);
  return kept;
}

test('the report shows what was entered, with a five-bar chart and the same numbers as a table', async () => {
  const { context, page, problems } = await seeded();
  const text = await page.locator('main').textContent();
  for (const part of ['Kim Jansen', '2025-2026', '15-01-2025', 'Kwaliteitscriteria VTH 2.3 (2022), bijlage D', 'Toelichting casemanager',
    'Anna', 'Streng', 'Eigen notitie', 'RUD Utrecht (Sam)', 'Reactie van Sam', 'We staan er redelijk voor', '=Training; "intern"']) {
    assert.ok(text.includes(part), `report lacks ${part}`);
  }
  const bars = await page.locator('figure.chart svg rect[data-score]').evaluateAll((rects) => rects.map((r) => r.getAttribute('data-score')));
  assert.deepEqual(bars, CATALOGUE.profiles.map((p) => String(SCORES[p.id] ?? '')));
  const widths = await page.locator('figure.chart svg rect[data-score]').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  assert.deepEqual(widths.map((w) => w / widths[0]), [1, 4 / 3, 2 / 3, 5 / 3, 0], 'bar length follows the score');
  const table = page.getByRole('table', { name: 'Score per profiel' });
  const rows = await table.getByRole('row').allTextContents();
  assert.deepEqual(rows.slice(1), CATALOGUE.profiles.map((p) => p.name + (SCORES[p.id]
    ? `${SCORES[p.id]} ${CATALOGUE.scale.levels[SCORES[p.id] - 1].label_nl}` : 'nog niet gescoord')));
  assert.equal(await page.locator('figure.chart svg').getAttribute('aria-hidden'), 'true', 'screen readers get the table');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('printed to PDF by Chromium: organisation, every profile name, page numbers, no navigation', async () => {
  const { context, page } = await seeded();
  const pdf = path.join(ARTIFACTS, 'rapport.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.match(text, /Omgevingsdienst Rapportland/);
  for (const p of CATALOGUE.profiles) assert.ok(text.includes(p.name), `PDF lacks ${p.name}`);
  assert.match(text, /Pagina 1 van \d+/);
  assert.doesNotMatch(text, /Mijn evaluaties|Afdrukken of opslaan als PDF/, 'navigation and buttons are not printed');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(ARTIFACTS, 'rapport-pagina')]);
  await context.close();
});

test('CSV for Dutch Excel, Word and Markdown downloads happen and parse', async () => {
  const { context, page } = await seeded();
  const csv = await readFile(await download(page, 'Actieplan als CSV (Excel)'), 'utf8');
  assert.ok(csv.startsWith('\ufeffProfiel;Herkomst;Wat precies;'), 'UTF-8 BOM and ; separator');
  const lines = csv.trim().split('\r\n');
  assert.equal(lines.length, 3);
  assert.equal(lines[1], `Juridisch adviseur;;"'=Training; ""intern""";;Teamleider;;30-06-2026;Bezig;nee`);
  assert.equal(lines[2], 'Overkoepelend;;Intervisie;;HR;;01-03-2026;Gereed;nee');

  const docx = await download(page, 'Rapport als Word-bestand');
  assert.match(path.basename(docx), /^vth-rapport_omgevingsdienst-rapportland_2025-2026_.*\.docx$/);
  const xml = execFileSync('python3', ['-c', `import sys, zipfile
z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None
print(z.read('word/document.xml').decode('utf-8'))`, docx], { encoding: 'utf8' });
  assert.match(xml, /Omgevingsdienst Rapportland/);
  assert.equal((xml.match(/w:val="Heading1"/g) ?? []).length, 5);
  assert.match(xml, /<w:tbl>/);
  assert.match(xml, /=Training; &quot;intern&quot;/);
  // LibreOffice opens it: headings come out as an outline, tables as tables.
  execFileSync('soffice', ['--headless', '--convert-to', 'html', '--outdir', tmp, docx], { stdio: 'ignore', timeout: 120_000 });
  const html = await readFile(docx.replace(/\.docx$/, '.html'), 'utf8');
  const headings = (level) => [...html.matchAll(new RegExp(`<h${level}[^>]*>([^<]*)`, 'g'))].map((m) => m[1].trim());
  assert.deepEqual(headings(1), ['Scores', 'Stap 1: Zelfevaluatie', 'Stap 2: Collegiale toetsing', 'Stap 3: Conclusies', 'Actieplan']);
  assert.deepEqual(headings(2), CATALOGUE.profiles.map((p) => p.name));
  assert.equal((html.match(/<table/g) ?? []).length, 3, 'scores, assessors, action plan');

  const md = await readFile(await download(page, 'Rapport als Markdown'), 'utf8');
  assert.match(md, /^# Inzicht in competentieprofielen VTH: Omgevingsdienst Rapportland/);
  assert.match(md, /\| Casemanager \| 3 voldoet aan de verwachtingen \|/);
  await context.close();
});

test('growth over two cycles, and starting the next cycle carries open actions over', async () => {
  const { context, page } = await seeded();
  await page.goto(suite.server.url + '#/groei');
  await heading(page, 'Groei over de cycli');
  await page.getByLabel('Omgevingsdienst Rapportland, 2023-2024').check();
  await page.getByLabel('Omgevingsdienst Rapportland, 2025-2026').check();
  const rows = await page.getByRole('table', { name: 'Scores per periode' }).getByRole('row').allTextContents();
  assert.equal(rows[0], 'Profiel2023-20242025-2026Verschil');
  assert.equal(rows[1], 'Casemanager231 hoger');
  assert.equal(rows[2], 'Vergunningverlener44gelijk');
  assert.equal(rows[3], 'Toezichthouder en handhaver-2niet te zeggen');
  assert.equal(await page.locator('figure.chart svg rect[data-score]').count(), 10, 'two bars per profile');
  assert.match(await page.locator('main').textContent(), /Kennisbank opzetten: gereed.*Mentoren: gepland/s);

  await page.goto(suite.server.url + '#/evaluaties/rapport');
  await heading(page, 'Overzicht');
  await page.getByRole('button', { name: 'Volgende cyclus starten' }).click();
  await page.getByText('De volgende cyclus (2027-2028) is gestart. Open acties zijn overgenomen.').waitFor();
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  assert.notEqual(id, 'rapport');
  const next = await waitForStored(page, id, () => true, 'next cycle');
  assert.equal(next.organisation, 'Omgevingsdienst Rapportland');
  assert.deepEqual(next.self_evaluation.profiles, {}, 'no scores carried over');
  assert.deepEqual(next.conclusions.actions.map((a) => [a.what, a.carried_over]), [['=Training; "intern"', true]]);
  await stepLink(page, /Stap 3/).click();
  await page.getByText('Overgenomen uit de vorige cyclus: nog niet gereed.').waitFor();
  await context.close();
});
