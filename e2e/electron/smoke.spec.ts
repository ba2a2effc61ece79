/**
 * The Electron shell, smoke-tested with Playwright's `_electron.launch`: the window opens on
 * the app's own origin with the security baseline in effect (no Node in the page, only the
 * typed `window.meow` bridge, the CSP), and a command makes the IPC round trip to the engine.
 *
 * Runs wherever an Electron binary is installed (`require('electron')` names an executable
 * file) and the main bundle is built (`node scripts/build-electron.mjs` → dist/electron);
 * anywhere else it reports itself skipped with the reason.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import { makeTempDir } from '../../testkit/tmp';
import { ELECTRON_DIST, REPO_ROOT } from '../fixtures/paths';

type Found = { readonly path: string } | { readonly skip: string };

function electronBinary(): Found {
  let path: unknown;
  try {
    path = createRequire(import.meta.url)('electron');
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { skip: `no Electron binary here: require('electron') failed (${why})` };
  }
  if (typeof path !== 'string' || !existsSync(path)) {
    return {
      skip: `no Electron binary here: require('electron') names ${String(path)}, which does not exist`,
    };
  }
  try {
    accessSync(path, constants.X_OK);
  } catch {
    return { skip: `the Electron binary ${path} is not executable` };
  }
  return { path };
}

/** The main bundle: dist/electron/main.cjs, or main.mjs (what scripts/build-electron.mjs emits today). */
function mainBundle(): Found {
  const candidates = ['main.cjs', 'main.mjs'].map((name) => join(ELECTRON_DIST, name));
  const path = candidates.find((p) => existsSync(p));
  if (path === undefined) {
    return {
      skip: `no Electron main bundle (${candidates.join(' or ')}): run node scripts/build-electron.mjs`,
    };
  }
  return { path };
}

const binary = electronBinary();
const bundle = mainBundle();
const skipReason = 'skip' in binary ? binary.skip : 'skip' in bundle ? bundle.skip : undefined;

test('the window opens with the security baseline; a command makes the IPC round trip', async () => {
  // The list reporter shows a test's output, not its skip annotation: say why here too.
  if (skipReason !== undefined)
    process.stdout.write(`electron smoke test skipped: ${skipReason}\n`);
  test.skip(skipReason !== undefined, skipReason);
  if (!('path' in binary) || !('path' in bundle)) return;

  const profile = await makeTempDir('meow-e2e-electron-');
  const app = await _electron.launch({
    executablePath: binary.path,
    args: [bundle.path, '--profile', profile.path],
    cwd: REPO_ROOT,
    env: { ...process.env, MEOW_PROFILE: profile.path },
  });
  try {
    const page = await app.firstWindow();
    // The renderer comes from the app's own scheme, never from file:// or the network.
    expect(page.url()).toMatch(/^app:\/\/meow\//);
    await expect(page.getByTestId('create-nickname')).toBeVisible();

    // The page is sandboxed and isolated: no Node, only the typed bridge.
    const baseline = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      const meow = g.meow as Record<string, unknown> | undefined;
      return {
        require: typeof g.require,
        process: typeof g.process,
        module: typeof g.module,
        ipcRenderer: typeof g.ipcRenderer,
        bridgeKeys: meow ? Object.keys(meow).sort() : [],
        csp:
          document
            .querySelector('meta[http-equiv="Content-Security-Policy"]')
            ?.getAttribute('content') ?? '',
      };
    });
    expect(baseline).toMatchObject({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
    });
    expect(baseline.bridgeKeys).toEqual(['commands', 'on']);
    expect(baseline.csp).toContain("default-src 'self'");

    // One BrowserWindow, showing the app (checked from the main process).
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => w.webContents.getURL()),
    );
    expect(windows).toHaveLength(1);
    expect(windows[0]).toMatch(/^app:\/\/meow\//);

    // IPC round trip: page → preload → main → engine session → back.
    const status = await page.evaluate(async () => {
      const meow = (
        globalThis as unknown as {
          meow: { commands: Record<string, (a: object) => Promise<unknown>> };
        }
      ).meow;
      return meow.commands['app.status']?.({});
    });
    expect(status).toEqual({ state: 'no-identity', profileDir: profile.path });
    // …and a refused command comes back as an error with its code.
    const refused = await page.evaluate(async () => {
      const meow = (
        globalThis as unknown as {
          meow: { commands: Record<string, (a: object) => Promise<unknown>> };
        }
      ).meow;
      try {
        await meow.commands['identity.unlock']?.({ password: '' });
        return 'resolved';
      } catch (err) {
        return err instanceof Error ? err.message : String(err);
      }
    });
    expect(refused).toMatch(/^INVALID_ARGUMENT/);
  } finally {
    await app.close();
    await profile.cleanup();
  }
});
