// The stylesheet the build ships has the theme's tokens written in (scripts/css.mjs). It must
// look exactly like the stylesheet as written: every element, on pages and in states that use
// most of the styles, gets the same computed style with either (the second one is served in its
// place to a second browser context). And the rules of the writing-in, on small sheets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openPage, useSuite, heading, ROOT } from './harness.mjs';
import { EVALUATION_PREFIX, underWay } from './app.mjs';
import { inlineThemeTokens, minify, stylesheet, themeOf } from '../../scripts/css.mjs';

const suite = useSuite();

test('a token only the theme sets is written in, with its own tokens resolved; what varies per element stays', () => {
  const { css, inlined } = inlineThemeTokens(minify(`
    .voorbeeld-theme { --blue: #154273; --text: var(--blue); --gap: 1rem; --set-elsewhere: red; --in-media: 1px; }
    .voorbeeld-theme { --gap: 2rem; }
    a { color: var(--text, black); margin: var(--gap)var(--gap); }
    .warning { --set-elsewhere: orange; border-color: var(--set-elsewhere); }
    @media print { .x { --in-media: 2px; } }
    b { width: var(--in-media); color: var(--unknown, var(--blue)); }
  `));
  assert.equal(inlined, 3);
  assert.equal(minify(css), minify(`
    .voorbeeld-theme { --set-elsewhere: red; --in-media: 1px; }
    a { color: #154273; margin: 2rem 2rem; }
    .warning { --set-elsewhere: orange; border-color: var(--set-elsewhere); }
    @media print { .x { --in-media: 2px; } }
    b { width: var(--in-media); color: var(--unknown, #154273); }
  `));
  // Only var() itself, not a longer name that ends in it.
  assert.equal(inlineThemeTokens('.voorbeeld-theme{--a:1px}p{width:somevar(--a);height:var(--a)}').css, 'p{width:somevar(--a);height:1px}');
});

test('a theme whose tokens go round in a circle, or one set with !important, stops the build with the name; a registered one stays', () => {
  assert.throws(() => inlineThemeTokens('.voorbeeld-theme{--a:var(--b);--b:var(--a)}p{color:var(--a)}'), /--a refers to itself/);
  // A registered property may not inherit: it stays.
  const registered = '@property --r{syntax:"<color>";inherits:false;initial-value:red}.voorbeeld-theme{--r:blue}p{color:var(--r)}';
  assert.equal(inlineThemeTokens(registered).css, registered);
  assert.throws(() => inlineThemeTokens('.voorbeeld-theme{--a:red!important}p{color:var(--a)}'), /--a is !important/);
});

test('the theme is the class on <html> that ends in -theme; another theme\'s tokens are written in the same way', () => {
  assert.equal(themeOf('<html lang="nl" class="utrecht-html voorbeeld-theme">'), '.voorbeeld-theme');
  assert.equal(themeOf('<html lang="nl" class="utrecht-html">'), null);
  const { css } = inlineThemeTokens('.gemeente-theme{--c:green}.voorbeeld-theme{--d:red}p{color:var(--c);background:var(--d)}', '.gemeente-theme');
  assert.equal(css, '.voorbeeld-theme{--d:red}p{color:green;background:var(--d)}');
});

test('the shipped stylesheet sets no theme token on <html> the app could have written in', () => {
  const index = readFileSync(path.join(ROOT, 'dist/index.html'), 'utf8');
  const shipped = readFileSync(path.join(ROOT, 'dist', index.match(/href="\.\/(style-[0-9a-f]+\.css)"/)[1]), 'utf8');
  const theme = shipped.match(/\.voorbeeld-theme\{([^}]*)\}/)?.[1] ?? '';
  const written = stylesheet(sources(), { tokens: 'kept' }).match(/\.voorbeeld-theme\{([^}]*)\}/)[1];
  const count = (block) => block.split(';').filter((d) => d.startsWith('--')).length;
  assert.ok(count(written) > 500, `the theme as written sets ${count(written)} tokens`);
  assert.ok(count(theme) < 30, `the shipped stylesheet still sets ${count(theme)} tokens on <html>`);
});

/** The stylesheets index.html bundles, in order. */
function sources() {
  const html = readFileSync(path.join(ROOT, 'index.html'), 'utf8');
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)" data-bundle>/g)].map((m) => path.join(ROOT, m[1]));
}

