// Builds one self-contained HTML file from the release build in dist/: CSS, the JavaScript
// glue and the WebAssembly (the first load and every page chunk, base64) inside it. It runs
// when opened from disk (file://) or from an e-mail attachment: no server, nothing fetched.
// The service worker is not used there. The split stays: a page's chunk is instantiated from
// the bytes inside the page when the page is first opened.
//
//   make single-file   ->   dist-single/inzicht-competentieprofielen-vth.html
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { policy, sha256, inlineScript } from './csp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = readdirSync(dist);

// Stylesheets in the order index.html links them.
const css = [...index.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"/g)]
  .map((m) => readFileSync(path.join(dist, m[1]), 'utf8'))
  .join('\n');
// The app's release folder, named by the loader in index.html (scripts/build.mjs).
const appDir = inlineScript(index).match(/'\.\/(app-[0-9a-f]+)\/main\.js'/)?.[1];
if (!appDir) throw new Error('no app loader in dist/index.html: run make release');
const inApp = (f) => path.join(dist, appDir, f);
const icon = readFileSync(path.join(dist, files.find((f) => f === 'favicon.svg'))).toString('base64');

// The page chunks, inside the page as base64, turned into a wasm Response when asked for:
// from file:// nothing can be fetched, not even a file beside this one.
const chunks = Object.fromEntries(readdirSync(path.join(dist, appDir))
  .filter((f) => f.endsWith('.wasm') && f !== 'main_bg.wasm' && !f.startsWith('exporter'))
  .map((f) => [f, readFileSync(inApp(f)).toString('base64')]));
let split = readFileSync(inApp('__wasm_split.js'), 'utf8');
const splitImport = 'import { initSync } from "./main.js";';
if (!split.includes(splitImport)) throw new Error('__wasm_split.js no longer imports initSync from ./main.js');
split = split.replace(splitImport, 'const initSync = (...args) => main.initSync(...args);');
let fetches = 0;
split = split.replace(/fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\)/g, (_, f) => {
  if (!chunks[f]) throw new Error(`__wasm_split.js asks for ${f}, which the build did not write`);
  fetches++;
  return `Promise.resolve(chunkResponse(${JSON.stringify(f)}))`;
});
if (fetches !== Object.keys(chunks).length) throw new Error(`__wasm_split.js fetches ${fetches} chunks, the build wrote ${Object.keys(chunks).length}`);
const splitExports = [...split.matchAll(/^export const (\w+) =/gm)].map((m) => m[1]);
split = split.replace(/^export const /gm, 'const ');

// The app's glue (minified by the build): its only imports are __wasm_split.js (any other
// would need its own file), and its one export list becomes the value of a function.
let glue = readFileSync(inApp('main.js'), 'utf8');
const glueImports = [...glue.matchAll(/import\s*\*\s*as\s*([\w$]+)\s*from\s*"([^"]+)";?/g)];
for (const m of glueImports) {
  if (m[2] !== './__wasm_split.js') throw new Error(`main.js imports ${m[2]}; the single file only knows __wasm_split.js`);
  glue = glue.replace(m[0], `const ${m[1]} = split;\n`);
}
if (/(^|[;}])\s*import\s*[*{"]/.test(glue)) throw new Error('main.js has an import the single file does not handle');
const exportLists = [...glue.matchAll(/export\s*\{([^}]*)\};?/g)];
if (exportLists.length !== 1) throw new Error(`main.js has ${exportLists.length} export lists; the single file expects one`);
const glueExports = exportLists[0][1].split(',').map((e) => e.trim()).filter(Boolean).map((e) => {
  const m = e.match(/^([\w$]+)(?:\s+as\s+([\w$]+))?$/);
  if (!m) throw new Error(`main.js exports '${e}', which the single file does not read`);
  return `${m[2] ?? m[1]}: ${m[1]}`;
});
glue = glue.replace(exportLists[0][0], `return { ${glueExports.join(', ')} };`)
  .replace(/(^|[;}])(\s*)export\s+(class|function|const|let)\s/g, '$1$2$3 ');
if (/(^|[;}])\s*export\s/.test(glue)) throw new Error('main.js has an export the single file does not handle');
const wasm = readFileSync(inApp('main_bg.wasm')).toString('base64');

// The exporter worker (report files), started from a blob: address on first use; the app asks
// for it through globalThis.vthExporterUrl (src/ui/report/exporter.rs).
const loaderName = index.match(/<meta name="vth-exporter" content="\.\/([^"]+)">/)?.[1];
if (!loaderName) throw new Error('no exporter in dist/index.html: run make release');
const exporterDir = path.join(dist, path.dirname(loaderName));
const exporterLoader = readFileSync(path.join(dist, loaderName), 'utf8');
const exporterGlue = readFileSync(path.join(exporterDir, exporterLoader.match(/importScripts\("\.\/([^"]+)"\)/)[1]), 'utf8');
const exporterWasm = readFileSync(path.join(exporterDir, exporterLoader.match(/module_or_path: "\.\/([^"]+)"/)[1])).toString('base64');
const exporterSource = `${exporterGlue}
wasm_bindgen({ module_or_path: Uint8Array.from(atob("${exporterWasm}"), (c) => c.charCodeAt(0)) }).catch(() => self.postMessage("failed"));
`;

const script = `
const exporterSource = ${JSON.stringify(exporterSource)};
globalThis.vthExporterUrl = () => URL.createObjectURL(new Blob([exporterSource], { type: 'text/javascript' }));
const chunkBytes = ${JSON.stringify(chunks)};
const chunkResponse = (name) => new Response(Uint8Array.from(atob(chunkBytes[name]), (c) => c.charCodeAt(0)), { headers: { 'content-type': 'application/wasm' } });
let main;
const split = (() => {
${split}
return { ${splitExports.join(', ')} };
})();
main = (() => {
${glue}
})();
const wasmBytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await main.default({ module_or_path: wasmBytes });
dispatchEvent(new CustomEvent('vth-app-started'));
`;
const csp = policy({ scriptHash: sha256(script), styleHash: sha256(css), selfOrigin: false });
const head = index.match(/<head>([\s\S]*?)<\/head>/)[1];
const keep = head.split('\n').filter((l) => /<meta (name="(viewport|description|referrer|theme-color)")|<title>/.test(l)).join('\n');
const html = `<!DOCTYPE html>
<html lang="nl" class="utrecht-html voorbeeld-theme">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
${keep}
  <link rel="icon" href="data:image/svg+xml;base64,${icon}">
  <style>${css}</style>
  <script type="module">${script}</script>
</head>
<body>${index.match(/<body>([\s\S]*?)<\/body>/)[1]}</body>
</html>
`;
mkdirSync(path.join(root, 'dist-single'), { recursive: true });
const out = path.join(root, 'dist-single', 'inzicht-competentieprofielen-vth.html');
writeFileSync(out, html);
console.log(`${path.relative(root, out)}: ${(html.length / 1024).toFixed(0)} KB`);
