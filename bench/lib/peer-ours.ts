/**
 * Our side of bench:peer: two engine Peers made by the real invitation flow (main/client/peers),
 * exchanging 200-byte texts the way the engine does it, with each side's Peer loaded and stored
 * around every message exactly as PeerStorage does, minus LevelDB itself:
 *
 *   send:    getPeer → sealForPeer (parse DrStateJson, seal, serialize) → storePeer
 *            (outbound.ts sealAndQueue; messaging.ts sendText builds the message)
 *   receive: getPeer → PeerSession.open + accept → storePeer(session.peer())   (receive.ts)
 *
 * getPeer/storePeer here are PeerStorage's own steps (peer-storage.ts): the Peer as JSON, sealed
 * with the db key (XChaCha20-Poly1305, AD = domain + uid) into a value; only the LevelDB put/get
 * and its fsync are replaced by a Map. What goes on the wire is the PackedUserMessage payload
 * pushed to the relay (its destination, the 32-byte queue address, travels beside it).
 */
import { randomUUID } from 'node:crypto';
import { meow } from '../../proto';
import { encodeProto } from '../../core/wire';
import { openUserMessage, sealUserMessage, type Channel } from '../../core/envelope';
import { parseRatchetState, type RatchetState } from '../../core/ratchet';
import { AppError } from '../../core/errors';
import type { Peer } from '../../main/client/model';
import {
  acceptInvitation,
  channelFor,
  createInvitingPeer,
  finalizeInvitation,
  inviterCard,
  lookupOf,
  openInvitationAnswer,
  PeerSession,
  sealForPeer,
  sealInvitationAnswer,
} from '../../main/client/peers';
import { forContact } from '../../main/client/engine/outbound';
import { textMessage } from '../../main/client/engine/messaging';
import {
  generateDbKey,
  openValue,
  PEER_STORAGE_DOMAIN,
  sealValue,
  storageAd,
} from '../../main/storage';
import { jsonBytes, parseJsonBytes } from '../../main/storage/json';
import type { Duo } from './peer-measure';

/** PeerStorage.storePeer/getPeer without LevelDB: same JSON, same sealing, same key layout. */
class MemoryPeerStore {
  private readonly values = new Map<string, Uint8Array>();
  private readonly dbKey = generateDbKey();

  storePeer(uid: string, peer: Peer): Promise<void> {
    const ad = storageAd(PEER_STORAGE_DOMAIN, uid);
    this.values.set(`p/${uid}`, sealValue(this.dbKey, jsonBytes(peer, 'peer'), ad));
    return Promise.resolve();
  }

  getPeer(uid: string): Promise<Peer> {
    const sealed = this.values.get(`p/${uid}`);
    if (sealed === undefined) throw new AppError('PEER_NOT_FOUND', 'no such peer');
    const plaintext = openValue(this.dbKey, sealed, storageAd(PEER_STORAGE_DOMAIN, uid));
    return Promise.resolve(parseJsonBytes(plaintext, 'STORAGE_CORRUPT', 'peer record') as Peer);
  }

  /** Bytes of the stored value (what LevelDB would write for this peer). */
  storedBytes(uid: string): number {
    return this.values.get(`p/${uid}`)?.length ?? 0;
  }
}

/** One device of the pair: its store, the uid its contact has there, its cached Channel. */
interface Device {
  readonly store: MemoryPeerStore;
  readonly uid: string;
  /** The engine caches one Channel per peer (ctx.channels): built once, not per message. */
  readonly channel: Channel;
  readonly myLookupKey: Uint8Array;
}

function relay(name: string): Peer['myPullServers'][number] {
  return {
    url: `https://${name}.relay.example:8443/`,
    name,
    publicKey: 'A'.repeat(43),
    signingKey: 'B'.repeat(43),
  };
}

/** Alice invites, Bob accepts and answers, Alice finalizes: both Peers as the engine stores them. */
function establish(): { alice: Peer; bob: Peer } {
  const now = Date.now();
  const invited = createInvitingPeer({
    type: 'peer',
    name: 'Bob',
    myName: 'Alice',
    myPullServers: [relay('a1')],
    now,
  });
  const accepted = acceptInvitation(inviterCard(invited), {
    myName: 'Bob',
    myPullServers: [relay('b1')],
    now,
    deviceUid: randomUUID(),
  });
  const packed = sealInvitationAnswer(accepted.peer, accepted.answer);
  const wire = meow.PackedUserMessage.decode(encodeProto(meow.PackedUserMessage, packed));
  const answer = openInvitationAnswer(invited, wire);
  return { alice: finalizeInvitation(invited, answer, { now }), bob: accepted.peer };
}

async function device(peer: Peer): Promise<Device> {
  const store = new MemoryPeerStore();
  await store.storePeer(peer.uid, peer);
  return { store, uid: peer.uid, channel: channelFor(peer), myLookupKey: lookupOf(peer).lookupKey };
}

/**
 * `persist: false` is the breakdown row: the same engine path with each side's Peer and
 * RatchetState kept as live objects (no JSON, no db-key sealing, no DrStateJson) — what the
 * crypto alone costs, next to what persisting adds.
 */
export async function oursDuo(text: string, persist = true): Promise<Duo> {
  const { alice, bob } = establish();
  const a = await device(alice);
  const b = await device(bob);
  const live = new Map<Device, RatchetState>([
    [a, parseRatchetState(alice.drStateJson ?? '')],
    [b, parseRatchetState(bob.drStateJson ?? '')],
  ]);

  async function send(from: Device, to: Device): Promise<number> {
    // sendText → sealAndQueue (the peer is read in the contact's queue, then sealed, stored).
    const now = Date.now();
    const sender = await from.store.getPeer(from.uid);
    const { message } = textMessage(randomUUID(), text, '', now);
    const sealed = sealForPeer(sender, forContact(message, now), { now, channel: from.channel });
    await from.store.storePeer(from.uid, sealed.peer);
    const payload = sealed.packed.payload;

    // What the relay hands the receiver: the payload under its queue address.
    const receiver = await to.store.getPeer(to.uid);
    const session = new PeerSession(receiver, { now, channel: to.channel });
    const opened = session.open({ destination: to.myLookupKey, payload });
    if (opened.message.text.length !== text.length) throw new AppError('INTERNAL', 'bad text');
    opened.accept();
    await to.store.storePeer(to.uid, session.peer());
    return payload.length;
  }

  function sendLive(from: Device, to: Device): Promise<number> {
    const now = Date.now();
    const { message } = textMessage(randomUUID(), text, '', now);
    const sealed = sealUserMessage(forContact(message, now), from.channel, state(from));
    live.set(from, sealed.ratchet);
    const payload = sealed.packed.payload;
    const opened = openUserMessage({ destination: to.myLookupKey, payload }, to.channel, state(to));
    if (opened.message.text.length !== text.length) throw new AppError('INTERNAL', 'bad text');
    live.set(to, opened.ratchet);
    return Promise.resolve(payload.length);
  }

  function state(side: Device): RatchetState {
    return live.get(side) ?? missingState();
  }

  const step = persist ? send : sendLive;
  // Bob answers once, so both sides are past the handshake before anything is measured.
  await step(a, b);
  await step(b, a);
  return {
    send: (aToB) => (aToB ? step(a, b) : step(b, a)),
    storedBytes: () => a.store.storedBytes(a.uid),
  };
}

function missingState(): never {
  throw new AppError('INTERNAL', 'no ratchet state');
}
