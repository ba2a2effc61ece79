/**
 * Photos and files on every device (issue 16 "Every device"), over a real relay process: a file
 * from Alice's laptop — not the primary device for Bob — reaches Bob through the primary's
 * forward, and Alice's desktop (the primary) holds it too; a file Bob sends reaches both of
 * Alice's devices. Each copy opens byte-identical.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../../../testkit/tmp';
import { holdsPeer, pairDevices } from '../../devices/testing/devices';
import { useRelaySides } from '../../devices/testing/relay-sides';
import { connect, waitForEvents, type Side } from '../test-helpers';

const { startRelay, side } = useRelaySides();
const dirs: TempDir[] = [];

afterEach(async () => {
  for (const dir of dirs.splice(0)) await dir.cleanup();
});

async function plaintextOf(s: Side, peerUid: string, uuid: string): Promise<Buffer> {
  const [view] = s.engine.attachments.of(peerUid, uuid);
  const parts: Uint8Array[] = [];
  for await (const part of s.engine.attachments.plaintext(view?.localId ?? '')) parts.push(part);
  return Buffer.concat(parts);
}

function readyAt(s: Side, uuid: () => string) {
  return waitForEvents(
    s.engine.events,
    'attachment.updated',
    (e) => e.uuid === uuid() && e.state === 'ready',
    1,
    60_000,
  );
}

it('a file from the laptop reaches Bob through the primary, and every device holds it', async () => {
  await startRelay();
  const desktop = await side('Alice', true);
  const bob = await side('Bob');
  const [bobAtAlice, aliceAtBob] = await connect(desktop, bob);
  const laptop = await side('joining', false);
  await pairDevices(desktop, laptop);
  await holdsPeer(laptop, bobAtAlice);
  const files = await makeTempDir('meow-files-');
  dirs.push(files);
  const content = randomBytes(400_000);
  const path = join(files.path, 'plan.pdf');
  await writeFile(path, content);

  let uuid = '';
  const atBob = readyAt(bob, () => uuid);
  const atDesktop = readyAt(desktop, () => uuid);
  uuid = (await laptop.engine.attachments.send(bobAtAlice, [{ path, mimeType: 'application/pdf' }]))
    .uuid;
  await Promise.all([atBob, atDesktop]);
  expect((await plaintextOf(bob, aliceAtBob, uuid)).equals(content)).toBe(true);
  expect((await plaintextOf(desktop, bobAtAlice, uuid)).equals(content)).toBe(true);
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
});
