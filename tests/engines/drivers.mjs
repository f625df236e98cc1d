// The two other browser engines, each behind the same small interface, so one journey runs in
// both: goto(url), reload(), run(expression) -> its value (awaited if it is a promise), close().
// - Firefox ESR (Gecko) over WebDriver BiDi, driven by puppeteer-core, headless;
// - WebKitGTK's MiniBrowser (WebKit, the engine of Safari) over classic W3C WebDriver
//   (WebKitWebDriver, plain HTTP from here), in a virtual display from xvfb-run.
// Both are Debian packages (scripts/setup.sh); nothing is downloaded by a test tool.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Downloads and the like without questions; nothing phones home.
    extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false },
  });
  const page = await browser.newPage();
  return {
    name: 'Firefox ESR',
    version: await browser.version(),
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    reload: () => page.reload({ waitUntil: 'load' }),
    run: (expression) => page.evaluate(expression),
    /** Prints the page as the user's "Afdrukken of opslaan als PDF" would (WebDriver BiDi). */
    pdf: (file) => page.pdf({ path: file, format: 'A4' }),
    close: () => browser.close(),
  };
}

const freePort = () => new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

export async function webkit() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await res.json();
    if (json.value && json.value.error) throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  let session;
  for (let i = 0; i < 100 && !session; i++) {
    try {
      session = await call('POST', '/session', { capabilities: { alwaysMatch: {
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      } } });
    } catch (e) {
      if (!/fetch failed|ECONNREFUSED/.test(String(e.cause ?? e))) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!session) throw new Error('WebKitWebDriver did not start');
  const id = session.sessionId;
  return {
    name: 'WebKitGTK',
    version: session.capabilities.browserVersion,
    goto: (url) => call('POST', `/session/${id}/url`, { url }),
    reload: () => call('POST', `/session/${id}/refresh`, {}),
    run: (expression) => call('POST', `/session/${id}/execute/async`, {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${expression})).then((v) => done({ ok: v }), (e) => done({ error: String(e && e.message || e) }));`,
      args: [],
    }).then((r) => { if (r && 'error' in r) throw new Error(r.error); return r?.ok; }),
    close: async () => {
      await call('DELETE', `/session/${id}`).catch(() => {});
      try { process.kill(-driver.pid); } catch { /* gone */ }
    },
  };
}
