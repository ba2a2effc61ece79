import { join } from 'node:path';
import { Level } from 'level';
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes, toBase64Url, utf8 } from '../../core/crypto';
import { generateDbKey } from './db-key';
import { DEVICE_STORAGE_DOMAIN, PeerStorage } from './peer-storage';
import { codeOfAsync, filesContaining, TempDirs } from './testing/helpers';

interface TestPeer {
  uid: string;
  name: string;
  privateKey: string;
  drStateJson: string;
}

const temp = new TempDirs();
afterEach(() => temp.cleanup());

function peer(uid: string, name = `peer ${uid}`): TestPeer {
  return { uid, name, privateKey: toBase64Url(randomBytes(32)), drStateJson: '{"n":1}' };
}

async function rawLevel(dir: string): Promise<Level<string, Uint8Array>> {
  const db = new Level<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db.open();
  return db;
}

describe('PeerStorage', () => {
  it('stores, gets, lists and deletes peers', async () => {
    const store = await PeerStorage.open<TestPeer>(await temp.make(), generateDbKey());
    const [a, b] = [peer('a'), peer('b')];
    await store.storePeer('b', b);
    await store.storePeer('a', a);
    expect(await store.getPeer('a')).toEqual(a);
    expect(await store.getPeer('nobody')).toBeUndefined();
    expect(await store.listPeers()).toEqual([a, b]);
    const renamed = { ...a, name: 'Alice' };
    await store.storePeer('a', renamed);
    expect(await store.getPeer('a')).toEqual(renamed);
    await store.deletePeer('a');
    await store.deletePeer('a');
    expect(await store.listPeers()).toEqual([b]);
    await store.close();
  });

  it('persists across reopen', async () => {
    const dir = await temp.make();
    const key = generateDbKey();
    const first = await PeerStorage.open<TestPeer>(dir, key);
    const a = peer('a');
    await first.storePeer('a', a);
    await first.close();
    const second = await PeerStorage.open<TestPeer>(dir, key);
    expect(await second.listPeers()).toEqual([a]);
    await second.close();
  });

  it('never writes peer fields in the clear', async () => {
    const dir = await temp.make();
    const store = await PeerStorage.open<TestPeer>(dir, generateDbKey());
    const secret = randomBytes(32);
    const record = { ...peer('a', 'MARKER-plaintext-name-7f3a'), privateKey: toBase64Url(secret) };
    await store.storePeer('a', record);
    await store.close();
    for (const needle of [utf8(record.name), utf8(record.privateKey), secret]) {
      expect(await filesContaining(dir, needle)).toEqual([]);
    }
    // Sanity check of the search itself: the uid (a key, in the clear by design) is found.
    expect((await filesContaining(dir, utf8('p/a'))).length).toBeGreaterThan(0);
  });

  it('detects two values swapped between keys', async () => {
    const dir = await temp.make();
    const key = generateDbKey();
    const store = await PeerStorage.open<TestPeer>(dir, key);
    await store.storePeer('a', peer('a'));
    await store.storePeer('b', peer('b'));
    await store.close();
    const raw = await rawLevel(dir);
    const [va, vb] = await raw.getMany(['p/a', 'p/b']);
    await raw.batch([
      { type: 'put', key: 'p/a', value: vb ?? new Uint8Array() },
      { type: 'put', key: 'p/b', value: va ?? new Uint8Array() },
    ]);
    await raw.close();
    const reopened = await PeerStorage.open<TestPeer>(dir, key);
    expect(await codeOfAsync(reopened.getPeer('a'))).toBe('STORAGE_CORRUPT');
    expect(await codeOfAsync(reopened.listPeers())).toBe('STORAGE_CORRUPT');
    await reopened.close();
  });

  it('keeps device records out of the contact store', async () => {
    const key = generateDbKey();
    const peersDir = await temp.make();
    const devicesDir = await temp.make();
    const devices = await PeerStorage.open<TestPeer>(devicesDir, key, DEVICE_STORAGE_DOMAIN);
    await devices.storePeer('d', peer('d'));
    await devices.close();
    const raw = await rawLevel(devicesDir);
    const sealed = await raw.get('p/d');
    await raw.close();
    const peers = await PeerStorage.open<TestPeer>(peersDir, key);
    await peers.close();
    const rawPeers = await rawLevel(peersDir);
    await rawPeers.put('p/d', sealed);
    await rawPeers.close();
    const reopened = await PeerStorage.open<TestPeer>(peersDir, key);
    expect(await codeOfAsync(reopened.getPeer('d'))).toBe('STORAGE_CORRUPT');
    await reopened.close();
  });

  it('refuses another db key, a second opener, and use after close', async () => {
    const dir = await temp.make();
    const key = generateDbKey();
    const store = await PeerStorage.open<TestPeer>(dir, key);
    expect(await codeOfAsync(PeerStorage.open(dir, key))).toBe('STORAGE_LOCKED');
    await store.close();
    await store.close();
    expect(await codeOfAsync(store.getPeer('a'))).toBe('STORAGE_CLOSED');
    expect(await codeOfAsync(store.storePeer('a', peer('a')))).toBe('STORAGE_CLOSED');
    expect(await codeOfAsync(PeerStorage.open(dir, generateDbKey()))).toBe('STORAGE_WRONG_KEY');
    expect(await codeOfAsync(PeerStorage.open(join(dir, 'x'), new Uint8Array(3)))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('rejects empty uids and values that are not JSON', async () => {
    const store = await PeerStorage.open<unknown>(await temp.make(), generateDbKey());
    expect(await codeOfAsync(store.storePeer('', {}))).toBe('INVALID_ARGUMENT');
    expect(await codeOfAsync(store.storePeer('a', undefined))).toBe('INVALID_ARGUMENT');
    await store.close();
  });
});
