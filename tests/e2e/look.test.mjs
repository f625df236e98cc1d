// The look of a finished service: the overview as a task list, the step navigation as one line
// at narrow widths, and the README's screenshots, made here so they never go stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openPage, useSuite, heading, axeViolations, ROOT } from './harness.mjs';
import { EVALUATION_PREFIX, underWay } from './app.mjs';

const suite = useSuite();
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

const evaluation = underWay('taken');

async function seeded(options) {
  const opened = await openPage(suite.browser, suite.server.origin, options);
  // A fixed day, so the screenshots do not change with the date.
  await opened.page.clock.setFixedTime(new Date('2025-06-02T10:00:00+02:00'));
  await opened.page.goto(suite.server.url);
  await heading(opened.page, 'Inzicht in competentieprofielen VTH');
  await opened.page.evaluate(([key, text]) => localStorage.setItem(key, text),
    [EVALUATION_PREFIX + 'taken', JSON.stringify({ kind: 'vth-competenties/evaluatie', schema: 1, evaluation })]);
  await opened.page.goto(suite.server.url + '#/evaluaties/taken');
  await opened.page.reload();
  await heading(opened.page, 'Overzicht');
  return opened;
}

test('the overview is a task list: every profile and step links to itself with its status', async () => {
  const { context, page, problems } = await seeded();
  const list = page.getByRole('region', { name: 'Wat er te doen is' });
  const rows = await list.locator('.task-list__item').evaluateAll((items) => items.map((li) =>
    [li.querySelector('a').textContent, li.querySelector('.task-list__status').textContent]));
  assert.deepEqual(rows, [
    ['Casemanager', 'Klaar'],
    ['Vergunningverlener', 'Bezig'],
    ['Toezichthouder en handhaver', 'Niet gestart'],
    ['Juridisch adviseur', 'Niet van toepassing'],
    ['Specialistisch adviseur', 'Niet gestart'],
    ['Stap 2: Collegiale toetsing (niet verplicht)', 'Deze keer niet'],
    ['Stap 3: Conclusies en actieplan', 'Bezig'],
  ]);
  // A screen reader hears the status with the link.
  const link = list.getByRole('link', { name: 'Vergunningverlener' });
  assert.equal(await link.getAttribute('aria-describedby'), 'taak-vergunningverlener-status');
  assert.deepEqual(await axeViolations(page), []);
  await link.click();
  await heading(page, 'Stap 1: Vergunningverlener');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('at 360 px the step navigation is where you are with the overview, then previous and next', async () => {
  const { context, page } = await seeded({ viewport: { width: 360, height: 800 } });
  await page.goto(suite.server.url + '#/evaluaties/taken/stap-2');
  await heading(page, 'Stap 2: Collegiale toetsing');
  const nav = page.getByRole('navigation', { name: 'Stappen van deze evaluatie' });
  assert.equal(await nav.locator('.step-nav__here span').textContent(), 'Stap 2 van 3');
  assert.deepEqual(await nav.getByRole('link').allTextContents(), ['Overzicht', 'Vorige: Stap 1', 'Volgende: Stap 3']);
  const height = (await nav.boundingBox()).height;
  assert.ok(height < 110, `the step navigation takes ${height}px`);
  assert.deepEqual(await axeViolations(page), []);
  await nav.getByRole('link', { name: 'Volgende: Stap 3' }).click();
  await heading(page, 'Stap 3: Conclusies en actieplan');

  // Wide: the five steps, each with its status.
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await nav.getByRole('link').count(), 5);
  assert.equal(await nav.locator('.step-nav__here').isVisible(), false);
  await context.close();
});

test('the workspace header is compact: every page\'s h1 starts in the first 45 % at 360 x 740 and 35 % at 1280 x 900', async () => {
  const pages = [
    ['', 'Overzicht'],
    ['/stap-1', 'Stap 1: Zelfevaluatie'],
    ['/stap-1/casemanager', 'Stap 1: Casemanager'],
    ['/stap-2', 'Stap 2: Collegiale toetsing'],
    ['/stap-3', 'Stap 3: Conclusies en actieplan'],
    ['/rapport', /\S/],
  ];
  for (const [width, height, share] of [[360, 740, 0.45], [1280, 900, 0.35]]) {
    const { context, page } = await seeded({ viewport: { width, height } });
    for (const [path, title] of pages) {
      await page.goto(suite.server.url + '#/evaluaties/taken' + path);
      const h1 = page.getByRole('heading', { level: 1 });
      await h1.filter({ hasText: title }).waitFor();
      const top = await h1.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      assert.ok(top <= share * height, `${width} px, ${path || 'overzicht'}: the h1 starts at ${Math.round(top)} px, more than ${share * 100} % of ${height}`);
      // The evaluation's name is the context above it, not a heading of its own.
      const context = page.locator('.workspace__context');
      assert.match(await context.textContent(), /Evaluatie Omgevingsdienst Voorbeeld/);
      assert.ok((await context.boundingBox()).y < top);
    }
    if (width === 1280) {
      // The five steps in one row.
      const tops = await page.getByRole('navigation', { name: 'Stappen van deze evaluatie' }).getByRole('listitem')
        .evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
      assert.equal(tops.length, 5);
      assert.equal(new Set(tops).size, 1, `the steps are in one row: ${tops}`);
    } else {
      // Previous and next side by side.
      await page.goto(suite.server.url + '#/evaluaties/taken/stap-2');
      await heading(page, 'Stap 2: Collegiale toetsing');
      const links = page.getByRole('navigation', { name: 'Stappen van deze evaluatie' }).locator('.step-nav__links a');
      const ys = await links.evaluateAll((as) => as.slice(0, 2).map((a) => Math.round(a.getBoundingClientRect().top)));
      assert.equal(ys[0], ys[1], `Vorige and Volgende side by side: ${ys}`);
    }
    await context.close();
  }
});

test('a status message shows beside the button that caused it, and goes with the next page change', async () => {
  const { context, page } = await seeded({ viewport: { width: 360, height: 740 } });
  const button = page.getByRole('button', { name: 'Exporteer als bestand' });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const status = page.locator('.data-notice').getByRole('status');
  await status.filter({ hasText: `Het bestand ${file.suggestedFilename()} staat in uw map met downloads.` }).waitFor();
  assert.ok(await button.evaluate((b) => b.nextElementSibling.getAttribute('role') === 'status'), 'right after the button');
  // On a phone, in view where the user is (the button is at the bottom of the page).
  const box = await status.boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(box.y >= 0 && box.y + box.height <= 740, `in view: ${box.y} at scroll ${scrolled}`);
  assert.equal((await page.locator('main .announcer').textContent()).trim(), '', 'not at the top of the page');
  await page.getByRole('navigation', { name: 'Stappen van deze evaluatie' }).getByRole('link', { name: /^Volgende/ }).click();
  await heading(page, 'Stap 1: Zelfevaluatie');
  assert.equal(await page.getByText(/staat in uw map met downloads/).count(), 0, 'not carried to the next page');
  await context.close();
});

// `make screenshots` only: a test run never rewrites files in the repository.
test('the README screenshots: the evaluation overview and a report page', { skip: process.env.VTH_SCREENSHOTS !== '1' && 'make screenshots writes them' }, async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  const { context, page } = await seeded({ viewport: { width: 1280, height: 900 } });
  // Each picture shows what its caption in the README says.
  const inPicture = async (locator, what) => {
    const box = await locator.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + 40 < 900, `${what} is not in the picture (${JSON.stringify(box)})`);
  };
  await inPicture(page.locator('.task-list__item').first(), 'the first row of the task list');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'overzicht.png') });
  await page.goto(suite.server.url + '#/evaluaties/taken/rapport');
  await heading(page, 'Rapport: Omgevingsdienst Voorbeeld');
  await page.getByRole('heading', { name: 'Scores' }).scrollIntoViewIfNeeded();
  await inPicture(page.locator('figure.chart'), 'the chart');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'rapport.png') });
  await context.close();
});

