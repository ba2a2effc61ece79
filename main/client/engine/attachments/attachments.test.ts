/**
 * Photos and files end to end over a real relay process (its filesystem blob store): sealed
 * into chunks on Alice's computer, uploaded, the message queued only once the blob is whole,
 * downloaded by Bob chunk by chunk and opened byte-identical; transfers resume after a restart
 * on either side; a file that cannot be read fails its message, and retry sends it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { blobRelayCode, RelayBlobClient, RelayClient } from '../../relay';
import type { AttachmentUpdatedEvent } from '../events';
import { Profile } from '../../profile';
import { Engine } from '../engine';
import { IncomingFile } from './incoming';
import { plaintextOf, useAliceBob } from './testing';
import { PASSWORD, openSide, stopSide, waitForEvents, type Side } from '../test-helpers';

const world = useAliceBob();

function attachmentEvent(
  side: Side,
  match: (e: AttachmentUpdatedEvent) => boolean,
  timeoutMs = 60_000,
) {
  return waitForEvents(side.engine.events, 'attachment.updated', match, 1, timeoutMs).then(
    ([e]) => e as AttachmentUpdatedEvent,
  );
}

it('sends two files with a caption: Bob gets the message, then each file byte-identical', async () => {
  const { alice, bob, bobAtAlice, aliceAtBob, file } = await world();
  const photo = await file('holiday.jpg', 700_000); // 3 data chunks, padded to 4
  const doc = await file('notes.txt', 10);
  const received = waitForEvents(
    bob.engine.events,
    'message.received',
    (e) => e.peerUid === aliceAtBob,
  );
  const ready = waitForEvents(
    bob.engine.events,
    'attachment.updated',
    (e) => e.state === 'ready',
    2,
    60_000,
  );
  const { uuid } = await alice.engine.attachments.send(
    bobAtAlice,
    [
      { path: photo.path, name: '', mimeType: 'image/jpeg' },
      { path: doc.path, mimeType: 'text/plain' },
    ],
    { caption: 'look' },
  );
  const [message] = await received;
  expect(message).toMatchObject({ uuid, text: 'look' });
  const done = await ready;
  const views = bob.engine.attachments.of(aliceAtBob, uuid);
  expect(views.map((v) => [v.position, v.state, v.plaintextLength])).toEqual([
    [0, 'ready', 700_000],
    [1, 'ready', 10],
  ]);
  expect(done.map((e) => e.uuid)).toEqual([uuid, uuid]);
  expect((await plaintextOf(bob, views[0]?.localId ?? '')).equals(photo.content)).toBe(true);
  expect((await plaintextOf(bob, views[1]?.localId ?? '')).equals(doc.content)).toBe(true);
  // The stored message carries both pointers, with the names the sender gave.
  const stored = bob.engine.listMessages(aliceAtBob, { limit: 5 }).messages[0]?.message;
  expect(stored?.attachments.map((a) => [a.name, a.mimeType])).toEqual([
    ['', 'image/jpeg'],
    ['notes.txt', 'text/plain'],
  ]);
  // Alice's own copy: her sealed chunks open to the same bytes.
  const mine = alice.engine.attachments.of(bobAtAlice, uuid);
  expect(mine.map((v) => v.state)).toEqual(['sent', 'sent']);
  expect((await plaintextOf(alice, mine[0]?.localId ?? '')).equals(photo.content)).toBe(true);
});

it('resumes an upload after the sender restarts and a download after the receiver restarts', async () => {
  const { alice, bob, bobAtAlice, aliceAtBob, file } = await world();
  const big = await file('video.bin', 5_000_000); // 20 chunks
  const uploading = attachmentEvent(alice, (e) => e.state === 'uploading' && e.doneChunks > 0);
  const { uuid } = await alice.engine.attachments.send(bobAtAlice, [{ path: big.path }]);
  const uploaded = (await uploading).doneChunks;
  await stopSide(alice); // mid-upload
  const downloading = attachmentEvent(bob, (e) => e.state === 'queued' && e.doneChunks > 0);
  // Each side's first progress after its restart: it goes on from what the relay (upload) or
  // the chunk store (download) already holds, not from the start.
  const firstAfter = (state: string) => {
    const seen: number[] = [];
    return {
      seen,
      hook: (engine: Engine) => {
        engine.events.on('attachment.updated', (e) => {
          if (e.state === state && e.doneChunks > 0 && seen.length === 0) seen.push(e.doneChunks);
        });
      },
    };
  };
  const aliceAfter = firstAfter('uploading');
  await openSide(alice, {}, aliceAfter.hook);
  const downloaded = (await downloading).doneChunks;
  await stopSide(bob); // mid-download
  const bobAfter = firstAfter('queued');
  const ready = new Promise<void>((resolve) => {
    const hook = (engine: Engine) => {
      bobAfter.hook(engine);
      engine.events.on('attachment.updated', (e) => {
        if (e.uuid === uuid && e.state === 'ready') resolve();
      });
    };
    void openSide(bob, {}, hook);
  });
  await ready;
  expect(aliceAfter.seen[0]).toBeGreaterThan(uploaded);
  expect(bobAfter.seen[0]).toBeGreaterThan(downloaded);
  const [after] = bob.engine.attachments.of(aliceAtBob, uuid);
  expect(after?.state).toBe('ready');
  expect((await plaintextOf(bob, after?.localId ?? '')).equals(big.content)).toBe(true);
});

it('fails a message whose file cannot be read, and sends it on retry once it can', async () => {
  const { alice, bob, bobAtAlice, aliceAtBob, file: fileOf } = await world();
  const file = await fileOf('report.pdf', 1000);
  // Written by an engine not started yet (no worker), the file gone before its worker runs.
  await stopSide(alice);
  alice.profile = await Profile.unlock(alice.dir.path, PASSWORD);
  alice.engine = new Engine(alice.profile);
  alice.stopped = false;
  const { uuid } = await alice.engine.attachments.send(bobAtAlice, [{ path: file.path }]);
  await rm(file.path);
  const failed = waitForEvents(
    alice.engine.events,
    'message.statusChanged',
    (e) => e.uuid === uuid && e.state === 'failed',
  );
  await alice.engine.start();
  await failed;
  const [view] = alice.engine.attachments.of(bobAtAlice, uuid);
  expect(view).toMatchObject({ state: 'failed', lastError: 'ATTACHMENT_SOURCE_UNREADABLE' });
  await writeFile(file.path, file.content);
  const ready = attachmentEvent(bob, (e) => e.uuid === uuid && e.state === 'ready');
  await alice.engine.retry(bobAtAlice, uuid);
  await ready;
  const [got] = bob.engine.attachments.of(aliceAtBob, uuid);
  expect((await plaintextOf(bob, got?.localId ?? '')).equals(file.content)).toBe(true);
});

it('refuses a file above the size limit before writing anything', async () => {
  const { alice, bobAtAlice, files, file: fileOf } = await world();
  const file = await fileOf('big.bin', 2000);
  await expect(
    alice.engine.attachments.send(bobAtAlice, [{ path: file.path }], { maxBytes: 1000 }),
  ).rejects.toMatchObject({ code: 'ATTACHMENT_TOO_LARGE' });
  await expect(
    alice.engine.attachments.send(bobAtAlice, [{ path: join(files.path, 'missing') }]),
  ).rejects.toMatchObject({ code: 'ATTACHMENT_SOURCE_UNREADABLE' });
  expect(alice.engine.listMessages(bobAtAlice, { limit: 5 }).messages).toEqual([]);
});

it('seals a file handed over piece by piece (the window), and reads back any range', async () => {
  const { alice, bob, bobAtAlice, aliceAtBob } = await world();
  const content = randomBytes(600_000);
  const incoming = new IncomingFile(content.length);
  const ready = attachmentEvent(bob, (e) => e.state === 'ready');
  const { uuid, localIds } = await alice.engine.attachments.send(bobAtAlice, [
    { incoming, name: 'drop.bin', mimeType: 'application/octet-stream' },
  ]);
  expect(localIds).toHaveLength(1);
  for (let at = 0; at < content.length; at += 100_000) {
    await alice.engine.attachments.write(localIds[0] ?? '', content.subarray(at, at + 100_000));
  }
  const done = await ready;
  expect(done.uuid).toBe(uuid);
  // A range across the boundary of the first two chunks (262,104 bytes of file each).
  const { bytes, size } = await bob.engine.attachments.read(done.localId, 262_000, 300);
  expect(size).toBe(600_000);
  expect(Buffer.from(bytes).equals(content.subarray(262_000, 262_300))).toBe(true);
  const tail = await bob.engine.attachments.read(done.localId, 599_990, 1000);
  expect(Buffer.from(tail.bytes).equals(content.subarray(599_990))).toBe(true);
  expect(bob.engine.attachments.of(aliceAtBob, uuid)[0]?.state).toBe('ready');
});

it('fails the message when the window stops handing the file over', async () => {
  const { alice, bobAtAlice } = await world();
  const incoming = new IncomingFile(1000, 50); // gives up after 50 ms without a piece
  const failed = waitForEvents(
    alice.engine.events,
    'message.statusChanged',
    (e) => e.state === 'failed',
  );
  const { uuid, localIds } = await alice.engine.attachments.send(bobAtAlice, [
    { incoming, name: 'half.bin' },
  ]);
  await alice.engine.attachments.write(localIds[0] ?? '', new Uint8Array(400));
  const [event] = await failed;
  expect(event?.uuid).toBe(uuid);
  expect(alice.engine.attachments.of(bobAtAlice, uuid)[0]).toMatchObject({
    state: 'failed',
    lastError: 'ATTACHMENT_SOURCE_GONE',
  });
  // The window's copy is gone: retry says to attach it again, and changes nothing.
  await expect(alice.engine.retry(bobAtAlice, uuid)).rejects.toMatchObject({
    code: 'ATTACHMENT_SOURCE_GONE',
  });
  expect(alice.engine.listMessages(bobAtAlice, { limit: 1 }).messages[0]?.state).toBe('failed');
});

it('stops at once mid hand-over, and fails that file on the next start', async () => {
  const { alice, bobAtAlice } = await world();
  // An idle timeout far beyond the test's: the stop below must not wait for it.
  const incoming = new IncomingFile(1000, 600_000);
  const { uuid, localIds } = await alice.engine.attachments.send(bobAtAlice, [
    { incoming, name: 'half.bin' },
  ]);
  await alice.engine.attachments.write(localIds[0] ?? '', new Uint8Array(400));
  // The app quits while the window still owes 600 bytes (it used to wait for them).
  await stopSide(alice);
  alice.profile = await Profile.unlock(alice.dir.path, PASSWORD);
  alice.engine = new Engine(alice.profile);
  alice.stopped = false;
  const failed = waitForEvents(
    alice.engine.events,
    'message.statusChanged',
    (e) => e.uuid === uuid && e.state === 'failed',
  );
  await alice.engine.start();
  await failed;
  // Not "could not read that file": the file is fine where it is; Meow lost its copy.
  expect(alice.engine.attachments.of(bobAtAlice, uuid)[0]).toMatchObject({
    state: 'failed',
    lastError: 'ATTACHMENT_SOURCE_GONE',
  });
});

it('deleting for everyone removes the files on both devices and the blob at the relay', async () => {
  const { relay, alice, bob, bobAtAlice, aliceAtBob, file } = await world();
  const photo = await file('p.jpg', 300_000);
  const ready = attachmentEvent(bob, (e) => e.state === 'ready');
  const { uuid } = await alice.engine.attachments.send(bobAtAlice, [{ path: photo.path }]);
  await ready;
  const pointer = bob.engine.listMessages(aliceAtBob, { limit: 1 }).messages[0]?.message
    .attachments[0];
  const readToken = pointer?.readToken ?? new Uint8Array(32);
  const bobLocal = bob.engine.attachments.of(aliceAtBob, uuid)[0]?.localId ?? '';
  const gone = (side: Side, peerUid: string) =>
    waitForEvents(
      side.engine.events,
      'message.updated',
      (e) => e.peerUid === peerUid && e.uuid === uuid,
    );
  const bothUpdated = Promise.all([gone(alice, bobAtAlice), gone(bob, aliceAtBob)]);
  await alice.engine.deleteMessage(bobAtAlice, uuid, true);
  await bothUpdated;
  const server = (await RelayClient.add(relay.url)).ref;
  const client = new RelayBlobClient(server);
  await until(async () => {
    const purged =
      alice.profile.messages.attachmentsOf(bobAtAlice, uuid).length === 0 &&
      bob.profile.messages.attachmentsOf(aliceAtBob, uuid).length === 0;
    const blob = await client.status(readToken).then(
      () => 'there',
      (err: unknown) => blobRelayCode(err),
    );
    return purged && blob === 'BLOB_NOT_FOUND';
  });
  expect(existsSync(join(bob.dir.path, 'attachments', bobLocal))).toBe(false);
  expect(bob.engine.attachments.of(aliceAtBob, uuid)).toEqual([]);
});

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
