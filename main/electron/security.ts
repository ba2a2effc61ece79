/**
 * The desktop shell's gatekeeping (DESIGN.md §6), as pure decisions plus thin installers so
 * that every rule is table-tested without Electron: which URLs are "the app", where the window
 * may navigate, what opens in the system browser, which permissions the page gets, and the
 * Content-Security-Policy of every app:// response. The page is treated as untrusted: a bug
 * in the renderer must not turn into a navigation, a popup, a camera or a new process.
 */
import type { PermissionCheckHandlerHandlerDetails, Session, WebContents } from 'electron';
import {
  contentSecurityPolicy as sharedContentSecurityPolicy,
  type CspExtras,
} from '../hosting/csp';
import { securityHeaders as sharedSecurityHeaders } from '../hosting/headers';

/** The renderer is served from app://meow/ (a standard, secure custom scheme; see main.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'meow';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to the app's own origin. Compared by scheme and host, not by
 * URL.origin: Node's URL parser does not know that `app:` is a standard scheme here and
 * reports the origin of every app:// URL as "null".
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string') return false;
  const parsed = parse(url);
  return parsed?.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username;
}

/** The app's one document (hash and query aside): the only thing the window may (re)load. */
export function isAppDocument(url: string): boolean {
  if (!isAppUrl(url)) return false;
  const path = parse(url)?.pathname;
  return path === '/' || path === '/index.html';
}

/** An https: link the user may open in the system browser; null for anything else. */
export function externalUrl(url: string): string | null {
  const parsed = parse(url);
  if (parsed?.protocol !== 'https:' || parsed.username || parsed.password) return null;
  return parsed.href;
}

export type NavigationDecision = 'allow' | 'deny' | 'external';

/** will-navigate: the app may reload itself; https: links go to the browser; nothing else. */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppDocument(url)) return 'allow';
  return externalUrl(url) === null ? 'deny' : 'external';
}

/** window.open / target=_blank never creates a window; https: links go to the browser. */
export function decideWindowOpen(url: string): Exclude<NavigationDecision, 'allow'> {
  return externalUrl(url) === null ? 'deny' : 'external';
}

/**
 * The screens that scan QR codes, as hash routes of the app document: pairing a device,
 * adding a contact, and joining as a new device during onboarding. Only these may open the
 * camera (video only — never the microphone).
 */
export const CAMERA_ROUTES = ['#/devices', '#/contacts/add', '#/onboarding/join'] as const;

export function isCameraRoute(url: string | undefined): boolean {
  if (url === undefined || !isAppDocument(url)) return false;
  const hash = parse(url)?.hash ?? '';
  return CAMERA_ROUTES.some(
    (route) => hash === route || hash.startsWith(`${route}/`) || hash.startsWith(`${route}?`),
  );
}

/** What a permission request tells about itself (a subset of Electron's details types). */
export interface PermissionRequestInfo {
  readonly requestingUrl?: string;
  readonly isMainFrame?: boolean;
  /** For 'media' requests: what is asked for. */
  readonly mediaTypes?: readonly string[];
}

/**
 * The one permission rule, for the app's own main frame only: 'notifications' always; 'media'
 * only for the camera alone (no audio) on a QR-scanning screen; everything else denied.
 */
export function allowPermission(permission: string, info: PermissionRequestInfo): boolean {
  const url = info.requestingUrl;
  // The app has no frames: a sub-frame asking for anything is not the app.
  if (info.isMainFrame !== true || !isAppUrl(url)) return false;
  if (permission === 'notifications') return true;
  if (permission !== 'media') return false;
  const types = info.mediaTypes ?? [];
  const videoOnly = types.length > 0 && types.every((t) => t === 'video');
  return videoOnly && isCameraRoute(url);
}

/**
 * The same rule for permission *checks* (navigator.permissions.query, enumerateDevices, …),
 * so that a page is never told "granted" for something a request would refuse. A media check
 * names one type at a time; 'unknown' is refused like audio.
 */
export function allowPermissionCheck(
  permission: string,
  details: Pick<
    PermissionCheckHandlerHandlerDetails,
    'requestingUrl' | 'isMainFrame' | 'mediaType'
  >,
  requestingOrigin: string,
): boolean {
  const url = details.requestingUrl ?? requestingOrigin;
  return allowPermission(permission, {
    requestingUrl: url,
    isMainFrame: details.isMainFrame,
    mediaTypes: details.mediaType ? [details.mediaType] : [],
  });
}

/**
 * The URL a main-frame permission is judged by. The route lives in the fragment, and whether
 * Chromium keeps the fragment in `requestingUrl` is not documented; the WebContents' own URL
 * (its main frame, fragment included) is. The request's URL must still be the app's.
 */
export function permissionUrl(
  requestingUrl: string | undefined,
  contentsUrl: string | undefined,
  isMainFrame: boolean,
): string | undefined {
  const requesting = requestingUrl ?? contentsUrl;
  if (!isMainFrame || !isAppUrl(requesting) || !isAppUrl(contentsUrl)) return requesting;
  return contentsUrl;
}

/** Installs both permission handlers on a session (the default one: the app uses no other). */
export function installPermissionHandlers(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const info = details as PermissionRequestInfo;
    const url = permissionUrl(info.requestingUrl, contents.getURL(), info.isMainFrame === true);
    callback(allowPermission(permission, { ...info, requestingUrl: url }));
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) => {
    const url = permissionUrl(details.requestingUrl, contents?.getURL(), details.isMainFrame);
    return allowPermissionCheck(permission, { ...details, requestingUrl: url }, requestingOrigin);
  });
}

/**
 * Navigation and popup guards for one WebContents (installed on every one that is created,
 * see main.ts): denied unless the rule above says otherwise; https: links are handed to the
 * system browser, which is the only way out of the app.
 */
export function installContentsGuards(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  openExternal: (url: string) => unknown,
): void {
  const external = (url: string): void => {
    const safe = externalUrl(url);
    if (safe !== null) void Promise.resolve(openExternal(safe)).catch(() => undefined);
  };
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'external') external(event.url);
  });
  // The app has no frames (its CSP forbids them): no sub-frame may navigate anywhere.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  // A redirect is a navigation the page did not ask for: same rule, never opened outside.
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url) !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === 'external') external(url);
    return { action: 'deny' };
  });
}

/**
 * The Content-Security-Policy of every app:// response: the renderer's shared policy
 * (main/hosting/csp.ts) with nothing beyond the app's own origin to connect to (the engine
 * talks to relays from the main process, never from the page); the camera preview may also
 * play a mediastream:.
 */
const APP_CSP_EXTRAS: CspExtras = { media: ['mediastream:'] };

export function contentSecurityPolicy(): string {
  return sharedContentSecurityPolicy(APP_CSP_EXTRAS);
}

/** Headers of every app:// response (main/hosting/headers.ts). */
export function securityHeaders(): Record<string, string> {
  return sharedSecurityHeaders(APP_CSP_EXTRAS);
}
