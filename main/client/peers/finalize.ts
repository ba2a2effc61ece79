import { dh } from '../../../core/crypto';
import { AppError } from '../../../core/errors';
import {
  deriveSessionSecret,
  initInitiator,
  primeWithRemoteRatchetKey,
  serializeRatchetState,
} from '../../../core/ratchet';
import type { meow } from '../../../proto';
import type { Peer } from '../model';
import { INVITATION_ANSWER_TYPE, withCardKeys } from './accept';
import { verifyCard } from './cards';
import { b64, bytes, keyPairBytes, serverRefOf } from './codec';

/**
 * The inviter's last step (DESIGN.md §5: the poll worker runs it without user action): check
 * the answer, store the contact's keys and start the ratchet as initiator
 *
 *   SK    = deriveSessionSecret(DrRootKey, DH(MyEncryptionKp, answer.encryption_public_key))
 *   state = primeWithRemoteRatchetKey(initInitiator(SK, DrKp), answer.dr_public_key)
 *
 * Priming performs the DH-ratchet step the answerer's first message would trigger, so the
 * inviter can write first (docs/PROTOCOL.md §5 "Inviter may send first").
 *
 * An invitation is answered once: a second answer (someone else who saw the QR code, or a
 * replay) is INVITATION_ALREADY_USED and must not replace the first contact's keys.
 */

export interface FinalizeOptions {
  /** ms since epoch, for updatedAt; defaults to the clock. */
  readonly now?: number;
}

export function finalizeInvitation(
  inviterPeer: Peer,
  answerMessage: meow.IUserMessage,
  options: FinalizeOptions = {},
): Peer {
  if (!inviterPeer.drInitiator || inviterPeer.drKp === null) {
    throw new AppError('INVALID_ARGUMENT', 'only the inviting side finalizes an invitation');
  }
  if (inviterPeer.invitationStep !== 'offered' || inviterPeer.contactPublicKey !== null) {
    throw new AppError('INVITATION_ALREADY_USED', 'this invitation has already been answered');
  }
  if (answerMessage.type !== INVITATION_ANSWER_TYPE || !answerMessage.contact) {
    throw new AppError('INVITATION_BAD_ANSWER', 'message is not an invitation answer');
  }
  const card = verifyCard(answerMessage.contact, 'answer');
  if (card.invitationUuid !== inviterPeer.invitationUuid) {
    throw new AppError('INVITATION_BAD_ANSWER', 'answer is for another invitation');
  }
  if (card.type !== inviterPeer.type) {
    // A device pairing answered as a contact (or the reverse) would land in the wrong storage.
    throw new AppError(
      'INVITATION_BAD_ANSWER',
      `answer is for a ${card.type}, not a ${inviterPeer.type}`,
    );
  }
  const myEncryptionPrivate = bytes(inviterPeer.myEncryptionKp.privateKey, 'encryption key');
  const drKp = keyPairBytes(inviterPeer.drKp, 'DR key pair');
  const state = withCardKeys(() =>
    primeWithRemoteRatchetKey(
      initInitiator(
        deriveSessionSecret(
          bytes(inviterPeer.drRootKey, 'DR root key'),
          dh(myEncryptionPrivate, card.encryptionPublicKey),
        ),
        drKp,
      ),
      card.drPublicKey,
    ),
  );
  return {
    ...inviterPeer,
    // Our own label for the contact wins; the card's name fills it only when we had none.
    name: inviterPeer.name !== '' ? inviterPeer.name : card.name,
    contactPublicKey: b64(card.identityPublicKey),
    contactEncryption: b64(card.encryptionPublicKey),
    contactLookupKey: b64(card.lookupKey),
    contactSendToken: b64(card.sendToken),
    contactPullServers: card.pullServers.map(serverRefOf),
    drStateJson: serializeRatchetState(state),
    invitationStep: 'finalized',
    updatedAt: options.now ?? Date.now(),
  };
}
