/**
 * A stand-in for the 'electron' module, just enough for dist/electron/main.mjs to start under
 * plain Node (no Electron binary can be downloaded here). It records what the app does, then
 * drives it once the window loads: serve app://meow/, invoke commands from the right frame
 * (creating a real profile) and from a wrong one, then quit. The report is printed as one JSON line (SMOKE_REPORT …).
 */
import { join } from 'node:path';

const report = {
  switches: [],
  sandbox: false,
  schemes: [],
  userData: null,
  singleInstanceLock: false,
  windowOptions: null,
  loaded: null,
  permissionHandlers: 0,
  sessionEvents: [],
  page: null,
  status: null,
  created: null,
  forbidden: null,
  events: [],
  exitCode: null,
};
const listeners = new Map();
const emit = (name, ...args) => {
  for (const fn of listeners.get(name) ?? []) fn(...args);
};
let ready = false;
let readyResolve;
const readyPromise = new Promise((resolve) => (readyResolve = resolve));
const paths = { userData: join(process.env.MEOW_SMOKE_DIR ?? '/tmp', 'userData') };
let protocolHandler;
let commandHandler;

export const app = {
  commandLine: { appendSwitch: (name, value) => report.switches.push([name, value]) },
  enableSandbox: () => (report.sandbox = true),
  getPath: (name) => paths[name],
  setPath: (name, value) => {
    paths[name] = value;
    report.userData = value;
  },
  requestSingleInstanceLock: () => (report.singleInstanceLock = true),
  on(name, fn) {
    listeners.set(name, [...(listeners.get(name) ?? []), fn]);
    return app;
  },
  whenReady: () => readyPromise,
  isReady: () => ready,
  quit: () => {
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    emit('before-quit', event);
  },
  exit: (code) => {
    report.exitCode = code;
    console.log(`SMOKE_REPORT ${JSON.stringify(report)}`);
    process.exit(0);
  },
  setBadgeCount: () => true,
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => report.schemes.push(...schemes),
  handle: (scheme, handler) => {
    if (scheme === 'app') protocolHandler = handler;
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: () => report.permissionHandlers++,
    setPermissionCheckHandler: () => report.permissionHandlers++,
    on: (name) => report.sessionEvents.push(name),
  },
};

export const ipcMain = {
  handle: (channel, fn) => {
    if (channel === 'meow:command') commandHandler = fn;
  },
  removeHandler: () => undefined,
};

export const shell = { openExternal: async () => undefined };

class Emitter {
  handlers = new Map();
  on(name, fn) {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), fn]);
    return this;
  }
  once(name, fn) {
    return this.on(name, fn);
  }
  fire(name, ...args) {
    for (const fn of this.handlers.get(name) ?? []) fn(...args);
  }
}

async function drive(window) {
  const page = await protocolHandler({ url: 'app://meow/', method: 'GET' });
  report.page = { status: page.status, csp: page.headers.get('content-security-policy') };
  const contents = window.webContents;
  report.status = await commandHandler(
    { sender: contents, senderFrame: contents.mainFrame },
    'app.status',
    {},
  );
  // Opens a real profile: libsodium, Argon2id, LevelDB and SQLite inside the bundle.
  report.created = await commandHandler(
    { sender: contents, senderFrame: contents.mainFrame },
    'identity.create',
    { nickname: 'Smoke', password: 'correct horse battery' },
  );
  try {
    await commandHandler(
      { sender: contents, senderFrame: { ...contents.mainFrame, frameToken: 'iframe' } },
      'app.status',
      {},
    );
  } catch (err) {
    report.forbidden = String(err.message);
  }
  app.quit();
}

export class BrowserWindow extends Emitter {
  constructor(options) {
    super();
    report.windowOptions = options;
    const mainFrame = { processId: 1, frameToken: 'main', url: 'about:blank' };
    this.webContents = {
      mainFrame,
      isDestroyed: () => false,
      getURL: () => mainFrame.url,
      send: (channel, name) => report.events.push([channel, name]),
      contentsEvents: [],
      on(name) {
        this.contentsEvents.push(name);
        report.contentsEvents = this.contentsEvents;
      },
    };
    emit(
      'web-contents-created',
      {},
      { on: () => undefined, setWindowOpenHandler: () => undefined },
    );
  }
  async loadURL(url) {
    report.loaded = url;
    this.webContents.mainFrame.url = url;
    this.fire('ready-to-show');
    setTimeout(() => void drive(this), 50);
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  isFocused = () => false;
  show() {}
  hide() {}
  focus() {}
  restore() {}
}

export class Tray extends Emitter {
  setContextMenu() {}
  setToolTip() {}
  setTitle() {}
  destroy() {}
}
export const Menu = { buildFromTemplate: (template) => template };
export class Notification extends Emitter {
  static isSupported = () => false;
  show() {}
  close() {}
}
export const nativeImage = { createFromBuffer: () => ({ setTemplateImage: () => undefined }) };

setTimeout(() => {
  ready = true;
  readyResolve();
}, 10);
