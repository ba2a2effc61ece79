/**
 * electron.config.ts, the one source of the Electron build: read the way `npm run dist` reads
 * it (electron-builder's own config loader) and checked against electron-builder's schema
 * (its validator, resolved through the installed electron-builder); then the settings this
 * app relies on: the hardening fuses, the targets, the entry that scripts/build-electron.mjs
 * writes, and the icons. Packaging itself needs the Electron binary and is not run here.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import config, {
  ELECTRON_OUT_DIR,
  MAIN_ENTRY,
  RENDERER_OUT_DIR,
  bundles,
} from '../../electron.config';
import { KDF_WORKER_FILE } from '../storage/key-derivation';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fromBuilder = createRequire(
  createRequire(join(REPO, 'package.json')).resolve('electron-builder/package.json'),
);
const fromLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const builderConfig = fromLib('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (
    config: unknown,
    logger: { isEnabled: boolean; add: () => void },
  ) => Promise<void>;
};
const builderLoad = fromLib('app-builder-lib/out/util/config/load.js') as {
  getConfig: (
    request: {
      packageKey: string;
      configFilename: string;
      projectDir: string;
      packageMetadata: null;
    },
    configPath: string,
  ) => Promise<{ result: unknown; configFile: string | null }>;
};

interface PackageJson {
  main: string;
  scripts: Record<string, string>;
  build?: unknown;
}

const packageJson = async () =>
  JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as PackageJson;

/** What `electron-builder --config electron.config.ts` (npm run dist) gets. */
const loadAsBuilder = async () => {
  const { result } = await builderLoad.getConfig(
    {
      packageKey: 'build',
      configFilename: 'electron-builder',
      projectDir: REPO,
      packageMetadata: null,
    },
    'electron.config.ts',
  );
  return result as Configuration;
};

describe('electron.config.ts', () => {
  it('is what electron-builder loads for npm run dist, and passes its schema validation', async () => {
    const scripts = (await packageJson()).scripts;
    expect(scripts.dist).toMatch(/\belectron-builder --config electron\.config\.ts$/);
    const loaded = await loadAsBuilder();
    expect(loaded).toEqual(config);
    await expect(
      builderConfig.validateConfiguration(loaded, { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
  });

  it('is the only electron-builder config', async () => {
    for (const ext of ['yml', 'yaml', 'json', 'json5', 'toml', 'js', 'cjs', 'ts']) {
      expect(existsSync(join(REPO, `electron-builder.${ext}`))).toBe(false);
    }
    expect((await packageJson()).build).toBeUndefined();
  });

  it('sets the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      // No ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect: the binary is not a Node runtime.
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      // The app code is the asar archive, checked against the integrity hash in the binary.
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The app is served from app://, never file://.
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb, dmg, and nsis', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
    expect(config.appId).toBe('app.meow.desktop');
    expect(config.npmRebuild).toBe(true);
    expect(config.directories?.output).toBe('dist/packages');
    expect(config.linux?.desktop?.entry?.Categories).toBe('Network;InstantMessaging;');
    expect(config.mac?.extendInfo).toMatchObject({ NSCameraUsageDescription: /QR/ });
  });

  it('packages the bundles it describes, with the entry package.json names', async () => {
    expect(MAIN_ENTRY).toBe(`${ELECTRON_OUT_DIR}/${bundles.main.outfile}`);
    expect(MAIN_ENTRY).toBe('dist/electron/main.mjs');
    expect(config.extraMetadata).toEqual({ main: MAIN_ENTRY });
    // `electron .` (npm start) reads package.json's "main".
    expect((await packageJson()).main).toBe(MAIN_ENTRY);
    expect(config.files).toEqual([`${ELECTRON_OUT_DIR}/**`, `${RENDERER_OUT_DIR}/**`, '!**/*.map']);
    // main.ts loads the preload next to itself and the renderer from ../renderer.
    expect(bundles.preload.outfile).toBe('preload.cjs');
    expect(join(ELECTRON_OUT_DIR, '..', 'renderer')).toBe(RENDERER_OUT_DIR);
    for (const bundle of Object.values(bundles)) {
      expect((await stat(join(REPO, bundle.entry))).isFile()).toBe(true);
    }
    expect(bundles.main).toMatchObject({ format: 'esm', platform: 'node' });
    expect(bundles.main.external).toEqual(
      expect.arrayContaining(['electron', 'better-sqlite3', 'classic-level']),
    );
    expect(bundles.preload).toMatchObject({ format: 'cjs', external: ['electron'] });
    // key-derivation.ts starts its worker by this name, next to main.mjs.
    expect(bundles.kdfWorker).toMatchObject({ format: 'esm', outfile: KDF_WORKER_FILE });
  });

  it('points at icons that exist (512×512 PNG)', async () => {
    const icons = [
      config.mac?.icon,
      config.win?.icon,
      join(String(config.linux?.icon), '512x512.png'),
    ];
    for (const file of icons) {
      const png = await readFile(join(REPO, String(file)));
      expect(png.readUInt32BE(16)).toBe(512);
      expect(png.readUInt32BE(20)).toBe(512);
    }
    expect((await stat(join(REPO, 'build/entitlements.mac.plist'))).isFile()).toBe(true);
  });
});
