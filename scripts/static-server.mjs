// A plain static file server for dist/ on 127.0.0.1 (no SPA fallback, like the simplest
// host): the browser tests' server and the one `make run` serves the app with.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

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
export async function serve({ dir = DIST, base = '/', probe = null, brotli = false, port = 0 } = {}) {
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
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + base, close: () => new Promise((r) => server.close(r)) };
}

