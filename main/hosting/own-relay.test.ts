/**
 * The relay this computer hosts (own-relay.ts) with a real API session: the profile pins it,
 * its port and keys survive a relaunch, a taken port moves it (and the profile's entry with
 * it), local-network scope announces the network address, and stopping forgets the choice.
 */
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import type { HostedRelayView, RelayScope } from '../api/contract';
import { createDispatcher } from '../api/dispatcher';
import { ApiSession } from '../api/session';
import { CHEAP_ARGON, PASSWORD } from '../client/engine/test-helpers';
import { OwnRelay } from './own-relay';

let dir: TempDir | undefined;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
  await dir?.cleanup();
});

function ownRelay(profileDir: string): OwnRelay {
  // The network address is injected: the relay listens on every interface either way.
  const relay = new OwnRelay(profileDir, { log: () => undefined, lanAddress: () => '127.0.0.1' });
  cleanups.push(() => relay.close());
  return relay;
}

function session(profileDir: string, relayHosting: OwnRelay): ApiSession {
  const s = new ApiSession(profileDir, { argon: CHEAP_ARGON, relayHosting });
  cleanups.push(() => s.close());
  return s;
}

function occupy(port: number): Promise<Server> {
  const server = createServer();
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

describe('a relay on this computer', () => {
  it('is pinned by a new profile, keeps its port and key, and moves when the port is taken', async () => {
    dir = await makeTempDir('meow-own-relay-');
    const profileDir = join(dir.path, 'profile');
    const first = ownRelay(profileDir);
    const started = await first.start('this-computer');
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const s1 = session(profileDir, first);
    await s1.create('Alice', PASSWORD);
    expect(s1.profile.servers.map((x) => x.url)).toEqual([started.url]);
    await s1.close();
    await first.close();

    // Next launch: the choice is remembered; same URL, same key.
    const second = ownRelay(profileDir);
    expect(await second.resume()).toEqual(started);
    await second.close();

    // Its port taken by another program: another port, and the profile follows at unlock.
    await occupy(Number(new URL(started.url).port));
    const third = ownRelay(profileDir);
    const moved = await third.resume();
    expect(moved?.url).not.toBe(started.url);
    expect(moved?.fingerprint).toBe(started.fingerprint);
    const s3 = session(profileDir, third);
    await s3.unlock(PASSWORD);
    expect(s3.profile.servers.map((x) => x.url)).toEqual([moved?.url]);
  });

  it('moves to the local network through the API, replacing its entry, and stops for good', async () => {
    dir = await makeTempDir('meow-own-relay-');
    const profileDir = join(dir.path, 'profile');
    const relay = ownRelay(profileDir);
    const s = session(profileDir, relay);
    const dispatch = createDispatcher(s, () => undefined);
    expect(await dispatch('servers.host', { scope: 'this-computer' })).toMatchObject({
      ok: false,
      error: { code: 'STORAGE_LOCKED' },
    });
    await s.create('Alice', PASSWORD);
    const hosted = async (scope: RelayScope): Promise<HostedRelayView> => {
      const reply = await dispatch('servers.host', { scope });
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.result as HostedRelayView;
    };
    const local = await hosted('this-computer');
    const shared = await hosted('local-network');
    expect(shared).toMatchObject({ scope: 'local-network', fingerprint: local.fingerprint });
    expect(await dispatch('servers.hosted', {})).toEqual({
      ok: true,
      result: { available: true, relay: shared },
    });
    expect(s.profile.servers.map((x) => x.url)).toEqual([shared.url]);

    expect(await dispatch('servers.stopHosting', {})).toEqual({ ok: true, result: null });
    expect(relay.status()).toBeNull();
    expect(await ownRelay(profileDir).resume()).toBeNull();
  });

  it('checks the fingerprint the user typed when adding a relay by address', async () => {
    dir = await makeTempDir('meow-own-relay-');
    const hostDir = join(dir.path, 'host');
    const hosted = await ownRelay(hostDir).start('this-computer');
    const s = session(join(dir.path, 'profile'), ownRelay(join(dir.path, 'profile')));
    const dispatch = createDispatcher(s, () => undefined);
    await s.create('Bob', PASSWORD);
    const wrong = await dispatch('servers.add', { url: hosted.url, fingerprint: '0000 1111' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'RELAY_FINGERPRINT_MISMATCH' } });
    expect(s.profile.servers).toEqual([]);
    const typed = hosted.fingerprint.toUpperCase().replace(/ /g, '');
    expect(await dispatch('servers.add', { url: hosted.url, fingerprint: typed })).toMatchObject({
      ok: true,
      result: { url: hosted.url, fingerprint: hosted.fingerprint },
    });
  });

  it('says so when this computer has no local-network address, and hosts nothing', async () => {
    dir = await makeTempDir('meow-own-relay-');
    const profileDir = join(dir.path, 'profile');
    const relay = new OwnRelay(profileDir, { log: () => undefined, lanAddress: () => undefined });
    cleanups.push(() => relay.close());
    await expect(relay.start('local-network')).rejects.toMatchObject({ code: 'RELAY_NO_NETWORK' });
    expect(relay.status()).toBeNull();
    const local = await relay.start('this-computer');
    // A failed move leaves the running relay as it was.
    await expect(relay.start('local-network')).rejects.toMatchObject({ code: 'RELAY_NO_NETWORK' });
    expect(relay.status()).toEqual(local);
  });
});
