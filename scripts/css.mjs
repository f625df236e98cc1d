// The app's one stylesheet (scripts/build.mjs): the files index.html links with `data-bundle`,
// minified by lightningcss (the minifier Trunk used) for browsers from 2021 on, with the design
// tokens written in.
//
// Why the tokens are written in: the NL Design System theme defines some 600 tokens as custom
// properties on `.voorbeeld-theme` (the <html> element), and style/tokens.css overrides some of
// them. A browser resolves all of them on <html> and looks them up on every element that uses
// one: on this machine that cost the first view about 18 ms and the loading frame 16 ms (issue
// 22; bench/load.mjs). The theme never changes while the app runs, so a token that is set only
// there is replaced by its value wherever `var(--token)` asks for it, and its definition goes.
// What the page looks like stays the same (tests/e2e/stylesheet.test.mjs compares every
// element's computed style on several pages with the stylesheet as written):
//
// - only custom properties set in a top-level `.voorbeeld-theme { }` rule are candidates (later
//   rules win, as in the browser);
// - a custom property that is also set anywhere else (another selector, inside @media or
//   @supports, a component's own `--utrecht-…` on a modifier class) stays a custom property,
//   with its definition, because its value can differ per element; so does one registered
//   with @property (it may not inherit);
// - a token's value is resolved through other candidates first; a `var()` of anything else
//   stays as it is, fallback and all;
// - `var(--token, fallback)` of a candidate becomes the token's value (the fallback is used
//   only when the token is not set, and it is);
// - a theme whose tokens refer to each other in a circle, or a token set with !important, stops
//   the build with a message: write such a token in by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Minified by lightningcss, for browsers from 2021 on. */
export function minify(css) {
  const require = createRequire(import.meta.url);
  const { transform, browserslistToTargets } = require('lightningcss');
  const targets = browserslistToTargets(['chrome >= 100', 'firefox >= 100', 'safari >= 15']);
  return transform({ filename: 'style.css', code: Buffer.from(css), minify: true, targets }).code.toString();
}

/**
 * The files in `paths`, in order, as one minified stylesheet. With `tokens: 'written in'` (the
 * build) the tokens of `theme` (the theme's class selector, as on <html> in index.html) are
 * written in; with `tokens: 'kept'` they stay custom properties (the stylesheet as written, for
 * the test that compares the two).
 */
export function stylesheet(paths, { tokens = 'written in', theme = '.voorbeeld-theme' } = {}) {
  const css = minify(paths.map((p) => readFileSync(p, 'utf8')).join('\n'));
  return tokens === 'kept' ? css : minify(inlineThemeTokens(css, theme).css);
}

/** The theme's class selector on <html> in `html` (the class that ends in `-theme`), or null. */
export function themeOf(html) {
  const classes = html.match(/<html[^>]*\sclass="([^"]*)"/)?.[1].split(/\s+/) ?? [];
  const theme = classes.find((c) => c.endsWith('-theme'));
  return theme ? `.${theme}` : null;
}

/** The indices of `text` from `from` on that are outside strings, with the nesting of (), []
 *  and {} before the character at each: `[index, depth]`. */
function* outsideStrings(text, from = 0) {
  let depth = 0;
  let quote = null;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') depth--;
    yield [i, depth];
    if (c === '(' || c === '[' || c === '{') depth++;
  }
}

