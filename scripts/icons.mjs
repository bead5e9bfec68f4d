// Renders assets/icon.svg to the PNG sizes the manifest and stores use (public/icon/<size>.png).
// The 128 px store icon gets Chrome Web Store padding: 96 px of artwork centred with 16 px around it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const outDir = join(root, 'public/icon');
const SIZES = [16, 32, 48, 128];
const STORE_SIZE = 128;
const STORE_ARTWORK = 96;

/** Widens the 128-unit viewBox so the artwork takes `artwork` of every `size` pixels. */
function padded(svg, size, artwork) {
  const margin = ((size - artwork) / 2) * (128 / artwork);
  const box = `${-margin} ${-margin} ${128 + 2 * margin} ${128 + 2 * margin}`;
  const out = svg.replace(/viewBox="0 0 128 128"/, `viewBox="${box}"`);
  if (out === svg) throw new Error('assets/icon.svg must have viewBox="0 0 128 128"');
  return out;
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const svg = size === STORE_SIZE ? padded(source, size, STORE_ARTWORK) : source;
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(outDir, `${size}.png`), png);
  console.log(`public/icon/${size}.png`);
}
