// make run: builds the app (scripts/build.mjs), serves dist/ on http://127.0.0.1:8080 and
// builds again when a source file changes (src/, style/, public/, index.html, Cargo.*).
// Reload the page after "[build] dist/ ready" to see the change.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './static-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 8080);

let building = null;
let again = false;
/** Builds in a child process, so the server keeps answering meanwhile. */
function rebuild() {
  if (building) {
    again = true;
    return building;
  }
  building = new Promise((resolve) => {
    spawn(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' }).on('exit', (code) => {
      // The build's own output says what failed; the old dist/ stays and is still served.
      if (code !== 0) console.error('[serve] the build failed; fix it and save again');
      building = null;
      if (again) {
        again = false;
        rebuild();
      }
      resolve();
    });
  });
  return building;
}

await rebuild();
const server = await serve({ port });
console.log(`[serve] the app is on ${server.url} (Ctrl+C stops)`);

let timer = null;
const later = () => {
  clearTimeout(timer);
  timer = setTimeout(rebuild, 300);
};
for (const dir of ['src', 'style', 'public']) watch(path.join(ROOT, dir), { recursive: true }, later);
for (const file of ['index.html', 'Cargo.toml', 'Cargo.lock']) watch(path.join(ROOT, file), later);
