import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../core/crypto';
import { encodeProto } from '../../../core/wire';
import { paddedLength, padUserMessage, USER_ENVELOPE_OVERHEAD } from '../../../core/envelope';
import { meow } from '../../../proto';
import type { Peer } from '../model';
import {
  acceptInvitation,
  createInvitingPeer,
  decodeInvitationText,
  encodeInvitationText,
  finalizeInvitation,
  generateInvitationPassword,
  inviterCard,
  lookupOf,
  openFromPeer,
  openInvitationAnswer,
  openInvitationFromShortcode,
  sealForPeer,
  sealInvitationAnswer,
  sealInvitationForShortcode,
} from './index';
import { expectCode, FAST_ARGON2, NOW, server } from './test-fixtures';

interface Established {
  alice: Peer;
  bob: Peer;
}

function invite(type: 'peer' | 'device' = 'peer'): Peer {
  return createInvitingPeer({
    type,
    name: 'Bob',
    myName: 'Alice',
    myPullServers: [server('a1'), server('a2')],
    now: NOW,
  });
}

function accept(card: meow.IContactCard, myName = 'Bob') {
  return acceptInvitation(card, {
    myName,
    myPullServers: [server('b1')],
    now: NOW + 1,
    deviceUid: 'device-b',
  });
}

/** Bob accepts, seals his answer; Alice opens it from her queue and finalizes. */
function complete(alice: Peer, card: meow.IContactCard): Established {
  const accepted = accept(card);
  expect(accepted.peer.invitationStep).toBe('answered');
  const packed = sealInvitationAnswer(accepted.peer, accepted.answer);
  expect(packed.destination).toEqual(lookupOf(alice).lookupKey);
  const answer = openInvitationAnswer(alice, meow.PackedUserMessage.decode(encodePacked(packed)));
  const finalized = finalizeInvitation(alice, answer, { now: NOW + 2 });
  expect(finalized.invitationStep).toBe('finalized');
  // Each side can push to the other's queue: it holds the capability the address derives from.
  expect(finalized.contactSendToken).toBe(toBase64Url(lookupOf(accepted.peer).sendToken));
  expect(accepted.peer.contactSendToken).toBe(toBase64Url(lookupOf(alice).sendToken));
  return { alice: finalized, bob: accepted.peer };
}

function encodePacked(packed: meow.IPackedUserMessage): Uint8Array {
  return encodeProto(meow.PackedUserMessage, packed);
}

function text(body: string): meow.IUserMessage {
  return { type: 'text', text: body, status: { uuid: randomUUID(), sent: Date.now() } };
}

/** Seals `count` messages in order; returns the packets and the advanced sender. */
function sendBatch(from: Peer, label: string, start: number, count: number) {
  const packets: { body: string; packed: Uint8Array }[] = [];
  let peer = from;
  for (let i = start; i < start + count; i++) {
    const body = `${label} #${i}`;
    const sealed = sealForPeer(peer, text(body));
    peer = sealed.peer;
    // Through protobuf bytes, as the relay hands them back.
    packets.push({ body, packed: encodePacked(sealed.packed) });
  }
  return { peer, packets };
}

function receiveAll(to: Peer, packets: { body: string; packed: Uint8Array }[]): Peer {
  let peer = to;
  for (const p of packets) {
    const opened = openFromPeer(peer, meow.PackedUserMessage.decode(p.packed));
    expect(opened.message.text).toBe(p.body);
    peer = opened.peer;
  }
  return peer;
}

/** Delivery order within a batch of five: neither first-in-first-out nor reversed. */
const SHUFFLE = [3, 0, 4, 2, 1];
function shuffled<T>(items: T[]): T[] {
  return SHUFFLE.map((i) => items[i]).filter((x): x is T => x !== undefined);
}

function jsonRoundTrip(peer: Peer): Peer {
  return JSON.parse(JSON.stringify(peer)) as Peer;
}

/** 50 messages each way: inviter first, then both sides writing concurrently, out of order. */
function converse({ alice, bob }: Established): void {
  const first = sendBatch(alice, 'alice', 0, 1);
  alice = first.peer;
  bob = receiveAll(bob, first.packets);
  expect(bob.invitationStep).toBe('finalized');
  let sentByAlice = 1;
  let sentByBob = 0;
  for (let round = 0; round < 10; round++) {
    // Both write before either reads: the ratchets cross.
    const fromAlice = sendBatch(alice, 'alice', sentByAlice, round === 9 ? 4 : 5);
    const fromBob = sendBatch(bob, 'bob', sentByBob, 5);
    alice = fromAlice.peer;
    bob = fromBob.peer;
    sentByAlice += fromAlice.packets.length;
    sentByBob += fromBob.packets.length;
    bob = receiveAll(bob, shuffled(fromAlice.packets));
    alice = receiveAll(alice, shuffled(fromBob.packets));
    if (round === 4) {
      // What PeerStorage does: both peers go through JSON mid-conversation.
      alice = jsonRoundTrip(alice);
      bob = jsonRoundTrip(bob);
    }
  }
  expect(sentByAlice).toBe(50);
  expect(sentByBob).toBe(50);
}

