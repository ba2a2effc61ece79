/**
 * Everything that must happen before the app is ready — and before any module that awaits at
 * its top level. The main bundle is ESM (core/crypto awaits libsodium at the top level, which
 * CommonJS cannot express), so code after that await may run after 'ready'. main.ts imports
 * this module FIRST; its body runs synchronously at the very start of the bundle.
 *
 * V8 flags (main/hosting/v8-flags.mjs; docs/PROTOCOL.md, Deviations, "Host V8 flags"):
 * libsodium's WebAssembly compiled by the optimizing tier from the start, and a fixed-size
 * young generation.
 * - `app.commandLine.appendSwitch('js-flags', …)` reaches every process Chromium starts from
 *   now on, i.e. the renderers — not this one, whose V8 already runs;
 * - for this process `--no-liftoff` is set at run time: V8 reads it whenever a WebAssembly
 *   module is compiled, and libsodium compiles after this runs. The semi-space sizes are fixed
 *   when the heap is created: they apply to the main process only when the app is launched
 *   with `--js-flags=…` on its command line (`npm start` does: scripts/run.mjs --electron).
 */
import { setFlagsFromString } from 'node:v8';
import { app, protocol } from 'electron';
import { JS_FLAGS, RUNTIME_V8_FLAG } from '../hosting/v8-flags.mjs';
import { resolveLaunch } from './launch';
import { APP_SCHEME } from './security';

setFlagsFromString(RUNTIME_V8_FLAG);
app.commandLine.appendSwitch('js-flags', JS_FLAGS);
// Every renderer sandboxed, whatever options a future window is created with.
app.enableSandbox();
// app:// behaves like https: (standard URL parsing, a real origin, secure context, fetch).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** This instance's profile folder and Chromium data folder (see launch.ts). */
export const launch = resolveLaunch(process.argv, process.env, app.getPath('userData'));
if (launch.userData !== app.getPath('userData')) app.setPath('userData', launch.userData);

/**
 * False when another instance already runs on this profile: it shows its window (its
 * 'second-instance' handler) and this one quits without opening the profile.
 */
export const primaryInstance = app.requestSingleInstanceLock();
if (!primaryInstance) app.quit();
