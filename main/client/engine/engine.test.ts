import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import { randomBytes, toBase64Url } from '../../../core/crypto';
import { randomUUID } from 'node:crypto';
import { makePair } from '../../../core/envelope/testing';
import { sealUserMessage } from '../../../core/envelope';
import { lookupOf, sealForPeer } from '../peers';
import { waitUntil } from '../devices/testing/devices';
import { decodeJobPayload, encodeJobPayload } from './jobs';
import { RelayClient } from '../relay';
import type { ServerRef } from '../model';
import {
  connectAliceBob as connect,
  inboundTexts as texts,
  closeSide,
  makeSide,
  restartSide,
  waitForEvents,
  type Side,
} from './test-helpers';

let relay: RelayProcess;
let server: ServerRef;
let alice: Side | undefined;
let bob: Side | undefined;

beforeEach(async () => {
  relay = await startRelayProcess();
  server = (await RelayClient.add(relay.url)).ref;
});

afterEach(async () => {
  await closeSide(alice);
  await closeSide(bob);
  alice = bob = undefined;
  await relay.stop();
});

/** Resolves when the stored message has `state` (checked now, then on each status event). */
async function reachesState(side: Side, peerUid: string, uuid: string, state: string) {
  const current = () => side.profile.messages.getMessage(peerUid, uuid)?.state;
  if (current() === state) return;
  await waitForEvents(side.engine.events, 'message.statusChanged', () => current() === state);
}

