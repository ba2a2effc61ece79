/**
 * The security headers of every response the renderer's hosts send (Electron's app:// files;
 * the browser host's files, errors and refused upgrades alike): the policy of csp.ts, no MIME
 * sniffing, no referrer, no framing, a browsing context and resources of its own, and a
 * Permissions-Policy that allows the camera to the page itself and nothing else.
 */
import { contentSecurityPolicy, type CspExtras } from './csp';

export function securityHeaders(extras: CspExtras = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(extras),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // The pre-CSP form of frame-ancestors 'none'.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
