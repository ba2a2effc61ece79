import { AppError } from '../../../core/errors';

/**
 * Which relay URLs may use plain http:// (issue 15; docs/DEPLOYING.md "Which relay URLs the
 * app accepts").
 *
 * Every request body is already sealed to the relay key the client pinned (PROTOCOL.md §6), so
 * TLS adds no secrecy to the contents. What it adds is everything around them: an on-path
 * observer of plain http sees the relay's address, each request's size, timing, path and
 * status, the device's address and the long-poll rhythm, and can swap the relay card when the
 * relay is first added. That is acceptable only where the path is this computer or a network
 * the user is on, never the open internet. So http:// is allowed for:
 *
 * - this computer: `localhost` and `*.localhost` (RFC 6761 pins them to loopback), 127.0.0.0/8,
 *   ::1, and the unspecified 0.0.0.0 / :: (a relay started with `--host 0.0.0.0` prints that
 *   URL, and connecting to it never leaves the machine);
 * - private-network addresses: 10/8, 172.16/12, 192.168/16 (RFC 1918), link-local 169.254/16
 *   and fe80::/10, unique-local fc00::/7, and 100.64/10 (RFC 6598 shared space: never routed on
 *   the internet; in practice overlay VPNs such as Tailscale, whose links are encrypted anyway);
 *   IPv4-mapped IPv6 (::ffff:a.b.c.d) counts as the IPv4 address it carries;
 * - names the standards reserve for local networks, which the public DNS never answers:
 *   `*.local` (mDNS, RFC 6762), `*.home.arpa` (RFC 8375) and `*.internal` (ICANN, 2024).
 *
 * Everything else needs https://, including names that merely look local: single-label names
 * (`http://nas`: the resolver's search domains decide where they go) and de-facto home
 * suffixes such as `.lan` (not reserved; `.box`, the Fritz!Box default, became a public TLD).
 * Those can use the relay's private IP address instead.
 *
 * The check is on the URL text, not on what a name resolves to: it stops a mistyped or
 * outdated http:// URL for a public relay, not a hostile DNS server on the local network.
 */

export type RelayHostScope = 'this-computer' | 'private-network' | 'public';

const LOCAL_SUFFIXES = ['.local', '.home.arpa', '.internal'] as const;

/** Where `hostname` (as `URL.hostname` gives it: lower case, IPv6 in brackets) is. */
export function relayHostScope(hostname: string): RelayHostScope {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) return ipv6Scope(host.slice(1, -1));
  const v4 = parseIpv4(host);
  if (v4) return ipv4Scope(v4);
  if (host.includes(':')) return ipv6Scope(host);
  if (host === 'localhost' || host.endsWith('.localhost')) return 'this-computer';
  if (LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix) && host.length > suffix.length)) {
    return 'private-network';
  }
  return 'public';
}

/** Whether `url` may be used as it is: https://, or http:// to a host that is not public. */
export function isAllowedRelayUrl(url: URL): boolean {
  return url.protocol !== 'http:' || relayHostScope(url.hostname) !== 'public';
}

/** The same relay over https:// (what to suggest for a refused URL). */
export function httpsVariant(url: URL): string {
  return `https://${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * A relay URL the user gave (Settings → add server, the CLI, `--relay`): RELAY_HTTPS_REQUIRED
 * when it is http:// to a public host, with the URL to use instead.
 */
export function requireAllowedRelayUrl(url: URL): void {
  if (isAllowedRelayUrl(url)) return;
  throw new AppError(
    'RELAY_HTTPS_REQUIRED',
    `${url.hostname} is a public address: use ${httpsVariant(url)} ` +
      '(http:// is allowed only for this computer and private-network addresses)',
  );
}

/**
 * A relay URL someone else sent (a contact card, a pairing card, a sibling device's sync): the
 * same rule, worded for the receiver, who cannot change the URL; `what` names the carrier.
 */
export function requireAllowedRelayUrlFrom(url: URL, what: string): void {
  if (isAllowedRelayUrl(url)) return;
  throw new AppError(
    'RELAY_HTTPS_REQUIRED',
    `${what} rejected: it names the relay ${url.hostname} over plain http://, but ` +
      `${url.hostname} is a public address and Meow reaches public relays only over https:// ` +
      `(the sender's relay must be added again as ${httpsVariant(url)})`,
  );
}

/** `URL.hostname` has already normalized IPv4 (decimal, hex, short forms) to dotted quads. */
function parseIpv4(host: string): number[] | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!match) return undefined;
  const octets = match.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** [first address, prefix length, scope]; anything outside them is public. */
const IPV4_RANGES: readonly (readonly [string, number, RelayHostScope])[] = [
  ['127.0.0.0', 8, 'this-computer'],
  ['0.0.0.0', 32, 'this-computer'],
  ['10.0.0.0', 8, 'private-network'],
  ['172.16.0.0', 12, 'private-network'],
  ['192.168.0.0', 16, 'private-network'],
  ['169.254.0.0', 16, 'private-network'],
  ['100.64.0.0', 10, 'private-network'],
];

function ipv4Scope(octets: readonly number[]): RelayHostScope {
  const value = ipv4Number(octets);
  for (const [first, bits, scope] of IPV4_RANGES) {
    const shift = 32 - bits;
    if (value >>> shift === ipv4Number(parseIpv4(first) ?? []) >>> shift) return scope;
  }
  return 'public';
}

function ipv4Number(octets: readonly number[]): number {
  return octets.reduce((n, o) => n * 256 + o, 0);
}

function ipv6Scope(text: string): RelayHostScope {
  // A zone id (fe80::1%eth0) says nothing about the scope; the address does.
  const groups = parseIpv6(text.replace(/%.*$/, ''));
  if (!groups) return 'public';
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = groups;
  const upperZero = groups.slice(0, 5).every((g) => g === 0);
  if (upperZero && g5 === 0 && g6 === 0 && (g7 === 0 || g7 === 1)) return 'this-computer';
  if (upperZero && g5 === 0xffff) {
    return ipv4Scope([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff]);
  }
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xfe00) === 0xfc00) return 'private-network';
  return 'public';
}

/** Eight 16-bit groups, or undefined when `text` is not an IPv6 address. */
function parseIpv6(text: string): number[] | undefined {
  let body = text;
  const tail: number[] = [];
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted) {
    const v4 = parseIpv4(dotted[2] ?? '');
    if (!v4) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    tail.push((a << 8) | b, (c << 8) | d);
    body = (dotted[1] ?? '').replace(/([^:]):$/, '$1');
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string | undefined): number[] | undefined => {
    if (!part) return [];
    const groups = part.split(':');
    if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
    return groups.map((g) => parseInt(g, 16));
  };
  const head = parse(halves[0]);
  const rest = parse(halves[1]);
  if (!head || !rest) return undefined;
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1) return known === 8 ? [...head, ...tail] : undefined;
  if (known > 7) return undefined;
  return [...head, ...new Array<number>(8 - known).fill(0), ...rest, ...tail];
}
