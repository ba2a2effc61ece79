/**
 * Our side of bench:peer: two engine Peers made by the real invitation flow (main/client/peers),
 * exchanging 200-byte texts the way the engine does it, with each side's Peer loaded and stored
 * around every message by the engine's own PeerStorage, minus LevelDB itself:
 *
 *   send:    getPeer → sealForPeer (parse DrStateJson, seal, serialize) → storePeer
 *            (outbound.ts sealAndQueue; messaging.ts sendText builds the message)
 *   receive: getPeer → PeerSession.open + accept → storePeer(session.peer())   (receive.ts)
 *
 * getPeer/storePeer here are PeerStorage itself (peer-storage.ts) with the engine's codec
 * (peers/peer-record.ts): its write-through cache, the Peer split into a JSON record and a
 * binary ratchet record, each sealed with the db key (XChaCha20-Poly1305, AD = domain + uid);
 * only LevelDB and its fsync are replaced by a Map (storage/testing/memory-db.ts), so a load
 * the store has cached is a lookup, as in the engine. What goes on the wire is the PackedUserMessage payload
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
  peerRecordCodec,
  sealForPeer,
  sealInvitationAnswer,
} from '../../main/client/peers';
import { forContact } from '../../main/client/engine/outbound';
import { useNativeCrypto } from '../../main/client/native-crypto';
import { textMessage } from '../../main/client/engine/messaging';
import { generateDbKey, PEER_STORAGE_DOMAIN, PeerStorage } from '../../main/storage';
import { MemoryPeerDb } from '../../main/storage/testing/memory-db';
import type { Duo } from './peer-measure';

/** The engine's PeerStorage (write-through cache, split records, sealing) over a Map. */
class MemoryPeerStore {
  private constructor(
    private readonly db: MemoryPeerDb,
    private readonly storage: PeerStorage<Peer>,
  ) {}

  static async open(): Promise<MemoryPeerStore> {
    const db = new MemoryPeerDb();
    const key = generateDbKey();
    const storage = await PeerStorage.over(db, key, PEER_STORAGE_DOMAIN, peerRecordCodec);
    return new MemoryPeerStore(db, storage);
  }

  storePeer(uid: string, peer: Peer): Promise<void> {
    return this.storage.storePeer(uid, peer);
  }

  async getPeer(uid: string): Promise<Peer> {
    return (await this.storage.getPeer(uid)) ?? missingPeer();
  }

  /** Bytes of the stored values for this peer (what LevelDB would hold for it). */
  storedBytes(uid: string): { main: number; hot: number } {
    return {
      main: this.db.values.get(`p/${uid}`)?.length ?? 0,
      hot: this.db.values.get(`r/${uid}`)?.length ?? 0,
    };
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
  const store = await MemoryPeerStore.open();
  await store.storePeer(peer.uid, peer);
  return { store, uid: peer.uid, channel: channelFor(peer), myLookupKey: lookupOf(peer).lookupKey };
}

/**
 * `persist: false` is the breakdown row: the same engine path with each side's Peer and
 * RatchetState kept as live objects (no JSON, no db-key sealing, no DrStateJson) — what the
 * crypto alone costs, next to what persisting adds.
 */
export async function oursDuo(text: string, persist = true): Promise<Duo> {
  useNativeCrypto(); // as the engine does when it is made (native X25519 and large-input AEAD)
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
    storedBytes: () => a.store.storedBytes(a.uid).main + a.store.storedBytes(a.uid).hot,
    rewrittenBytes: () => a.store.storedBytes(a.uid).hot,
  };
}

function missingPeer(): never {
  throw new AppError('PEER_NOT_FOUND', 'no such peer');
}

function missingState(): never {
  throw new AppError('INTERNAL', 'no ratchet state');
}
