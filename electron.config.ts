/**
 * The Electron build of Meow Desktop, in one typed place:
 * - `bundles`: the esbuild bundles of the main process, its key-derivation worker and the
 *   preload, which scripts/build-electron.mjs builds into `ELECTRON_OUT_DIR` (`npm run build`,
 *   `npm start`);
 * - the default export: electron-builder's configuration (`npm run dist` runs
 *   `electron-builder --config electron.config.ts`; electron-builder 26 loads TypeScript
 *   configs itself) — app id, targets, fuses, files, icons.
 * Icons: build/icons, drawn by scripts/make-icons.ts (no network, no image tools). Tested by
 * main/electron/packaging.test.ts (schema, fuses, targets, icons) and bundle.test.ts.
 *
 * Only type imports here: electron-builder (through jiti) and the build script (through tsx)
 * both evaluate this file on its own.
 */
import type { Configuration } from 'electron-builder';

/** Where the renderer build lands (vite.config.ts: build.outDir). */
export const RENDERER_OUT_DIR = 'dist/renderer';
/** Where scripts/build-electron.mjs writes the bundles (relative to the repository). */
export const ELECTRON_OUT_DIR = 'dist/electron';

/** One esbuild bundle of the Electron side. */
export interface ElectronBundle {
  /** The source entry, relative to the repository. */
  readonly entry: string;
  /** The output file's name inside the output folder. */
  readonly outfile: string;
  readonly format: 'esm' | 'cjs';
  readonly platform: 'node' | 'browser';
  /** esbuild's syntax target. */
  readonly target: string;
  /** Imports left to the runtime instead of bundled. */
  readonly external: readonly string[];
  /** Code placed before the bundle. */
  readonly banner?: string;
}

/**
 * Packages with native code (or that load .node files at run time), and electron itself:
 * never bundled. electron-builder ships them under node_modules and rebuilds the native ones
 * for Electron's Node ABI.
 */
export const NATIVE_EXTERNALS = [
  'electron',
  'better-sqlite3',
  'classic-level',
  'bindings',
  'node-gyp-build',
  'bufferutil',
  'utf-8-validate',
  // Loaded with createRequire at run time (main/client/native-crypto.ts); never bundled.
  'sodium-native',
  'require-addon',
] as const;

/** CommonJS globals for the bundled CommonJS packages inside the ESM main bundle. */
const MAIN_BANNER = [
  "import { createRequire as __meowCreateRequire } from 'node:module';",
  "import { fileURLToPath as __meowFileURLToPath } from 'node:url';",
  "import { dirname as __meowDirname } from 'node:path';",
  'const require = __meowCreateRequire(import.meta.url);',
  'const __filename = __meowFileURLToPath(import.meta.url);',
  'const __dirname = __meowDirname(__filename);',
].join('\n');

export const bundles = {
  /**
   * The main process, ESM for Node. Not CommonJS: core/crypto awaits libsodium at its top
   * level, which a CommonJS bundle cannot express (Electron has loaded ESM entries since
   * version 28). Bundled CommonJS dependencies still call require(), and some read
   * __dirname/__filename: the banner provides all three. Electron 40 ships Node 24; node22 is
   * a safe floor for the syntax esbuild emits.
   */
  main: {
    entry: 'main/electron/main.ts',
    outfile: 'main.mjs',
    format: 'esm',
    platform: 'node',
    target: 'node22',
    external: NATIVE_EXTERNALS,
    banner: MAIN_BANNER,
  },
  /**
   * The key-derivation worker (main/storage/key-derivation.ts): Argon2id on a thread of its
   * own, so that unlocking never freezes the window. The main bundle starts it by this file
   * name, next to itself (new URL('./kdf-worker.mjs', import.meta.url)); it bundles its own
   * copy of libsodium, since a worker shares no modules with the thread that starts it.
   */
  kdfWorker: {
    entry: 'main/storage/kdf-thread.ts',
    outfile: 'kdf-worker.mjs',
    format: 'esm',
    platform: 'node',
    target: 'node22',
    external: NATIVE_EXTERNALS,
    banner: MAIN_BANNER,
  },
  /**
   * The preload, ONE self-contained CommonJS file: a sandboxed preload cannot load modules,
   * only require('electron'). Built for the browser platform so that a stray node:* import
   * fails the build instead of the window.
   */
  preload: {
    entry: 'preload/index.ts',
    outfile: 'preload.cjs',
    format: 'cjs',
    platform: 'browser',
    target: 'chrome140',
    external: ['electron'],
  },
} as const satisfies Record<string, ElectronBundle>;

/** The app's entry as electron-builder and `electron .` see it (package.json "main" too). */
export const MAIN_ENTRY = `${ELECTRON_OUT_DIR}/${bundles.main.outfile}`;

const config: Configuration = {
  appId: 'app.meow.desktop',
  productName: 'Meow',
  copyright: 'Copyright © Meow Desktop authors',
  directories: { output: 'dist/packages', buildResources: 'build' },

  // Only the bundles and the built UI; electron-builder adds the production node_modules
  // itself (the main bundle keeps NATIVE_EXTERNALS external).
  files: [`${ELECTRON_OUT_DIR}/**`, `${RENDERER_OUT_DIR}/**`, '!**/*.map'],
  // package.json says "type": "module"; the entry is the ESM bundle.
  extraMetadata: { main: MAIN_ENTRY },

  asar: true,
  // Native addons cannot be loaded from inside the asar archive.
  asarUnpack: ['**/*.node'],
  // Rebuild better-sqlite3 / classic-level against Electron's Node ABI on the packaging machine.
  npmRebuild: true,
  nodeGypRebuild: false,

  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The app is served from app://, never file://.
    grantFileProtocolExtraPrivileges: false,
  },

  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'meow',
    category: 'Network',
    icon: 'build/icons',
    synopsis: 'Privacy-first end-to-end encrypted messenger',
    // Replace with a real contact before publishing: deb requires a maintainer.
    maintainer: 'Meow Desktop maintainers <maintainers@meow.invalid>',
    desktop: {
      entry: {
        Categories: 'Network;InstantMessaging;',
        StartupWMClass: 'Meow',
      },
    },
  },

  mac: {
    target: 'dmg',
    category: 'public.app-category.social-networking',
    icon: 'build/icons/icon.png',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    extendInfo: {
      NSCameraUsageDescription:
        'Meow uses the camera only to scan pairing and invitation QR codes.',
      NSMicrophoneUsageDescription: 'Meow does not use the microphone.',
    },
  },

  win: {
    target: 'nsis',
    icon: 'build/icons/icon.png',
  },

  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
};

export default config;
