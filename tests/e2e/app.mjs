// Steps a user takes in the app, shared by the browser tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { heading } from './harness.mjs';

export const EVALUATION_PREFIX = 'vth-competenties:evaluatie:';
export const BACKUP_PREFIX = 'vth-competenties:bewaard:';

/** Creates an evaluation through the form; ends on its overview. Returns its id. */
export async function createEvaluation(page, baseUrl, organisation, { period = '2025-2026', start = '2025-01-15' } = {}) {
  await page.goto(baseUrl + '#/evaluaties');
  await heading(page, 'Mijn evaluaties');
  await page.getByLabel('Naam organisatie (verplicht)').fill(organisation);
  await page.getByLabel('Naam/functie contactpersoon').fill('Kim Jansen, teamleider');
  await page.getByLabel('Periode').fill(period);
  await page.getByLabel('Startdatum').fill(start);
  await page.getByRole('button', { name: 'Evaluatie starten' }).click();
  await heading(page, 'Overzicht');
  return decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
}

/** An evaluation under way, as stored (the payload of its envelope): two profiles scored, one
 *  n.v.t., no collegiale toetsing, a conclusion and an action. */
export function underWay(id) {
  return {
    id, organisation: 'Omgevingsdienst Voorbeeld', contact: 'Kim Jansen', period: '2025-2026', start_date: '2025-01-15',
    mode: { type: 'own' }, created_ms: Date.UTC(2025, 0, 15), updated_ms: Date.UTC(2025, 5, 1),
    self_evaluation: { profiles: {
      casemanager: { score: 3, explanation: 'De regie op complexe aanvragen is goed belegd.' },
      vergunningverlener: { score: 4 },
      'juridisch-adviseur': { not_applicable: true, not_applicable_reason: 'Belegd bij de provincie' },
    } },
    peer_review: { choice: 'no' },
    conclusions: { notes: { 'conclusie-1': 'We staan er redelijk voor.' },
      actions: [{ id: 'a1', profile_id: 'casemanager', what: 'Training bestuurlijke sensitiviteit', owner: 'Teamleider VTH',
        resources: '€ 5.000', deadline: '2026-06-30', status: 'planned', origin: 'self_evaluation' }] },
  };
}

/** Everything in localStorage, as { key: value }. */
export function storageContents(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/** The stored evaluation (parsed envelope payload), or undefined. */
export async function storedEvaluation(page, id) {
  const text = await page.evaluate((key) => localStorage.getItem(key), EVALUATION_PREFIX + id);
  return text ? JSON.parse(text).evaluation : undefined;
}

/** Waits until the autosave has written `predicate(evaluation)` to storage. */
export async function waitForStored(page, id, predicate, what = 'saved value') {
  for (let i = 0; i < 50; i++) {
    const ev = await storedEvaluation(page, id);
    if (ev && predicate(ev)) return ev;
    await page.waitForTimeout(100);
  }
  throw new Error(`storage never held the ${what}`);
}

export function stepLink(page, name) {
  return page.getByRole('navigation', { name: 'Stappen van deze evaluatie' }).getByRole('link', { name });
}

let downloadDir;
/** Clicks, waits for the download and keeps it (a context's downloads go when it closes). */
export async function download(page, trigger) {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  downloadDir ??= await mkdtemp(path.join(tmpdir(), 'vth-downloads-'));
  const kept = path.join(downloadDir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(kept);
  return { path: kept, name: file.suggestedFilename() };
}

/** Removes what `download` kept; call once after a file's tests. */
export async function removeDownloads() {
  if (downloadDir) await rm(downloadDir, { recursive: true, force: true });
  downloadDir = undefined;
}

/** Opens `file` on the import page, as a user choosing it. */
export async function importFile(page, baseUrl, file) {
  await page.goto(baseUrl + '#/importeren');
  await heading(page, 'Bestand importeren');
  await page.getByLabel('Kies een bestand (.json)').setInputFiles(file);
}

/** The coordinator makes a scoreformulier for a role (and an internal name); returns the file. */
export function makeForm(page, forWhom, name = '') {
  return download(page, async () => {
    await page.getByLabel('Voor wie is het scoreformulier? Rol of team').fill(forWhom);
    if (name) await page.getByLabel('Naam (niet verplicht)').fill(name);
    await page.getByRole('button', { name: 'Scoreformulier maken' }).click();
  });
}

/** The coordinator makes a toetsingspakket for a peer organisation; returns the file. */
export function makePackage(page, organisation) {
  return download(page, async () => {
    await page.getByLabel('Voor welke collega-organisatie is het toetsingspakket?').fill(organisation);
    await page.getByRole('button', { name: 'Toetsingspakket maken' }).click();
  });
}

/**
 * A participant or peer hands in on the overview; when the app warns that something is
 * still open, they hand in anyway. Returns the file.
 */
export function handIn(page, label = 'Formulier inleveren (bestand maken)') {
  return download(page, async () => {
    await page.getByRole('button', { name: label }).click();
    const anyway = page.getByRole('button', { name: 'Toch inleveren' });
    const done = page.getByText(/staat in uw map met downloads/);
    await anyway.or(done).first().waitFor();
    if (await anyway.count()) await anyway.click();
  });
}
