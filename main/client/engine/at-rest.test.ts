/**
 * At rest, a profile folder holds no message text and no secret key bytes in any encoding:
 * after a real conversation (invitation, messages both ways, acks) every file the profile wrote
 * — identity file, message DB with its WAL, the peer LevelDB — is read byte for byte and
 * searched for each message's text and each private key, seed and shared secret, as raw bytes,
 * base64url, base64 and hex. Searched while the engine runs (WAL and LevelDB log hot) and after
 * close. Every message also carries one distinctive word that the search index (client/search,
 * in memory only) has indexed and finds: that word alone, in any case or as UTF-16, must not be
 * in any file either. A file sent between them is stored as sealed chunks on both sides: its
 * bytes, its name, its key and its tokens are searched for too.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { decodePointer } from '../../../core/attachments';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import { makeTempDir } from '../../../testkit/tmp';
import { fromB64 } from '../b64';
import type { Peer } from '../model';
import { RelayClient } from '../relay';
import { closeSide, makeSide, waitForEvents, type Side } from './test-helpers';

let relay: RelayProcess | undefined;
const sides: Side[] = [];

afterEach(async () => {
  for (const side of sides.splice(0)) await closeSide(side);
  await relay?.stop();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Each secret in every form it could plausibly be written in. */
function needles(label: string, bytes: Uint8Array): [string, Buffer][] {
  const raw = Buffer.from(bytes);
  return [
    [`${label} (raw)`, raw],
    [`${label} (base64url)`, Buffer.from(raw.toString('base64url'))],
    [`${label} (base64)`, Buffer.from(raw.toString('base64').replace(/=+$/, ''))],
    [`${label} (hex)`, Buffer.from(raw.toString('hex'))],
  ];
}

function peerSecrets(side: Side, peer: Peer): [string, Buffer][] {
  const at = `${side.profile.profile.nickname}'s peer`;
  const b64 = (label: string, value: string | null | undefined) =>
    value ? needles(`${at} ${label}`, fromB64(value, label)) : [];
  return [
    ...b64('identity private key', peer.myIdentity.privateKey),
    ...b64('encryption private key', peer.myEncryptionKp.privateKey),
    ...b64('lookup secret', peer.myLookupSecret),
    ...b64('contact send token', peer.contactSendToken),
    ...b64('MySymKey', peer.mySymKey),
    ...b64('DrRootKey', peer.drRootKey),
    ...b64('DrKp private key', peer.drKp?.privateKey),
  ];
}

async function secretsOf(side: Side): Promise<[string, Buffer][]> {
  const data = side.profile.data;
  const own = (label: string, value: string) =>
    needles(`${data.profile.nickname}'s ${label}`, fromB64(value, label));
  const peers = await side.profile.peers.listPeers();
  return [
    ...own('root private key', data.rootKp.privateKey),
    ...own('device private key', data.device.privateKey),
    ...own('db key', data.dbKey),
    ...peers.flatMap((peer) => peerSecrets(side, peer)),
  ];
}

/**
 * A file from Alice to Bob, on both sides as sealed chunks: its bytes (any 48-byte window of
 * its distinctive start), its name, and the attachment's key and tokens must be in no file of
 * either profile. The original file lives outside the profile, as a user's file does.
 */
async function sendAFile(
  alice: Side,
  bob: Side,
  bobAtAlice: string,
  aliceAtBob: string,
): Promise<[string, Buffer][]> {
  const content = Buffer.concat([
    Buffer.from('attachment-plaintext-marker-5c1d '),
    randomBytes(300_000),
  ]);
  const outside = await makeTempDir('meow-outside-');
  try {
    const path = join(outside.path, 'Tax return 2026.pdf');
    await writeFile(path, content);
    const ready = waitForEvents(
      bob.engine.events,
      'attachment.updated',
      (e) => e.state === 'ready',
    );
    const { uuid } = await alice.engine.attachments.send(bobAtAlice, [{ path }]);
    await ready;
    const [sent] = alice.profile.messages.attachmentsOf(bobAtAlice, uuid);
    const [got] = bob.profile.messages.attachmentsOf(aliceAtBob, uuid);
    const key = got?.secrets.pointer ? decodePointer(got.secrets.pointer).key : undefined;
    expect(key).toBeDefined();
    return [
      ['file bytes', content.subarray(0, 48)],
      ['file bytes (middle)', content.subarray(150_000, 150_048)],
      ['file name', Buffer.from('Tax return 2026')],
      ...needles('attachment key', key ?? new Uint8Array()),
      ...needles('read token', sent?.secrets.readToken ?? new Uint8Array()),
      ...needles('upload token', sent?.secrets.uploadToken ?? new Uint8Array()),
      ...needles('delete token', sent?.secrets.deleteToken ?? new Uint8Array()),
    ];
  } finally {
    await outside.cleanup();
  }
}

