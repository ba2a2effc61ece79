/**
 * Photos and files on every device (issue 16 "Every device"), over a real relay process: a
 * 50 MiB file from Alice's laptop — not the primary device for Bob — reaches Bob through the
 * primary's forward, and Alice's desktop (the primary) holds it too; a file Bob sends reaches
 * both of Alice's devices. Each copy opens byte-identical (the big one compared by SHA-256,
 * so no copy of it is held whole). 50 MiB is above the default automatic download size (20 MiB):
 * Bob and the desktop fetch it as the user would, once its message is there.
 */
import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../../../testkit/tmp';
import { holdsPeer, pairDevices } from '../../devices/testing/devices';
import { useRelaySides } from '../../devices/testing/relay-sides';
import { connect, waitForEvents, type Side } from '../test-helpers';
import { writeRandomFile } from './testing';

const { startRelay, side } = useRelaySides();
const dirs: TempDir[] = [];

afterEach(async () => {
  for (const dir of dirs.splice(0)) await dir.cleanup();
});

/** 50 MiB: above the default automatic download size (AUTO_DOWNLOAD_BYTES), fetched on request. */
const BIG_BYTES = 52_428_800;
/**
 * The test seals and uploads 50 MiB and fetches it twice: about 7 s of it on two cores, 20 s
 * with five times as many runnable processes as cores. Bounds well above that, so a loaded CI
 * runner is not cut short.
 */
const READY_TIMEOUT_MS = 90_000;
const TEST_TIMEOUT_MS = 120_000;

/** The SHA-256 (hex) of the file `s` holds for the message, read chunk by chunk. */
async function sha256Of(s: Side, peerUid: string, uuid: string): Promise<string> {
  const [view] = s.engine.attachments.of(peerUid, uuid);
  const hash = createHash('sha256');
  for await (const part of s.engine.attachments.plaintext(view?.localId ?? '')) hash.update(part);
  return hash.digest('hex');
}

async function plaintextOf(s: Side, peerUid: string, uuid: string): Promise<Buffer> {
  const [view] = s.engine.attachments.of(peerUid, uuid);
  const parts: Uint8Array[] = [];
  for await (const part of s.engine.attachments.plaintext(view?.localId ?? '')) parts.push(part);
  return Buffer.concat(parts);
}

/** Once the message is on `s` (received, or stored from a sibling), the user asks for its files. */
function fetchOnArrival(s: Side, peerUid: string, uuid: () => string): () => void {
  const fetch = (e: { uuid: string }) => {
    if (e.uuid !== uuid()) return;
    for (const view of s.engine.attachments.of(peerUid, e.uuid)) {
      if (view.state === 'on_request') s.engine.attachments.download(view.localId);
    }
  };
  const offs = [
    s.engine.events.on('message.received', fetch),
    s.engine.events.on('message.stored', fetch),
  ];
  return () => {
    for (const off of offs) off();
  };
}

function readyAt(s: Side, uuid: () => string) {
  return waitForEvents(
    s.engine.events,
    'attachment.updated',
    (e) => e.uuid === uuid() && e.state === 'ready',
    1,
    READY_TIMEOUT_MS,
  );
}

it(
  'a file from the laptop reaches Bob through the primary, and every device holds it',
  async () => {
    await startRelay();
    const desktop = await side('Alice', true);
    const bob = await side('Bob');
    const [bobAtAlice, aliceAtBob] = await connect(desktop, bob);
    const laptop = await side('joining', false);
    await pairDevices(desktop, laptop);
    await holdsPeer(laptop, bobAtAlice);
    const files = await makeTempDir('meow-files-');
    dirs.push(files);
    const path = join(files.path, 'plan.pdf');
    const sha256 = await writeRandomFile(path, BIG_BYTES);

    let uuid = '';
    const atBob = readyAt(bob, () => uuid);
    const atDesktop = readyAt(desktop, () => uuid);
    const fetching = [
      fetchOnArrival(bob, aliceAtBob, () => uuid),
      fetchOnArrival(desktop, bobAtAlice, () => uuid),
    ];
    uuid = (
      await laptop.engine.attachments.send(bobAtAlice, [{ path, mimeType: 'application/pdf' }])
    ).uuid;
    await Promise.all([atBob, atDesktop]);
    for (const off of fetching) off();
    expect(await sha256Of(bob, aliceAtBob, uuid)).toBe(sha256);
    expect(await sha256Of(desktop, bobAtAlice, uuid)).toBe(sha256);
    expect(laptop.engine.attachments.of(bobAtAlice, uuid)[0]?.state).toBe('sent');

    // Bob answers with a file: both of Alice's devices fetch it.
    const reply = randomBytes(100_000);
    const replyPath = join(files.path, 'answer.bin');
    await writeFile(replyPath, reply);
    let answer = '';
    const onDesktop = readyAt(desktop, () => answer);
    const onLaptop = readyAt(laptop, () => answer);
    answer = (await bob.engine.attachments.send(aliceAtBob, [{ path: replyPath }])).uuid;
    await Promise.all([onDesktop, onLaptop]);
    expect((await plaintextOf(desktop, bobAtAlice, answer)).equals(reply)).toBe(true);
    expect((await plaintextOf(laptop, bobAtAlice, answer)).equals(reply)).toBe(true);
  },
  TEST_TIMEOUT_MS,
);
