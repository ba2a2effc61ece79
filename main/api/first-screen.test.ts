/**
 * peers.list with `limit` (api/peer-listing.ts): the first screen after unlock is the newest
 * conversations, and it is exactly what the whole list begins with in the UI's order.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { createInvitingPeer } from '../client/peers';
import { server } from '../client/peers/test-fixtures';
import { CHEAP_ARGON, PASSWORD } from '../client/engine/test-helpers';
import { sampleMessage } from '../storage/testing/helpers';
import type { PeerView } from './contract';
import { createDispatcher } from './dispatcher';
import { ApiSession } from './session';

let dir: TempDir | undefined;
let session: ApiSession | undefined;
afterEach(async () => {
  await session?.close();
  await dir?.cleanup();
});

/** The conversation list's order (renderer/src/state/contacts.ts sortConversations). */
const uiOrder = (views: readonly PeerView[]): string[] =>
  [...views]
    .sort((a, b) => {
      const ta = a.lastMessage?.createdAt ?? -1;
      const tb = b.lastMessage?.createdAt ?? -1;
      return ta !== tb ? tb - ta : a.name.localeCompare(b.name);
    })
    .map((v) => v.name);

describe('peers.list with a limit', () => {
  it('lists the newest conversations, the start of the whole list', async () => {
    dir = await makeTempDir('meow-first-screen-');
    session = new ApiSession(join(dir.path, 'profile'), { argon: CHEAP_ARGON });
    await session.create('Alice', PASSWORD);
    const names = ['Ann', 'Ben', 'Cat', 'Dan', 'Eve', 'Fay'];
    const uids = new Map<string, string>();
    for (const name of names) {
      const peer = createInvitingPeer({
        type: 'peer',
        name,
        myName: 'Alice',
        myPullServers: [server('a1')],
        now: 1,
      });
      await session.profile.peers.storePeer(peer.uid, peer);
      uids.set(name, peer.uid);
    }
    // Conversations, oldest first: Cat, Ann, Fay (twice: its last message is the newest), Dan.
    // Ben and Eve have none.
    for (const [i, name] of ['Fay', 'Cat', 'Ann', 'Fay', 'Dan', 'Fay'].entries()) {
      const uid = uids.get(name) ?? '';
      const at = 1_000 * (i + 1);
      session.profile.messages.insertMessage(
        uid,
        sampleMessage(`${name}-${i}`, `${name} ${i}`, { createdAt: at }),
      );
    }
    const dispatch = createDispatcher(session);
    const call = async (limit?: number): Promise<PeerView[]> => {
      const r = await dispatch('peers.list', limit === undefined ? {} : { limit });
      if (!r.ok) throw new Error(r.error.code);
      return r.result as PeerView[];
    };

    const whole = await call();
    expect(whole).toHaveLength(6);
    const order = uiOrder(whole);
    for (const limit of [1, 2, 3, 4, 10]) {
      const first = await call(limit);
      expect(uiOrder(first)).toEqual(order.slice(0, Math.min(limit, 4)));
      for (const view of first) expect(view).toEqual(whole.find((w) => w.uid === view.uid));
    }
    expect((await dispatch('peers.list', { limit: 0 })).ok).toBe(false);
  });
});
