/**
 * The browser host's policy and headers: main/hosting's, whose network is this host's own
 * origin and its API WebSocket under both loopback names — nothing else.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy as sharedContentSecurityPolicy } from '../hosting/csp';
import { securityHeaders as sharedSecurityHeaders } from '../hosting/headers';
import { contentSecurityPolicy, securityHeaders } from './security';

const SOCKETS = ['ws://127.0.0.1:8080', 'ws://localhost:8080'];

describe('content security policy', () => {
  it('is the shared policy, connecting only to this host', () => {
    const csp = contentSecurityPolicy(8080);
    expect(csp).toBe(sharedContentSecurityPolicy({ connect: SOCKETS }));
    expect(csp).toContain(`connect-src 'self' ${SOCKETS.join(' ')};`);
    expect(csp).toContain("media-src 'self' blob:;");
    expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it('is sent with the shared headers', () => {
    expect(securityHeaders(8080)).toEqual(sharedSecurityHeaders({ connect: SOCKETS }));
    expect(securityHeaders(8080)['Content-Security-Policy']).toBe(contentSecurityPolicy(8080));
  });
});
