/**
 * Child process of durability.test.ts: writes through every store, prints DONE once every
 * promise has resolved, then idles until the test SIGKILLs it. Whatever it wrote before DONE
 * must be there when the test reopens the stores.
 *
 * Usage: node --import tsx crash-writer.ts <dir> <dbKeyHex> <messageCount>
 */
import { join } from 'node:path';
import { fromHex } from '../../../core/crypto';
import { createIdentityFile } from '../identity-file';
import { MessageDb } from '../message-db';
import { PeerStorage } from '../peer-storage';
import { FAST_KDF, sampleMessage } from './helpers';

async function main(dir: string, dbKey: Uint8Array, count: number): Promise<void> {
  const identity = await createIdentityFile(join(dir, 'identity.json'), 'pw', { n: 1 }, FAST_KDF);
  await identity.save({ n: 2 });
  const peers = await PeerStorage.open<{ name: string }>(join(dir, 'peers'), dbKey);
  await peers.storePeer('alice', { name: 'Alice' });
  const db = MessageDb.open(join(dir, 'messages.db'), dbKey);
  for (let i = 0; i < count; i++) {
    db.insertMessage('alice', sampleMessage(`u${i}`, `message ${i}`));
  }
  db.enqueueJob({ jobId: 'job-1', peerUid: 'alice', kind: 'message', payload: new Uint8Array(3) });
  db.seenDeviceSync('sync-1');
  // Committed without an fsync: a process crash must not lose it either (the OS has the WAL).
  db.redoableTransaction(() => db.seenDeviceSync('sync-redoable'));
  await peers.storePeer('bob', { name: 'Bob' });
  process.stdout.write('DONE\n');
  // Stay alive with everything open: the kill must land on a live process, not a clean exit.
  setInterval(() => undefined, 60_000);
}

const [dir, keyHex, count] = process.argv.slice(2);
if (!dir || !keyHex || !count) throw new Error('usage: crash-writer.ts <dir> <dbKeyHex> <n>');
await main(dir, fromHex(keyHex), Number(count));
