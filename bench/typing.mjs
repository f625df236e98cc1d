// Typing benchmark: how long a keystroke takes in stap 1 with real data, against a bare page
// that holds only a textarea with the same 50 KB of text, in the same run.
//
// The app's localStorage holds 20 evaluations of realistic size (every toelichting and
// hulpvraag note filled, 15 actions each); one profile has a 50 KB toelichting. That profile
// is opened in stap 1, the CPU is slowed down 4x (CDP Emulation.setCPUThrottlingRate), and 30
// characters are typed at the end of the toelichting. Durations come from the Event Timing API
// (what browsers use for INP): per interaction (interactionId), the longest of its entries.
// On this machine the browser's own cost of a long textarea dominates (its layout grows with the
// number of wrapped lines), so the figure that counts is the ratio of the medians, app / bare
// textarea. The bare textarea gets the app's computed width, font, padding and border, so both
// wrap the text into the same lines and the ratio shows what the app adds; the ratio against an
// unstyled default textarea (80 columns, monospace: far fewer lines) is printed too. Browsers round an event's duration to
// 8 ms, so the means and the script time per interaction (processingEnd - processingStart, not
// rounded) are printed beside it. Printed, never asserted.
//
//   make release && node bench/typing.mjs [dist-folder] [rounds]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, launch, DIST, CATALOGUE } from '../tests/e2e/harness.mjs';

const dist = process.argv[2] ?? DIST;
const rounds = Number(process.argv[3] ?? 5);
const TYPED = ' Nog een zin over de organisatie'.slice(0, 30);
const PREFIX = 'vth-competenties:evaluatie:';
const sentence = 'De organisatie werkt aan regie en samenwerking; casemanagers stemmen af met ketenpartners. ';
const LONG = sentence.repeat(Math.ceil(50 * 1024 / sentence.length)).slice(0, 50 * 1024);
const paragraph = sentence.repeat(6);

const questions = (step) => CATALOGUE.hulpvragen[step].questions.map((q) => q.id);
const conclusionQuestions = CATALOGUE.hulpvragen.conclusies_actieplan.groups.flatMap((g) => g.questions.map((q) => q.id));
const notes = (ids) => Object.fromEntries(ids.map((id) => [id, paragraph]));

/** One stored evaluation of realistic size; the first one holds the 50 KB toelichting. */
function evaluation(n) {
  const profiles = Object.fromEntries(CATALOGUE.profiles.map((p, i) => [p.id, {
    score: 1 + ((n + i) % 5),
    explanation: n === 0 && i === 0 ? LONG : paragraph,
    notes: notes(questions('zelfevaluatie')),
    consensus_note: paragraph,
  }]));
  const actions = Array.from({ length: 15 }, (_, a) => ({
    id: `actie-${n}-${a}`, profile_id: CATALOGUE.profiles[a % 5].id, what: sentence, measure: sentence,
    owner: 'Teamleider VTH', resources: 'Twee dagdelen per medewerker', deadline: '2026-06-30', status: 'planned',
  }));
  const ev = {
    id: `ev-bench-${n}`, organisation: `Omgevingsdienst ${n}`, contact: 'Kim Jansen, kwaliteitscoördinator',
    period: '2025-2026', start_date: '2025-01-15', created_ms: 1_700_000_000_000 + n, updated_ms: 1_700_000_000_000 + n,
    revision: 1, mode: { type: 'own' },
    self_evaluation: { profiles, assessors: [] },
    peer_review: { choice: 'yes', peers: 'RUD Utrecht, ODZOB', date: '2025-09-12', participants: paragraph, notes: notes(questions('collegiale_toetsing').slice(0, 6)), own_questions: [], replies: [] },
    conclusions: { notes: notes(conclusionQuestions), actions },
  };
  return JSON.stringify({ kind: 'vth-competenties/evaluatie', schema: 1, written_ms: 1, evaluation: ev });
}

const stored = Object.fromEntries(Array.from({ length: 20 }, (_, n) => [PREFIX + `ev-bench-${n}`, evaluation(n)]));
const bareDir = mkdtempSync(path.join(tmpdir(), 'bare-textarea-'));
writeFileSync(path.join(bareDir, 'index.html'), `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kaal tekstvak</title></head>
<body><label for="t">Hoe kom je tot deze score?</label><textarea id="t" rows="6" cols="80"></textarea>
<script>document.getElementById('t').value = ${JSON.stringify(LONG)};</script></body></html>`);

