import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../testkit/tmp';
import type { ApiEvents } from '../main/api/contract';
import { ApiSession } from '../main/api/session';
import { CHEAP_ARGON, PASSWORD } from '../main/client/engine/test-helpers';
import { attachRelayOnUnlock, startEmbeddedRelay, type EmbeddedRelay } from './web-relay';

let dir: TempDir | undefined;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
  await dir?.cleanup();
});

function nextServerAdded(session: ApiSession): Promise<ApiEvents['server.added']> {
  return new Promise((resolve) => {
    const off = session.events.on('server.added', (e) => {
      off();
      resolve(e);
    });
  });
}

async function relayFor(profileDir: string): Promise<EmbeddedRelay> {
  const embedded = await startEmbeddedRelay(profileDir, () => undefined);
  cleanups.push(() => embedded.relay.close());
  return embedded;
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

describe('the embedded relay of start-web', () => {
  it('is added to a profile without relays, keeps its port, and moves if the port is taken', async () => {
    dir = await makeTempDir('meow-web-relay-');
    const profileDir = join(dir.path, 'profile');
    const first = await relayFor(profileDir);
    expect(first.movedFrom).toBeUndefined();
    const session = new ApiSession(profileDir, { argon: CHEAP_ARGON });
    attachRelayOnUnlock(session, first.relay.url, { log: () => undefined });
    const added = nextServerAdded(session);
    await session.create('Alice', PASSWORD);
    expect(await added).toEqual({ url: first.relay.url });
    await session.close();
    await first.relay.close();

    // Same port again on the next launch.
    const second = await relayFor(profileDir);
    expect(second.relay.url).toBe(first.relay.url);
    expect(second.movedFrom).toBeUndefined();
    await second.relay.close();

    // Port taken: another one, and the profile's entry follows at unlock.
    await occupy(Number(new URL(first.relay.url).port));
    const third = await relayFor(profileDir);
    expect(third.relay.url).not.toBe(first.relay.url);
    expect(third.movedFrom).toBe(first.relay.url);
    const session2 = new ApiSession(profileDir);
    cleanups.push(() => session2.close());
    attachRelayOnUnlock(session2, third.relay.url, {
      movedFrom: third.movedFrom,
      log: () => undefined,
    });
    const moved = nextServerAdded(session2);
    await session2.unlock(PASSWORD);
    expect(await moved).toEqual({ url: third.relay.url });
    expect(session2.profile.servers.map((s) => s.url)).toEqual([third.relay.url]);
  });

  it('leaves a profile that already has a relay alone', async () => {
    dir = await makeTempDir('meow-web-relay-');
    const profileDir = join(dir.path, 'profile');
    const mine = await relayFor(join(dir.path, 'other'));
    const embedded = await relayFor(profileDir);
    const session = new ApiSession(profileDir, { argon: CHEAP_ARGON });
    cleanups.push(() => session.close());
    attachRelayOnUnlock(session, mine.relay.url, { log: () => undefined });
    const added = nextServerAdded(session);
    await session.create('Alice', PASSWORD);
    await added;
    const logs: string[] = [];
    const second = attachRelayOnUnlock(session, embedded.relay.url, {
      log: (line) => logs.push(line),
    });
    await session.lock();
    await session.unlock(PASSWORD);
    await second.settled();
    expect(logs).toEqual([]);
    expect(session.profile.servers.map((s) => s.url)).toEqual([mine.relay.url]);
  });
});
