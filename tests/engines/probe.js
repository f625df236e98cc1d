// Loaded first in the page under test (the engine suite's server adds it to <head>; for the
// single file it is put inside the file's own script). Engine-neutral, plain DOM:
// - records page errors, unhandled rejections and CSP violations;
// - records every resource the page loads (Resource Timing), to find other origins;
// - keeps the files the app downloads (it offers them through a blob: link) so the test can
//   read them back, instead of leaving them to each engine's download manager;
// - small helpers to act as a user would: by visible text and label.
(() => {
  const probe = { errors: [], csp: [], downloads: [] };
  window.__probe = probe;
  addEventListener('error', (e) => probe.errors.push(`error: ${e.message} at ${e.filename}:${e.lineno}`));
  addEventListener('unhandledrejection', (e) => probe.errors.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => probe.csp.push(`${e.violatedDirective} ${e.blockedURI}`));

  // The blob behind each blob: address (reading it back with fetch would break the app's CSP).
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    const url = createObjectURL.call(URL, blob);
    blobs.set(url, blob);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download && this.href.startsWith('blob:')) {
      const entry = { name: this.download, text: null };
      probe.downloads.push(entry);
      blobs.get(this.href).arrayBuffer().then((buffer) => {
        const bytes = new Uint8Array(buffer);
        entry.size = bytes.length;
        entry.head = String.fromCharCode(...bytes.slice(0, 4));
        entry.text = new TextDecoder().decode(bytes);
      });
      return undefined;
    }
    return click.call(this);
  };

  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  const by = (selector, wanted) => [...document.querySelectorAll(selector)]
    .filter((el) => visible(el) && (wanted instanceof RegExp ? wanted.test(text(el)) : text(el) === wanted));
  const control = (label) => {
    const l = [...document.querySelectorAll('label')].find((x) => visible(x) && text(x).startsWith(label));
    return l && (l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input, textarea, select'));
  };
  window.__t = {
    heading: () => text(document.querySelector('h1') || document.body),
    has: (selector, wanted) => by(selector, wanted).length > 0,
    click(selector, wanted) {
      const el = by(selector, wanted)[0];
      if (!el) throw new Error(`no ${selector} "${wanted}" on "${window.__t.heading()}"`);
      el.click();
      return true;
    },
    fill(label, value) {
      const el = control(label);
      if (!el) throw new Error(`no field "${label}" on "${window.__t.heading()}"`);
      el.focus();
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    value: (label) => control(label)?.value,
    checked: (label) => !!control(label)?.checked,
    /** Gives a file input a file, as choosing it in the file dialog would. */
    choose(label, name, contents) {
      const input = control(label);
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    /** Gives a file input several files at once: [[name, contents], ...]. */
    chooseMany(label, files) {
      const input = control(label);
      const transfer = new DataTransfer();
      for (const [name, contents] of files) transfer.items.add(new File([contents], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    foreign: () => performance.getEntriesByType('resource').map((r) => r.name)
      .filter((u) => !u.startsWith(location.origin + '/') && !/^(data|blob):/.test(u) && !(location.protocol === 'file:' && u.startsWith('file:'))),
  };
})();
