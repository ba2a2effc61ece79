/**
 * The automatic download size as a setting of the receiving device (`autoDownloadMiB`), over a
 * real relay process: at 0 no file is fetched by itself, only when asked for; at 1 MiB a
 * 0.5 MiB file is fetched as it arrives while a 2 MiB one waits. Raising the setting does not
 * fetch a file already waiting (received.ts).
 */
import { expect, it } from 'vitest';
import { waitForEvents, type Side } from '../test-helpers';
import { plaintextOf, useAliceBob } from './testing';
import { AUTO_DOWNLOAD_BYTES } from '.';

const MIB = 1024 * 1024;
const world = useAliceBob();

/** The attachment at `position` of a message on `side` (it must be there). */
function attachmentAt(side: Side, peerUid: string, uuid: string, position = 0) {
  const view = side.engine.attachments.of(peerUid, uuid)[position];
  if (!view) throw new Error(`no attachment ${position} of ${uuid}`);
  return view;
}

it('fetches by itself only the files within the size Bob set: none at 0, up to 1 MiB at 1', async () => {
  const { alice, bob, bobAtAlice, aliceAtBob, file } = await world();
  expect(bob.profile.settings.autoDownloadMiB * MIB).toBe(AUTO_DOWNLOAD_BYTES);
  await bob.engine.updateSettings({ autoDownloadMiB: 0 });
  const note = await file('note.txt', 10);
  const half = await file('half.bin', MIB / 2);
  const two = await file('two.bin', 2 * MIB);

  // 0: even a 10-byte file waits to be asked for.
  let received = waitForEvents(bob.engine.events, 'message.received', (e) => {
    return e.peerUid === aliceAtBob;
  });
  const first = await alice.engine.attachments.send(bobAtAlice, [{ path: note.path }]);
  await received;
  const small = attachmentAt(bob, aliceAtBob, first.uuid);
  expect(small.state).toBe('on_request');

  // 1 MiB: of the next message, the 0.5 MiB file comes by itself, the 2 MiB one waits.
  await bob.engine.updateSettings({ autoDownloadMiB: 1 });
  received = waitForEvents(bob.engine.events, 'message.received', (e) => {
    return e.peerUid === aliceAtBob;
  });
  const ready = waitForEvents(bob.engine.events, 'attachment.updated', (e) => {
    return e.state === 'ready';
  });
  const second = await alice.engine.attachments.send(bobAtAlice, [
    { path: half.path },
    { path: two.path },
  ]);
  await received;
  const [fetched] = await ready;
  expect(fetched).toMatchObject({ uuid: second.uuid, position: 0 });
  const halfAtBob = attachmentAt(bob, aliceAtBob, second.uuid, 0);
  const twoAtBob = attachmentAt(bob, aliceAtBob, second.uuid, 1);
  expect(halfAtBob.state).toBe('ready');
  expect(twoAtBob.state).toBe('on_request');
  // Raising the size from 0 to 1 MiB did not fetch the small file that was waiting.
  expect(attachmentAt(bob, aliceAtBob, first.uuid).state).toBe('on_request');
  expect((await plaintextOf(bob, halfAtBob.localId)).equals(half.content)).toBe(true);

  // Asked for, both come.
  const both = waitForEvents(
    bob.engine.events,
    'attachment.updated',
    (e) => e.state === 'ready',
    2,
    60_000,
  );
  bob.engine.attachments.download(small.localId);
  bob.engine.attachments.download(twoAtBob.localId);
  expect((await both).map((e) => e.localId).sort()).toEqual(
    [small.localId, twoAtBob.localId].sort(),
  );
  expect((await plaintextOf(bob, small.localId)).equals(note.content)).toBe(true);
  expect((await plaintextOf(bob, twoAtBob.localId)).equals(two.content)).toBe(true);
});
