// Renders icons/icon.svg to the PNG sizes the manifest lists (toolbar 16/32, management 48, store 128).
// Run after editing the SVG: `npm run icons`. The PNGs are committed so a build needs no renderer.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const iconsDir = resolve(import.meta.dirname, '..', 'icons');
const svg = readFileSync(resolve(iconsDir, 'icon.svg'));

for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  const file = resolve(iconsDir, `icon-${size}.png`);
  writeFileSync(file, png);
  console.log(`icons/icon-${size}.png  ${png.length} bytes`);
}
