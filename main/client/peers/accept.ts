import { randomUUID } from 'node:crypto';
import { dh } from '../../../core/crypto';
import { AppError, isAppError } from '../../../core/errors';
import { deriveSessionSecret, initAnswerer, serializeRatchetState } from '../../../core/ratchet';
import { meow } from '../../../proto';
import type { Peer, ServerRef } from '../model';
import { answerCard, verifyCard } from './cards';
import { b64, bytes, serverRefOf } from './codec';
import { freshLocalHalf } from './new-peer';

/**
 * The invitee's side of an invitation (DESIGN.md §3, §5): make our own fresh keys, adopt the
 * inviter's MySymKey, start the Double Ratchet as the answerer
 *
 *   SK = deriveSessionSecret(dr_root_key, DH(MyEncryptionKp, card.encryption_public_key))
 *   state = initAnswerer(SK, card.dr_public_key)
 *
 * and build the answer the engine sends to the inviter's lookup key, sealed with
 * `sealInvitationAnswer` (the inviter cannot open a ratchet message before it knows our keys).
 */

export const INVITATION_ANSWER_TYPE = 'invitation_answer';

export interface AcceptOptions {
  /** Our name towards the inviter (goes into the answer card). */
  readonly myName: string;
  readonly myPullServers: readonly ServerRef[];
  /** ms since epoch. */
  readonly now: number;
  /** What we call the inviter locally; defaults to the name in its card. */
  readonly name?: string;
  /** This device's uid: required to answer a device card (goes into the answer card). */
  readonly deviceUid?: string;
}

export interface AcceptedInvitation {
  /** Step 'answered'; can already send and receive once the inviter has finalized. */
  readonly peer: Peer;
  /** UserMessage{type: 'invitation_answer'}: seal with sealInvitationAnswer, then send. */
  readonly answer: meow.IUserMessage;
}

/** `card` may be raw (it is verified here) or already verified by decodeInvitationText. */
export function acceptInvitation(
  card: meow.IContactCard | Uint8Array,
  options: AcceptOptions,
): AcceptedInvitation {
  const inviter = verifyCard(card, 'invitation');
  const local = freshLocalHalf({
    type: inviter.type === 'device' ? 'device' : 'peer',
    name: options.name ?? inviter.name,
    myName: options.myName,
    myPullServers: options.myPullServers,
    now: options.now,
  });
  const myEncryptionPrivate = bytes(local.myEncryptionKp.privateKey, 'encryption key');
  const state = withCardKeys(() =>
    initAnswerer(
      deriveSessionSecret(inviter.drRootKey, dh(myEncryptionPrivate, inviter.encryptionPublicKey)),
      inviter.drPublicKey,
    ),
  );
  const peer: Peer = {
    ...local,
    // A device is stored under its own device uid, the name its siblings know it by.
    uid: inviter.type === 'device' ? inviter.deviceUid : local.uid,
    contactPublicKey: b64(inviter.identityPublicKey),
    contactEncryption: b64(inviter.encryptionPublicKey),
    contactLookupKey: b64(inviter.lookupKey),
    contactSendToken: b64(inviter.sendToken),
    contactPullServers: inviter.pullServers.map(serverRefOf),
    // Adopted, never invented: both sides must hold the same MySymKey.
    mySymKey: b64(inviter.symKey),
    drInitiator: false,
    // Kept so "DrRootKey set" still means "this relationship uses the ratchet" (spec idiom).
    drRootKey: b64(inviter.drRootKey),
    drKp: null,
    drStateJson: serializeRatchetState(state),
    invitationUuid: inviter.invitationUuid,
    invitationStep: 'answered',
  };
  const answer: meow.IUserMessage = {
    type: INVITATION_ANSWER_TYPE,
    contact: answerCard(peer, inviter.type === 'device' ? (options.deviceUid ?? '') : ''),
    fromName: options.myName,
    status: { uuid: randomUUID(), sent: options.now },
  };
  return { peer, answer };
}

/**
 * Runs a DH or ratchet step on keys taken from a card. A low-order key is the card's fault, so
 * it is reported as INVITATION_BAD_CARD rather than as a crypto or ratchet-header error.
 */
export function withCardKeys<T>(fn: () => T): T {
  try {
    return fn();
  } catch (cause) {
    if (!isAppError(cause, 'CRYPTO_BAD_KEY') && !isAppError(cause, 'RATCHET_BAD_HEADER')) {
      throw cause;
    }
    throw new AppError('INVITATION_BAD_CARD', 'contact card has an unusable public key', {
      cause,
    });
  }
}
