/**
 * How repeated gap reports become notices (gaps.ts): a relay repeats a gap on every pull until
 * the queue is acked past it, so only what is new is noted, and a report of no gap resets.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../../testkit/tmp';
import type { Peer } from '../model';
import { Profile } from '../profile';
import type { EngineContext } from './context';
import { EventEmitter, type QueueExpiredEvent } from './events';
import { freshGap, gapToNote, noteGap, noticeOf, type GapQueue } from './gaps';
import { CHEAP_ARGON, PASSWORD } from './test-helpers';

let dir: TempDir;
let profile: Profile;
let ctx: EngineContext;
const events: QueueExpiredEvent[] = [];
const queue: GapQueue = {
  relayUrl: 'https://relay.example',
  lookupKey: new Uint8Array(32).fill(1),
  peerUid: 'bob',
};

beforeEach(async () => {
  dir = await makeTempDir('meow-gaps-');
  profile = await Profile.create(dir.path, {
    nickname: 'A',
    password: PASSWORD,
    argon: CHEAP_ARGON,
  });
  // Only what gaps.ts reads of a contact.
  await profile.peers.storePeer('bob', { uid: 'bob', type: 'peer', primaryDeviceUid: '' } as Peer);
  const emitter = new EventEmitter();
  events.length = 0;
  emitter.on('queue.expired', (e) => events.push(e));
  ctx = { profile, events: emitter, now: () => 5_000 } as unknown as EngineContext;
});

afterEach(async () => {
  await profile.close();
  await dir.cleanup();
});

function notices(): (string | null)[] {
  return profile.messages
    .listMessages('bob', { limit: 50 })
    .messages.map((m) => {
      const n = noticeOf(m.message);
      return n && `${n.expired}${n.unknown ? '+' : ''}`;
    })
    .reverse();
}

async function report(expired: number, unknown = false): Promise<void> {
  if (gapToNote(ctx, queue, { expired, unknown })) await noteGap(ctx, queue, { expired, unknown });
}

describe('gap reports', () => {
  it('counts only what is new against the last report noted', () => {
    expect(freshGap(undefined, { expired: 3, unknown: false })).toEqual({
      expired: 3,
      unknown: false,
    });
    expect(freshGap({ expired: 3, unknown: false }, { expired: 3, unknown: false })).toEqual({
      expired: 0,
      unknown: false,
    });
    expect(freshGap({ expired: 3, unknown: false }, { expired: 5, unknown: true })).toEqual({
      expired: 2,
      unknown: true,
    });
  });

  it('notes a repeat once, its growth once more, and starts over after none', async () => {
    await report(2);
    await report(2); // the relay repeats it until the queue is acked past it
    await report(3);
    expect(notices()).toEqual(['2', '1']);
    await report(0); // acked past: nothing to note, the mark goes
    expect(gapToNote(ctx, queue, { expired: 0, unknown: false })).toBe(false);
    await report(1);
    expect(notices()).toEqual(['2', '1', '1']);
    expect(events.map((e) => e.expired)).toEqual([2, 1, 1]);
  });

  it('notes "history gone" once while the relay keeps saying it', async () => {
    await report(0, true);
    await report(0, true);
    expect(notices()).toEqual(['0+']);
    const [row] = profile.messages.listMessages('bob', { limit: 1 }).messages;
    expect(row?.state).toBe('read');
    expect(row?.message.text).toMatch(/may have expired/);
    expect(profile.messages.unreadCounts().get('bob')).toBeUndefined();
  });

  it('leaves a contact handed to another device to that device', async () => {
    await profile.peers.storePeer('bob', {
      uid: 'bob',
      type: 'peer',
      primaryDeviceUid: 'laptop',
    } as Peer);
    expect(await noteGap(ctx, queue, { expired: 4, unknown: false })).toBe(false);
    expect(notices()).toEqual([]);
    expect(events).toEqual([]);
  });

  it('reports a queue of no known relationship to nobody', async () => {
    expect(await noteGap(ctx, { ...queue, peerUid: 'gone' }, { expired: 4, unknown: false })).toBe(
      true,
    );
    expect(events).toEqual([]);
  });
});