describe('Engine over a real relay', () => {
  it('invites, chats both ways in order, and reaches read', async () => {
    alice = await makeSide('Alice', server);
    bob = await makeSide('Bob', server);
    const { bobAtAlice, aliceAtBob } = await connect(alice, bob);
    const n = 50;
    const bobGets = waitForEvents(bob.engine.events, 'message.received', () => true, n);
    const aliceGets = waitForEvents(alice.engine.events, 'message.received', () => true, n);
    for (let i = 0; i < n; i++) {
      await alice.engine.sendText(bobAtAlice, `a${i}`);
      await bob.engine.sendText(aliceAtBob, `b${i}`);
    }
    await Promise.all([bobGets, aliceGets]);
    const expected = (p: string) => Array.from({ length: n }, (_, i) => `${p}${i}`);
    expect(texts(bob, aliceAtBob)).toEqual(expected('a'));
    expect(texts(alice, bobAtAlice)).toEqual(expected('b'));

    const read = waitForEvents(
      alice.engine.events,
      'message.statusChanged',
      (e) => e.state === 'read',
      n,
    );
    for (const m of bob.engine.listMessages(aliceAtBob, { limit: 500 }).messages) {
      if (!m.outbound) await bob.engine.markRead(aliceAtBob, m.uuid);
    }
    await read;
    const states = alice.engine.listMessages(bobAtAlice, { limit: 500 }).messages;
    expect(states.filter((m) => m.outbound).every((m) => m.state === 'read')).toBe(true);
    expect(bob.engine.unreadCounts().get(aliceAtBob) ?? 0).toBe(0);
    expect((await bob.engine.listPeers()).map((p) => p.uid)).toEqual([aliceAtBob]);
  });

  it('continues after both engines restart, without loss or duplicates', async () => {
    alice = await makeSide('Alice', server);
    bob = await makeSide('Bob', server);
    const { bobAtAlice, aliceAtBob } = await connect(alice, bob);
    const first = waitForEvents(bob.engine.events, 'message.received', () => true, 3);
    for (let i = 0; i < 5; i++) await alice.engine.sendText(bobAtAlice, `m${i}`);
    // Restart while m3, m4 may still be in Alice's outbox or Bob's queue (not awaited).
    await first;
    await restartSide(alice);
    await restartSide(bob);
    const second = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'm9');
    const back = waitForEvents(alice.engine.events, 'message.received', () => true);
    for (let i = 5; i < 10; i++) await alice.engine.sendText(bobAtAlice, `m${i}`);
    await bob.engine.sendText(aliceAtBob, 'reply');
    await Promise.all([second, back]);
    expect(texts(bob, aliceAtBob)).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`));
    expect(texts(alice, bobAtAlice)).toEqual(['reply']);
  });
  it('restarts between a send and its acceptance: delivered once, ratchets in step', async () => {
    alice = await makeSide('Alice', server);
    bob = await makeSide('Bob', server);
    const { bobAtAlice, aliceAtBob } = await connect(alice, bob);
    await relay.kill();
    const uuid = await alice.engine.sendText(bobAtAlice, 'sealed while the relay was down');
    // The relay accepted the bytes but Alice died before recording it: push the queued job's
    // exact bytes by hand, then restart both (Alice's outbox still holds the job).
    const [job] = alice.profile.messages.nextDueJobs(Number.MAX_SAFE_INTEGER, 10);
    if (!job) throw new Error('no queued job');
    const queued = decodeJobPayload(job.payload);
    await restartSide(bob);
    await relay.restart();
    await new RelayClient(server).push([
      { destination: queued.destination, sendToken: queued.sendToken, payload: queued.payload },
    ]);
    await restartSide(alice);
    await reachesState(alice, bobAtAlice, uuid, 'delivered');
    const later = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'later');
    const back = waitForEvents(alice.engine.events, 'message.received', (e) => e.text === 'back');
    await alice.engine.sendText(bobAtAlice, 'later');
    await bob.engine.sendText(aliceAtBob, 'back');
    await Promise.all([later, back]);
    expect(texts(bob, aliceAtBob)).toEqual(['sealed while the relay was down', 'later']);
    // Nothing left behind: the outbox drains (the delivery ack for "back" may still be leaving).
    const side = alice;
    await waitUntil(() => side.profile.messages.nextJobDueAt() === undefined);
  });
});

describe('Engine invitations and hostile input', () => {
  it('connects over a relay shortcode', async () => {
    alice = await makeSide('Alice', server);
    bob = await makeSide('Bob', server);
    const invitation = await alice.engine.invite({
      name: 'Bob',
      viaShortcode: { expirySeconds: 600 },
    });
    expect(invitation.shortcode).toBeTruthy();
    const finalized = waitForEvents(alice.engine.events, 'invitation.finalized', () => true);
    const aliceAtBob = await bob.engine.accept({
      shortcode: invitation.shortcode ?? '',
      password: invitation.password ?? '',
      server,
    });
    await finalized;
    const got = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'hi');
    await alice.engine.sendText(invitation.peerUid, 'hi');
    expect((await got)[0]?.peerUid).toBe(aliceAtBob);
  });

  it('rejects a forged invitation answer and still finalizes with the real one', async () => {
    alice = await makeSide('Alice', server);
    bob = await makeSide('Bob', server);
    const invitation = await alice.engine.invite({ name: 'Bob' });
    const offered = await alice.profile.peers.getPeer(invitation.peerUid);
    if (!offered) throw new Error('no offered peer');
    // Whoever saw the invitation holds its send capability (it is in the card).
    const attacker = new RelayClient(server);
    const rejected = waitForEvents(alice.engine.events, 'error', (e) => e.where === 'poll.entry');
    const { lookupKey, sendToken } = lookupOf(offered);
    await attacker.push([{ destination: lookupKey, sendToken, payload: randomBytes(600) }]);
    expect((await rejected)[0]?.code).toMatch(/^(ENVELOPE|INVITATION|PROTO)_/);
    expect(await alice.profile.peers.getPeer(invitation.peerUid)).toEqual(offered);

    const finalized = waitForEvents(alice.engine.events, 'invitation.finalized', () => true);
    const aliceAtBob = await bob.engine.accept({ text: invitation.text });
    await finalized;
    const got = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'hi');
    await alice.engine.sendText(invitation.peerUid, 'hi');
    expect((await got)[0]?.peerUid).toBe(aliceAtBob);
  });

  it('rejects a forged entry with a logged code and keeps running', async () => {
    alice = await makeSide('Alice', server);
    bob = await makeSide('Bob', server);
    const { bobAtAlice, aliceAtBob } = await connect(alice, bob);
    const peer = await bob.profile.peers.getPeer(aliceAtBob);
    if (!peer) throw new Error('no peer');
    const attacker = new RelayClient(server);
    const { lookupKey: destination, sendToken } = lookupOf(peer);
    // Without the queue's send capability the relay takes nothing…
    const guessed = { destination, sendToken: randomBytes(32), payload: randomBytes(392) };
    expect(await attacker.push([guessed])).toEqual([
      { accepted: false, errorCode: 'NO_CAPABILITY' },
    ]);
    // …and with it (a leaked card), the receiver refuses the entry.
    const rejected = waitForEvents(bob.engine.events, 'error', (e) => e.where === 'poll.entry');
    await attacker.push([{ destination, sendToken, payload: randomBytes(392) }]);
    const error = (await rejected)[0];
    expect(error?.code).toMatch(/^ENVELOPE_/);
    const got = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'after');
    await alice.engine.sendText(bobAtAlice, 'after');
    await got;
    expect(texts(bob, aliceAtBob)).toEqual(['after']);
  });

  it('rejects tampered and foreign envelopes and ignores a replay, changing no ratchet or message', async () => {
    alice = await makeSide('Alice', server);
    bob = await makeSide('Bob', server);
    const { bobAtAlice, aliceAtBob } = await connect(alice, bob);
    const bobPeer = await bob.profile.peers.getPeer(aliceAtBob);
    const alicePeer = await alice.profile.peers.getPeer(bobAtAlice);
    if (!bobPeer || !alicePeer) throw new Error('no peer');
    const { lookupKey: destination, sendToken } = lookupOf(bobPeer);
    // A genuine envelope as an eavesdropper would capture it (Alice's ratchet advance is kept).
    const status = { uuid: randomUUID(), sent: Date.now() };
    const genuine = sealForPeer(alicePeer, { type: 'text', text: 'on the wire', status });
    await alice.profile.peers.storePeer(bobAtAlice, genuine.peer);
    const tampered = Uint8Array.from(genuine.packed.payload);
    tampered[100] = (tampered[100] ?? 0) ^ 1;
    const other = makePair();
    const foreign = sealUserMessage(
      { type: 'text', text: 'x' },
      other.inviter.channel,
      other.inviter.ratchet,
    );
    const attacker = new RelayClient(server);

    const errors = waitForEvents(bob.engine.events, 'error', (e) => e.where === 'poll.entry', 2);
    await attacker.push([
      { destination, sendToken, payload: tampered },
      { destination, sendToken, payload: foreign.packed.payload },
    ]);
    expect((await errors).map((e) => e.code)).toEqual([
      'ENVELOPE_BOX_FAILED',
      'ENVELOPE_BOX_FAILED',
    ]);
    expect((await bob.profile.peers.getPeer(aliceAtBob))?.drStateJson).toBe(bobPeer.drStateJson);
    expect(texts(bob, aliceAtBob)).toEqual([]);

    const real = waitForEvents(
      bob.engine.events,
      'message.received',
      (e) => e.text === 'on the wire',
    );
    await attacker.push([{ destination, sendToken, payload: genuine.packed.payload }]);
    await real;
    await attacker.push([{ destination, sendToken, payload: genuine.packed.payload }]); // replay
    const later = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'after');
    await alice.engine.sendText(bobAtAlice, 'after');
    await later; // same queue, in order: the replay was handled before this arrived
    expect(texts(bob, aliceAtBob)).toEqual(['on the wire', 'after']);
  });

  it('marks a message failed on a non-retryable rejection, and retry sends it', async () => {
    alice = await makeSide('Alice', server);
    bob = await makeSide('Bob', server);
    const { bobAtAlice } = await connect(alice, bob);
    const db = alice.profile.messages;
    const uuid = 'failing-message';
    const status = { uuid, sent: Date.now(), replyToUuid: '' };
    // A job pinned to a wrong relay key: the relay cannot open it (not retryable).
    const wrongKey = { ...server, publicKey: toBase64Url(randomBytes(32)) };
    db.transaction(() => {
      db.insertMessage(bobAtAlice, {
        outbound: true,
        type: 'text',
        text: 'x',
        status,
        state: 'pending',
      });
      db.enqueueJob({
        jobId: '000000000000000.failing',
        peerUid: bobAtAlice,
        kind: 'message',
        payload: encodeJobPayload({
          servers: [wrongKey],
          destination: randomBytes(32),
          sendToken: randomBytes(32),
          payload: randomBytes(392),
          messageUuid: uuid,
        }),
      });
    });
    const failed = waitForEvents(
      alice.engine.events,
      'message.statusChanged',
      (e) => e.uuid === uuid && e.state === 'failed',
    );
    await alice.engine.sendText(bobAtAlice, 'wake the worker');
    expect((await failed)[0]?.reason).toMatch(/^RELAY_/);
    const got = waitForEvents(bob.engine.events, 'message.received', (e) => e.uuid === uuid);
    await alice.engine.retry(bobAtAlice, uuid);
    await got;
  });
});
