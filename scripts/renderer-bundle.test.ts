/**
 * The renderer is untrusted (DESIGN.md §1): its bundle must hold no engine, crypto or storage
 * code. Builds it for real (Vite, the app's own config) into a temp folder and searches every
 * emitted file for markers of those modules: library names, and labels that exist only in
 * core/ and main/ (protocol domain strings). The lint rules keep imports out; this proves the
 * shipped bytes.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build } from 'vite';
import { makeTempDir, type TempDir } from '../testkit/tmp';

const ROOT = resolve(import.meta.dirname, '..');
const FORBIDDEN = [
  'libsodium',
  'crypto_box',
  'crypto_aead',
  'better-sqlite3',
  'classic-level',
  'leveldown',
  'protobufjs',
  'meow/um/v1', // core/envelope's ratchet AD label
  'meow/answer/v1', // main/client/peers' answer envelope
  'meow pairing code v1', // main/client/devices
  'node:fs',
];

let out: TempDir | undefined;
afterAll(async () => {
  await out?.cleanup();
});

it('bundles no engine, crypto or storage code into the renderer', async () => {
  out = await makeTempDir('meow-renderer-build-');
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: out.path, emptyOutDir: true },
  });
  const files = (await readdir(out.path, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  const found: string[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    for (const marker of FORBIDDEN) if (text.includes(marker)) found.push(`${marker} in ${file}`);
  }
  expect(found).toEqual([]);
  // Control: the bundle does contain the UI (a string from the app's own code).
  const js = await Promise.all(
    files.filter((f) => f.endsWith('.js')).map((f) => readFile(f, 'utf8')),
  );
  expect(js.some((t) => t.includes('pending_forward'))).toBe(true);
}, 120_000);
