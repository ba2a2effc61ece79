/**
 * The main window's options. A pure function so that the security baseline (DESIGN.md §6) is
 * one object a test compares exactly: a change to any of these flags must be deliberate.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 480,
    title: 'Meow',
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      // The preload runs in its own JavaScript world; the page sees only window.meow.
      contextIsolation: true,
      // The renderer process is an OS sandbox: no Node, no filesystem, no child processes.
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Dropping a file on the window must not navigate to it.
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads its dictionaries from Google's servers on Windows and
      // Linux: a privacy-first messenger does not announce itself (and its language) to a
      // third party. macOS would use the offline system checker, but one rule for all is simpler.
      spellcheck: false,
      preload: preloadPath,
    },
  };
}
