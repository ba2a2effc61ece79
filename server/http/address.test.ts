import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../core/crypto';
import { AddressKeys, forwardedAddress, normalizeAddress } from './address';

describe('client addresses', () => {
  it('keeps IPv4 exact and cuts IPv6 to its /64', () => {
    expect(normalizeAddress('192.0.2.7')).toBe('4:192.0.2.7');
    expect(normalizeAddress('::ffff:192.0.2.7')).toBe('4:192.0.2.7');
    expect(normalizeAddress('2001:db8:0:1::1')).toBe('6:2001:db8:0:1::/64');
    expect(normalizeAddress('2001:0db8:0000:0001:ffff:0:0:9')).toBe('6:2001:db8:0:1::/64');
    expect(normalizeAddress('[2001:db8::1]')).toBe('6:2001:db8:0:0::/64');
    expect(normalizeAddress('::1')).toBe('6:0:0:0:0::/64');
    expect(normalizeAddress('fe80::1%eth0')).toBe('6:fe80:0:0:0::/64');
    expect(normalizeAddress('64:ff9b::192.0.2.7')).toBe('6:64:ff9b:0:0::/64');
    for (const bad of ['', 'localhost', '1.2.3', '1.2.3.4.5', 'fe80::1::2', '203.0.113.1:80']) {
      expect(normalizeAddress(bad)).toBeUndefined();
    }
  });

  it('takes the rightmost X-Forwarded-For entry, with or without a port', () => {
    expect(forwardedAddress('10.0.0.1, 192.0.2.9')).toBe('4:192.0.2.9');
    expect(forwardedAddress(['10.0.0.1', '192.0.2.9:4431'])).toBe('4:192.0.2.9');
    expect(forwardedAddress('[2001:db8::5]:443')).toBe('6:2001:db8:0:0::/64');
    expect(forwardedAddress('192.0.2.9, junk')).toBeUndefined();
    expect(forwardedAddress(undefined)).toBeUndefined();
    expect(forwardedAddress('')).toBeUndefined();
  });

  it('keys addresses by a keyed hash that relays sharing a key agree on', () => {
    const key = randomBytes(32);
    const [a, b] = [new AddressKeys(key), new AddressKeys(key)];
    expect(a.of('4:192.0.2.7')).toBe(b.of('4:192.0.2.7'));
    expect(a.of('4:192.0.2.7')).toMatch(/^[0-9a-f]{32}$/);
    expect(a.of('4:192.0.2.7')).not.toBe(a.of('4:192.0.2.8'));
    expect(new AddressKeys(randomBytes(32)).of('4:192.0.2.7')).not.toBe(a.of('4:192.0.2.7'));
  });
});
