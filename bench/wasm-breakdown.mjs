// What the wasm is made of: code bytes per crate (from the function name section of the wasm
// cargo writes, before wasm-bindgen and wasm-opt) and data bytes. Proportions, not final sizes:
// wasm-opt shrinks everything afterwards.
//
//   cargo build --release --target wasm32-unknown-unknown && node bench/wasm-breakdown.mjs
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? path.join(root, 'target/wasm32-unknown-unknown/release/vth-competenties.wasm');
const bytes = readFileSync(file);
let pos = 8;
const leb = () => { let r = 0, shift = 0, b; do { b = bytes[pos++]; r += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80); return r; };

let importedFuncs = 0, bodies = [], dataBytes = 0; const names = new Map();
while (pos < bytes.length) {
  const id = bytes[pos++]; const size = leb(); const end = pos + size;
  if (id === 2) { // imports: count functions, they have no body
    for (let n = leb(); n > 0; n--) { pos += leb(); pos += leb(); const kind = bytes[pos++];
      if (kind === 0) { leb(); importedFuncs++; } else if (kind === 1) { pos++; const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); } else { pos += 2; } }
  } else if (id === 10) { for (let n = leb(); n > 0; n--) { const s = leb(); bodies.push(s); pos += s; } }
  else if (id === 11) { dataBytes = size; }
  else if (id === 0) {
    const nameLen = leb(); const name = bytes.toString('utf8', pos, pos + nameLen); pos += nameLen;
    if (name === 'name') while (pos < end) { const sub = bytes[pos++]; const subSize = leb(); const subEnd = pos + subSize;
      if (sub === 1) for (let n = leb(); n > 0; n--) { const idx = leb(); const l = leb(); names.set(idx, bytes.toString('utf8', pos, pos + l)); pos += l; }
      pos = subEnd; }
  }
  pos = end;
}
const crateOf = (name) => {
  const m = name?.match(/^_ZN(\d+)(.*)/);
  if (!m) return name?.startsWith('__wbg') || name?.startsWith('__wbindgen') ? 'wasm-bindgen glue' : '(other)';
  let part = m[2].slice(0, Number(m[1]));
  if (part.startsWith('_$LT$')) {
    // <T as trait::Path> counts for the trait's crate; <crate::Type as ...> for the type's.
    const trait = part.match(/\$u20\$as\$u20\$([a-z_0-9]+)\.\./);
    const inner = part.match(/_\$LT\$(?:impl\$u20\$)?([a-z_0-9]+)/);
    part = trait ? trait[1] : inner ? inner[1] : part;
  }
  return part.replace(/\.\.$/, '');
};
const perCrate = new Map();
bodies.forEach((size, i) => { const c = crateOf(names.get(importedFuncs + i)); perCrate.set(c, (perCrate.get(c) ?? 0) + size); });
const code = bodies.reduce((a, b) => a + b, 0);
console.log(`${path.relative(root, file)}: ${(bytes.length / 1024).toFixed(0)} KB; code ${(code / 1024).toFixed(0)} KB in ${bodies.length} functions, data ${(dataBytes / 1024).toFixed(0)} KB`);
console.log('code by crate (KB, share of code):');
[...perCrate].sort((a, b) => b[1] - a[1]).slice(0, 18).forEach(([c, s]) =>
  console.log(`  ${c.padEnd(28)} ${(s / 1024).toFixed(1).padStart(7)}  ${(100 * s / code).toFixed(1).padStart(5)}%`));
