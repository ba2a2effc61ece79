/**
 * Writes build/icons/ for electron-builder from the icon drawn in code (main/electron/icon.ts):
 * <size>x<size>.png for the Linux icon set, and icon.png (512×512) from which electron-builder
 * derives the macOS .icns and the Windows .ico. No network, no image tools.
 *
 * Usage: node --import tsx scripts/make-icons.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// icon.ts is pure (node:zlib only); the lint rule's 'electron/*' pattern matches the folder name.
// eslint-disable-next-line no-restricted-imports
import { iconPng } from '../main/electron/icon';

const SIZES = [16, 32, 48, 64, 128, 256, 512];
const out = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'build', 'icons');

await mkdir(out, { recursive: true });
for (const size of SIZES) await writeFile(join(out, `${size}x${size}.png`), iconPng(size));
await writeFile(join(out, 'icon.png'), iconPng(512));
console.log(`wrote ${SIZES.length + 1} icons to ${out}`);
