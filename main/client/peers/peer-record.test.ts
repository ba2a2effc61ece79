import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { meow } from '../../../proto';
import { encodeProto } from '../../../core/wire';
import {
  generateDbKey,
  openValue,
  PEER_STORAGE_DOMAIN,
  PeerStorage,
  sealValue,
  storageAd,
} from '../../storage';
import { codeOfAsync, TempDirs } from '../../storage/testing/helpers';
import { MemoryPeerDb } from '../../storage/testing/memory-db';
import type { PeerDbOp } from '../../storage/peer-storage';
import type { Peer } from '../model';
import {
  acceptInvitation,
  createInvitingPeer,
  finalizeInvitation,
  inviterCard,
  openInvitationAnswer,
  peerRecordCodec,
  sealForPeer,
  sealInvitationAnswer,
} from '.';
import { NOW, server } from './test-fixtures';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

/** Alice's finalized Peer, made by the real invitation flow. */
function finalizedPeer(): Peer {
  const invited = createInvitingPeer({
    type: 'peer',
    name: 'Bob',
    myName: 'Alice',
    myPullServers: [server('a1')],
    now: NOW,
  });
  const accepted = acceptInvitation(inviterCard(invited), {
    myName: 'Bob',
    myPullServers: [server('b1')],
    now: NOW,
    deviceUid: randomUUID(),
  });
  const packed = sealInvitationAnswer(accepted.peer, accepted.answer);
  const wire = meow.PackedUserMessage.decode(encodeProto(meow.PackedUserMessage, packed));
  return finalizeInvitation(invited, openInvitationAnswer(invited, wire), { now: NOW });
}

/** The Peer after sealing one message to the contact, as the engine stores it. */
function afterMessage(peer: Peer, now: number): Peer {
  return sealForPeer(peer, { type: 'text', text: 'hi' }, { now }).peer;
}

/** A Map-backed PeerDb that records every write and can be made to fail the next one. */
class WatchedDb extends MemoryPeerDb {
  readonly writes: string[][] = [];
  failNext = false;

  override put(key: string, value: Uint8Array): Promise<void> {
    return this.failOr(() => super.put(key, value), [key]);
  }

  override batch(ops: PeerDbOp[]): Promise<void> {
    return this.failOr(
      () => super.batch(ops),
      ops.map((op) => op.key),
    );
  }

  private failOr(write: () => Promise<void>, keys: string[]): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('disk full'));
    }
    this.writes.push(keys);
    return write();
  }
}

async function storeOn(db: WatchedDb): Promise<PeerStorage<Peer>> {
  return PeerStorage.over(db, KEY, PEER_STORAGE_DOMAIN, peerRecordCodec);
}
const KEY = generateDbKey();

