/**
 * The one Content-Security-Policy of the renderer, whoever serves it: Electron's app:// handler
 * (main/electron/protocol.ts) and the browser host (main/webhost). Only the app's own scripts,
 * styles and fonts; images also from data:/blob: (avatars, QR codes); media also from blob:
 * (the camera preview); network only to the app's own origin — plus what a host names
 * explicitly (the browser host's API WebSocket); no plugins, frames, forms or <base>. The
 * renderer's own <meta> policy (renderer/index.html) applies as well, and the stricter of the
 * two wins: it must not be looser than this, or the page breaks.
 */

/** What one host adds to the shared policy. Only explicit sources: never a wildcard. */
export interface CspExtras {
  /** More connect-src sources, e.g. the browser host's `ws://127.0.0.1:PORT`. */
  readonly connect?: readonly string[];
  /** More media-src sources, e.g. Electron's `mediastream:`. */
  readonly media?: readonly string[];
}

const directive = (name: string, sources: readonly string[]): string =>
  [name, ...sources].join(' ');

/** The policy, directive by directive (joined with '; '). */
export function cspDirectives(extras: CspExtras = {}): string[] {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    directive('media-src', ["'self'", 'blob:', ...(extras.media ?? [])]),
    directive('connect-src', ["'self'", ...(extras.connect ?? [])]),
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
}

/** The Content-Security-Policy header's value. */
export function contentSecurityPolicy(extras: CspExtras = {}): string {
  return cspDirectives(extras).join('; ');
}