/** The computed look of the app's textarea that decides how its text wraps. */
const LOOK = ['width', 'height', 'font', 'line-height', 'padding', 'border', 'box-sizing', 'white-space', 'letter-spacing'];

async function typeAndMeasure(browser, url, setup) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await setup?.(page);
  const textarea = page.getByLabel('Hoe kom je tot deze score?');
  await textarea.waitFor();
  await textarea.evaluate((t, look) => { window.__look = Object.fromEntries(look.map((p) => [p, getComputedStyle(t).getPropertyValue(p)])); }, LOOK);
  const look = await page.evaluate(() => window.__look);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => window.__events.push(...list.getEntries().map((e) => ({
      id: e.interactionId, duration: e.duration, processing: e.processingEnd - e.processingStart,
    }))))
      .observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await textarea.focus();
  await page.evaluate(() => { const t = document.activeElement; t.setSelectionRange(t.value.length, t.value.length); });
  await page.keyboard.type(TYPED, { delay: 120 });
  await page.waitForTimeout(1000);
  const events = await page.evaluate(() => window.__events);
  await context.close();
  measured.look = look;
  // Per interaction: the longest entry (as INP counts it) and the script time of all entries.
  const perInteraction = new Map();
  for (const e of events) {
    if (!e.id) continue;
    const seen = perInteraction.get(e.id) ?? { duration: 0, processing: 0 };
    perInteraction.set(e.id, { duration: Math.max(seen.duration, e.duration), processing: seen.processing + e.processing });
  }
  return [...perInteraction.values()];
}

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const browser = await launch();
const app = await serve({ dir: dist });
const bare = await serve({ dir: bareDir });
const samples = { app: [], 'bare (app look)': [], 'bare (default)': [] };
const measured = {};
for (let round = 0; round < rounds; round++) {
  samples.app.push(...await typeAndMeasure(browser, app.url + '#/evaluaties/ev-bench-0/stap-1/casemanager', async (page) => {
    await page.evaluate((entries) => { localStorage.clear(); for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v); }, stored);
    await page.reload();
  }));
  const appLook = measured.look;
  samples['bare (app look)'].push(...await typeAndMeasure(browser, bare.url, (page) => page.evaluate((look) => {
    const t = document.getElementById('t');
    for (const [p, v] of Object.entries(look)) t.style.setProperty(p, v);
  }, appLook)));
  samples['bare (default)'].push(...await typeAndMeasure(browser, bare.url));
  measured.look = appLook;
}
await Promise.all([app.close(), bare.close(), browser.close()]);

const kb = Object.values(stored).reduce((n, v) => n + v.length, 0) / 1024;
console.log(`${rounds} rounds of ${TYPED.length} keys at 4x CPU slowdown; app storage ${kb.toFixed(0)} KB in 20 evaluations; ${dist}`);
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const figures = {};
console.log(`the app's textarea: ${measured.look.width} wide, font ${measured.look.font}`);
console.log('                   interactions   median ms   mean ms   p90 ms   script median ms');
for (const [name, xs] of Object.entries(samples)) {
  const d = xs.map((x) => x.duration), p = xs.map((x) => x.processing);
  figures[name] = { median: median(d), mean: mean(d), script: median(p) };
  console.log(`${name.padEnd(18)} ${String(xs.length).padStart(12)} ${median(d).toFixed(1).padStart(11)} ${mean(d).toFixed(1).padStart(9)} ${p90(d).toFixed(1).padStart(8)} ${median(p).toFixed(2).padStart(18)}`);
}
const ratio = (bare, key) => (figures.app[key] / figures[bare][key]).toFixed(2);
console.log(`ratio app / bare textarea with the app's look: medians ${ratio('bare (app look)', 'median')} (target <= 1.2), means ${ratio('bare (app look)', 'mean')}`);
console.log(`ratio app / bare default textarea:             medians ${ratio('bare (default)', 'median')}, means ${ratio('bare (default)', 'mean')}`);
