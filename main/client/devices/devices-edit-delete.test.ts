/**
 * Edit and delete (PROTOCOL.md §9 "Edit and delete") with Alice on two devices (the desktop,
 * Bob's primary, and the laptop) and Bob on one: edits and deletes for everyone reach all three,
 * also a device that was stopped during the change; they survive restarts; a device that comes
 * back, or gets the history later, never shows a deleted text or an old version; only the
 * author may change a message; delete for me stays on Alice's devices.
 */
import { expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { isAppError } from '../../../core/errors';
import type { EngineContext } from '../engine/context';
import { DELETE_TYPE, EDIT_TYPE } from '../engine/modify-in';
import { sealAndQueue } from '../engine/outbound';
import { openSide, restartSide, stopSide, waitForEvents, type Side } from '../engine/test-helpers';
import { holdsPeer, pairDevices, waitUntil } from './testing/devices';
import { relayWorld } from './testing/relay-world';
import { aliceTrio, exchange } from './testing/trio';

const world = relayWorld();

function row(side: Side, peerUid: string, uuid: string) {
  return side.profile.messages.getMessage(peerUid, uuid)?.message;
}

function updated(side: Side, uuid: string) {
  return waitForEvents(side.engine.events, 'message.updated', (e) => e.uuid === uuid);
}

/** Every text `side` announced or stored for `peerUid` from now on (to prove one never shows). */
function watchTexts(side: Side, peerUid: string): string[] {
  const seen: string[] = [];
  side.engine.events.on('message.received', (e) => seen.push(e.text));
  side.engine.events.on('message.stored', (e) => {
    seen.push(row(side, peerUid, e.uuid)?.text ?? '');
  });
  return seen;
}

it('edits and deletes for everyone reach all three devices, also one stopped meanwhile', async () => {
  const t = await aliceTrio(world);
  const kept = await exchange(t.desktop, t.bobAtAlice, t.bob, 'hello');
  const gone = await exchange(t.desktop, t.bobAtAlice, t.bob, 'secret');
  await waitUntil(() => row(t.laptop, t.bobAtAlice, gone)?.state === 'delivered');
  await stopSide(t.laptop);

  const bobEdit = updated(t.bob, kept);
  await t.desktop.engine.editText(t.bobAtAlice, kept, 'hello, edited');
  await bobEdit;
  const bobDelete = updated(t.bob, gone);
  await t.desktop.engine.deleteMessage(t.bobAtAlice, gone, true);
  await bobDelete;

  await openSide(t.laptop);
  for (const [side, peer] of [
    [t.desktop, t.bobAtAlice],
    [t.laptop, t.bobAtAlice],
    [t.bob, t.aliceAtBob],
  ] as const) {
    await waitUntil(() => row(side, peer, gone)?.deleted === 'everyone');
    await waitUntil(() => row(side, peer, kept)?.text === 'hello, edited');
    expect(row(side, peer, gone)?.text).toBe('');
    expect(Number(row(side, peer, kept)?.editedAt)).toBeGreaterThan(0);
    expect(row(side, peer, kept)?.edits.map((e) => e.text)).toEqual(['hello', 'hello, edited']);
  }

  // A restart changes nothing, and the next edit still wins everywhere.
  await restartSide(t.bob);
  await restartSide(t.laptop);
  expect(row(t.bob, t.aliceAtBob, gone)).toMatchObject({ text: '', deleted: 'everyone' });
  const again = updated(t.bob, kept);
  await t.laptop.engine.editText(t.bobAtAlice, kept, 'hello, from the laptop');
  await again;
  expect(row(t.bob, t.aliceAtBob, kept)?.text).toBe('hello, from the laptop');
  await waitUntil(() => row(t.desktop, t.bobAtAlice, kept)?.text === 'hello, from the laptop');
  expect(row(t.desktop, t.bobAtAlice, kept)?.edits).toHaveLength(3);
});

it('a device offline or joining later never shows a deleted text', async () => {
  const t = await aliceTrio(world);
  await exchange(t.bob, t.aliceAtBob, t.desktop, 'before');
  await stopSide(t.laptop);
  const uuid = await exchange(t.bob, t.aliceAtBob, t.desktop, 'oops');
  const deleted = updated(t.desktop, uuid);
  await t.bob.engine.deleteMessage(t.aliceAtBob, uuid, true);
  await deleted;
  expect(row(t.desktop, t.bobAtAlice, uuid)).toMatchObject({ text: '', deleted: 'everyone' });

  let seen: string[] = [];
  await openSide(t.laptop, {}, (engine) => {
    seen = watchTexts({ ...t.laptop, engine }, t.bobAtAlice);
  });
  await waitUntil(() => row(t.laptop, t.bobAtAlice, uuid)?.deleted === 'everyone');
  expect(seen).not.toContain('oops');

  // A third device of Alice's gets the history: the tombstone, never the text.
  const tablet = await world.side('joining', { withServer: false });
  await pairDevices(t.desktop, tablet);
  await holdsPeer(tablet, t.bobAtAlice);
  const tabletSeen = watchTexts(tablet, t.bobAtAlice);
  const done = waitForEvents(tablet.engine.events, 'sync.progress', (e) => e.done);
  await tablet.engine.devices.requestHistory();
  await done;
  expect(row(tablet, t.bobAtAlice, uuid)).toMatchObject({ text: '', deleted: 'everyone' });
  expect(tabletSeen).not.toContain('oops');

  // A delete that overtakes its message (sealed by hand in that order): the message arrives
  // deleted, its text never announced.
  const bobCtx = (t.bob.engine as unknown as { ctx: EngineContext }).ctx;
  const alice = await t.bob.profile.peers.getPeer(t.aliceAtBob);
  if (!alice) throw new Error('no Alice at Bob');
  const late = randomUUID();
  const now = Date.now();
  const first = { type: DELETE_TYPE, targetUuid: late, status: { uuid: randomUUID(), sent: now } };
  const then = { type: 'text', text: 'overtaken', status: { uuid: late, sent: now } };
  const desktopSeen = watchTexts(t.desktop, t.bobAtAlice);
  const stored = waitForEvents(t.desktop.engine.events, 'message.stored', (e) => e.uuid === late);
  const next = await sealAndQueue(bobCtx, alice, first, { kind: 'modify' });
  await sealAndQueue(bobCtx, next, then, { kind: 'modify' });
  await stored;
  expect(row(t.desktop, t.bobAtAlice, late)).toMatchObject({ text: '', deleted: 'everyone' });
  expect(desktopSeen).not.toContain('overtaken');
});

it('only the author edits or deletes for everyone; delete for me stays on my devices', async () => {
  const t = await aliceTrio(world);
  const alices = await exchange(t.desktop, t.bobAtAlice, t.bob, 'mine');
  const refused = await t.bob.engine.editText(t.aliceAtBob, alices, 'forged').then(
    () => 'edited',
    (err: unknown) => (isAppError(err) ? err.code : 'other'),
  );
  expect(refused).toBe('MESSAGE_NOT_YOURS');
  const notDeleted = await t.bob.engine.deleteMessage(t.aliceAtBob, alices, true).then(
    () => 'deleted',
    (err: unknown) => (isAppError(err) ? err.code : 'other'),
  );
  expect(notDeleted).toBe('MESSAGE_NOT_YOURS');
  // Sealed by hand, past the API's check: Alice's devices drop it.
  const bobCtx = (t.bob.engine as unknown as { ctx: EngineContext }).ctx;
  const bobPeer = await t.bob.profile.peers.getPeer(t.aliceAtBob);
  if (!bobPeer) throw new Error('no Alice at Bob');
  const forged = { uuid: randomUUID(), sent: Date.now() };
  const edit = { type: EDIT_TYPE, text: 'forged', targetUuid: alices, revision: 1, status: forged };
  await sealAndQueue(bobCtx, bobPeer, edit, { kind: 'modify' }); // stores the ratchet
  await exchange(t.bob, t.aliceAtBob, t.desktop, 'after the forgery');
  expect(row(t.desktop, t.bobAtAlice, alices)).toMatchObject({ text: 'mine', edits: [] });

  await waitUntil(() => row(t.laptop, t.bobAtAlice, alices) !== undefined);
  const onLaptop = updated(t.laptop, alices);
  await t.desktop.engine.deleteMessage(t.bobAtAlice, alices, false);
  await onLaptop;
  expect(row(t.laptop, t.bobAtAlice, alices)).toMatchObject({ text: '', deleted: 'me' });
  // Bob hears nothing: a later message arrives after where a delete would have been.
  await exchange(t.desktop, t.bobAtAlice, t.bob, 'later');
  expect(row(t.bob, t.aliceAtBob, alices)).toMatchObject({ text: 'mine', deleted: '' });
  const twice = await t.laptop.engine.editText(t.bobAtAlice, alices, 'again').then(
    () => 'edited',
    (err: unknown) => (isAppError(err) ? err.code : 'other'),
  );
  expect(twice).toBe('MESSAGE_DELETED');

  // An unread message of Bob's deleted for me on the laptop: no longer unread anywhere, and
  // Bob gets no read receipt for it.
  const bobs = await exchange(t.bob, t.aliceAtBob, t.desktop, 'unread one');
  await waitUntil(() => row(t.bob, t.aliceAtBob, bobs)?.state === 'delivered');
  await waitUntil(() => row(t.laptop, t.bobAtAlice, bobs) !== undefined);
  const onDesktop = updated(t.desktop, bobs);
  await t.laptop.engine.deleteMessage(t.bobAtAlice, bobs, false);
  await onDesktop;
  expect(t.desktop.profile.messages.getMessage(t.bobAtAlice, bobs)?.state).toBe('read');
  expect(t.laptop.profile.messages.getMessage(t.bobAtAlice, bobs)?.state).toBe('read');
  await exchange(t.desktop, t.bobAtAlice, t.bob, 'after the delete');
  expect(row(t.bob, t.aliceAtBob, bobs)?.state).toBe('delivered');
});
