import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { hmacSha256, toHex, utf8 } from '../../core/crypto';

/**
 * The client address the relay's limits key on — the one thing about a request a client cannot
 * choose freely (its Ed25519 `from` key is fresh for every request). IPv4 counts per address;
 * IPv6 per /64, the smallest block a home or mobile network is usually given, so one device
 * cannot dodge the limits by hopping through its own prefix.
 *
 * Raw addresses are never stored or logged: counters are keyed on an HMAC of the address under a
 * secret derived from the relay's private key, so instances sharing one Redis (and one key) agree
 * on the buckets while the store holds nothing that names a client.
 */

/** "4:<dotted quad>" or "6:<first four groups>::/64"; undefined when `raw` is not an IP. */
export function normalizeAddress(raw: string): string | undefined {
  const text = raw.trim().replace(/^\[(.*)\]$/, '$1');
  const version = isIP(text);
  if (version === 4) return `4:${text}`;
  if (version !== 6) return undefined;
  const groups = ipv6Groups(text);
  // IPv4-mapped (::ffff:a.b.c.d): the same client as its IPv4 address.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return `4:${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  }
  return `6:${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (zone id dropped, `::` expanded). */
function ipv6Groups(address: string): number[] {
  let text = address.split('%')[0] ?? '';
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string): number[] =>
    part === '' ? [] : part.split(':').map((g) => parseInt(g, 16));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * The rightmost X-Forwarded-For entry: the address the (trusted) proxy in front of the relay
 * saw. Entries to its left were written by the client and prove nothing.
 */
export function forwardedAddress(header: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(header) ? header.join(',') : header;
  if (!joined) return undefined;
  const last = joined.split(',').pop()?.trim() ?? '';
  // "1.2.3.4:5678" or "[2001:db8::1]:443": drop the port some proxies add.
  const bare = /^\[(.+)\](?::\d+)?$/.exec(last)?.[1] ?? last.replace(/^([\d.]+):\d+$/, '$1');
  return normalizeAddress(bare);
}

/** The request's client address; with `trustProxy`, the proxy's view when it gave one. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? forwardedAddress(req.headers['x-forwarded-for']) : undefined;
  return forwarded ?? normalizeAddress(req.socket.remoteAddress ?? '') ?? 'unknown';
}

const SECRET_LABEL = utf8('meow/relay/address-key/v1');

/** Keyed hashes of client addresses: the only form in which an address reaches the store. */
export class AddressKeys {
  private readonly secret: Uint8Array;

  /** `relayPrivateKey`: the relay's box private key (every instance of one relay shares it). */
  constructor(relayPrivateKey: Uint8Array) {
    this.secret = hmacSha256(relayPrivateKey, SECRET_LABEL);
  }

  /** 32 hex digits: plenty to keep buckets apart, short in Redis key names. */
  of(address: string): string {
    return toHex(hmacSha256(this.secret, utf8(address)).subarray(0, 16));
  }
}
