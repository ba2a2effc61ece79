/**
 * Cancelling a transfer over a real relay process (cancel.ts): a download stops, keeps what it
 * fetched and goes on from there when asked again; an upload fails its message with
 * ATTACHMENT_CANCELLED, nothing reaches Bob, and a retry sends it once, whole.
 */
import { expect, it } from 'vitest';
import type { AttachmentUpdatedEvent } from '../events';
import { waitForEvents, type Side } from '../test-helpers';
import { plaintextOf, useAliceBob } from './testing';

const aliceBob = useAliceBob();

async function world() {
  const w = await aliceBob();
  const { path, content } = await w.file('video.bin', 5_000_000); // 20 chunks
  return { ...w, path, content };
}

/**
 * Cancels the transfer from inside the first progress event in `state` that is neither the
 * first nor the last chunk, so the step is surely mid-way; resolves with that event.
 */
function cancelMidway(side: Side, state: 'uploading' | 'queued') {
  return new Promise<AttachmentUpdatedEvent>((resolve) => {
    const off = side.engine.events.on('attachment.updated', (e) => {
      if (e.state !== state || e.doneChunks === 0 || e.doneChunks >= e.chunkCount) return;
      off();
      side.engine.attachments.cancel(e.localId);
      resolve(e);
    });
  });
}

function stateOf(side: Side, peerUid: string, uuid: string) {
  return side.engine.attachments.of(peerUid, uuid)[0];
}

it('a cancelled download keeps what it fetched, and goes on from there when asked again', async () => {
  const { alice, bob, bobAtAlice, aliceAtBob, path, content } = await world();
  const cancelled = cancelMidway(bob, 'queued');
  const { uuid } = await alice.engine.attachments.send(bobAtAlice, [{ path }]);
  const at = await cancelled;
  const waiting = stateOf(bob, aliceAtBob, uuid);
  expect(waiting?.state).toBe('on_request');
  expect(waiting?.doneChunks).toBeGreaterThanOrEqual(at.doneChunks);
  bob.engine.attachments.cancel(at.localId); // twice: nothing happens

  const resumedFrom: number[] = [];
  bob.engine.events.on('attachment.updated', (e) => {
    if (e.state === 'queued' && e.doneChunks > 0) resumedFrom.push(e.doneChunks);
  });
  const ready = waitForEvents(bob.engine.events, 'attachment.updated', (e) => e.state === 'ready');
  bob.engine.attachments.download(at.localId);
  await ready;
  expect(resumedFrom[0]).toBeGreaterThan(at.doneChunks);
  expect((await plaintextOf(bob, at.localId)).equals(content)).toBe(true);
});

it('a cancelled upload fails its message; nothing reaches Bob until a retry sends it once', async () => {
  const { alice, bob, bobAtAlice, aliceAtBob, path, content } = await world();
  const received: string[] = [];
  bob.engine.events.on('message.received', (e) => received.push(e.uuid));
  const failed = waitForEvents(
    alice.engine.events,
    'message.statusChanged',
    (e) => e.state === 'failed',
  );
  const cancelled = cancelMidway(alice, 'uploading');
  const { uuid } = await alice.engine.attachments.send(bobAtAlice, [{ path }]);
  const at = await cancelled;
  await failed;
  const stored = alice.engine.listMessages(bobAtAlice, { limit: 1 }).messages[0];
  expect(stored).toMatchObject({ state: 'failed', failureReason: 'ATTACHMENT_CANCELLED' });
  expect(stateOf(alice, bobAtAlice, uuid)).toMatchObject({
    state: 'failed',
    lastError: 'ATTACHMENT_CANCELLED',
  });

  const ready = waitForEvents(bob.engine.events, 'attachment.updated', (e) => e.state === 'ready');
  await alice.engine.retry(bobAtAlice, uuid);
  await ready;
  expect(received).toEqual([uuid]);
  const [atBob] = bob.engine.attachments.of(aliceAtBob, uuid);
  expect((await plaintextOf(bob, atBob?.localId ?? '')).equals(content)).toBe(true);
  expect(stateOf(alice, bobAtAlice, uuid)?.state).toBe('sent');
  expect(at.localId).toBe(stateOf(alice, bobAtAlice, uuid)?.localId);
});
