/**
 * The Electron app entry (bundled to dist/electron/main.mjs by scripts/build-electron.mjs).
 * Wires the pieces together; every decision lives in a small tested module:
 * prelude.ts (everything before 'ready': V8 flags, sandbox, app:// privileges, profile and
 * userData folders, single-instance lock), window.ts (security baseline), security.ts
 * (navigation, popups, permissions, CSP), protocol.ts (app:// files), ipc.ts (sender check +
 * dispatch, events), notifications.ts (notifications, badge, tray).
 */
import { launch, primaryInstance } from './prelude'; // first: see prelude.ts
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, ipcMain, protocol, session, shell } from 'electron';
import type { PeerView, ProfileView } from '../api/contract';
import { createDispatcher, type Dispatch } from '../api/dispatcher';
import { ApiSession } from '../api/session';
import { OwnRelay } from '../hosting/own-relay';
import { forwardEvents, registerCommandIpc } from './ipc';
import { setupDesktop, type Desktop } from './notifications';
import { contactRowOf, mayChangeUnread } from './unread';
import { createAppFileHandler, withFileLinks } from './protocol';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  installContentsGuards,
  installPermissionHandlers,
} from './security';
import { installDownloadDialog } from './downloads';
import { windowOptions } from './window';

/** How long a clean shutdown may take before the app exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 5000;

// This file runs as dist/electron/main.mjs (or the same path inside the asar).
const HERE = dirname(fileURLToPath(import.meta.url));
const PRELOAD = join(HERE, 'preload.cjs');
const RENDERER_DIR = join(HERE, '..', 'renderer');

if (primaryInstance) start();

function start(): void {
  // The relay this computer hosts, if the user chose one (Settings → Servers, onboarding):
  // started before any window, so paired devices reach it while the app is still locked.
  const ownRelay = new OwnRelay(launch.profileDir, {
    log: (line) => {
      console.error(`[meow] ${line}`);
    },
  });
  const relayResumed = ownRelay.resume();
  const apiSession = new ApiSession(launch.profileDir, { relayHosting: ownRelay });
  const dispatch = createDispatcher(apiSession, (err) => {
    console.error('[meow] command failed:', err);
  });
  let window: BrowserWindow | null = null;
  let desktop: Desktop | null = null;
  let quitting = false;
  const getWindow = (): BrowserWindow | null => window;

  const createWindow = (): BrowserWindow => {
    const win = new BrowserWindow(windowOptions(PRELOAD));
    win.once('ready-to-show', () => {
      win.show();
    });
    // Closing hides to the tray: the engine keeps receiving while the window is away.
    win.on('close', (event) => {
      if (quitting) return;
      event.preventDefault();
      win.hide();
    });
    win.on('focus', () => desktop?.refresh());
    win.on('closed', () => {
      if (window === win) window = null;
    });
    void win.loadURL(APP_ENTRY_URL);
    return win;
  };

  const showWindow = (): void => {
    if (!app.isReady()) return;
    if (!window || window.isDestroyed()) window = createWindow();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  // The unread total changes without an engine event when the user reads: after a command
  // that may have changed it, its answer's contact row, or else a listing.
  const tracked: Dispatch = async (command, args) => {
    const response = await dispatch(command, args);
    if (response.ok && typeof command === 'string') {
      const row = contactRowOf(command, response.result);
      if (row) desktop?.putRow(row);
      else if (mayChangeUnread(command)) desktop?.refresh();
    }
    return response;
  };
  const listPeers = async (): Promise<PeerView[] | null> => {
    const response = await dispatch('peers.list', {});
    return response.ok ? (response.result as PeerView[]) : null;
  };
  const showText = async (): Promise<boolean> => {
    const response = await dispatch('profile.get', {});
    return response.ok && (response.result as ProfileView).notificationText;
  };

  app.on('second-instance', showWindow);
  app.on('activate', showWindow);
  app.on('web-contents-created', (_event, contents) => {
    installContentsGuards(contents, (url) => shell.openExternal(url));
  });
  // Windows only hide (see 'close'); the app ends through Quit (tray, menu, OS logout).
  app.on('window-all-closed', () => undefined);

  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    desktop?.stop();
    // Workers stop and stores close before the process goes: nothing half-written.
    const timeout = new Promise((done) => setTimeout(done, SHUTDOWN_TIMEOUT_MS));
    const closed = apiSession.close().then(() => ownRelay.close());
    void Promise.race([closed, timeout])
      .catch((err: unknown) => {
        console.error('[meow] shutdown:', err);
      })
      .finally(() => {
        app.exit(0);
      });
  });

  registerCommandIpc(ipcMain, getWindow, tracked);
  forwardEvents(apiSession.events, getWindow);

  void Promise.all([app.whenReady(), relayResumed]).then(() => {
    installPermissionHandlers(session.defaultSession);
    installDownloadDialog(session.defaultSession, () => app.getPath('downloads'));
    protocol.handle(APP_SCHEME, withFileLinks(apiSession, createAppFileHandler(RENDERER_DIR)));
    window = createWindow();
    desktop = setupDesktop({
      events: apiSession.events,
      listPeers,
      showText,
      getWindow,
      showWindow,
      quit: () => {
        app.quit();
      },
    });
  });
}
