/**
 * The browser host's gatekeeping (docs: main/api/ws-protocol.ts): a per-launch token that only
 * the page's URL fragment carries, the only Origins and Host names the host answers, and the
 * security headers of every HTTP response (main/hosting's, with this host's WebSocket).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  contentSecurityPolicy as sharedContentSecurityPolicy,
  type CspExtras,
} from '../hosting/csp';
import { securityHeaders as sharedSecurityHeaders } from '../hosting/headers';

/** 32 random bytes, base64url: what `#token=` carries and `?token=` must repeat. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Constant time in the token's contents (both sides are hashed first, so lengths leak nothing). */
export function tokenMatches(expected: string, presented: string | null | undefined): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  return timingSafeEqual(digest(expected), digest(presented));
}

/** The loopback names the host answers to; anything else may be a DNS-rebinding page. */
export function allowedHosts(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** The host's own origins: the only pages that may open the API socket. */
export function allowedOrigins(port: number): readonly string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

export function hostAllowed(port: number, host: string | undefined): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

export function originAllowed(port: number, origin: string | undefined): boolean {
  return origin !== undefined && allowedOrigins(port).includes(origin.toLowerCase());
}

/**
 * The page's Content-Security-Policy: the renderer's shared policy (main/hosting/csp.ts), whose
 * network is this host only — HTTP to its own origin and the API WebSocket under both of its
 * loopback names.
 */
function cspExtras(port: number): CspExtras {
  return { connect: allowedHosts(port).map((host) => `ws://${host}`) };
}

export function contentSecurityPolicy(port: number): string {
  return sharedContentSecurityPolicy(cspExtras(port));
}

/** Headers sent with every HTTP response (files, errors and refused upgrades alike). */
export function securityHeaders(port: number): Record<string, string> {
  return sharedSecurityHeaders(cspExtras(port));
}
