// The report: what was entered, the chart and its table, PDF via Chromium's print, the CSV,
// Word and Markdown downloads, growth over cycles and the next cycle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPage, serve, useSuite, heading, ROOT, DIST, CATALOGUE } from './harness.mjs';
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

async function seeded(server = suite.server) {
  const opened = await openPage(suite.browser, server.origin);
  await opened.page.goto(server.url);
  await heading(opened.page, 'Inzicht in competentieprofielen VTH');
  await opened.page.evaluate(([prefix, docs]) => docs.forEach(([id, text]) => localStorage.setItem(prefix + id, text)),
    [EVALUATION_PREFIX, [['rapport', envelope(current)], ['vorige', envelope(previous)]]]);
  await opened.page.goto(server.url + '#/evaluaties/rapport/rapport');
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

/** Several office files to PDF in one start of LibreOffice (a start costs about a second);
 *  each is copied under a name of its own first, as a .docx and an .odt of one report share
 *  their base name. Returns the PDFs in the order of `files`. */
function toPdfs(files, outdir) {
  mkdirSync(outdir, { recursive: true });
  const named = files.map((f, i) => { const copy = path.join(outdir, `${i}-${path.basename(f)}`); copyFileSync(f, copy); return copy; });
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outdir, ...named], { stdio: 'ignore', timeout: 120_000 });
  return named.map((f) => f.replace(/\.\w+$/, '.pdf'));
}