async function expectNothingFound(side: Side, searched: [string, Buffer][]): Promise<void> {
  const files = await filesUnder(side.dir.path);
  expect(files.some((f) => f.endsWith('identity.json'))).toBe(true);
  expect(files.some((f) => f.endsWith('messages.db'))).toBe(true);
  expect(files.some((f) => f.includes(join('peers', '')))).toBe(true);
  const found: string[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    for (const [label, needle] of searched) {
      if (bytes.includes(needle)) found.push(`${label} in ${file}`);
    }
  }
  expect(found).toEqual([]);
}

it('keeps message text and private keys out of every file of the profile', async () => {
  relay = await startRelayProcess();
  const server = (await RelayClient.add(relay.url)).ref;
  const alice = await makeSide('Alice', server);
  const bob = await makeSide('Bob', server);
  sides.push(alice, bob);
  const invitation = await alice.engine.invite({ name: 'Bob' });
  const finalized = waitForEvents(alice.engine.events, 'invitation.finalized', () => true);
  const aliceAtBob = await bob.engine.accept({ text: invitation.text });
  await finalized;

  const word = 'Quillwortzephyr';
  const texts = Array.from({ length: 20 }, (_, i) => `secret-marker-${i}-b7e1 the ${word} plans`);
  const bobGets = waitForEvents(bob.engine.events, 'message.received', () => true, 10);
  const aliceGets = waitForEvents(alice.engine.events, 'message.received', () => true, 10);
  for (const [i, text] of texts.entries()) {
    if (i % 2 === 0) await alice.engine.sendText(invitation.peerUid, text);
    else await bob.engine.sendText(aliceAtBob, text);
  }
  await Promise.all([bobGets, aliceGets]);
  const fileNeedles = await sendAFile(alice, bob, invitation.peerUid, aliceAtBob);
  const textNeedles = texts.map((t): [string, Buffer] => [`text "${t}"`, Buffer.from(t)]);
  for (const form of [word, word.toLowerCase()]) {
    textNeedles.push([`indexed word "${form}"`, Buffer.from(form)]);
    textNeedles.push([`indexed word "${form}" (UTF-16)`, Buffer.from(form, 'utf16le')]);
  }
  for (const side of sides) {
    await side.engine.search.whenReady();
    const result = side.engine.searchMessages({ query: 'quillwortzeph', limit: 50 });
    expect(result.total).toBe(texts.length);
  }

  const searched = new Map<Side, [string, Buffer][]>();
  for (const side of sides) {
    searched.set(side, [...textNeedles, ...fileNeedles, ...(await secretsOf(side))]);
    // A search that finds nothing proves something only if it had things to look for.
    expect(searched.get(side)?.length).toBeGreaterThan(textNeedles.length + 12);
  }
  for (const side of sides) await expectNothingFound(side, searched.get(side) ?? []);
  // Control: the same reading does find what is stored in the clear (a peer uid column).
  const bobFiles = await Promise.all((await filesUnder(bob.dir.path)).map((f) => readFile(f)));
  expect(bobFiles.some((bytes) => bytes.includes(Buffer.from(aliceAtBob)))).toBe(true);
  for (const side of sides) {
    await side.engine.close();
    await side.profile.close();
  }
  for (const side of sides) await expectNothingFound(side, searched.get(side) ?? []);
  sides.length = 0; // closed already; only the folders remain
  await alice.dir.cleanup();
  await bob.dir.cleanup();
});
