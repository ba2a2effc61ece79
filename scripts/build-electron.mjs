#!/usr/bin/env node
/**
 * Bundles the Electron side with esbuild:
 * - main/electron/main.ts → <outdir>/main.mjs (Node platform, ESM). Not CommonJS: core/crypto
 *   awaits libsodium at its top level, which a CommonJS bundle cannot express (Electron has
 *   loaded ESM entries since version 28). Bundled CommonJS dependencies still call require(),
 *   and some read __dirname/__filename: the banner provides all three. Native modules and
 *   electron stay external: electron-builder ships (and rebuilds) them under node_modules.
 * - preload/index.ts → <outdir>/preload.cjs, ONE self-contained file: a sandboxed preload
 *   cannot load modules, only require('electron'). Built for the browser platform so that a
 *   stray node:* import fails the build instead of the window.
 *
 * Usage: node scripts/build-electron.mjs [--outdir DIR] [--sourcemap]   (default dist/electron)
 */
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages with native code (or that load .node files at run time): never bundled. */
export const NATIVE_EXTERNALS = [
  'electron',
  'better-sqlite3',
  'classic-level',
  'bindings',
  'node-gyp-build',
  'bufferutil',
  'utf-8-validate',
];

/** CommonJS globals for the bundled CommonJS packages inside the ESM main bundle. */
const MAIN_BANNER = [
  "import { createRequire as __meowCreateRequire } from 'node:module';",
  "import { fileURLToPath as __meowFileURLToPath } from 'node:url';",
  "import { dirname as __meowDirname } from 'node:path';",
  'const require = __meowCreateRequire(import.meta.url);',
  'const __filename = __meowFileURLToPath(import.meta.url);',
  'const __dirname = __meowDirname(__filename);',
].join('\n');

/** @param {string[]} argv */
function parseArgs(argv) {
  const outIndex = argv.indexOf('--outdir');
  const outdir = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  if (outIndex >= 0 && !outdir) throw new Error('--outdir needs a folder');
  return {
    outdir: resolve(outdir ?? join(root, 'dist', 'electron')),
    sourcemap: argv.includes('--sourcemap'),
  };
}

/** @param {{ outdir: string, sourcemap?: boolean }} options */
export async function buildElectron({ outdir, sourcemap = false }) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    sourcemap,
    legalComments: /** @type {const} */ ('none'),
    logLevel: /** @type {const} */ ('warning'),
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'main/electron/main.ts')],
      outfile: join(outdir, 'main.mjs'),
      format: 'esm',
      platform: 'node',
      banner: { js: MAIN_BANNER },
      // Electron 40 ships Node 24; node22 is a safe floor for the syntax esbuild emits.
      target: 'node22',
      external: NATIVE_EXTERNALS,
    }),
    build({
      ...common,
      entryPoints: [join(root, 'preload/index.ts')],
      outfile: join(outdir, 'preload.cjs'),
      format: 'cjs',
      platform: 'browser',
      target: 'chrome140',
      external: ['electron'],
    }),
  ]);
  return { main: join(outdir, 'main.mjs'), preload: join(outdir, 'preload.cjs') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const out = await buildElectron(options);
  console.log(`built ${out.main} and ${out.preload}`);
}
