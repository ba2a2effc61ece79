/**
 * electron-builder.yml against electron-builder's own schema (its validator, resolved through
 * the installed electron-builder), plus the settings this app relies on: the fuses, the entry
 * that scripts/build-electron.mjs writes, and the icons. Packaging itself needs the Electron
 * binary and is not run here.
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fromBuilder = createRequire(
  createRequire(join(REPO, 'package.json')).resolve('electron-builder/package.json'),
);
const fromLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const yaml = fromLib('js-yaml') as { load(text: string): unknown };
const builderConfig = fromLib('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (
    config: unknown,
    logger: { isEnabled: boolean; add: () => void },
  ) => Promise<void>;
};

interface BuilderConfig {
  appId: string;
  files: string[];
  extraMetadata: { main: string };
  electronFuses: Record<string, boolean>;
  npmRebuild: boolean;
  directories: { output: string };
  linux: {
    target: string[];
    category: string;
    icon: string;
    desktop: { entry: Record<string, string> };
  };
  mac: { target: string; icon: string; extendInfo: Record<string, string> };
  win: { target: string; icon: string };
}

const load = async () =>
  yaml.load(await readFile(join(REPO, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema validation', async () => {
    await expect(
      builderConfig.validateConfiguration(await load(), { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
  });

  it('sets the hardening fuses and the bundled entry', async () => {
    const config = await load();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.extraMetadata.main).toBe('dist/electron/main.mjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**']));
    expect(config.npmRebuild).toBe(true);
    expect(config.directories.output).toBe('dist/packages');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.desktop.entry.Categories).toBe('Network;InstantMessaging;');
    expect(config.mac.target).toBe('dmg');
    expect(config.mac.extendInfo.NSCameraUsageDescription).toMatch(/QR/);
    expect(config.win.target).toBe('nsis');
  });

  it('points at icons that exist (512×512 PNG)', async () => {
    const config = await load();
    for (const file of [config.mac.icon, config.win.icon, join(config.linux.icon, '512x512.png')]) {
      const png = await readFile(join(REPO, file));
      expect(png.readUInt32BE(16)).toBe(512);
      expect(png.readUInt32BE(20)).toBe(512);
    }
    expect((await stat(join(REPO, 'build/entitlements.mac.plist'))).isFile()).toBe(true);
  });
});
