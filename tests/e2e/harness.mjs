// Shared browser-test set-up: a plain static file server for dist/ on 127.0.0.1 (no SPA
// fallback, like the simplest host), Debian's Chromium driven by playwright-core, and
// pages that record console errors and requests to other origins.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');

/** The catalogue as the app embeds it, so tests compare against data, not copies. */
export const CATALOGUE = JSON.parse(
  readFileSync(path.join(ROOT, 'src/domain/data/kwaliteitscriteria-vth-2.3.json'), 'utf8'),
);

// The static server is the one `make run` uses (scripts/static-server.mjs).
import { serve } from '../../scripts/static-server.mjs';
export { serve };

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * One static server for dist/ and one Chromium for the tests of a file, started before them
 * and closed after them: `const suite = useSuite();` then `suite.server`, `suite.browser`.
 */
export function useSuite() {
  const suite = {};
  before(async () => {
    suite.server = await serve();
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** A fresh browser context and page that records what should never happen. */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext(options);
  // Every Content-Security-Policy violation is kept, for tests to check there are none.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = { errors: [], foreignRequests: [] };
  page.on('console', (m) => m.type() === 'error' && problems.errors.push(m.text()));
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin + '/') && !/^(data|blob):/.test(url)) problems.foreignRequests.push(url);
  });
  return { context, page, problems };
}

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
/** A wasm chunk of a page group or of shared code (scripts/build.mjs): what tests refuse to
 *  stand for a lost connection. */
export const CHUNK = /\/app-[0-9a-f]+\/(split|chunk)_[^/]*\.wasm$/;

/** The errors left once those of refused chunk requests are taken out (the browser's own
 *  report of a failed fetch, and the loader's). */
export const apartFromRefusedFetches = (errors) =>
  errors.filter((e) => !/Failed to load resource|internetdisconnected|split module|Failed to fetch|NetworkError/i.test(e));

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each. Evaluated in the
 *  page (not a <script> tag), so it works under the app's Content-Security-Policy. */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }, WCAG_TAGS);
}

/** The CSP violations the page has seen since it loaded. */
export function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/** Waits until the main heading with this name is shown. */
export async function heading(page, name) {
  const h1 = page.getByRole('heading', { level: 1, name, exact: true });
  await h1.waitFor();
  return h1;
}
