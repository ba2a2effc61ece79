/**
 * What the relay can do to a file, over a real relay process with its filesystem blob store:
 * a chunk altered on the relay's disk is refused by the receiver (never stored or shown) and
 * fetched again; a blob that expired before the receiver came online leaves the message and
 * says "expired".
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { blobIdFromReadToken } from '../../../../core/attachments';
import { startRelayProcess, type RelayProcess } from '../../../../testkit/relay-process';
import { makeTempDir, type TempDir } from '../../../../testkit/tmp';
import { blobRelayCode, RelayBlobClient, RelayClient } from '../../relay';
import type { Engine } from '../engine';
import {
  closeSide,
  connectAliceBob,
  makeSide,
  openSide,
  stopSide,
  waitForEvents,
  type Side,
} from '../test-helpers';

const relays: RelayProcess[] = [];
const sides: Side[] = [];
const dirs: TempDir[] = [];

afterEach(async () => {
  for (const side of sides.splice(0)) await closeSide(side);
  for (const relay of relays.splice(0)) await relay.stop();
  for (const dir of dirs.splice(0)) await dir.cleanup();
});

/** Alice sends a file while Bob is offline; resolves once every chunk is at the relay. */
async function sentWhileBobAway(extraArgs: string[] = []) {
  const relay = await startRelayProcess({ extraArgs });
  relays.push(relay);
  const server = (await RelayClient.add(relay.url)).ref;
  const alice = await makeSide('Alice', server);
  const bob = await makeSide('Bob', server);
  sides.push(alice, bob);
  const { bobAtAlice, aliceAtBob } = await connectAliceBob(alice, bob);
  await stopSide(bob);
  const files = await makeTempDir('meow-files-');
  dirs.push(files);
  const content = randomBytes(300_000); // two chunks
  const path = join(files.path, 'f.bin');
  await writeFile(path, content);
  const sent = waitForEvents(alice.engine.events, 'attachment.updated', (e) => e.state === 'sent');
  const { uuid, localIds } = await alice.engine.attachments.send(bobAtAlice, [{ path }]);
  await sent;
  const row = alice.profile.messages.attachment(localIds[0] ?? '');
  const readToken = row?.secrets.readToken ?? new Uint8Array(32);
  const blobDir = join(
    relay.dataDir,
    'blobs',
    Buffer.from(blobIdFromReadToken(readToken)).toString('hex').slice(0, 2),
    Buffer.from(blobIdFromReadToken(readToken)).toString('hex'),
  );
  return { relay, server, alice, bob, aliceAtBob, uuid, content, readToken, blobDir };
}

function onBobsEngine(bob: Side, hook: (engine: Engine) => void): Promise<void> {
  return openSide(bob, {}, hook);
}

it('refuses a chunk altered at the relay and fetches it again', async () => {
  const { bob, aliceAtBob, uuid, content, blobDir } = await sentWhileBobAway();
  const chunk = join(blobDir, '1');
  const original = await readFile(chunk);
  const altered = Buffer.from(original);
  altered[1000] = (altered[1000] ?? 0) ^ 0xff;
  await writeFile(chunk, altered);
  const refused: string[] = [];
  const ready = new Promise<void>((resolve) => {
    void onBobsEngine(bob, (engine) => {
      engine.events.on('attachment.updated', (e) => {
        if (e.error === 'ATTACHMENT_CHUNK_INVALID' && refused.length === 0) {
          refused.push(e.error);
          void writeFile(chunk, original); // the relay serves the right bytes again
        }
        if (e.uuid === uuid && e.state === 'ready') resolve();
      });
    });
  });
  await ready;
  expect(refused).toEqual(['ATTACHMENT_CHUNK_INVALID']);
  const [view] = bob.engine.attachments.of(aliceAtBob, uuid);
  const parts: Uint8Array[] = [];
  for await (const part of bob.engine.attachments.plaintext(view?.localId ?? '')) parts.push(part);
  expect(Buffer.concat(parts).equals(content)).toBe(true);
});

it('says "expired" when the relay no longer has the file, and keeps the message', async () => {
  const { server, bob, aliceAtBob, uuid, readToken } = await sentWhileBobAway([
    '--blob-ttl-seconds',
    '1',
  ]);
  // Waits on the relay itself: until it answers that the blob expired — or that it has none
  // any more, once its sweeper removed the expired blob (which of the two Bob's engine meets
  // depends on when it asks: both mean the relay no longer has the file).
  const gone = new Set(['BLOB_EXPIRED', 'BLOB_NOT_FOUND']);
  const client = new RelayBlobClient(server);
  for (;;) {
    const code = await client.status(readToken).then(
      () => 'there',
      (err: unknown) => blobRelayCode(err),
    );
    if (code !== undefined && gone.has(code)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const expired = new Promise<void>((resolve) => {
    void onBobsEngine(bob, (engine) => {
      engine.events.on('attachment.updated', (e) => {
        if (e.uuid === uuid && e.state === 'expired') resolve();
      });
    });
  });
  await expired;
  const [message] = bob.engine.listMessages(aliceAtBob, { limit: 1 }).messages;
  expect(message?.uuid).toBe(uuid);
  const [view] = bob.engine.attachments.of(aliceAtBob, uuid);
  expect(view?.state).toBe('expired');
  expect(gone.has(view?.lastError ?? '')).toBe(true);
});
