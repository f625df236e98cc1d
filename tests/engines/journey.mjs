// One user's journey, the same in every engine: read a profile, create an evaluation, score two
// profiles with a toelichting, reload, export the file, delete, import it again, open the
// report and download it as Word (made by the exporter worker), make a contribution to a network
// and load it in the Netwerkoverzicht. Acts through the DOM helpers of
// probe.js (`__t`), so it needs nothing but "run this expression" from a driver.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

const EVALUATION_PREFIX = 'vth-competenties:evaluatie:';
const q = JSON.stringify;

/** Runs `expression` until it is truthy (or 15 s pass); returns its value. */
export async function until(driver, expression, what = expression) {
  let last;
  for (let i = 0; i < 150; i++) {
    try {
      last = await driver.run(expression);
      if (last) return last;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${driver.name}: waited 15 s for ${what} (last: ${q(last)}); on "${await driver.run('__t.heading()').catch(() => '?')}"`);
}

const heading = (driver, text) => until(driver, `__t.heading() === ${q(text)}`, `the heading "${text}"`);
const stored = (driver, id, path) =>
  driver.run(`(() => { const t = localStorage.getItem(${q(EVALUATION_PREFIX + id)}); return t && JSON.parse(t).evaluation${path}; })()`);

export async function journey(driver, url, { organisation = 'Dienst Elders', serviceWorker = false, pdfFile = null } = {}) {
  const go = async (hash) => { await driver.run(`location.hash = ${q(hash)}`); };
  await driver.goto(url);
  await heading(driver, 'Inzicht in competentieprofielen VTH');

  // Read a profile.
  await driver.run(`__t.click('a', 'Profielen')`);
  await heading(driver, 'Competentieprofielen');
  await driver.run(`__t.click('a', /Casemanager$/)`);
  await heading(driver, 'Profiel 1: Casemanager');
  assert.ok(await driver.run(`document.body.textContent.includes('Omschrijving van de rol')`), 'the profile text is there');

  // Create an evaluation.
  await go('#/evaluaties');
  await heading(driver, 'Mijn evaluaties');
  await driver.run(`__t.fill('Naam organisatie (verplicht)', ${q(organisation)})`);
  await driver.run(`__t.fill('Periode', '2025-2026')`);
  await driver.run(`__t.click('button', 'Evaluatie starten')`);
  await heading(driver, 'Overzicht');
  const id = decodeURIComponent((await driver.run('location.hash')).split('/')[2]);
  // No File System Access API in this engine: the working file panel offers a copy instead.
  await until(driver, `document.body.textContent.includes('Deze browser kan niet steeds in hetzelfde bestand opslaan.')`, 'the working file fallback');
  assert.ok(await driver.run(`__t.has('button', 'Bewaar een kopie als bestand')`));

  // Score two profiles with a toelichting.
  for (const [profile, name, score, label, text] of [
    ['casemanager', 'Casemanager', 3, /^3 voldoet aan de verwachtingen/, 'Regie is goed belegd'],
    ['vergunningverlener', 'Vergunningverlener', 4, /^4 overtreft verwachtingen/, 'Sterk team, weinig verloop'],
  ]) {
    await go(`#/evaluaties/${id}/stap-1/${profile}`);
    await heading(driver, `Stap 1: ${name}`);
    await driver.run(`__t.click('label', ${label})`);
    await driver.run(`__t.fill('Hoe kom je tot deze score?', ${q(text)})`);
    for (let i = 0; i < 100; i++) {
      const p = await stored(driver, id, `.self_evaluation.profiles[${q(profile)}]`);
      if (p?.score === score && p?.explanation === text) break;
      if (i === 99) throw new Error(`${driver.name}: ${profile} was not saved: ${q(p)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  // Typed just before the page goes (no time for the autosave's pause): kept by pagehide.
  await driver.run(`__t.fill('Hoe kom je tot deze score?', 'Sterk team, weinig verloop')`);
  await driver.run(`__t.fill('Hoe kom je tot deze score?', 'Sterk team, weinig verloop!')`);
  // Reload: everything is back.
  await driver.reload();
  await heading(driver, 'Stap 1: Vergunningverlener');
  await until(driver, `__t.value('Hoe kom je tot deze score?') === 'Sterk team, weinig verloop!'`, 'the last keystroke after a reload');
  assert.match(await driver.run(`(() => { const r = document.querySelector('input[type=radio]:checked'); return r && document.querySelector('label[for="' + r.id + '"]').textContent; })()`),
    /^4 overtreft verwachtingen/, 'the score after a reload');

  // Export the file; read it back.
  await go(`#/evaluaties/${id}`);
  await heading(driver, 'Overzicht');
  await driver.run(`__t.click('button', 'Bewaar een kopie als bestand')`);
  const file = await until(driver, `__probe.downloads.find((d) => d.text !== null && d.name.endsWith('.json'))`, 'the exported file');
  const exported = JSON.parse(file.text);
  assert.equal(exported.evaluation.organisation, organisation);
  assert.equal(exported.evaluation.self_evaluation.profiles.casemanager.score, 3);
  assert.equal(exported.evaluation.self_evaluation.profiles.vergunningverlener.explanation, 'Sterk team, weinig verloop!');

  // Delete it.
  await go('#/evaluaties');
  await heading(driver, 'Mijn evaluaties');
  await driver.run(`__t.click('button', 'Verwijderen')`);
  await driver.run(`__t.click('button', 'Ja, verwijderen')`);
  await until(driver, `!localStorage.getItem(${q(EVALUATION_PREFIX + id)})`, 'the evaluation to be deleted');

  // Import the file again: preview, then open as a new evaluation.
  await go('#/importeren');
  await heading(driver, 'Bestand importeren');
  await driver.run(`__t.choose('Kies een bestand (.json)', ${q(file.name)}, ${q(file.text)})`);
  await until(driver, `document.body.textContent.includes(${q(organisation)}) && __t.has('button', 'Openen als nieuwe evaluatie')`, 'the import preview');
  await driver.run(`__t.click('button', 'Openen als nieuwe evaluatie')`);
  await heading(driver, 'Overzicht');
  const newId = decodeURIComponent((await driver.run('location.hash')).split('/')[2]);
  await until(driver, `(() => { const t = localStorage.getItem(${q(EVALUATION_PREFIX + newId)});
    return t && JSON.parse(t).evaluation.self_evaluation.profiles.casemanager.explanation === 'Regie is goed belegd'; })()`, 'the imported evaluation to be stored');

  // The report, and a Word file from the exporter worker.
  await go(`#/evaluaties/${newId}/rapport`);
  await heading(driver, `Rapport: ${organisation}`);
  assert.ok(await driver.run(`document.body.textContent.includes('3 voldoet aan de verwachtingen')`));
  await driver.run(`__t.click('button', 'Word (.docx)')`);
  const word = await until(driver, `__probe.downloads.find((d) => d.text !== null && d.name.endsWith('.docx'))`, 'the Word file');
  assert.equal(word.head.slice(0, 2), 'PK', 'a Word file is a ZIP');

  if (driver.pdf && pdfFile) {
    // The print stylesheet in this engine: the report without the app around it, on A4.
    await driver.pdf(pdfFile);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    assert.match(text, new RegExp(`Rapport: ${organisation}`));
    assert.match(text, /Casemanager\s+3 voldoet aan de verwachtingen/);
    assert.ok(!text.includes('Mijn evaluaties') && !text.includes('Of download het rapport als bestand'), 'no navigation or buttons on paper');
    // The page's status message (here: the Word file was made) is not part of the report.
    assert.ok(!text.includes('staat in uw map met downloads'), 'no status message on paper');
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)?/, 'A4');
  }

  // A contribution to a network from this evaluation, then the Netwerkoverzicht with it and a
  // broken file: the page (a chunk of its own) reads both, names the broken one, keeps the set.
  await go(`#/evaluaties/${newId}/bijdrage`);
  await heading(driver, 'Bijdrage voor het netwerk');
  await driver.run(`__t.click('label', 'Omgevingsdienst')`);
  await driver.run(`__t.click('button', 'Bijdrage downloaden (.json)')`);
  const contribution = await until(driver, `__probe.downloads.find((d) => d.text !== null && d.name.startsWith('vth-bijdrage'))`, 'the contribution');
  const sent = JSON.parse(contribution.text);
  assert.equal(sent.contribution.profiles.casemanager.score, 3);
  assert.equal(sent.contribution.organisation, '', 'the name only when ticked');
  assert.ok(!contribution.text.includes('Regie is goed belegd'), 'no toelichting');
  await go('#/netwerk');
  await heading(driver, 'Netwerkoverzicht');
  await driver.run(`__t.chooseMany('Bijdragen kiezen', [[${q(contribution.name)}, ${q(contribution.text)}], ['kapot.json', '{"kind": "vth-competenties/bijdrage", ']])`);
  await until(driver, `__t.has('h2', 'In deze set: 1 bijdrage')`, 'the set of one contribution');
  assert.ok(await driver.run(`document.body.textContent.includes('1 van de 2 bestanden niet gelezen')`), 'the broken file is named');
  assert.ok(await driver.run(`document.body.textContent.includes('Te weinig bijdragen om te tonen (minimaal 5).')`), 'one is too few');
  assert.ok(await driver.run(`localStorage.getItem('vth-competenties:netwerk') !== null`), 'the set is kept');

  if (serviceWorker) {
    // Offline use: the service worker controls the page and keeps the app, every page chunk
    // and the exporter.
    await until(driver, 'navigator.serviceWorker.controller !== null', 'the service worker to take control');
    const cached = await until(driver, `caches.keys().then((keys) => Promise.all(keys.map((k) => caches.open(k).then((c) => c.keys()))))
      .then((lists) => lists.flat().map((r) => r.url)).then((urls) => urls.length > 0 && urls)`, 'the cached app');
    assert.ok(cached.some((u) => /\/app-[0-9a-f]+\/exporter_bg\.wasm$/.test(u)), 'the exporter is cached for offline use');
    assert.ok(cached.some((u) => /\/app-[0-9a-f]+\/main_bg\.wasm$/.test(u)), 'the app is cached for offline use');
    for (const group of ['catalogue', 'evaluations', 'workspace', 'network']) {
      assert.ok(cached.some((u) => new RegExp(`/app-[0-9a-f]+/split_${group}\\.wasm$`).test(u)), `the ${group} pages are cached for offline use`);
    }
  }

  // Nothing went wrong on the way.
  const probe = await driver.run('({ errors: __probe.errors, csp: __probe.csp, foreign: __t.foreign() })');
  assert.deepEqual(probe.errors, [], 'no page errors');
  assert.deepEqual(probe.csp, [], 'no CSP violations');
  assert.deepEqual(probe.foreign, [], 'no request to another origin');
}
