/**
 * Session reset (PROTOCOL.md §9 "Session reset"; LIFECYCLE_NOTES.md "2. Takeover"): a fresh
 * Double Ratchet for an existing relationship, when the sender lost its ratchet (its primary
 * device is gone, a backup was restored). Pure functions; the engine does the storing.
 *
 *   sender S: new DrRootKey' (32 random bytes) and ratchet key pair K;
 *             state = initInitiator(SK', K), SK' = deriveSessionSecret(DrRootKey',
 *             DH(S.encryption, R.encryption))  (the §5 start, with the new root key);
 *             sends UserMessage{type "session_reset", appdata = SessionReset{reset_id,
 *             reset_at, DrRootKey', K.public, signature}} in the one-off envelope of an
 *             invitation answer (answer-envelope.ts, label "meow/reset/v1": the same size as
 *             any message; only the receiver's encryption key opens the box);
 *   receiver R: checks the signature with the sender's relationship identity key and that
 *             (reset_at, reset_id) comes after the last reset it took, then state =
 *             initAnswerer(SK', K.public) — it can write at once, and answers "reset_ready"
 *             inside the new session (and sends again what the sender never acknowledged);
 *   S can write once it opened R's first message of the new session.
 *
 *   signature = Ed25519(MyIdentity, SHA-256(utf8("meow session reset v1") ‖ utf8(reset_id) ‖
 *               u64be(reset_at) ‖ DrRootKey' ‖ K.public ‖ destination))
 *
 * Anyone holding this relationship's static keys could start a reset (a revoked copy, too):
 * PROTOCOL.md says what that allows and what it does not.
 */
