import { describe, expect, it } from 'vitest';
import { randomBytes, toBase64Url } from '../../../core/crypto';
import { isAppError } from '../../../core/errors';
import { newLookupKeyPair } from '../../../core/lookup';
import { encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { Peer, ServerRef } from '../model';
import {
  acceptInvitation,
  createInvitingPeer,
  finalizeInvitation,
  inviterCard,
  openInvitationAnswer,
  PeerSession,
  sealInvitationAnswer,
} from '../peers';
import { ADDRESS_UPDATE_TYPE, applyAddressMessage } from './rotation';

/** The contact's side of a queue rotation: adopting a new address only with its capability. */
const NOW = 1_700_000_000_000;
const server: ServerRef = {
  url: 'https://relay.example',
  name: 'relay',
  publicKey: toBase64Url(randomBytes(32)),
  signingKey: toBase64Url(randomBytes(32)),
};

/** Alice invited Bob; Bob's side of the finalized relationship. */
function bobsSide(): Peer {
  const base = { name: '', myPullServers: [server], now: NOW } as const;
  const alice = createInvitingPeer({ ...base, type: 'peer', myName: 'Alice' });
  const bob = acceptInvitation(inviterCard(alice), { myName: 'Bob', ...base });
  finalizeInvitation(
    alice,
    openInvitationAnswer(alice, sealInvitationAnswer(bob.peer, bob.answer)),
  );
  return bob.peer;
}

function update(fields: meow.IAddressUpdate): meow.UserMessage {
  return meow.UserMessage.create({
    type: ADDRESS_UPDATE_TYPE,
    appdata: encodeProto(meow.AddressUpdate, fields),
  });
}

describe('address_update', () => {
  it('moves the contact to the new queue together with its send token', () => {
    const session = new PeerSession(bobsSide(), { now: NOW });
    const next = newLookupKeyPair();
    const message = update({ lookupKey: next.lookupKey, sendToken: next.sendToken });
    expect(applyAddressMessage(session, message, NOW)).toBe('updated');
    expect(session.peer()).toMatchObject({
      contactLookupKey: toBase64Url(next.lookupKey),
      contactSendToken: toBase64Url(next.sendToken),
    });
  });

  it('refuses an address without the capability that grants it, and keeps the old one', () => {
    const peer = bobsSide();
    const session = new PeerSession(peer, { now: NOW });
    const next = newLookupKeyPair();
    const refused = [
      update({ lookupKey: next.lookupKey }),
      update({ lookupKey: next.lookupKey, sendToken: newLookupKeyPair().sendToken }),
      update({ lookupKey: randomBytes(31), sendToken: next.sendToken }),
    ];
    for (const message of refused) {
      let caught: unknown;
      try {
        applyAddressMessage(session, message, NOW);
      } catch (err) {
        caught = err;
      }
      expect(isAppError(caught, 'PROTO_INVALID_FIELD')).toBe(true);
    }
    expect(session.changed).toBe(false);
    expect(session.peer().contactLookupKey).toBe(peer.contactLookupKey);
    expect(session.peer().contactSendToken).toBe(peer.contactSendToken);
  });
});
