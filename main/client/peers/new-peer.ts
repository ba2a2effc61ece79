import { randomUUID } from 'node:crypto';
import { dhKeyPair, randomBytes, signKeyPair } from '../../../core/crypto';
import { AppError } from '../../../core/errors';
import { LOOKUP_SECRET_BYTES } from '../../../core/lookup';
import type { Peer, PeerType, ServerRef } from '../model';
import { b64, keyPairJson } from './codec';

/**
 * Creating the local half of a relationship (DESIGN.md §3). Every relationship gets fresh keys
 * — identity, encryption, lookup — so nothing links two of our contacts to one person, and a
 * device pairing (`type = "device"`) is made exactly like a contact invitation
 * (MULTI_DEVICE_SPEC phase 1).
 */

export const SYM_KEY_BYTES = 32;
export const DR_ROOT_KEY_BYTES = 32;

export interface NewInvitationOptions {
  readonly type: PeerType;
  /** What we call the contact locally (may be '' until the answer tells us its name). */
  readonly name: string;
  /** Our name towards this contact (goes into our card). */
  readonly myName: string;
  /** Relays where our queue for this contact lives; at least one. */
  readonly myPullServers: readonly ServerRef[];
  /** ms since epoch. */
  readonly now: number;
}

/** The inviter's side: keys, MySymKey and the DR start material, step 'offered'. */
export function createInvitingPeer(options: NewInvitationOptions): Peer {
  return {
    ...freshLocalHalf(options),
    mySymKey: b64(randomBytes(SYM_KEY_BYTES)),
    drInitiator: true,
    drRootKey: b64(randomBytes(DR_ROOT_KEY_BYTES)),
    drKp: keyPairJson(dhKeyPair()),
    drStateJson: null,
    invitationUuid: randomUUID(),
    invitationStep: 'offered',
  };
}

/** Fields that every new relationship (inviter or answerer) starts with. */
export type LocalHalf = Omit<
  Peer,
  | 'mySymKey'
  | 'drInitiator'
  | 'drRootKey'
  | 'drKp'
  | 'drStateJson'
  | 'invitationUuid'
  | 'invitationStep'
>;

export function freshLocalHalf(options: NewInvitationOptions): LocalHalf {
  if (options.myPullServers.length === 0) {
    // Without a pull server the contact would have nowhere to send to.
    throw new AppError('INVALID_ARGUMENT', 'a relationship needs at least one pull server');
  }
  return {
    uid: randomUUID(),
    type: options.type,
    name: options.name,
    avatar: '',
    myName: options.myName,
    myIdentity: keyPairJson(signKeyPair()),
    myEncryptionKp: keyPairJson(dhKeyPair()),
    myLookupSecret: b64(randomBytes(LOOKUP_SECRET_BYTES)),
    myPullServers: [...options.myPullServers],
    contactPublicKey: null,
    contactEncryption: null,
    contactLookupKey: null,
    contactSendToken: null,
    contactPullServers: [],
    visible: true,
    blocked: false,
    messageNotification: true,
    sendDeliveryAck: true,
    sendProcessingAck: true,
    callsAllowed: false,
    primaryDeviceUid: '',
    createdAt: options.now,
    updatedAt: options.now,
  };
}
