import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy as sharedContentSecurityPolicy } from '../hosting/csp';
import { securityHeaders as sharedSecurityHeaders } from '../hosting/headers';
import {
  APP_ENTRY_URL,
  CAMERA_ROUTES,
  allowPermission,
  allowPermissionCheck,
  contentSecurityPolicy,
  decideNavigation,
  decideWindowOpen,
  installContentsGuards,
  installPermissionHandlers,
  isAppUrl,
  isCameraRoute,
  permissionUrl,
  securityHeaders,
} from './security';

describe('isAppUrl', () => {
  it.each([
    ['app://meow/index.html', true],
    ['app://meow/', true],
    ['app://MEOW/assets/a.js', false],
    ['app://meow.evil/index.html', false],
    ['app://evil/index.html', false],
    ['app://user@meow/index.html', false],
    ['https://meow/index.html', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('navigation', () => {
  it.each([
    ['app://meow/index.html', 'allow'],
    ['app://meow/', 'allow'],
    ['app://meow/index.html#/devices', 'allow'],
    ['app://meow/index.html?x=1', 'allow'],
    ['app://meow/assets/index.js', 'deny'],
    ['app://other/index.html', 'deny'],
    ['https://example.org/page', 'external'],
    ['https://user:pw@example.org/', 'deny'],
    ['http://example.org/', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['data:text/html,<b>x</b>', 'deny'],
    ['mailto:a@b.c', 'deny'],
    ['meow:1:invitation', 'deny'],
    ['chrome://settings', 'deny'],
  ])('will-navigate %s → %s', (url, expected) => {
    expect(decideNavigation(url)).toBe(expected);
  });

  it.each([
    ['https://example.org/', 'external'],
    ['app://meow/index.html', 'deny'],
    ['http://example.org/', 'deny'],
    ['file:///tmp/x', 'deny'],
    ['about:blank', 'deny'],
    ['', 'deny'],
  ])('window.open %s → %s', (url, expected) => {
    expect(decideWindowOpen(url)).toBe(expected);
  });
});

type Listener = (event: { url: string; isMainFrame?: boolean; preventDefault: () => void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: vi.fn((name: string, fn: Listener) => {
      listeners.set(name, fn);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((fn: (d: { url: string }) => { action: string }) => {
      openHandler = fn;
    }),
  };
  const fire = (name: string, url: string, isMainFrame = true) => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ url, isMainFrame, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('installContentsGuards', () => {
  it('prevents navigation away, hands https: to the browser, allows app reloads', () => {
    const { contents, fire } = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    installContentsGuards(contents as never, openExternal);
    expect(fire('will-navigate', APP_ENTRY_URL)).toBe(false);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'https://example.org/a')).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://example.org/a');
    expect(fire('will-redirect', 'https://example.org/b')).toBe(true);
    expect(fire('will-frame-navigate', APP_ENTRY_URL, false)).toBe(true);
    expect(fire('will-frame-navigate', APP_ENTRY_URL, true)).toBe(false);
    expect(fire('will-attach-webview', APP_ENTRY_URL)).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies every window.open and opens only https: outside', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    installContentsGuards(contents as never, openExternal);
    for (const url of ['https://example.org/', 'http://x/', 'app://meow/index.html', 'file:///']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });
});

describe('permissions', () => {
  const devices = `${APP_ENTRY_URL}#/devices`;
  const base = { isMainFrame: true };
  it.each([
    ['notifications', { requestingUrl: APP_ENTRY_URL }, true],
    ['notifications', { requestingUrl: devices }, true],
    ['notifications', { requestingUrl: 'https://evil.example/' }, false],
    ['notifications', { requestingUrl: APP_ENTRY_URL, isMainFrame: false }, false],
    ['media', { requestingUrl: devices, mediaTypes: ['video'] }, true],
    ['media', { requestingUrl: `${APP_ENTRY_URL}#/contacts/add`, mediaTypes: ['video'] }, true],
    ['media', { requestingUrl: `${APP_ENTRY_URL}#/onboarding/join`, mediaTypes: ['video'] }, true],
    ['media', { requestingUrl: `${APP_ENTRY_URL}#/devices/pair`, mediaTypes: ['video'] }, true],
    ['media', { requestingUrl: devices, mediaTypes: ['video', 'audio'] }, false],
    ['media', { requestingUrl: devices, mediaTypes: ['audio'] }, false],
    ['media', { requestingUrl: devices, mediaTypes: [] }, false],
    ['media', { requestingUrl: devices }, false],
    ['media', { requestingUrl: devices, mediaTypes: ['video'], isMainFrame: false }, false],
    ['media', { requestingUrl: `${APP_ENTRY_URL}#/chats`, mediaTypes: ['video'] }, false],
    ['media', { requestingUrl: `${APP_ENTRY_URL}#/devicesX`, mediaTypes: ['video'] }, false],
    ['media', { requestingUrl: APP_ENTRY_URL, mediaTypes: ['video'] }, false],
    ['media', { requestingUrl: 'https://evil.example/#/devices', mediaTypes: ['video'] }, false],
    ['media', { requestingUrl: 'app://meow/assets/x.html#/devices', mediaTypes: ['video'] }, false],
    ['geolocation', { requestingUrl: devices }, false],
    ['clipboard-read', { requestingUrl: APP_ENTRY_URL }, false],
    ['display-capture', { requestingUrl: devices }, false],
    ['openExternal', { requestingUrl: APP_ENTRY_URL }, false],
    ['fullscreen', { requestingUrl: APP_ENTRY_URL }, false],
    ['unknown', { requestingUrl: APP_ENTRY_URL }, false],
    ['notifications', {}, false],
  ])('request %s %j → %s', (permission, info, expected) => {
    expect(allowPermission(permission, { ...base, ...info })).toBe(expected);
  });

  it('exports the camera routes it enforces', () => {
    expect(CAMERA_ROUTES).toContain('#/devices');
    expect(CAMERA_ROUTES).toContain('#/contacts/add');
    for (const route of CAMERA_ROUTES) expect(isCameraRoute(`${APP_ENTRY_URL}${route}`)).toBe(true);
    expect(isCameraRoute(undefined)).toBe(false);
  });

  it.each([
    ['notifications', { requestingUrl: APP_ENTRY_URL, isMainFrame: true }, true],
    ['media', { requestingUrl: devices, isMainFrame: true, mediaType: 'video' as const }, true],
    ['media', { requestingUrl: devices, isMainFrame: true, mediaType: 'audio' as const }, false],
    ['media', { requestingUrl: devices, isMainFrame: true, mediaType: 'unknown' as const }, false],
    [
      'media',
      { requestingUrl: APP_ENTRY_URL, isMainFrame: true, mediaType: 'video' as const },
      false,
    ],
    ['usb', { requestingUrl: APP_ENTRY_URL, isMainFrame: true }, false],
    ['notifications', { isMainFrame: false }, false],
  ])('check %s %j → %s (consistent with requests)', (permission, details, expected) => {
    expect(allowPermissionCheck(permission, details, 'app://meow')).toBe(expected);
  });

  it.each([
    // Chromium dropped the fragment: the page's own URL carries the route.
    [APP_ENTRY_URL, devices, true, devices],
    [devices, devices, true, devices],
    [undefined, devices, true, devices],
    // Never for sub-frames, and never lets a foreign requester borrow the app's URL.
    [APP_ENTRY_URL, devices, false, APP_ENTRY_URL],
    ['https://evil.example/', devices, true, 'https://evil.example/'],
    [APP_ENTRY_URL, 'https://evil.example/#/devices', true, APP_ENTRY_URL],
  ])('judges %s (page at %s, main frame %s) by %s', (requesting, page, main, expected) => {
    expect(permissionUrl(requesting, page, main)).toBe(expected);
  });

  it('installs both handlers on the session', () => {
    let request: ((...a: unknown[]) => void) | undefined;
    let check: ((...a: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    };
    installPermissionHandlers(session as never);
    const contents = { getURL: () => devices };
    const answers: boolean[] = [];
    const callback = (granted: boolean) => answers.push(granted);
    request?.(contents, 'media', callback, {
      isMainFrame: true,
      mediaTypes: ['video'],
      requestingUrl: devices,
    });
    request?.(contents, 'media', callback, {
      isMainFrame: true,
      mediaTypes: ['audio'],
      requestingUrl: devices,
    });
    request?.(contents, 'geolocation', callback, { isMainFrame: true, requestingUrl: devices });
    request?.(contents, 'notifications', callback, { isMainFrame: true });
    // A request without the fragment is judged by the page's URL (the route).
    request?.(contents, 'media', callback, {
      isMainFrame: true,
      mediaTypes: ['video'],
      requestingUrl: APP_ENTRY_URL,
    });
    expect(answers).toEqual([true, false, false, true, true]);
    expect(
      check?.(contents, 'notifications', 'app://meow', {
        isMainFrame: true,
        requestingUrl: APP_ENTRY_URL,
      }),
    ).toBe(true);
    expect(
      check?.(contents, 'midi', 'app://meow', { isMainFrame: true, requestingUrl: APP_ENTRY_URL }),
    ).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows only the app itself and nothing remote', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:|ws:|\*/);
    expect(securityHeaders()['Content-Security-Policy']).toBe(csp);
    expect(securityHeaders()['X-Content-Type-Options']).toBe('nosniff');
  });

  it('is the shared policy and headers (main/hosting), plus mediastream: for the camera', () => {
    expect(contentSecurityPolicy()).toBe(sharedContentSecurityPolicy({ media: ['mediastream:'] }));
    expect(contentSecurityPolicy()).toContain("media-src 'self' blob: mediastream:");
    expect(securityHeaders()).toEqual(sharedSecurityHeaders({ media: ['mediastream:'] }));
  });
});
