// Builds one self-contained HTML file from the release build in dist/: CSS, the JavaScript
// glue and the WebAssembly (base64) inside it. It runs when opened from disk (file://) or from
// an e-mail attachment: no server, nothing fetched. The service worker is not used there.
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
const loader = inlineScript(index);
const glueName = loader.match(/from '\.\/([^']+\.js)'/)[1];
const wasmName = loader.match(/module_or_path: '\.\/([^']+\.wasm)'/)[1];
const glue = readFileSync(path.join(dist, glueName), 'utf8');
const wasm = readFileSync(path.join(dist, wasmName)).toString('base64');
const icon = readFileSync(path.join(dist, files.find((f) => f === 'favicon.svg'))).toString('base64');

// The exporter worker (report files), started from a blob: address on first use; the app asks
// for it through globalThis.vthExporterUrl (src/ui/report/exporter.rs).
const loaderName = index.match(/<meta name="vth-exporter" content="\.\/([^"]+)">/)?.[1];
if (!loaderName) throw new Error('no exporter in dist/index.html: run trunk build --release');
const exporterLoader = readFileSync(path.join(dist, loaderName), 'utf8');
const exporterGlue = readFileSync(path.join(dist, exporterLoader.match(/importScripts\("\.\/([^"]+)"\)/)[1]), 'utf8');
const exporterWasm = readFileSync(path.join(dist, exporterLoader.match(/module_or_path: "\.\/([^"]+)"/)[1])).toString('base64');
const exporterSource = `${exporterGlue}
wasm_bindgen({ module_or_path: Uint8Array.from(atob("${exporterWasm}"), (c) => c.charCodeAt(0)) }).catch(() => self.postMessage("failed"));
`;

const script = `
const exporterSource = ${JSON.stringify(exporterSource)};
globalThis.vthExporterUrl = () => URL.createObjectURL(new Blob([exporterSource], { type: 'text/javascript' }));
${glue}
const wasmBytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: wasmBytes });
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
