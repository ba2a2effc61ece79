import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { localNetworkAddress } from './local-address';

function info(address: string, internal = false): NetworkInterfaceInfo {
  const family = address.includes(':') ? 'IPv6' : 'IPv4';
  const common = { address, netmask: '', mac: '00:00:00:00:00:00', internal, cidr: null };
  return family === 'IPv6' ? { ...common, family, scopeid: 0 } : { ...common, family };
}

describe('the local-network address a hosted relay announces', () => {
  it('prefers a home router’s IPv4 address, then an IPv6 ULA, and never a public one', () => {
    const all = {
      lo: [info('127.0.0.1', true), info('::1', true)],
      eth0: [info('203.0.113.7'), info('fe80::1'), info('fd00::2'), info('192.168.1.20')],
    };
    expect(localNetworkAddress(all)).toBe('192.168.1.20');
    expect(localNetworkAddress({ eth0: [info('192.0.2.2'), info('fd00::2')] })).toBe('fd00::2');
    expect(localNetworkAddress({ eth0: [info('100.101.102.103'), info('fd00::2')] })).toBe(
      'fd00::2',
    );
    expect(localNetworkAddress({ eth0: [info('203.0.113.7'), info('2001:db8::1')] })).toBe(
      undefined,
    );
    expect(localNetworkAddress({ lo: [info('127.0.0.1', true)] })).toBe(undefined);
  });
});
