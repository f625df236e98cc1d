// The release build of the app into dist/ (make release; make run rebuilds with it on change).
//
//   1. cargo builds both binaries for wasm32, the app linked with --emit-relocs: wasm-split
//      needs the linker's relocations to follow every call. (Only the app: the exporter is not
//      split, and wasm-bindgen would keep its relocations, 1.4 MB.)
//   2. wasm-split-cli cuts the app's wasm into the first load (main) and one chunk per page
//      group: the `#[wasm_split]` functions in src/ui/pages/split.rs, plus chunks of code that
//      several groups share. It writes __wasm_split.js, which fetches a chunk when asked.
//   3. wasm-bindgen writes the JS glue: the app as an ES module (--target web, and
//      --keep-lld-exports so the chunks can reach what main exports), the exporter as a
//      classic worker script (--target no-modules).
//   4. wasm-opt -Oz (binaryen 132 from npm; Debian's 108 breaks the app) on every wasm file.
//   5. terser on the JS glue (main.js, exporter.js); main.js gets V8's compile hint.
//   6. dist/: index.html with the loader, the Content-Security-Policy and the release id; one
//      minified stylesheet; the files of public/; sw.js; .br and .gz copies beside each file.
//
// Every file of one build sits in dist/app-<hash>/, the hash of them all: a browser can never
// run a main of one build with a chunk of another, and a new build is a new address.
// Why a script and not Trunk: docs/architecture.md, "Build".
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { policy, sha256, inlineScript } from './csp.mjs';
import { stylesheet, themeOf } from './css.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = path.join(ROOT, 'target');
const WASM_OUT = path.join(TARGET, 'wasm32-unknown-unknown', 'release');
const WORK = path.join(TARGET, 'build');
const DIST = path.join(ROOT, 'dist');
const APP_BIN = 'vth-competenties';
const EXPORTER_BIN = 'exporter';
// The wasm features every browser we support has (the same list Trunk was given).
const WASM_FEATURES = ['--enable-bulk-memory', '--enable-mutable-globals', '--enable-nontrapping-float-to-int',
  '--enable-reference-types', '--enable-sign-ext', '--enable-multivalue'];
const PATH = [path.join(ROOT, 'node_modules', '.bin'), path.join(os.homedir(), '.cargo', 'bin'), process.env.PATH].join(path.delimiter);

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, PATH }, cwd: ROOT, ...opts });
const hashOf = (...parts) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest('hex').slice(0, 16);
const step = (text) => console.log(`[build] ${text}`);
// VTH_NAMES=1: keep function names in every wasm file, for readable panic stacks (bigger files).
const names = process.env.VTH_NAMES === '1';

/** Every file below `dir`, as paths relative to it, sorted. */
function filesBelow(dir, rel = '') {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesBelow(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]))
    .sort();
}