describe('invitation handshake', () => {
  it('works over the text payload, then carries 50 messages each way out of order', () => {
    const alice = invite();
    const textPayload = encodeInvitationText(inviterCard(alice));
    expect(textPayload.startsWith('meow:1:')).toBe(true);
    const established = complete(alice, decodeInvitationText(textPayload));
    expect(established.alice.contactPublicKey).toBe(established.bob.myIdentity.publicKey);
    expect(established.bob.contactPublicKey).toBe(established.alice.myIdentity.publicKey);
    expect(established.bob.mySymKey).toBe(established.alice.mySymKey);
    expect(established.bob.name).toBe('Alice');
    expect(established.alice.name).toBe('Bob');
    expect(established.alice.contactPullServers).toEqual(established.bob.myPullServers);
    expect(established.bob.contactPullServers).toEqual(alice.myPullServers);
    converse(established);
  });

  it('works over the shortcode store, the answerer writing first', () => {
    const alice = invite('device');
    const password = generateInvitationPassword();
    const { payload } = sealInvitationForShortcode(inviterCard(alice, 'device-a'), password, {
      argon2: FAST_ARGON2,
    });
    // Typed by a person: lower case, no dashes.
    const typed = password.toLowerCase().replace(/-/g, ' ');
    const card = openInvitationFromShortcode(payload, typed, { argon2: FAST_ARGON2 });
    let { alice: a, bob: b } = complete(alice, card);
    expect(b.type).toBe('device');
    expect(b.uid).toBe('device-a'); // stored under the inviting device's own uid
    expect(card.deviceUid).toBe('device-a');
    const fromBob = sendBatch(b, 'bob', 0, 3);
    b = fromBob.peer;
    a = receiveAll(a, fromBob.packets.reverse());
    const fromAlice = sendBatch(a, 'alice', 0, 2);
    receiveAll(b, fromAlice.packets);
  });

  it('keeps the caller’s Peer unchanged and rejects a re-delivered message', () => {
    const inviter = invite();
    const { alice, bob } = complete(inviter, inviterCard(inviter));
    const sealed = sealForPeer(alice, text('hello'));
    const bobBefore = JSON.stringify(bob);
    const opened = openFromPeer(bob, sealed.packed);
    expect(JSON.stringify(bob)).toBe(bobBefore);
    expectCode(() => openFromPeer(opened.peer, sealed.packed), 'RATCHET_DUPLICATE_MESSAGE');
  });

  it('rejects a second answer to the same invitation', () => {
    const alice = invite();
    const card = inviterCard(alice);
    const bob = accept(card, 'Bob');
    const mallory = accept(card, 'Mallory');
    const bobAnswer = openInvitationAnswer(alice, sealInvitationAnswer(bob.peer, bob.answer));
    const finalized = finalizeInvitation(alice, bobAnswer);
    const malloryAnswer = openInvitationAnswer(
      finalized,
      sealInvitationAnswer(mallory.peer, mallory.answer),
    );
    expectCode(() => finalizeInvitation(finalized, malloryAnswer), 'INVITATION_ALREADY_USED');
    expectCode(() => finalizeInvitation(finalized, bobAnswer), 'INVITATION_ALREADY_USED');
  });

  it('rejects answers that are not for this invitation', () => {
    const alice = invite();
    const other = invite();
    const bob = accept(inviterCard(other));
    expectCode(() => finalizeInvitation(alice, bob.answer), 'INVITATION_BAD_ANSWER');
    expectCode(
      () => finalizeInvitation(alice, { ...bob.answer, type: 'text' }),
      'INVITATION_BAD_ANSWER',
    );
    // The answer to `other`, sealed to `other`, does not open on Alice's queue.
    expectCode(
      () => openInvitationAnswer(alice, sealInvitationAnswer(bob.peer, bob.answer)),
      'ENVELOPE_WRONG_DESTINATION',
    );
    // A peer answer to a device pairing would land in the wrong storage.
    const answer = accept(inviterCard(alice)).answer;
    expectCode(
      () => finalizeInvitation({ ...alice, type: 'device' }, answer),
      'INVITATION_BAD_ANSWER',
    );
  });

  it('rejects a tampered answer envelope', () => {
    const alice = invite();
    const bob = accept(inviterCard(alice));
    const packed = sealInvitationAnswer(bob.peer, bob.answer);
    const payload = Uint8Array.from(packed.payload);
    payload[payload.length - 1] = (payload[payload.length - 1] ?? 0) ^ 1;
    expectCode(
      () => openInvitationAnswer(alice, { destination: packed.destination, payload }),
      'ENVELOPE_SYM_FAILED',
    );
  });

  it('gives the answer the same payload size class as a normal message', () => {
    const alice = invite();
    const bob = accept(inviterCard(alice));
    const answerPacked = sealInvitationAnswer(bob.peer, bob.answer);
    const bucket = paddedLength(encodeProto(meow.UserMessage, bob.answer).length);
    expect(answerPacked.payload.length).toBe(bucket + USER_ENVELOPE_OVERHEAD);

    const finalized = finalizeInvitation(alice, openInvitationAnswer(alice, answerPacked));
    // A chat message that pads to the same bucket (its content's, PROTOCOL.md §4).
    let body = 'x';
    while (padUserMessage(text(body)).length < bucket) body += 'x';
    const chat = sealForPeer(bob.peer, text(body)).packed;
    const reply = sealForPeer(finalized, text(body)).packed;
    expect(chat.payload.length).toBe(answerPacked.payload.length);
    expect(reply.payload.length).toBe(answerPacked.payload.length);
  });

  it('refuses to use a relationship before it is complete', () => {
    const alice = invite();
    expectCode(() => sealForPeer(alice, text('too early')), 'PEER_NOT_READY');
  });
});
