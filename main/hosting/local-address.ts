/**
 * The address of this computer that other machines on the same local network reach, for the
 * relay this computer hosts (own-relay.ts), and a free port to listen on.
 */
import { createServer } from 'node:net';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { relayHostScope } from '../client/relay';

/**
 * Lower is preferred: home routers hand out RFC 1918 IPv4 addresses and IPv6 ULAs. Public
 * addresses are never offered: a relay URL there must be https (main/client/relay/url-policy.ts).
 */
function rank(info: NetworkInterfaceInfo): number | undefined {
  const address = info.address.toLowerCase();
  if (info.internal || relayHostScope(address) !== 'private-network') return undefined;
  if (info.family === 'IPv4') {
    if (/^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(address)) return 0;
    if (address.startsWith('169.254.')) return 3; // link-local: no DHCP server answered
    return 2; // e.g. 100.64/10, an overlay VPN
  }
  if (address.startsWith('fe80:')) return undefined; // needs a zone id in a URL
  return 1; // unique local (fc00::/7)
}

/** The preferred local-network address, or undefined when this computer has none. */
export function localNetworkAddress(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string | undefined {
  let best: { address: string; rank: number } | undefined;
  for (const infos of Object.values(interfaces)) {
    for (const info of infos ?? []) {
      const r = rank(info);
      if (r !== undefined && (best === undefined || r < best.rank)) {
        best = { address: info.address, rank: r };
      }
    }
  }
  return best?.address;
}

/** A port nobody listens on now (the OS picks it); the caller binds it right away. */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
