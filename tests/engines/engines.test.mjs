// The same user journey in the two other browser engines: Firefox ESR (Gecko) and WebKitGTK
// (WebKit, the engine of Safari), from the release build on 127.0.0.1 and from the single file
// on disk. Chromium runs the full suite in tests/e2e/. See drivers.mjs and journey.mjs.
import { test, before, after } from 'node:test';
import { readFile, writeFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve, ROOT } from '../e2e/harness.mjs';
import { sha256 } from '../../scripts/csp.mjs';
import { firefox, webkit } from './drivers.mjs';
import { journey } from './journey.mjs';

const PROBE = await readFile(path.join(path.dirname(fileURLToPath(import.meta.url)), 'probe.js'), 'utf8');
const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
let server, tmp, singleFile;

before(async () => {
  server = await serve({ probe: PROBE });
  tmp = await mkdtemp(path.join(tmpdir(), 'vth-engines-'));
  await mkdir(ARTIFACTS, { recursive: true });
  // The single file with the probe at the start of its one script, and the policy's hash of
  // that script updated; nothing else changes.
  const html = await readFile(path.join(ROOT, 'dist-single/inzicht-competentieprofielen-vth.html'), 'utf8');
  const [, script] = html.match(/<script type="module">([\s\S]*?)<\/script>/);
  const probed = `${PROBE}\n${script}`;
  singleFile = path.join(tmp, 'inzicht-competentieprofielen-vth.html');
  await writeFile(singleFile, html.replace(sha256(script), sha256(probed)).replace(script, () => probed));
});
after(async () => {
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

for (const [engine, start] of [['Firefox ESR', firefox], ['WebKitGTK', webkit]]) {
  test(`${engine}: the journey from the release build on 127.0.0.1`, async () => {
    const driver = await start();
    try {
      await journey(driver, server.url, { organisation: `Dienst ${engine}`, serviceWorker: true, pdfFile: path.join(ARTIFACTS, `rapport-${driver.name.split(' ')[0].toLowerCase()}.pdf`) });
    } finally {
      await driver.close();
    }
  });

  test(`${engine}: the journey from the single file on disk (file://)`, async () => {
    const driver = await start();
    try {
      await journey(driver, pathToFileURL(singleFile).href, { organisation: `Schijf ${engine}` });
    } finally {
      await driver.close();
    }
  });
}
