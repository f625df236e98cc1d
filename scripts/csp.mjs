// The Content-Security-Policy of the app, shared by the hosted build (post-build.mjs) and the
// single file (single-file.mjs). Only the inline loader script is allowed, by its hash.
import { createHash } from 'node:crypto';

export const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** `scriptHash`: hash of the one inline script; `styleHash`: of an inline <style>, if any. */
export function policy({ scriptHash, styleHash = null, selfOrigin = true }) {
  const self = selfOrigin ? "'self' " : '';
  return [
    "default-src 'none'",
    `script-src ${self}${scriptHash} 'wasm-unsafe-eval'`,
    `style-src ${styleHash ?? "'self'"}`,
    `img-src ${self}data: blob:`,
    `connect-src ${selfOrigin ? "'self'" : "'none'"}`,
    // Workers: the service worker and the exporter from the site itself; in the single file
    // the exporter is inside the page and starts from a blob: address (nothing else can).
    ...(selfOrigin ? ["manifest-src 'self'", "worker-src 'self'"] : ["worker-src blob:"]),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The one inline script of index.html: the loader build.mjs writes. */
export function inlineScript(html) {
  const scripts = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)];
  if (scripts.length !== 1) throw new Error(`index.html has ${scripts.length} inline scripts; the policy allows one`);
  return scripts[0][1];
}
