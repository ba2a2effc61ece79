import { describe, expect, it } from 'vitest';
import { randomBytes, toBase64Url } from '../../core/crypto';
import { generateDbKey } from './db-key';
import { PeerStorage, type PeerDbOp } from './peer-storage';
import { MemoryPeerDb } from './testing/memory-db';

interface TestPeer {
  uid: string;
  name: string;
  privateKey: string;
}

function peer(uid: string, name = `peer ${uid}`): TestPeer {
  return { uid, name, privateKey: toBase64Url(randomBytes(32)) };
}

/** A PeerDb that counts listings and can fail writes, or hold one until released. */
class SpyDb extends MemoryPeerDb {
  listings = 0;
  reads = 0;
  failWrites = false;
  private held: (() => void) | undefined;

  override iterator(range: { gte: string; lt: string }) {
    this.listings += 1;
    return super.iterator(range);
  }

  override getMany(keys: string[]) {
    this.reads += 1;
    return super.getMany(keys);
  }

  holdNext = false;

  override async batch(ops: PeerDbOp[]): Promise<void> {
    if (this.failWrites) throw Object.assign(new Error('disk full'), { code: 'LEVEL_IO_ERROR' });
    if (this.holdNext) {
      this.holdNext = false;
      await new Promise<void>((resolve) => (this.held = resolve));
    }
    return super.batch(ops);
  }

  release(): void {
    this.held?.();
  }
}

async function storeOver(db: SpyDb): Promise<PeerStorage<TestPeer>> {
  return PeerStorage.over<TestPeer>(db, generateDbKey());
}

describe('PeerStorage listings', () => {
  it('answers from memory once listed, and follows every write and delete that lands', async () => {
    const db = new SpyDb();
    const store = await storeOver(db);
    const [a, b, c] = [peer('a'), peer('b'), peer('c')];
    await store.storePeer('b', b);
    await store.storePeer('a', a);
    expect(await store.listPeers()).toEqual([a, b]);
    const read = db.listings;
    await store.storePeer('c', c);
    await store.deletePeer('a');
    const renamed = { ...b, name: 'Bob' };
    await store.storePeer('b', renamed);
    expect(await store.listPeers()).toEqual([renamed, c]);
    expect(await store.listPeers()).toEqual([renamed, c]);
    expect(db.listings).toBe(read); // no disk listing since the first
  });

  it('reads the disk again after a write that failed (it may or may not have landed)', async () => {
    const db = new SpyDb();
    const store = await storeOver(db);
    await store.storePeer('a', peer('a'));
    await store.listPeers();
    db.failWrites = true;
    await expect(store.storePeer('b', peer('b'))).rejects.toThrow();
    db.failWrites = false;
    const before = db.listings;
    expect((await store.listPeers()).map((p) => p.uid)).toEqual(['a']);
    expect(db.listings).toBeGreaterThan(before);
  });

  it('never answers from memory while a write is in flight', async () => {
    const db = new SpyDb();
    const store = await storeOver(db);
    await store.storePeer('a', peer('a'));
    await store.listPeers();
    db.holdNext = true;
    const writing = store.storePeer('b', peer('b'));
    await new Promise((resolve) => setImmediate(resolve));
    const before = db.listings;
    await store.listPeers(); // the disk: 'b' may or may not be there yet
    expect(db.listings).toBeGreaterThan(before);
    db.release();
    await writing;
    const settled = db.listings;
    expect((await store.listPeers()).map((p) => p.uid)).toEqual(['a', 'b']);
    expect(db.listings).toBe(settled);
  });

  it('answers a uid it does not hold from memory once listed, unless a write is in flight', async () => {
    const db = new SpyDb();
    const store = await storeOver(db);
    await store.storePeer('a', peer('a'));
    expect(await store.getPeer('x')).toBeUndefined(); // not listed yet: the disk
    expect(db.reads).toBe(1);
    await store.listPeers();
    expect(await store.getPeer('x')).toBeUndefined();
    expect(db.reads).toBe(1);
    // Stored meanwhile: found, from the cache.
    const x = peer('x');
    await store.storePeer('x', x);
    expect(await store.getPeer('x')).toEqual(x);
    await store.deletePeer('x');
    expect(await store.getPeer('x')).toBeUndefined();
    expect(db.reads).toBe(1);
    // A write in flight: only the disk knows.
    db.holdNext = true;
    const writing = store.storePeer('y', peer('y'));
    await new Promise((resolve) => setImmediate(resolve));
    await store.getPeer('z');
    expect(db.reads).toBe(2);
    db.release();
    await writing;
    // A failed write drops the listing: the disk again.
    db.failWrites = true;
    await expect(store.storePeer('w', peer('w'))).rejects.toThrow();
    db.failWrites = false;
    await store.getPeer('w');
    expect(db.reads).toBe(3);
  });
});
