import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { startInProcessRelay, type InProcessRelay } from '../../testkit/relay-inprocess';
import type { ApiEvents } from './contract';
import { ApiSession } from './session';
import { CHEAP_ARGON, PASSWORD } from '../client/engine/test-helpers';

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

async function relay(): Promise<InProcessRelay> {
  const started = await startInProcessRelay();
  cleanups.push(() => started.close());
  return started;
}

/** `npm run start:web -- --relay URL`: SessionOptions.defaultRelayUrl. */
describe('a default relay given to the session', () => {
  it('adds the relay to a profile without relays at unlock', async () => {
    dir = await makeTempDir('meow-web-relay-');
    const given = await relay();
    const session = new ApiSession(join(dir.path, 'profile'), {
      argon: CHEAP_ARGON,
      defaultRelayUrl: given.url,
    });
    cleanups.push(() => session.close());
    const added = nextServerAdded(session);
    await session.create('Alice', PASSWORD);
    // Already there when the session says "unlocked": the UI never sees a profile without it.
    expect(session.profile.servers.map((s) => s.url)).toEqual([given.url]);
    expect(await added).toEqual({ url: given.url });
  });

  it('leaves a profile that already has a relay alone', async () => {
    dir = await makeTempDir('meow-web-relay-');
    const mine = await relay();
    const other = await relay();
    const profileDir = join(dir.path, 'profile');
    const first = new ApiSession(profileDir, { argon: CHEAP_ARGON, defaultRelayUrl: mine.url });
    await first.create('Alice', PASSWORD);
    await first.close();
    const second = new ApiSession(profileDir, { defaultRelayUrl: other.url });
    cleanups.push(() => second.close());
    const errors: unknown[] = [];
    second.events.on('error', (e) => errors.push(e));
    await second.unlock(PASSWORD);
    expect(errors).toEqual([]);
    expect(second.profile.servers.map((s) => s.url)).toEqual([mine.url]);
  });
});
