// Builds the bare Leptos counter (the baseline of bench/load.mjs) into bench/bare-counter/dist:
// the same cargo profile, wasm-bindgen and wasm-opt -Oz as the app (scripts/build.mjs), no split.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const PATH = [path.join(root, 'node_modules', '.bin'), path.join(os.homedir(), '.cargo', 'bin'), process.env.PATH].join(path.delimiter);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', cwd: here, env: { ...process.env, PATH } });

run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown']);
const dist = path.join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
run('wasm-bindgen', [path.join(here, 'target/wasm32-unknown-unknown/release/bare-counter.wasm'), '--out-dir', dist,
  '--out-name', 'counter', '--target', 'web', '--no-typescript']);
run('wasm-opt', [path.join(dist, 'counter_bg.wasm'), '-o', path.join(dist, 'counter_bg.wasm'), '-Oz',
  '--enable-bulk-memory', '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-reference-types',
  '--enable-sign-ext', '--enable-multivalue']);
writeFileSync(path.join(dist, 'index.html'), `<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Teller</title>
  <link rel="modulepreload" href="./counter.js">
  <link rel="preload" href="./counter_bg.wasm" as="fetch" type="application/wasm" crossorigin>
  <script type="module">import init from './counter.js';await init();dispatchEvent(new CustomEvent('vth-app-started'));</script>
</head>
<body></body>
</html>
`);
console.log('bench/bare-counter/dist ready');
