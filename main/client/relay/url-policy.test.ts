import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { RelayClient, normalizeRelayUrl } from './relay-client';
import { isAllowedRelayUrl, relayHostScope, requireAllowedRelayUrlFrom } from './url-policy';

/**
 * The plain-http policy for relay URLs (url-policy.ts): a table of URLs, what the user is told,
 * and that every client-side door (normalizeRelayUrl, RelayClient.add, a stored ref) applies it.
 */

/** URL → the normalized URL (allowed) or null (refused: https:// required). */
const TABLE: readonly (readonly [string, string | null])[] = [
  // https is always fine
  ['https://relay.example.org', 'https://relay.example.org'],
  ['https://relay.example.org:8443/meow/', 'https://relay.example.org:8443/meow'],
  ['https://203.0.113.7', 'https://203.0.113.7'],
  // this computer
  ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787'],
  ['http://127.8.9.10', 'http://127.8.9.10'],
  ['http://localhost:8787', 'http://localhost:8787'],
  ['http://LOCALHOST.:8787', 'http://localhost.:8787'],
  ['http://relay.localhost', 'http://relay.localhost'],
  ['http://[::1]:8787', 'http://[::1]:8787'],
  ['http://0.0.0.0:8787', 'http://0.0.0.0:8787'],
  ['http://[::]:8787', 'http://[::]:8787'],
  ['http://2130706433', 'http://127.0.0.1'], // 127.0.0.1 as one number: the URL parser's form
  ['http://0x7f.1', 'http://127.0.0.1'],
  ['http://[::ffff:127.0.0.1]', 'http://[::ffff:7f00:1]'],
  // private networks
  ['http://10.1.2.3:8787', 'http://10.1.2.3:8787'],
  ['http://172.16.0.1', 'http://172.16.0.1'],
  ['http://172.31.255.254', 'http://172.31.255.254'],
  ['http://192.168.1.20:8787', 'http://192.168.1.20:8787'],
  ['http://169.254.10.10', 'http://169.254.10.10'],
  ['http://100.64.0.1', 'http://100.64.0.1'],
  ['http://100.127.255.254', 'http://100.127.255.254'],
  ['http://[fe80::1]', 'http://[fe80::1]'],
  ['http://[febf::1]', 'http://[febf::1]'],
  ['http://[fd12:3456::2]:8787', 'http://[fd12:3456::2]:8787'],
  ['http://[fc00::1]', 'http://[fc00::1]'],
  ['http://[::ffff:192.168.0.9]', 'http://[::ffff:c0a8:9]'],
  // names reserved for local networks
  ['http://nas.local:8787', 'http://nas.local:8787'],
  ['http://relay.home.arpa', 'http://relay.home.arpa'],
  ['http://relay.corp.internal', 'http://relay.corp.internal'],
  // public, or not provably local: refused
  ['http://relay.example.org', null],
  ['http://relay.example.org:8787/', null],
  ['http://203.0.113.7:8787', null],
  ['http://8.8.8.8', null],
  ['http://172.15.0.1', null],
  ['http://172.32.0.1', null],
  ['http://192.169.0.1', null],
  ['http://100.63.255.255', null],
  ['http://100.128.0.1', null],
  ['http://1.0.0.127', null],
  ['http://[2001:db8::1]', null],
  ['http://[fec0::1]', null],
  ['http://[::ffff:8.8.8.8]', null],
  ['http://[64:ff9b::808:808]', null],
  ['http://nas', null],
  ['http://relay.lan', null],
  ['http://fritz.box', null],
  ['http://local', null],
  ['http://home.arpa', null],
  ['http://localhost.example.org', null],
  ['http://127.0.0.1.nip.io', null],
  ['http://relay.invalid', null],
];

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('relay URL policy', () => {
  it.each(TABLE)('%s → %s', (input, expected) => {
    expect(isAllowedRelayUrl(new URL(input))).toBe(expected !== null);
    if (expected !== null) {
      expect(normalizeRelayUrl(input)).toBe(expected);
    } else {
      expect(failure(() => normalizeRelayUrl(input)).code).toBe('RELAY_HTTPS_REQUIRED');
    }
  });

  it('tells the user which URL to use instead', () => {
    expect(failure(() => normalizeRelayUrl('http://relay.example.org')).message).toBe(
      'relay.example.org is a public address: use https://relay.example.org ' +
        '(http:// is allowed only for this computer and private-network addresses)',
    );
    expect(failure(() => normalizeRelayUrl(' http://Relay.Example.org:8787/meow/ ')).message).toBe(
      'relay.example.org is a public address: use https://relay.example.org:8787/meow ' +
        '(http:// is allowed only for this computer and private-network addresses)',
    );
  });

  it('words a URL from someone else for its receiver', () => {
    const err = failure(() => {
      requireAllowedRelayUrlFrom(new URL('http://203.0.113.7:8787'), 'contact card');
    });
    expect(err.code).toBe('RELAY_HTTPS_REQUIRED');
    expect(err.message).toMatch(
      /^contact card rejected: it names the relay 203\.0\.113\.7 over plain http:\/\/.*https:\/\/203\.0\.113\.7:8787\)$/,
    );
  });

  it('classifies host names as URL.hostname gives them', () => {
    expect(relayHostScope('127.0.0.1')).toBe('this-computer');
    expect(relayHostScope('[::1]')).toBe('this-computer');
    expect(relayHostScope('::1')).toBe('this-computer');
    expect(relayHostScope('[fe80::1%25eth0]')).toBe('private-network');
    expect(relayHostScope('::ffff:10.0.0.1')).toBe('private-network');
    expect(relayHostScope('[1:2:3:4:5:6:7:8:9]')).toBe('public');
    expect(relayHostScope('[::1::2]')).toBe('public');
    expect(relayHostScope('999.1.1.1')).toBe('public');
  });

  it('keeps the other URL checks (INVALID_ARGUMENT)', () => {
    for (const bad of ['relay.example.org', 'ftp://127.0.0.1', 'https://u:p@relay.example.org']) {
      expect(failure(() => normalizeRelayUrl(bad)).code).toBe('INVALID_ARGUMENT');
    }
  });

  it('is applied when a relay is added and when a stored ref is used', async () => {
    let fetched = 0;
    const fetch = (): Promise<Response> => {
      fetched += 1;
      return Promise.reject(new Error('must not be reached'));
    };
    await expect(RelayClient.add('http://relay.example.org', { fetch })).rejects.toMatchObject({
      code: 'RELAY_HTTPS_REQUIRED',
    });
    const stored = {
      url: 'http://relay.example.org',
      name: 'old',
      publicKey: 'A'.repeat(43),
      signingKey: 'A'.repeat(43),
    };
    expect(failure(() => new RelayClient(stored, { fetch })).code).toBe('RELAY_HTTPS_REQUIRED');
    expect(fetched).toBe(0);
  });
});
