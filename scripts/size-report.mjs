// Prints the size of the release build in dist/ (raw, gzip -9, brotli 11 as the precompressed
// .br files a server can send) in three parts: the first load (what the browser fetches until
// the start page is ready: the page, the stylesheet, the app's glue and its first wasm), each
// page group (its chunk plus the shared chunks it needs, fetched when it is first opened or
// when the browser is idle), and the exporter worker (on first use). Fails when a size is over
// its budget in bench/budget.json.
//
//   make size      node scripts/size-report.mjs [dist]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const budget = JSON.parse(readFileSync(path.join(root, 'bench', 'budget.json'), 'utf8'));
if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`no index.html in ${dist}: run make release first`);

const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
const appDir = index.match(/'\.\/(app-[0-9a-f]+)\/main\.js'/)?.[1];
if (!appDir) throw new Error('dist/index.html has no app loader: run make release');

const sizeOf = (rel) => {
  const file = path.join(dist, rel);
  const bytes = readFileSync(file);
  const br = existsSync(`${file}.br`) ? readFileSync(`${file}.br`).length
    : brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: br };
};
const sum = (files) => files.map(sizeOf).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (name, s) => console.log(`${name.padEnd(52)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`);

console.log(`${'file'.padEnd(52)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
// The first load: what index.html links and preloads, and what its loader fetches and imports.
const firstLoad = ['index.html', ...new Set([
  ...[...index.matchAll(/<link rel="(?:stylesheet|modulepreload|preload)" href="\.\/([^"]+)"/g)].map((m) => m[1]),
  ...[...index.matchAll(/(?:fetch|import)\('\.\/([^']+)'\)/g)].map((m) => m[1]),
])];
for (const f of firstLoad) row(f, sizeOf(f));
const first = sum(firstLoad);
row('first load', first);

// Page groups: __wasm_split.js names, per group, its chunk and the shared chunks it waits for.
const split = readFileSync(path.join(dist, appDir, '__wasm_split.js'), 'utf8');
const chunkFile = Object.fromEntries([...split.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)]
  .map((m) => [m[1], m[2]]));
const groups = [...split.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\)/g)]
  .map((m) => ({ name: m[1], files: [m[2], ...m[3].split(',').map((d) => d.trim()).filter(Boolean).map((d) => chunkFile[d])] }));
let largest = { name: '', size: { gzip: 0 } };
console.log('page groups (own chunk + shared chunks, fetched on first use or when idle):');
for (const g of groups) {
  const size = sum(g.files.map((f) => path.join(appDir, f)));
  row(`  ${g.name} (${g.files.length} files)`, size);
  if (size.gzip > largest.size.gzip) largest = { name: g.name, size };
}
const wasm = readdirSync(path.join(dist, appDir)).filter((f) => f.endsWith('.wasm') && !f.startsWith('exporter'));
const allWasm = sum(wasm.map((f) => path.join(appDir, f)));
row(`all of the app's wasm (${wasm.length} files)`, allWasm);
const exporterFiles = readdirSync(path.join(dist, appDir)).filter((f) => /^exporter.*\.(js|wasm)$/.test(f));
const exporter = sum(exporterFiles.map((f) => path.join(appDir, f)));
row('exporter worker (on first use)', exporter);

let over = false;
const check = (label, bytes, key) => {
  const limit = budget[key];
  if (bytes > limit * 1024) {
    console.error(`${label} ${kb(bytes)} is over the budget of ${limit} KB (${key} in bench/budget.json)`);
    over = true;
  } else {
    console.log(`${label} ${kb(bytes)} within the budget of ${limit} KB (${key})`);
  }
};
check('first load gzip', first.gzip, 'first_load_gzip_kb');
check(`largest page group gzip (${largest.name})`, largest.size.gzip, 'largest_page_gzip_kb');
check('exporter gzip', exporter.gzip, 'exporter_gzip_kb');
process.exit(over ? 1 : 0);