test('the report shows what was entered, with a five-bar chart and the same numbers as a table', async () => {
  const { context, page, problems } = await seeded();
  let text = await page.locator('main').textContent();
  for (const part of ['2025-2026', '15-01-2025', 'Kwaliteitscriteria VTH 2.3 (2022), bijlage D', 'Toelichting casemanager',
    'Deelnemer 1', 'Streng', 'Eigen notitie', 'RUD Utrecht: Reactie van Sam', 'We staan er redelijk voor', '=Training; "intern"']) {
    assert.ok(text.includes(part), `report lacks ${part}`);
  }
  for (const name of ['Kim Jansen', 'Anna', 'RUD Utrecht (Sam)']) {
    assert.ok(!text.includes(name), `names of people are off by default, but ${name} shows`);
  }
  await page.getByLabel('Namen van deelnemers tonen').check();
  await page.getByText('Kim Jansen').waitFor();
  text = await page.locator('main').textContent();
  for (const part of ['Kim Jansen', 'Anna', 'RUD Utrecht (Sam)']) assert.ok(text.includes(part), `with names: lacks ${part}`);
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
  const csv = await readFile(await download(page, 'Actieplan als CSV'), 'utf8');
  assert.ok(csv.startsWith('\ufeffProfiel;Herkomst;Wat precies;'), 'UTF-8 BOM and ; separator');
  const lines = csv.trim().split('\r\n');
  assert.equal(lines.length, 3);
  assert.equal(lines[1], `Juridisch adviseur;;"'=Training; ""intern""";;Teamleider;;30-06-2026;Bezig;nee`);
  assert.equal(lines[2], 'Overkoepelend;;Intervisie;;HR;;01-03-2026;Gereed;nee');

  const docx = await download(page, 'Word (.docx)');
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

  // The spreadsheet keeps user text as text: a leading '=' is never a formula.
  const xlsx = await download(page, 'Spreadsheet met scores en actieplan (.xlsx)');
  execFileSync('soffice', ['--headless', '--convert-to', 'fods', '--outdir', tmp, xlsx], { stdio: 'ignore', timeout: 120_000 });
  const sheet = await readFile(xlsx.replace(/\.xlsx$/, '.fods'), 'utf8');
  assert.match(sheet, /<text:p>=Training; &quot;intern&quot;<\/text:p>/);
  assert.doesNotMatch(sheet, /table:formula=/);

  const md = await readFile(await download(page, 'Markdown (.md)'), 'utf8');
  assert.match(md, /^# Rapport: Omgevingsdienst Rapportland/);
  assert.match(md, /\| Casemanager \| 3 voldoet aan de verwachtingen \|/);
  await context.close();
});

// A typical evaluation, with text of realistic length: five scored profiles with a toelichting
// of two paragraphs, notes, every conclusion answered, seven actions.
const LONG = 'De casemanagers voeren de regie over complexe aanvragen en houden de lijnen met initiatiefnemers kort. '
  + 'Het overleg met ketenpartners loopt goed, maar de bestuurlijke sensitiviteit kan beter: adviezen komen soms laat '
  + 'bij de portefeuillehouder. Nieuwe collega\'s hebben meer begeleiding nodig dan we nu bieden.\n\n'
  + 'Tweede alinea: hoe we tot deze score kwamen, met welke documenten en gesprekken.';
const ANSWER = 'We zien dat de organisatie op de meeste profielen voldoet aan de verwachtingen. Het profiel juridisch '
  + 'adviseur vraagt aandacht, vooral de bestuurlijke sensitiviteit. De collega-organisaties bevestigen dit beeld.';
const CONCLUSION_IDS = CATALOGUE.hulpvragen.conclusies_actieplan.groups.flatMap((g) => g.questions.map((q) => q.id));
const typical = {
  id: 'typisch', organisation: 'Omgevingsdienst Typisch', contact: 'Kim Jansen', period: '2025-2026', start_date: '2025-01-15',
  mode: { type: 'own' },
  self_evaluation: {
    profiles: Object.fromEntries(CATALOGUE.profiles.map((p, i) => [p.id, {
      score: (i % 5) + 1, explanation: LONG, participants: 'Kim Jansen, Piet de Vries',
      consensus_note: 'De losse scores liepen ver uiteen', notes: { 'zelfevaluatie-1': 'Aantekening bij de hulpvraag' },
    }])),
    assessors: [{ id: 'x', name: 'Anna', scores: { casemanager: { score: 1, note: 'Streng' } } },
      { id: 'y', name: 'Bram', scores: { casemanager: { score: 4, note: 'Mild' } } }],
  },
  peer_review: { choice: 'yes', peers: 'RUD Utrecht, ODZOB', date: '2025-06-01', participants: 'Sanne Bakker',
    replies: [{ id: 'r', peer_organisation: 'RUD Utrecht', author: 'Sam Peters', notes: { 'toetsing-1': 'Reactie van de RUD' } }] },
  conclusions: {
    notes: Object.fromEntries(CONCLUSION_IDS.map((id) => [id, ANSWER])),
    actions: Array.from({ length: 7 }, (_, i) => ({
      id: `t${i}`, profile_id: CATALOGUE.profiles[i % 5].id, origin: i % 2 ? 'peer_review' : 'bottom_up',
      what: 'Casemanagers volgen een training bestuurlijke sensitiviteit en oefenen met adviezen aan de portefeuillehouder',
      measure: 'Alle casemanagers hebben de training gevolgd; adviezen op tijd bij de portefeuillehouder',
      owner: 'Casemanager', resources: '€ 5.000, 4 dagdelen', deadline: '2026-06-30', status: i ? 'planned' : 'in_progress',
    })),
  },
};

async function openTypical() {
  const opened = await openPage(suite.browser, suite.server.origin);
  await opened.page.goto(suite.server.url);
  await heading(opened.page, 'Inzicht in competentieprofielen VTH');
  await opened.page.evaluate(([key, text]) => localStorage.setItem(key, text), [EVALUATION_PREFIX + 'typisch', envelope(typical)]);
  await opened.page.goto(suite.server.url + '#/evaluaties/typisch/rapport');
  await opened.page.reload();
  await heading(opened.page, 'Rapport: Omgevingsdienst Typisch');
  return opened;
}

const pdfText = (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
const pages = (file) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
const PEOPLE = ['Kim Jansen', 'Piet de Vries', 'Anna', 'Bram', 'Sanne Bakker', 'Sam Peters'];

test('each audience printed to PDF: names only in the full report when chosen, the summary short, the peers\' overview without conclusions', async () => {
  const { context, page, problems } = await openTypical();
  const print = async (name) => {
    const file = path.join(ARTIFACTS, `rapport-${name}.pdf`);
    await page.pdf({ path: file, format: 'A4' });
    return pdfText(file);
  };
  let text = await print('volledig');
  for (const name of PEOPLE) assert.ok(!text.includes(name), `full report without names shows ${name}`);
  assert.match(text, /Deelnemer 1/);
  assert.match(text, /De losse scores liepen ver uiteen/, 'the rationale is in the internal report');
  assert.match(text, /Aantekening bij de hulpvraag/);
  const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '99', path.join(ARTIFACTS, 'rapport-volledig.pdf')], { encoding: 'utf8' });
  assert.match(sizes, /Page\s+1 size:\s+595\.\d+ x 842/, 'portrait first');
  assert.match(sizes, /size:\s+842\.\d+ x 595/, 'the action plan prints on a landscape page');

  await page.getByLabel('Namen van deelnemers tonen').check();
  await page.getByText('Piet de Vries').first().waitFor();
  text = await print('volledig-met-namen');
  for (const name of PEOPLE) assert.ok(text.includes(name), `full report with names lacks ${name}`);

  await page.getByLabel('Samenvatting voor MT of bestuur').check();
  await heading(page, 'Samenvatting voor MT of bestuur: Omgevingsdienst Typisch');
  assert.equal(await page.getByLabel('Namen van deelnemers tonen').isVisible(), false, 'no names to choose in the summary');
  text = await print('samenvatting');
  for (const name of PEOPLE) assert.ok(!text.includes(name), `summary shows ${name}`);
  for (const absent of ['Aantekening bij de hulpvraag', 'Streng', 'Tweede alinea', 'liepen ver uiteen']) {
    assert.ok(!text.includes(absent), `summary shows ${absent}`);
  }
  for (const part of ['(ingekort)', 'Collegiale toetsing gedaan: ja. Met: RUD Utrecht, ODZOB. Datum: 01-06-2025.',
    'Actieplan', '€ 5.000', 'dagdelen', 'Stap 2', 'Bottom-up']) {
    assert.ok(text.replace(/\s+/g, ' ').includes(part), `summary lacks ${part}`);
  }
  assert.equal(text.match(/30-06-2026/g)?.length, 7, 'every deadline whole, on one line');

  await page.getByLabel('Voor de collegiale toetsing').check();
  await heading(page, 'Overzicht voor de collegiale toetsing: Omgevingsdienst Typisch');
  text = await print('collegiale-toetsing');
  for (const name of PEOPLE) assert.ok(!text.includes(name), `overview for peers shows ${name}`);
  for (const absent of ['liepen ver uiteen', ANSWER.slice(0, 40), 'Actieplan', 'Reactie van de RUD']) {
    assert.ok(!text.replace(/\s+/g, ' ').includes(absent), `overview for peers shows ${absent}`);
  }
  assert.match(text, /Aantekening bij de hulpvraag/, 'the peers read the notes');
  assert.match(text, /De collega-organisaties krijgen deze vragen/);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('the summary for MT or board of a typical evaluation fits on two A4 pages: printed, in Word and in OpenDocument', async () => {
  const { context, page } = await openTypical();
  await page.getByLabel('Samenvatting voor MT of bestuur').check();
  await heading(page, 'Samenvatting voor MT of bestuur: Omgevingsdienst Typisch');
  const printed = path.join(ARTIFACTS, 'samenvatting-a4.pdf');
  await page.pdf({ path: printed, format: 'A4' });
  assert.ok(pages(printed) <= 2, `printed: ${pages(printed)} pages`);
  // On paper the chart's labels are at least 9 pt, and profile names stay whole.
  await page.emulateMedia({ media: 'print' });
  const labelPt = await page.locator('.report .chart__label').first().evaluate((label) => {
    const svg = label.ownerSVGElement;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return parseFloat(getComputedStyle(label).fontSize) * scale * 0.75;
  });
  assert.ok(labelPt >= 9, `chart labels at ${labelPt.toFixed(1)} pt`);
  await page.emulateMedia({ media: 'screen' });
  assert.doesNotMatch(pdfText(printed), /Vergunningverlene\s*-?\s*\nr|Toezichthou-/);
  const files = [];
  for (const [button, ext] of [['Word (.docx)', 'docx'], ['OpenDocument (.odt)', 'odt']]) {
    const file = await download(page, button);
    assert.match(path.basename(file), new RegExp(`^vth-samenvatting_omgevingsdienst-typisch_2025-2026_.*\\.${ext}$`));
    files.push([ext, file]);
  }
  const pdfs = toPdfs(files.map(([, f]) => f), path.join(tmp, 'mt'));
  for (const [i, [ext]] of files.entries()) {
    const pdf = pdfs[i];
    assert.ok(pages(pdf) <= 2, `${ext}: ${pages(pdf)} pages`);
    for (const name of PEOPLE) assert.ok(!pdfText(pdf).includes(name), `${ext} summary shows ${name}`);
  }
  await context.close();
});

test('Word and OpenDocument in LibreOffice: columns fit, dates and headers never break, no blank page; the spreadsheet has real dates', async () => {
  const { context, page } = await openTypical();
  const files = [];
  for (const [button, ext] of [['Word (.docx)', 'docx'], ['OpenDocument (.odt)', 'odt']]) files.push([ext, await download(page, button)]);
  const pdfs = toPdfs(files.map(([, f]) => f), path.join(tmp, 'vol'));
  for (const [i, [ext]] of files.entries()) {
    const pdf = pdfs[i];
    const text = pdfText(pdf);
    assert.match(text, /^Rapport: Omgevingsdienst Typisch/m);
    // A cell that wraps splits its text over lines; whole words here mean no column is too narrow.
    assert.equal(text.match(/30-06-2026/g)?.length, 7, `${ext}: a date broke over lines`);
    for (const word of ['Succescriterium', 'Casemanager', 'Klaar op', 'Gepland', 'Bottom-up']) {
      assert.ok(text.split('\n').some((line) => line.includes(word)), `${ext}: ${word} broke`);
    }
    for (let p = 1; p <= pages(pdf); p++) {
      const onPage = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).trim();
      assert.ok(onPage.length > 0, `${ext}: page ${p} of ${pages(pdf)} is blank`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(ARTIFACTS, `rapport-${ext}`)]);
    // The action plan is on a landscape page.
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages(pdf)), pdf], { encoding: 'utf8' });
    assert.match(sizes, /size:\s+841\.\d+ x 595/, `${ext}: no landscape page`);
  }

  const xlsx = await download(page, 'Spreadsheet met scores en actieplan (.xlsx)');
  assert.match(path.basename(xlsx), /^vth-scores-actieplan_omgevingsdienst-typisch_2025-2026_.*\.xlsx$/);
  execFileSync('soffice', ['--headless', '--convert-to', 'fods', '--outdir', tmp, xlsx], { stdio: 'ignore', timeout: 120_000 });
  const sheet = await readFile(xlsx.replace(/\.xlsx$/, '.fods'), 'utf8');
  assert.match(sheet, /table:name="Scores"/);
  assert.match(sheet, /table:name="Actieplan"/);
  assert.equal(sheet.match(/office:value-type="date" office:date-value="2026-06-30"/g)?.length, 7, 'deadlines are dates');
  assert.match(sheet, /Laagste losse score/);
  for (const name of ['Anna', 'Bram', 'Kim Jansen']) assert.ok(!sheet.includes(name), `spreadsheet shows ${name}`);
  await context.close();
});

