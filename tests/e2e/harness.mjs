// Shared browser-test set-up: a plain static file server for dist/ on 127.0.0.1 (no SPA
// fallback, like the simplest host), Debian's Chromium driven by playwright-core, and
// pages that record console errors and requests to other origins.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
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

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/** Serves `dir` under the path prefix `base` (e.g. '/gemeente/vth/'). `probe`: the text of a
 *  script served as ./__probe.js and loaded first by index.html (the engine suite's).
 *  `brotli`: send brotli when the browser asks for it, as a host with the build's
 *  precompressed .br files would (made here, once, where there is none; bench/load.mjs). */
export async function serve({ dir = DIST, base = '/', probe = null, brotli = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    let rel = decodeURIComponent(pathname);
    if (!rel.startsWith(base)) return res.writeHead(404).end('niet gevonden');
    rel = rel.slice(base.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, path.normalize('/' + rel));
    if (probe && rel === '__probe.js') return res.writeHead(200, { 'content-type': TYPES['.js'] }).end(probe);
    try {
      let body = await readFile(file);
      if (probe && rel === 'index.html') {
        body = body.toString('utf8').replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, '$1\n  <script src="./__probe.js"></script>');
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png')) {
        if (!compressed.has(file)) {
          // The build's .br, unless the probe changed the page.
          compressed.set(file, existsSync(`${file}.br`) && !(probe && rel === 'index.html') ? await readFile(`${file}.br`)
            : brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'br', vary: 'accept-encoding', 'cache-control': 'no-store' });
        return res.end(compressed.get(file));
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('niet gevonden');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + base, close: () => new Promise((r) => server.close(r)) };
}

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