export function build() {
  const started = Date.now();
  step('cargo build --release (wasm32): the app, then the exporter');
  const cargo = ['--release', '--locked', '--target', 'wasm32-unknown-unknown'];
  // The link argument goes to the app's final link only, so the crates below it are shared
  // with every other build (clippy, the exporter) and never built twice.
  run('cargo', ['rustc', ...cargo, '--bin', APP_BIN, '--', '-Clink-args=--emit-relocs']);
  // The writers of the office files are behind the feature `writers`: only the exporter has
  // them, so the app's wasm cannot link them (the compiler keeps that boundary).
  run('cargo', ['build', ...cargo, '--bin', EXPORTER_BIN, '--features', 'writers']);

  rmSync(WORK, { recursive: true, force: true });
  const split = path.join(WORK, 'split');
  const app = path.join(WORK, 'app');
  mkdirSync(split, { recursive: true });
  mkdirSync(app, { recursive: true });

  step('wasm-split-cli: the first load and a chunk per page group');
  run('wasm-split-cli', [path.join(WASM_OUT, `${APP_BIN}.wasm`), split, '--out-name', 'main']);
  step('wasm-bindgen: the app (ES module) and the exporter (worker script)');
  run('wasm-bindgen', [path.join(split, 'main.wasm'), '--out-dir', app, '--out-name', 'main', '--target', 'web',
    '--keep-lld-exports', '--no-typescript', ...(names ? ['--keep-debug'] : [])]);
  for (const f of readdirSync(split)) {
    if (f !== 'main.wasm') copyFileSync(path.join(split, f), path.join(app, f));
  }
  run('wasm-bindgen', [path.join(WASM_OUT, `${EXPORTER_BIN}.wasm`), '--out-dir', app, '--out-name', 'exporter',
    '--target', 'no-modules', '--no-typescript']);
  // A failed wasm load in the worker is a rejected promise the page never hears of: say "failed".
  writeFileSync(path.join(app, 'exporter_loader.js'),
    'importScripts("./exporter.js");wasm_bindgen({ module_or_path: "./exporter_bg.wasm" }).catch(() => self.postMessage("failed"));');

  const wasmFiles = filesBelow(app).filter((f) => f.endsWith('.wasm'));
  step(`wasm-opt -Oz on ${wasmFiles.length} wasm files`);
  for (const f of wasmFiles) {
    const file = path.join(app, f);
    // wasm-split leaves name subsections binaryen does not know; its warning about them is noise.
    const opt = spawnSync('wasm-opt', [file, '-o', file, '-Oz', ...WASM_FEATURES, ...(names ? ['-g'] : [])],
      { cwd: ROOT, env: { ...process.env, PATH }, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
    process.stderr.write(opt.stderr.split('\n').filter((l) => l && !l.includes('unknown name subsection')).map((l) => `${l}\n`).join(''));
    if (opt.status !== 0) throw new Error(`wasm-opt failed on ${f}`);
  }

  // __wasm_split.js stays as written (1 KB gzip): size-report.mjs and single-file.mjs read its
  // chunk graph from it.
  step('terser on the JS glue');
  for (const f of ['main.js', 'exporter.js']) minifyJs(path.join(app, f));

  // One release: the folder's name is the hash of every file in it.
  const release = hashOf(...filesBelow(app).flatMap((f) => [f, readFileSync(path.join(app, f))]));
  const appDir = `app-${release}`;
  const out = path.join(WORK, 'dist');
  mkdirSync(out, { recursive: true });
  renameSync(app, path.join(out, appDir));

  step('index.html, stylesheet, public files');
  for (const f of readdirSync(path.join(ROOT, 'public'))) copyFileSync(path.join(ROOT, 'public', f), path.join(out, f));
  let html = readFileSync(path.join(ROOT, 'index.html'), 'utf8');
  const sheets = [...html.matchAll(/^\s*<link rel="stylesheet" href="([^"]+)" data-bundle>\n/gm)];
  if (sheets.length === 0) throw new Error('index.html links no stylesheet with data-bundle');
  // The theme's tokens written in (scripts/css.mjs); a page without a theme class keeps them.
  const theme = themeOf(html);
  const css = stylesheet(sheets.map((m) => path.join(ROOT, m[1])), theme ? { theme } : { tokens: 'kept' });
  const cssName = `style-${hashOf(css)}.css`;
  writeFileSync(path.join(out, cssName), css);
  for (const [i, m] of sheets.entries()) {
    html = html.replace(m[0], i === 0 ? `  <link rel="stylesheet" href="./${cssName}">\n` : '');
  }
  // A classic script at the top of <head>: it runs while the page is parsed, so the wasm is
  // fetched and compiled (streaming, as it arrives) side by side with the glue and the
  // stylesheet, not after them as a module script would (module scripts wait for the whole
  // page and its stylesheets). A server that sends .wasm with another content type still works.
  // In a block, so its names stay out of the page's global scope.
  const loader = [
    `{const wasm=fetch('./${appDir}/main_bg.wasm').then((r)=>r.headers.get('content-type')==='application/wasm'`,
    '?WebAssembly.compileStreaming(r):r.arrayBuffer().then((b)=>WebAssembly.compile(b)));',
    // The app mounts into <body>: once the page is parsed (DOMContentLoaded no longer waits
    // for a module script, so it comes as soon as the small page is read).
    "const parsed=new Promise((ok)=>document.readyState==='loading'?addEventListener('DOMContentLoaded',ok,{once:true}):ok());",
    `Promise.all([import('./${appDir}/main.js'),wasm,parsed]).then(([glue,module])=>glue.default({module_or_path:module}))`,
    ".then(()=>dispatchEvent(new CustomEvent('vth-app-started')));}",
  ].join('');
  const head = [
    `<meta name="vth-release" content="${release}">`,
    // The app finds its report worker here (src/ui/report/exporter.rs).
    `<meta name="vth-exporter" content="./${appDir}/exporter_loader.js">`,
    // Fetched at once, side by side, instead of one after the other as the imports are found.
    `<link rel="modulepreload" href="./${appDir}/__wasm_split.js">`,
  ];
  html = html.replace('</head>', `${head.map((l) => `  ${l}\n`).join('')}</head>`);
  // First in <head> after the charset and viewport: before the stylesheet, which would hold it.
  html = html.replace(/(<meta name="viewport"[^>]*>\n)/, `$1  <script>${loader}</script>\n`);
  if (!html.includes(loader)) throw new Error('index.html has no viewport meta to put the loader after');
  const csp = policy({ scriptHash: sha256(inlineScript(html)) });
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
  writeFileSync(path.join(out, 'index.html'), html);

  writeServiceWorker(out);
  const compressed = precompress(out);

  rmSync(DIST, { recursive: true, force: true });
  renameSync(out, DIST);
  step(`dist/ ready in ${((Date.now() - started) / 1000).toFixed(0)} s: release ${release}, ${wasmFiles.length} wasm files, ${compressed} files precompressed`);
  return release;
}

/** The JS glue minified in place by terser (npm, its CLI): about 60% smaller, 2.8 KB gzip of
 *  the first load. Only local names are shortened; exports and the names the wasm imports by
 *  are kept. The worker's glue is a classic script, the rest are ES modules.
 *
 *  The app's glue starts with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`,
 *  Chromium 136 and later; other engines read a comment): Chromium then compiles all of its
 *  functions while it loads the file, off the main thread, instead of each one on its first
 *  call while the app starts. Most of them are called then: the wasm calls the DOM through
 *  them. Measured as bench/load.mjs does (cold loads, the builds taking turns; issue 22): the
 *  app started 9 to 13 ms sooner on this machine. */
function minifyJs(file) {
  const worker = path.basename(file).startsWith('exporter');
  run('terser', [file, ...(worker ? [] : ['--module']), '--compress', 'passes=2', '--mangle', '--output', file]);
  if (!worker) writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
}

/** sw.js: keeps this release's files for offline use, all of them as one set. */
function writeServiceWorker(out) {
  // Server settings are not for the browser (IIS refuses to send web.config, which would break
  // the service worker's install).
  const files = filesBelow(out).filter((f) => f !== 'web.config' && !path.basename(f).startsWith('.'));
  const version = hashOf(...files.flatMap((f) => [f, readFileSync(path.join(out, f))]));
  const assets = ['./', ...files.map((f) => `./${f.split(path.sep).join('/')}`)];
  writeFileSync(path.join(out, 'sw.js'), `// Generated by scripts/build.mjs. Keeps this release for offline use.
const VERSION = '${version}';
const CACHE = 'vth-shell-' + VERSION;
// Every file of the release, the page chunks too: a new release is installed whole, beside the
// old one, and replaces it at once when it takes over (so an old main never meets a new chunk).
const ASSETS = ${JSON.stringify(assets)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('vth-shell-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks for this when the user chooses to load a new version.
self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

// Only this site's own files, from the cache first. Everything else is not touched, nor a
// request that must reach the server (the page asking whether a new release is there).
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || request.cache === 'no-store' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request).catch(() =>
      request.mode === 'navigate' ? cache.match('./') : Response.error()))),
  );
});
`);
}

/** .br (brotli 11) and .gz (gzip -9) beside every text and wasm file, for servers that send
 *  them as they are (README, "Hosting"). */
function precompress(out) {
  let n = 0;
  for (const f of filesBelow(out).filter((f) => /\.(wasm|js|css|html|svg|webmanifest)$/.test(f))) {
    const file = path.join(out, f);
    const bytes = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }));
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    n++;
  }
  return n;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  build();
}