test('files are made by the exporter worker, loaded on the first request only; if it cannot start the user is told and can try again', async () => {
  // A copy of the site, so the exporter's wasm can go missing and come back.
  const copy = path.join(tmp, 'site');
  await cp(DIST, copy, { recursive: true });
  const wasmName = (await readdir(copy, { recursive: true })).find((f) => /^app-[0-9a-f]+\/exporter_bg\.wasm$/.test(f));
  await rename(path.join(copy, wasmName), path.join(copy, wasmName + '.weg'));
  const site = await serve({ dir: copy });
  const { context, page } = await seeded(site);
  try {
    const exporterRequests = [];
    page.on('request', (r) => { if (/\/app-[0-9a-f]+\/exporter/.test(r.url())) exporterRequests.push(r.url()); });
    await page.waitForTimeout(300);
    assert.deepEqual(exporterRequests, [], 'nothing of the exporter is loaded with the page');

    // A worker that cannot start: a Dutch message, nothing downloaded, the page goes on.
    await page.getByRole('button', { name: 'Word (.docx)' }).click();
    await page.locator('.report-actions [role=status]').filter({ hasText: 'het onderdeel dat bestanden maakt, kon niet starten' }).waitFor();
    assert.equal(await page.getByRole('status').filter({ hasText: 'Bestand wordt gemaakt' }).count(), 0, 'the busy message goes');

    // Back again: the next click starts a new worker. Meanwhile the page says what happens.
    await rename(path.join(copy, wasmName + '.weg'), path.join(copy, wasmName));
    exporterRequests.length = 0;
    await page.evaluate(() => {
      window.__busySeen = false;
      new MutationObserver(() => { if (document.body.textContent.includes('Bestand wordt gemaakt…')) window.__busySeen = true; })
        .observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word (.docx)' }).click()]);
    assert.equal((await readFile(await word.path())).subarray(0, 2).toString(), 'PK');
    assert.ok(await page.evaluate(() => window.__busySeen), '"Bestand wordt gemaakt…" was shown');
    assert.ok(exporterRequests.some((u) => u.endsWith('_bg.wasm')), 'the exporter wasm was loaded on request');

    // Kept: the next file needs no new load.
    exporterRequests.length = 0;
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown (.md)' }).click()]);
    assert.match(await readFile(await md.path(), 'utf8'), /Omgevingsdienst Rapportland/);
    assert.deepEqual(exporterRequests, [], 'the worker is kept for the next file');
  } finally {
    await context.close();
    await site.close();
  }
});

test('on a phone the action plan keeps readable columns and scrolls sideways in its own region, not the page', async () => {
  const { context, page } = await seeded();
  await page.setViewportSize({ width: 360, height: 800 });
  const table = page.locator('table.report-table').filter({ has: page.locator('th', { hasText: 'Succescriterium' }) });
  const region = page.getByRole('region').filter({ has: table });
  assert.equal(await region.getAttribute('tabindex'), '0', 'keyboard users can scroll it');
  assert.ok((await region.getAttribute('aria-label')).length > 0, 'the region has the table caption as its name');
  const widths = await table.locator('thead th').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
  assert.ok(Math.min(...widths) >= 40, `every column at least 40 px wide: ${widths}`);
  assert.ok(await region.evaluate((el) => el.scrollWidth > el.clientWidth), 'the table scrolls inside its region');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'the page itself does not scroll sideways');
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
  assert.equal(rows[3], 'Toezichthouder en handhaverniet gescoord2niet te zeggen');
  assert.equal(await page.locator('figure.chart svg rect[data-score]').count(), 10, 'two bars per profile');
  assert.match(await page.locator('main').textContent(), /Kennisbank opzetten: gereed.*Mentoren: gepland/s);

  await page.goto(suite.server.url + '#/evaluaties/rapport');
  await heading(page, 'Overzicht');
  await page.getByRole('button', { name: 'Volgende cyclus starten…' }).click();
  await page.getByRole('button', { name: 'Ja, volgende cyclus starten' }).click();
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