test('field widths follow their content: long answers take the whole column, dates stay narrow', async () => {
  for (const width of [360, 1280]) {
    const { context, page } = await seeded({ viewport: { width, height: 900 } });
    await page.goto(suite.server.url + '#/evaluaties/taken/stap-1/casemanager');
    await heading(page, 'Stap 1: Casemanager');
    const toelichting = await page.locator('#casemanager-toelichting').evaluate((el) => ({
      field: el.getBoundingClientRect().width,
      column: el.closest('.utrecht-form-field').parentElement.getBoundingClientRect().width,
    }));
    assert.ok(toelichting.field >= toelichting.column - 2,
      `at ${width} px the toelichting is ${toelichting.field} px wide in a column of ${toelichting.column} px`);
    const question = await page.locator('textarea[id^="casemanager-"]').last().evaluate((el) => [
      el.getBoundingClientRect().width, el.closest('.utrecht-form-field').parentElement.getBoundingClientRect().width]);
    assert.ok(question[0] >= question[1] - 2, `at ${width} px a hulpvraag answer is ${question[0]} of ${question[1]} px`);
    const date = await page.locator('input[type="date"]').first().evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(date <= 14 * 16 + 1, `a date field is ${date} px wide`);
    await context.close();
  }
});

test('cards have the same inner space on every side (the list style once took the left one)', async () => {
  const { context, page } = await seeded({ viewport: { width: 1280, height: 900 } });
  for (const [hash, name] of [['#/evaluaties', 'Mijn evaluaties'], ['#/profielen', 'Competentieprofielen']]) {
    await page.goto(suite.server.url + hash);
    await heading(page, name);
    const paddings = await page.locator('.card').evaluateAll((cards) => cards.map((c) => {
      const style = getComputedStyle(c);
      return [style.paddingInlineStart, style.paddingInlineEnd, style.paddingBlockStart];
    }));
    assert.ok(paddings.length > 0, `${name} has cards`);
    for (const [start, end, top] of paddings) {
      assert.ok(parseFloat(start) >= 8, `${name}: a card's left padding is ${start}`);
      assert.equal(start, end, `${name}: left and right padding`);
      assert.equal(start, top, `${name}: left and top padding`);
    }
  }
  await context.close();
});