const evaluation = underWay('stijl');

/** A page with the evaluation stored, a fixed day, and (for `written`) the stylesheet as written. */
async function open(written) {
  const opened = await openPage(suite.browser, suite.server.origin, { viewport: { width: 1280, height: 900 } });
  if (written) {
    const css = stylesheet(sources(), { tokens: 'kept' });
    await opened.context.route(/\/style-[0-9a-f]+\.css$/, (route) => route.fulfill({ contentType: 'text/css', body: css }));
  }
  await opened.page.clock.setFixedTime(new Date('2025-06-02T10:00:00+02:00'));
  await opened.page.goto(suite.server.url);
  await heading(opened.page, 'Inzicht in competentieprofielen VTH');
  await opened.page.evaluate(([key, text]) => localStorage.setItem(key, text),
    [EVALUATION_PREFIX + evaluation.id, JSON.stringify({ kind: 'vth-competenties/evaluatie', schema: 1, evaluation })]);
  // Read from storage at the start, in both.
  await opened.page.reload();
  await heading(opened.page, 'Inzicht in competentieprofielen VTH');
  return opened;
}

/** Every element's computed style (and its ::before and ::after), custom properties left out. */
function computedStyles(page) {
  return page.evaluate(() => {
    const out = [];
    const all = document.querySelectorAll('*');
    for (const [i, el] of all.entries()) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        // A pseudo-element without content is not drawn.
        if (pseudo && /^(none|normal)$/.test(style.content)) {
          out.push({ at: `${i} ${pseudo}`, values: { content: style.content } });
          continue;
        }
        const values = {};
        for (const name of style) if (!name.startsWith('--')) values[name] = style.getPropertyValue(name);
        out.push({ at: `${i} <${el.localName}${el.id ? `#${el.id}` : ''} class="${el.className}">${pseudo ?? ''}`, values });
      }
    }
    return out;
  });
}

/** What differs, as readable lines (at most 20). */
function differences(shipped, written) {
  const lines = [];
  if (shipped.length !== written.length) lines.push(`${shipped.length} elements against ${written.length}`);
  for (const [i, a] of shipped.entries()) {
    const b = written[i];
    if (!b || a.at !== b.at) {
      lines.push(`element ${a.at} against ${b?.at}`);
      break;
    }
    for (const name of new Set([...Object.keys(a.values), ...Object.keys(b.values)])) {
      if (a.values[name] !== b.values[name]) lines.push(`${a.at} ${name}: ${a.values[name]} (shipped) against ${b.values[name]} (as written)`);
    }
  }
  return lines.slice(0, 20);
}

test('every element looks the same with the tokens written in as with the stylesheet as written', async () => {
  const shipped = await open(false);
  const written = await open(true);
  // Pages that between them use most of the styles, and states: a field with an error, a focus
  // ring from the keyboard, a pointer over a button.
  const views = [
    ['#/', 'Inzicht in competentieprofielen VTH'],
    ['#/profielen/casemanager', 'Casemanager'],
    ['#/evaluaties', 'Mijn evaluaties', async (page) => page.getByRole('button', { name: 'Evaluatie starten' }).click()],
    ['#/evaluaties/stijl', 'Overzicht'],
    ['#/evaluaties/stijl/stap-1/casemanager', 'Stap 1: Casemanager', async (page) => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
    }],
    ['#/evaluaties/stijl/stap-3', 'Stap 3: Conclusies en actieplan', async (page) => page.getByRole('button').first().hover()],
    ['#/evaluaties/stijl/rapport', /\S/],
    ['#/importeren', /\S/],
  ];
  for (const [hash, title, then] of views) {
    const styles = [];
    for (const { page } of [shipped, written]) {
      await page.goto(suite.server.url + hash);
      await page.getByRole('heading', { level: 1 }).filter({ hasText: title }).first().waitFor();
      if (then) await then(page);
      // Past any transition.
      await page.waitForTimeout(400);
      styles.push(await computedStyles(page));
    }
    assert.ok(styles[0].length > 100, `${hash}: only ${styles[0].length} elements`);
    assert.deepEqual(differences(...styles), [], `${hash} looks different`);
  }
  for (const { context, problems } of [shipped, written]) {
    assert.deepEqual(problems.errors, []);
    await context.close();
  }
});
