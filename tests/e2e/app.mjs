// Steps a user takes in the app, shared by the browser tests.
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
