#!/usr/bin/env node
/**
 * Bundles the Electron side with esbuild, as electron.config.ts's `bundles` say:
 * - main/electron/main.ts → <outdir>/main.mjs (Node platform, ESM, native modules external);
 * - main/storage/kdf-thread.ts → <outdir>/kdf-worker.mjs (the key-derivation worker main.mjs
 *   starts from next to itself; same settings as main.mjs);
 * - preload/index.ts → <outdir>/preload.cjs (one self-contained file for a sandboxed preload).
 * The reasons for each setting are written next to it in electron.config.ts.
 *
 * Usage: node scripts/build-electron.mjs [--outdir DIR] [--sourcemap]   (default dist/electron)
 * `npm run build` runs it after the renderer build (`npm run build:renderer`).
 */
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * electron.config.ts's exports (the default export is electron-builder's configuration),
 * evaluated through tsx like every other TypeScript entry of the repository.
 */
export async function loadElectronConfig() {
  return tsImport(pathToFileURL(join(root, 'electron.config.ts')).href, import.meta.url);
}

/** @param {string[]} argv */
function parseArgs(argv) {
  const outIndex = argv.indexOf('--outdir');
  const outdir = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  if (outIndex >= 0 && !outdir) throw new Error('--outdir needs a folder');
  return {
    outdir: outdir === undefined ? undefined : resolve(outdir),
    sourcemap: argv.includes('--sourcemap'),
  };
}

/** @param {{ outdir?: string, sourcemap?: boolean }} options */
export async function buildElectron({ outdir, sourcemap = false } = {}) {
  const { bundles, ELECTRON_OUT_DIR } = await loadElectronConfig();
  const out = outdir ?? join(root, ELECTRON_OUT_DIR);
  /** @type {Record<string, string>} */
  const written = {};
  await Promise.all(
    Object.entries(bundles).map(([name, bundle]) => {
      const outfile = join(out, bundle.outfile);
      written[name] = outfile;
      return build({
        absWorkingDir: root,
        bundle: true,
        sourcemap,
        legalComments: 'none',
        logLevel: 'warning',
        entryPoints: [join(root, bundle.entry)],
        outfile,
        format: bundle.format,
        platform: bundle.platform,
        target: bundle.target,
        external: [...bundle.external],
        ...('banner' in bundle ? { banner: { js: bundle.banner } } : {}),
      });
    }),
  );
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const written = await buildElectron(parseArgs(process.argv.slice(2)));
  console.log(`built ${Object.values(written).join(' and ')}`);
}
