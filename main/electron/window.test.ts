import { describe, expect, it } from 'vitest';
import { windowOptions } from './window';

describe('windowOptions', () => {
  it('is exactly the security baseline (a change here must be deliberate)', () => {
    expect(windowOptions('/app/dist/electron/preload.cjs').webPreferences).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      preload: '/app/dist/electron/preload.cjs',
    });
  });

  it('starts hidden (shown on ready-to-show) and sets nothing that loosens the page', () => {
    const options = windowOptions('/p.cjs');
    expect(options.show).toBe(false);
    const keys = Object.keys(options).sort();
    expect(keys).toEqual(
      [
        'autoHideMenuBar',
        'height',
        'minHeight',
        'minWidth',
        'show',
        'title',
        'webPreferences',
        'width',
      ].sort(),
    );
  });
});
