/**
 * Backfill (backfill.ts, devices/attachment-backfill.ts) over a real relay process: Alice's
 * laptop is away while Bob sends a file; her desktop fetches it; the relay then loses the blob
 * (as at its TTL). When the laptop comes back its download finds the file gone, it asks its
 * siblings, the desktop seals the file again under a new blob and answers, and the laptop
 * ends with the file byte-identical. The desktop's copy leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { blobIdFromReadToken, decodePointer } from '../../../../core/attachments';
import { makeTempDir, type TempDir } from '../../../../testkit/tmp';
import { holdsPeer, pairDevices, waitUntil } from '../../devices/testing/devices';
import { useRelaySides } from '../../devices/testing/relay-sides';
import { connect, openSide, stopSide, waitForEvents, type Side } from '../test-helpers';

const sides = useRelaySides();
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

/** The blob's folder in the relay's filesystem store (server/blobs/fs.ts). */
function blobDirOf(relayDataDir: string, pointer: Uint8Array): string {
  const hex = Buffer.from(blobIdFromReadToken(decodePointer(pointer).readToken)).toString('hex');
  return join(relayDataDir, 'blobs', hex.slice(0, 2), hex);
}

it('a device that finds a file gone from the relay gets it again from a sibling that holds it', async () => {
  await sides.startRelay();
  const desktop = await sides.side('Alice', true);
  const bob = await sides.side('Bob');
  const [bobAtAlice, aliceAtBob] = await connect(desktop, bob);
  const laptop = await sides.side('joining', false);
  await pairDevices(desktop, laptop);
  await holdsPeer(laptop, bobAtAlice);
  await stopSide(laptop);

  const files = await makeTempDir('meow-files-');
  dirs.push(files);
  const content = randomBytes(700_000); // 3 chunks
  const path = join(files.path, 'report.pdf');
  await writeFile(path, content);
  let uuid = '';
  const onDesktop = waitForEvents(
    desktop.engine.events,
    'attachment.updated',
    (e) => e.uuid === uuid && e.state === 'ready',
  );
  uuid = (await bob.engine.attachments.send(aliceAtBob, [{ path, mimeType: 'application/pdf' }]))
    .uuid;
  await onDesktop;
  const [sent] = bob.profile.messages.attachmentsOf(aliceAtBob, uuid);
  await rm(blobDirOf(sides.relay.dataDir, sent?.secrets.pointer ?? new Uint8Array()), {
    recursive: true,
  });

  const states: string[] = [];

  const ready = new Promise<void>((resolve) => {
    void openSide(laptop, {}, (engine) => {
      engine.events.on('attachment.updated', (e) => {
        if (e.uuid !== uuid) return;
        states.push(e.state);
        if (e.state === 'ready') resolve();
      });
    });
  });
  await ready;
  expect(states).toContain('expired');
  expect((await plaintextOf(laptop, bobAtAlice, uuid)).equals(content)).toBe(true);
  const [atLaptop] = laptop.engine.attachments.of(bobAtAlice, uuid);
  expect(atLaptop).toMatchObject({ state: 'ready', plaintextLength: 700_000 });

  // The desktop's copy is purged once sent: only its own row of the message remains.
  const leftover = () =>
    desktop.profile.messages
      .dueAttachments(Number.MAX_SAFE_INTEGER, 32)
      .filter((r) => r.secrets.backfillDevice !== undefined);
  await waitUntil(() => leftover().length === 0);
  expect(desktop.engine.attachments.of(bobAtAlice, uuid).map((v) => v.state)).toEqual(['ready']);
});

it('a new device gets the files of the history it asked for: from the relay while there, else from a sibling', async () => {
  await sides.startRelay();
  const desktop = await sides.side('Alice', true);
  const bob = await sides.side('Bob');
  const [bobAtAlice, aliceAtBob] = await connect(desktop, bob);
  const files = await makeTempDir('meow-files-');
  dirs.push(files);
  const sendFile = async (name: string, bytes: number) => {
    const content = randomBytes(bytes);
    const path = join(files.path, name);
    await writeFile(path, content);
    let uuid = '';
    const ready = waitForEvents(
      desktop.engine.events,
      'attachment.updated',
      (e) => e.uuid === uuid && e.state === 'ready',
    );
    uuid = (await bob.engine.attachments.send(aliceAtBob, [{ path }])).uuid;
    await ready;
    return { uuid, content };
  };
  const kept = await sendFile('kept.bin', 300_000);
  const lost = await sendFile('lost.bin', 500_000);
  const [lostRow] = bob.profile.messages.attachmentsOf(aliceAtBob, lost.uuid);
  await rm(blobDirOf(sides.relay.dataDir, lostRow?.secrets.pointer ?? new Uint8Array()), {
    recursive: true,
  });

  const tablet = await sides.side('joining', false);
  await pairDevices(desktop, tablet);
  await holdsPeer(tablet, bobAtAlice);
  const states = new Map<string, string[]>();
  tablet.engine.events.on('attachment.updated', (e) => {
    states.set(e.uuid, [...(states.get(e.uuid) ?? []), e.state]);
  });
  const bothReady = waitForEvents(
    tablet.engine.events,
    'attachment.updated',
    (e) => e.state === 'ready',
    2,
  );
  await tablet.engine.devices.requestHistory();
  await bothReady;
  expect(states.get(kept.uuid)).not.toContain('expired');
  expect(states.get(lost.uuid)).toContain('expired');
  expect((await plaintextOf(tablet, bobAtAlice, kept.uuid)).equals(kept.content)).toBe(true);
  expect((await plaintextOf(tablet, bobAtAlice, lost.uuid)).equals(lost.content)).toBe(true);
});