/** Words of headings, table cells and captions that the browser split over two lines. */
function brokenWords(page) {
  return page.evaluate(() => {
    const broken = [];
    for (const el of document.querySelectorAll('main :is(h1, h2, h3, th, td, caption, legend, summary)')) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('svg, [hidden]') || node.parentElement.offsetParent === null) continue;
        for (const match of node.data.matchAll(/\S{4,}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

test('at 360 px: no word breaks in titles and tables, the score question near the top, actions as numbered cards', async () => {
  const withAssessors = {
    ...evaluation,
    self_evaluation: { ...evaluation.self_evaluation, assessors: [
      { id: 'x1', name: 'Fatima', role: 'teamleider toezicht', scores: { casemanager: { score: 3, note: 'Vergunningverlenersoverleg is goed' } } },
      { id: 'x2', name: 'Bram', role: 'vergunningverlener', scores: { casemanager: { score: 4, note: 'Herkomst helder' } } },
    ] },
  };
  const { context, page } = await openPage(suite.browser, suite.server.origin, { viewport: { width: 360, height: 740 } });
  await page.goto(suite.server.url);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text),
    [EVALUATION_PREFIX + 'smal', JSON.stringify({ kind: 'vth-competenties/evaluatie', schema: 1, evaluation: { ...withAssessors, id: 'smal' } })]);
  for (const [view, h1] of [['/stap-1', 'Stap 1: Zelfevaluatie'], ['/stap-1/casemanager', 'Stap 1: Casemanager'], ['/stap-1/vergunningverlener', 'Stap 1: Vergunningverlener'],
    ['/stap-3', 'Stap 3: Conclusies en actieplan'], ['/rapport', 'Rapport: Omgevingsdienst Voorbeeld'], ['', 'Overzicht']]) {
    await page.goto(suite.server.url + `#/evaluaties/smal${view}`);
    await page.reload();
    await heading(page, h1);
    assert.deepEqual(await brokenWords(page), [], `${view || 'overzicht'}: words broken over lines`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), `${view}: the page scrolls sideways`);
  }
  // The profile text is folded on a phone: the score question is within two screens.
  await page.goto(suite.server.url + '#/evaluaties/smal/stap-1/vergunningverlener');
  await heading(page, 'Stap 1: Vergunningverlener');
  assert.equal(await page.locator('details.assessment__profile').getAttribute('open'), null);
  const question = await page.locator('fieldset.score').first().boundingBox();
  assert.ok(question.y < 2 * 740, `the score question starts at ${question.y} px`);
  // Each action in stap 3 is a card with its number as heading.
  await page.goto(suite.server.url + '#/evaluaties/smal/stap-3');
  await heading(page, 'Stap 3: Conclusies en actieplan');
  await page.getByRole('heading', { name: 'Actie 1', level: 3 }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
