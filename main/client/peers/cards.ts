import {
  ED25519_PUBLIC_KEY_BYTES,
  ED25519_SIGNATURE_BYTES,
  sign,
  verify,
  X25519_KEY_BYTES,
} from '../../../core/crypto';
import { AppError } from '../../../core/errors';
import {
  grantsSend,
  LOOKUP_KEY_BYTES,
  lookupKeyPairFromSecret,
  SEND_TOKEN_BYTES,
} from '../../../core/lookup';
import { parseRatchetState, ratchetPublicKey } from '../../../core/ratchet';
import { decodeProto, encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { Peer } from '../model';
import { requireAllowedRelayUrlFrom } from '../relay/url-policy';
import { bytes, keyPairBytes, serverCardOf } from './codec';
import { DR_ROOT_KEY_BYTES, SYM_KEY_BYTES } from './new-peer';

/**
 * ContactCards: the public half of a relationship (proto `ContactCard`).
 *
 * Every card carries the address of the card owner's queue (`lookup_key`) and the capability to
 * push there (`send_token`, PROTOCOL.md §7): the address is the token's hash, so the receiver
 * checks the pair and a relay refuses a push without the token.
 *
 * Inviter card: identity, encryption and lookup public keys, pull servers, `sym_key` (MySymKey),
 * `dr_root_key` and `dr_public_key` (DrKp public). It is shown as QR/text or stored sealed at a
 * relay, so whoever sees it may answer: that is what an invitation is.
 *
 * Answer card: the same public keys, `dr_public_key` = the answerer's current ratchet key, and
 * deliberately NO `sym_key` and NO `dr_root_key`. The answerer adopts the inviter's MySymKey
 * (it must not invent one: the two sides would then disagree) and proves it knows it simply by
 * the answer opening under it; echoing it would add key material to a card for nothing.
 *
 * Signature: Ed25519 by `identity_public_key` over the card encoded with `signature` empty
 * (same rule as relay ServerCards). It binds every field to the identity key; it does not say
 * who the person is — that trust comes from the channel the invitation travelled over.
 */

export const CONTACT_CARD_VERSION = 1;
/** A card is well under 2 KiB; anything far larger is not a card. */
export const MAX_CONTACT_CARD_BYTES = 16 * 1024;
const MAX_NAME = 200;
const MAX_URL = 2048;
const MAX_UUID = 64;
const MAX_PULL_SERVERS = 16;

export type CardRole = 'invitation' | 'answer';

/**
 * The inviter's card, signed with its per-contact MyIdentity. A device card also names this
 * device (`deviceUid`, MULTI_DEVICE_SPEC phase 7: siblings refer to a peer's primary by it).
 */
export function inviterCard(peer: Peer, deviceUid = ''): meow.ContactCard {
  if (!peer.drInitiator || peer.drKp === null) {
    throw new AppError('INVALID_ARGUMENT', 'only the inviting side has an invitation card');
  }
  return signCard(peer, deviceUid, {
    symKey: bytes(peer.mySymKey, 'sym key'),
    drRootKey: bytes(peer.drRootKey, 'DR root key'),
    drPublicKey: bytes(peer.drKp.publicKey, 'DR public key'),
  });
}

/**
 * The answerer's card. `dr_public_key` is read from the live ratchet state, which keeps the
 * key of `initAnswerer` until the first message from the inviter arrives — so build (and
 * store) the answer right after accepting, as `acceptInvitation` does.
 */
export function answerCard(peer: Peer, deviceUid = ''): meow.ContactCard {
  if (peer.drInitiator || peer.drStateJson === null) {
    throw new AppError('INVALID_ARGUMENT', 'only an answering side with a session has an answer');
  }
  const state = parseRatchetState(peer.drStateJson);
  return signCard(peer, deviceUid, { drPublicKey: ratchetPublicKey(state) });
}

function signCard(peer: Peer, deviceUid: string, extra: meow.IContactCard): meow.ContactCard {
  if ((peer.type === 'device') !== (deviceUid !== '')) {
    // A contact must never learn a device id; a device pairing cannot work without one.
    throw new AppError('INVALID_ARGUMENT', 'a device uid belongs in device cards only');
  }
  const identity = keyPairBytes(peer.myIdentity, 'identity key');
  const lookup = lookupKeyPairFromSecret(bytes(peer.myLookupSecret, 'lookup secret'));
  const unsigned: meow.IContactCard = {
    version: CONTACT_CARD_VERSION,
    type: peer.type,
    name: peer.myName,
    identityPublicKey: identity.publicKey,
    encryptionPublicKey: bytes(peer.myEncryptionKp.publicKey, 'encryption key'),
    lookupKey: lookup.lookupKey,
    sendToken: lookup.sendToken,
    pullServers: peer.myPullServers.map(serverCardOf),
    invitationUuid: peer.invitationUuid,
    createdAt: peer.createdAt,
    deviceUid,
    ...extra,
  };
  const signature = sign(encodeProto(meow.ContactCard, unsigned), identity.privateKey);
  return meow.ContactCard.create({ ...unsigned, signature });
}

export function encodeCard(card: meow.IContactCard): Uint8Array {
  return encodeProto(meow.ContactCard, card);
}

/**
 * Decodes (when given bytes) and checks a card from the other side; returns it decoded.
 * Everything in it is untrusted: every length, the servers, the role-specific fields and the
 * signature are checked, and any failure is INVITATION_BAD_CARD — except a pull server on
 * plain http:// to a public host: RELAY_HTTPS_REQUIRED (relay/url-policy.ts).
 */
export function verifyCard(
  input: Uint8Array | meow.IContactCard,
  role: CardRole = 'invitation',
): meow.ContactCard {
  const card = input instanceof Uint8Array ? decodeCard(input) : meow.ContactCard.create(input);
  checkFields(card, role);
  // The bytes the signer signed: the card re-encoded with `signature` empty. Unknown fields
  // kept by the decoder are re-emitted, so a newer client's extra fields stay covered.
  // (Object.assign copies the own fields, which is all protobufjs encodes.)
  const unsigned = encodeProto(
    meow.ContactCard,
    Object.assign({}, card, { signature: new Uint8Array(0) }),
  );
  if (!verify(card.signature, unsigned, card.identityPublicKey)) {
    throw bad('signature does not verify');
  }
  return card;
}

function decodeCard(input: Uint8Array): meow.ContactCard {
  if (input.length > MAX_CONTACT_CARD_BYTES) throw bad('card is too large');
  try {
    return decodeProto(meow.ContactCard, input);
  } catch (cause) {
    throw new AppError('INVITATION_BAD_CARD', 'contact card is not valid protobuf', { cause });
  }
}

function checkFields(card: meow.ContactCard, role: CardRole): void {
  if (card.version !== CONTACT_CARD_VERSION) throw bad(`unsupported card version ${card.version}`);
  if (card.type !== 'peer' && card.type !== 'device') throw bad('unknown card type');
  if (card.name.length > MAX_NAME) throw bad('name is too long');
  checkLength(card.identityPublicKey, ED25519_PUBLIC_KEY_BYTES, 'identity key');
  checkLength(card.encryptionPublicKey, X25519_KEY_BYTES, 'encryption key');
  checkLength(card.lookupKey, LOOKUP_KEY_BYTES, 'lookup key');
  checkSendToken(card);
  checkLength(card.drPublicKey, X25519_KEY_BYTES, 'DR public key');
  checkLength(card.signature, ED25519_SIGNATURE_BYTES, 'signature');
  checkRoleFields(card, role);
  if (card.invitationUuid.length === 0 || card.invitationUuid.length > MAX_UUID) {
    throw bad('invitation uuid is missing or too long');
  }
  if (!Number.isSafeInteger(card.createdAt) || card.createdAt < 0) throw bad('bad created_at');
  if (card.pullServers.length === 0) throw bad('card has no pull server');
  if (card.pullServers.length > MAX_PULL_SERVERS) throw bad('card has too many pull servers');
  for (const server of card.pullServers) checkServer(server);
}

/** What differs between an invitation and an answer card, and between peer and device cards. */
function checkRoleFields(card: meow.ContactCard, role: CardRole): void {
  if (role === 'invitation') {
    checkLength(card.symKey, SYM_KEY_BYTES, 'sym key');
    checkLength(card.drRootKey, DR_ROOT_KEY_BYTES, 'DR root key');
  } else if (card.symKey.length !== 0 || card.drRootKey.length !== 0) {
    // An answer may not change the shared secrets the inviter chose.
    throw bad('an answer card must not carry sym_key or dr_root_key');
  }
  if (card.type === 'device' ? !isId(card.deviceUid) : card.deviceUid !== '') {
    throw bad('device_uid is required in device cards and forbidden in peer cards');
  }
}

/** Without the queue's send capability nothing could ever be sent to the card's owner. */
function checkSendToken(card: meow.ContactCard): void {
  if (card.sendToken.length !== SEND_TOKEN_BYTES) {
    throw bad(`send token must be ${SEND_TOKEN_BYTES} bytes (a card from an older version?)`);
  }
  if (!grantsSend(card.lookupKey, card.sendToken)) {
    throw bad('send token does not grant the lookup key');
  }
}

function checkServer(server: meow.IServerCard): void {
  const url = server.url ?? '';
  if (url.length === 0 || url.length > MAX_URL || !isHttpUrl(url)) throw bad('bad server url');
  // Not silently used, and not INVITATION_BAD_CARD either: the card is sound, its relay is not
  // one this client will reach over plain http (RELAY_HTTPS_REQUIRED says what to do).
  requireAllowedRelayUrlFrom(new URL(url), 'contact card');
  if ((server.name ?? '').length > MAX_NAME) throw bad('server name is too long');
  checkLength(server.publicKey ?? new Uint8Array(0), X25519_KEY_BYTES, 'server public key');
  checkLength(server.signingKey ?? new Uint8Array(0), ED25519_PUBLIC_KEY_BYTES, 'server key');
}

function isId(value: string): boolean {
  return value.length > 0 && value.length <= MAX_UUID && /^[\w.:-]+$/.test(value);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function checkLength(value: Uint8Array, length: number, what: string): void {
  if (value.length !== length) throw bad(`${what} must be ${length} bytes`);
}

function bad(message: string): AppError {
  return new AppError('INVITATION_BAD_CARD', `contact card rejected: ${message}`);
}