describe('PeerStorage with the Peer codec', () => {
  it('rewrites only the small ratchet record per message, and reloads exactly what it cached', async () => {
    const db = new WatchedDb();
    const store = await storeOn(db);
    const peer = finalizedPeer();
    await store.storePeer(peer.uid, peer);
    const loaded = (await store.getPeer(peer.uid)) as Peer;
    const next = afterMessage(loaded, NOW + 1);
    db.writes.length = 0;
    await store.storePeer(peer.uid, next);
    expect(db.writes).toEqual([[`r/${peer.uid}`]]);
    expect((db.values.get(`r/${peer.uid}`) ?? []).length).toBeLessThan(320);
    expect(await store.getPeer(peer.uid)).toEqual(next);
    // A fresh store on the same bytes (a restart) reads the same Peer from disk.
    expect(await (await storeOn(db)).getPeer(peer.uid)).toEqual(next);
    expect(await (await storeOn(db)).listPeers()).toEqual([next]);
    // Any other field changed: both records, in one batch.
    db.writes.length = 0;
    await store.storePeer(peer.uid, { ...next, name: 'Robert' });
    expect(db.writes).toEqual([[`p/${peer.uid}`, `r/${peer.uid}`]]);
    expect((await (await storeOn(db)).getPeer(peer.uid))?.name).toBe('Robert');
  });

  it('loads records written before the split and writes the split format on the next store', async () => {
    const dir = await temp.make();
    const peer = finalizedPeer();
    const old = await PeerStorage.open<Peer>(dir, KEY, PEER_STORAGE_DOMAIN);
    await old.storePeer(peer.uid, peer);
    await old.close();

    const split = await PeerStorage.open(dir, KEY, PEER_STORAGE_DOMAIN, peerRecordCodec);
    expect(await split.getPeer(peer.uid)).toEqual(peer);
    const next = afterMessage(peer, NOW + 1);
    await split.storePeer(peer.uid, next);
    await split.close();

    // Now in the split format: a store without the codec cannot read it…
    const plain = await PeerStorage.open<Peer>(dir, KEY, PEER_STORAGE_DOMAIN);
    expect(await codeOfAsync(plain.getPeer(peer.uid))).toBe('STORAGE_CORRUPT');
    await plain.close();
    // …and one with it reads the advanced Peer.
    const again = await PeerStorage.open(dir, KEY, PEER_STORAGE_DOMAIN, peerRecordCodec);
    expect(await again.getPeer(peer.uid)).toEqual(next);
    expect(await again.listPeers()).toEqual([next]);
    await again.close();
  });

  it('forgets the cached Peer when a write fails, so a load returns what is on disk', async () => {
    const db = new WatchedDb();
    const store = await storeOn(db);
    const peer = finalizedPeer();
    await store.storePeer(peer.uid, peer);
    const next = afterMessage((await store.getPeer(peer.uid)) as Peer, NOW + 1);
    db.failNext = true;
    expect(await codeOfAsync(store.storePeer(peer.uid, next))).toBe('STORAGE_IO');
    expect(await store.getPeer(peer.uid)).toEqual(peer);
    await store.storePeer(peer.uid, next);
    expect(await store.getPeer(peer.uid)).toEqual(next);
  });

  it('caches only what is durable when writes of one peer overlap', async () => {
    const db = new WatchedDb();
    const store = await storeOn(db);
    const peer = finalizedPeer();
    await store.storePeer(peer.uid, peer);
    const one = afterMessage(peer, NOW + 1);
    const two = afterMessage(one, NOW + 2);
    const writes = [store.storePeer(peer.uid, one), store.storePeer(peer.uid, two)];
    // While they run, loads go to the disk (and fill nothing).
    expect([one, two, peer]).toContainEqual(await store.getPeer(peer.uid));
    await Promise.all(writes);
    expect(await store.getPeer(peer.uid)).toEqual(two);
    expect(await (await storeOn(db)).getPeer(peer.uid)).toEqual(two);
  });

  it('binds each ratchet record to its peer, and hands out frozen Peers', async () => {
    const db = new WatchedDb();
    const store = await storeOn(db);
    const [a, b] = [finalizedPeer(), finalizedPeer()];
    await store.storePeer(a.uid, a);
    await store.storePeer(b.uid, b);
    const cached = (await store.getPeer(a.uid)) as Peer;
    expect(Object.isFrozen(cached) && Object.isFrozen(cached.myPullServers)).toBe(true);
    expect(() => {
      cached.name = 'changed in place';
    }).toThrow(TypeError);
    db.values.set(`r/${b.uid}`, db.values.get(`r/${a.uid}`) ?? new Uint8Array(0));
    expect(await codeOfAsync(storeOn(db).then((s) => s.getPeer(b.uid)))).toBe('STORAGE_CORRUPT');
  });

  it('decodes a listed ratchet state only when it is used; a damaged one fails there', async () => {
    const db = new WatchedDb();
    const [a, b] = [finalizedPeer(), finalizedPeer()];
    const writer = await storeOn(db);
    await writer.storePeer(a.uid, a);
    await writer.storePeer(b.uid, b);
    // b's ratchet state damaged under a valid seal: only a bug could write this.
    const ad = storageAd(PEER_STORAGE_DOMAIN, b.uid, 'hot');
    const hot = openValue(KEY, db.values.get(`r/${b.uid}`) ?? new Uint8Array(0), ad);
    db.values.set(`r/${b.uid}`, sealValue(KEY, hot.slice(0, 30), ad));

    const listed = await (await storeOn(db)).listPeers();
    expect(listed.map((p) => p.name).sort()).toEqual(['Bob', 'Bob']);
    const [listedA, listedB] = [a, b].map((x) => listed.find((p) => p.uid === x.uid) as Peer);
    expect(listedA).toEqual(a);
    expect(Object.isFrozen(listedA) && Object.isFrozen(listedA?.myPullServers)).toBe(true);
    expect(() => listedB?.drStateJson).toThrow(/bad ratchet state/);
  });
});