/** Splits `text` at top-level occurrences of `sep` (outside strings, (), [] and {}). */
function splitTop(text, sep) {
  const parts = [];
  let start = 0;
  for (const [i, depth] of outsideStrings(text)) {
    if (text[i] === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Index just past the bracket that closes the one at `open`. */
function closing(text, open) {
  for (const [i, depth] of outsideStrings(text, open)) {
    if (i > open && depth === 0) return i + 1;
  }
  throw new Error(`css: no closing bracket for the ${text[open]} at ${open}`);
}

/** The stylesheet as a list of top-level blocks: `{ prelude, body }` (body without braces). */
function blocks(css) {
  const out = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (open < 0 || (semi >= 0 && semi < open && css.slice(i, semi).trimStart().startsWith('@'))) {
      // A statement at-rule (@charset, @import, @layer a, b;) has no block.
      const end = semi < 0 ? css.length : semi + 1;
      if (css.slice(i, end).trim()) out.push({ prelude: css.slice(i, end), body: null });
      i = end;
      continue;
    }
    const end = closing(css, open);
    out.push({ prelude: css.slice(i, open).trim(), body: css.slice(open + 1, end - 1) });
    i = end;
  }
  return out;
}

/**
 * `css` with every token that only the theme sets written in where it is used.
 * Returns `{ css, inlined }`: the new stylesheet and how many tokens were written in.
 */
export function inlineThemeTokens(css, theme = '.voorbeeld-theme') {
  const top = blocks(css);
  const themeBlocks = top.filter((b) => b.prelude === theme && b.body !== null);
  /** Custom properties set in the theme's rules, the last one winning. */
  const values = new Map();
  for (const b of themeBlocks) {
    for (const decl of splitTop(b.body, ';')) {
      const colon = decl.indexOf(':');
      const name = decl.slice(0, colon).trim();
      if (!name.startsWith('--')) continue;
      const value = decl.slice(colon + 1).trim();
      if (value.includes('!important')) throw new Error(`css: ${name} is !important; write it in by hand`);
      values.set(name, value);
    }
  }
  // Every place a custom property is set: after `{` or `;`, in any block at any depth.
  const setElsewhere = new Set();
  for (const b of top) {
    if (themeBlocks.includes(b) || b.body === null) continue;
    for (const m of b.body.matchAll(/(?:^|[{;])\s*(--[\w-]+)\s*:/g)) setElsewhere.add(m[1]);
  }
  // A registered property (@property) may not inherit, or may be typed: it stays as it is.
  for (const m of css.matchAll(/@property\s+(--[\w-]+)/g)) setElsewhere.add(m[1]);
  const candidates = new Map([...values].filter(([name]) => !setElsewhere.has(name)));

  const resolved = new Map();
  const resolving = new Set();
  /** `text` with the var() of every candidate replaced by its resolved value. */
  const substitute = (text) => {
    let out = '';
    let i = 0;
    for (;;) {
      let at = text.indexOf('var(', i);
      // Part of a longer name (`somevar(`) is not var().
      while (at > 0 && /[\w-]/.test(text[at - 1])) at = text.indexOf('var(', at + 4);
      if (at < 0) return out + text.slice(i);
      const end = closing(text, at + 3);
      const inner = text.slice(at + 4, end - 1);
      const [name, ...fallback] = splitTop(inner, ',');
      const value = candidates.has(name.trim()) ? resolve(name.trim()) : null;
      // Tokens glued to var() stay apart from the value, as they do in the browser (two var()
      // side by side, minified: `var(--a)var(--b)` becomes `1rem 2rem`, not `1rem2rem`).
      const before = value !== null && /[\w\-)%.#]$/.test(text.slice(0, at)) ? ' ' : '';
      const after = value !== null && /^[\w\-(%.#]/.test(text.slice(end)) ? ' ' : '';
      out += text.slice(i, at);
      out += value === null ? `var(${name}${fallback.length ? `,${substitute(fallback.join(','))}` : ''})` : `${before}${value}${after}`;
      i = end;
    }
  };
  const resolve = (name) => {
    if (resolved.has(name)) return resolved.get(name);
    // A cycle makes the tokens in it invalid in the browser: a theme with one is a mistake.
    if (resolving.has(name)) throw new Error(`css: ${name} refers to itself through ${[...resolving].join(', ')}`);
    resolving.add(name);
    const value = substitute(candidates.get(name));
    resolving.delete(name);
    resolved.set(name, value);
    return value;
  };
  const inlined = [...candidates.keys()];
  for (const name of inlined) resolve(name);
  const gone = new Set(inlined);

  const rewrite = (b) => {
    if (b.body === null) return b.prelude;
    if (themeBlocks.includes(b)) {
      const kept = splitTop(b.body, ';').filter((decl) => {
        const name = decl.slice(0, decl.indexOf(':')).trim();
        return decl.trim() && !gone.has(name);
      });
      return kept.length ? `${b.prelude}{${kept.map(substitute).join(';')}}` : '';
    }
    return `${b.prelude}{${substitute(b.body)}}`;
  };
  return { css: top.map(rewrite).join(''), inlined: inlined.length };
}