import { randomUUID } from 'node:crypto';
import {
  concatBytes,
  dh,
  dhKeyPair,
  randomBytes,
  sha256,
  sign,
  utf8,
  verify,
} from '../../../core/crypto';
import { AppError } from '../../../core/errors';
import {
  deriveSessionSecret,
  initAnswerer,
  initInitiator,
  serializeRatchetState,
} from '../../../core/ratchet';
import { decodeProto, encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { Peer } from '../model';
import { openOneOff, RESET_AD_LABEL, sealOneOff } from './answer-envelope';
import { b64, bytes, keyPairBytes, keyPairJson } from './codec';

export const SESSION_RESET_TYPE = 'session_reset';
export const RESET_READY_TYPE = 'reset_ready';
const DOMAIN = utf8('meow session reset v1');
const ROOT_KEY_BYTES = 32;

function signedBytes(reset: meow.ISessionReset, destination: Uint8Array): Uint8Array {
  const at = new Uint8Array(8);
  new DataView(at.buffer).setBigUint64(0, BigInt(reset.resetAt ?? 0));
  return sha256(
    concatBytes(
      DOMAIN,
      utf8(reset.resetId ?? ''),
      at,
      reset.drRootKey ?? new Uint8Array(0),
      reset.drPublicKey ?? new Uint8Array(0),
      destination,
    ),
  );
}

/**
 * The sender's side: the relationship with a fresh ratchet that cannot write yet
 * (`resetPending`), and the reset to send. Keys, queues and names stay as they are.
 */
export function startReset(peer: Peer, now: number): Peer {
  if (peer.contactEncryption === null || peer.contactLookupKey === null) {
    throw new AppError('PEER_NOT_READY', 'the contact has not finalized the invitation yet');
  }
  const claim = nextClaim(peer, now);
  const rootKey = randomBytes(ROOT_KEY_BYTES);
  const ratchetKey = dhKeyPair();
  const secret = deriveSessionSecret(
    rootKey,
    dh(
      bytes(peer.myEncryptionKp.privateKey, 'encryption key'),
      bytes(peer.contactEncryption, 'key'),
    ),
  );
  return {
    ...peer,
    drInitiator: true,
    drRootKey: b64(rootKey),
    drKp: keyPairJson(ratchetKey),
    drStateJson: serializeRatchetState(initInitiator(secret, ratchetKey)),
    resetPending: claim,
    claim,
    updatedAt: now,
  };
}

/**
 * Our next reset's rank: later than every reset our side sent this contact (`claim`, synced
 * between siblings), even when this device's clock is behind the one that sent the last.
 */
function nextClaim(peer: Peer, now: number): { at: number; id: string } {
  return { id: randomUUID(), at: Math.max(now, (peer.claim?.at ?? 0) + 1) };
}

/**
 * Whether reset (`at`, `id`) comes after the last one taken: by time, then by id, so two
 * resets with the same time (two siblings claiming at once) are ordered the same everywhere.
 */
function isLater(peer: Peer, at: number, id: string): boolean {
  const last = peer.lastResetAt ?? 0;
  return at > last || (at === last && id > (peer.lastResetId ?? ''));
}

/** The reset message of a peer in `resetPending`, sealed (again after a restart: same content). */
export function sealReset(peer: Peer): meow.PackedUserMessage {
  const pending = peer.resetPending;
  if (!pending || !peer.drKp || peer.contactLookupKey === null) {
    throw new AppError('INTERNAL', 'no session reset is pending');
  }
  const reset: meow.ISessionReset = {
    resetId: pending.id,
    resetAt: pending.at,
    drRootKey: bytes(peer.drRootKey, 'DR root key'),
    drPublicKey: keyPairBytes(peer.drKp, 'DR key pair').publicKey,
  };
  const destination = bytes(peer.contactLookupKey, 'lookup key');
  const privateKey = bytes(peer.myIdentity.privateKey, 'identity key');
  const signature = sign(signedBytes(reset, destination), privateKey);
  const message: meow.IUserMessage = {
    type: SESSION_RESET_TYPE,
    appdata: encodeProto(meow.SessionReset, { ...reset, signature }),
    status: { uuid: pending.id, sent: pending.at },
  };
  return sealOneOff(peer, message, RESET_AD_LABEL);
}

/**
 * The receiver's side: opens `packed` as a reset of this relationship (throws if it is not
 * one, or not a valid one) and returns the relationship on the new session. `lastResetAt` is
 * raised, so this reset (or an older one replayed) is never taken again.
 */
export function acceptReset(peer: Peer, packed: meow.IPackedUserMessage, now: number): Peer {
  const message = openOneOff(peer, packed, RESET_AD_LABEL);
  if (message.type !== SESSION_RESET_TYPE) {
    throw new AppError('INVITATION_BAD_PAYLOAD', 'not a session reset');
  }
  const reset = decodeProto(meow.SessionReset, message.appdata);
  if (peer.contactPublicKey === null || peer.contactEncryption === null) {
    throw new AppError('PEER_NOT_READY', 'no session to reset with this contact');
  }
  const destination = packed.destination ?? new Uint8Array(0);
  const signer = bytes(peer.contactPublicKey, 'identity key');
  if (!verify(reset.signature, signedBytes(reset, destination), signer)) {
    throw new AppError('ENVELOPE_BAD_SIGNATURE', 'session reset signature is invalid');
  }
  if (!isLater(peer, reset.resetAt, reset.resetId) || reset.resetAt > now + 24 * 3_600_000) {
    throw new AppError('RATCHET_BAD_STATE', 'session reset is older than the last one taken');
  }
  if (reset.drRootKey.length !== ROOT_KEY_BYTES) {
    throw new AppError('PROTO_INVALID_FIELD', 'session reset root key has the wrong length');
  }
  const secret = deriveSessionSecret(
    reset.drRootKey,
    dh(
      bytes(peer.myEncryptionKp.privateKey, 'encryption key'),
      bytes(peer.contactEncryption, 'key'),
    ),
  );
  return {
    ...peer,
    drInitiator: false,
    drRootKey: b64(reset.drRootKey),
    drKp: null,
    drStateJson: serializeRatchetState(initAnswerer(secret, reset.drPublicKey)),
    lastResetAt: reset.resetAt,
    lastResetId: reset.resetId,
    updatedAt: now,
  };
}
