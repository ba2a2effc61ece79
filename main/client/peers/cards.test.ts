import { describe, expect, it } from 'vitest';
import { fromBase64Url, sign, toBase64Url, utf8 } from '../../../core/crypto';
import { grantsSend, lookupKeyPairFromSecret, newLookupKeyPair } from '../../../core/lookup';
import { encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { Peer } from '../model';
import {
  acceptInvitation,
  answerCard,
  createInvitingPeer,
  decodeInvitationText,
  encodeCard,
  encodeInvitationText,
  generateInvitationPassword,
  inviterCard,
  normalizeInvitationPassword,
  openInvitationFromShortcode,
  sealInvitationForShortcode,
  shortcodeRelayPassword,
  verifyCard,
} from './index';
import { containsBytes, expectCode, FAST_ARGON2, NOW, server } from './test-fixtures';

const fast = { argon2: FAST_ARGON2 };

function inviteOptions() {
  return {
    type: 'peer',
    name: '',
    myName: 'Alice',
    myPullServers: [server('a1')],
    now: NOW,
  } as const;
}

function invite(): Peer {
  return createInvitingPeer(inviteOptions());
}

/** A copy of `card` with some fields replaced (protobufjs messages are classes: no spread). */
function patch(card: meow.ContactCard, fields: meow.IContactCard): meow.ContactCard {
  const copy = meow.ContactCard.decode(encodeCard(card));
  Object.assign(copy, fields);
  return copy;
}

/** Re-signs a modified card with the peer's real key, to test field checks past the signature. */
function resigned(peer: Peer, card: meow.ContactCard): meow.ContactCard {
  const unsigned = patch(card, { signature: new Uint8Array(0) });
  const key = fromBase64Url(peer.myIdentity.privateKey);
  return patch(unsigned, { signature: sign(encodeProto(meow.ContactCard, unsigned), key) });
}

/** Every secret of a Peer that must never leave the device in a card. */
function secretsOf(peer: Peer): Uint8Array[] {
  const lookupSecret = fromBase64Url(peer.myLookupSecret);
  const secrets = [
    fromBase64Url(peer.myIdentity.privateKey).subarray(0, 32), // Ed25519 seed
    fromBase64Url(peer.myEncryptionKp.privateKey),
    lookupSecret,
    lookupKeyPairFromSecret(lookupSecret).pullToken,
  ];
  if (peer.drKp) secrets.push(fromBase64Url(peer.drKp.privateKey));
  return secrets;
}

describe('contact cards', () => {
  it('accepts its own cards and rejects any change to them', () => {
    const alice = invite();
    const card = inviterCard(alice);
    expect(verifyCard(encodeCard(card)).name).toBe('Alice');
    expectCode(() => verifyCard(patch(card, { name: 'Eve' })), 'INVITATION_BAD_CARD');
    expectCode(
      () => verifyCard(patch(card, { lookupKey: new Uint8Array(32).fill(7) })),
      'INVITATION_BAD_CARD',
    );
    const signature = Uint8Array.from(card.signature);
    signature[0] = (signature[0] ?? 0) ^ 0x80;
    expectCode(() => verifyCard(patch(card, { signature })), 'INVITATION_BAD_CARD');
    expectCode(() => verifyCard(encodeCard(card).subarray(1)), 'INVITATION_BAD_CARD');
  });

  it('checks fields even when the signature is valid', () => {
    const alice = invite();
    const card = inviterCard(alice);
    const bad: meow.ContactCard[] = [
      patch(card, { pullServers: [] }),
      patch(card, { version: 2 }),
      patch(card, { type: 'robot' }),
      patch(card, { symKey: new Uint8Array(31) }),
      patch(card, { drRootKey: new Uint8Array(0) }),
      patch(card, { invitationUuid: '' }),
      patch(card, { pullServers: [{ ...card.pullServers[0], url: 'ftp://x' }] }),
      patch(card, { pullServers: [{ ...card.pullServers[0], publicKey: new Uint8Array(8) }] }),
      patch(card, { deviceUid: 'a-device' }), // a peer card never names a device
      patch(card, { type: 'device' }), // a device card always does
    ];
    for (const c of bad) {
      const err = expectCode(() => verifyCard(resigned(alice, c)), 'INVITATION_BAD_CARD');
      expect(err.message).not.toMatch(/signature/); // rejected for the field, not the re-signing
    }
    // A low-order encryption key passes the length checks but is refused on use.
    const lowOrder = resigned(alice, patch(card, { encryptionPublicKey: new Uint8Array(32) }));
    expectCode(
      () => acceptInvitation(lowOrder, { myName: 'B', myPullServers: [server('b')], now: NOW }),
      'INVITATION_BAD_CARD',
    );
  });

  it("requires the send capability of the card's queue, in every kind of card", () => {
    const alice = invite();
    const card = inviterCard(alice);
    const mine = lookupKeyPairFromSecret(fromBase64Url(alice.myLookupSecret));
    expect(Uint8Array.from(card.sendToken)).toEqual(mine.sendToken);
    expect(grantsSend(card.lookupKey, card.sendToken)).toBe(true);
    const missing = resigned(alice, patch(card, { sendToken: new Uint8Array(0) }));
    expect(expectCode(() => verifyCard(missing), 'INVITATION_BAD_CARD').message).toMatch(
      /send token must be 32 bytes/,
    );
    const foreign = resigned(alice, patch(card, { sendToken: newLookupKeyPair().sendToken }));
    expect(expectCode(() => verifyCard(foreign), 'INVITATION_BAD_CARD').message).toMatch(
      /send token does not grant the lookup key/,
    );

    // The answer carries the answerer's; each side stores the other's.
    const { peer: bob } = acceptInvitation(card, {
      myName: 'Bob',
      myPullServers: [server('b1')],
      now: NOW,
    });
    expect(bob.contactSendToken).toBe(toBase64Url(mine.sendToken));
    const answer = answerCard(bob);
    const bobs = lookupKeyPairFromSecret(fromBase64Url(bob.myLookupSecret));
    expect(Uint8Array.from(answer.sendToken)).toEqual(bobs.sendToken);
    const badAnswer = resigned(bob, patch(answer, { sendToken: mine.sendToken }));
    expectCode(() => verifyCard(badAnswer, 'answer'), 'INVITATION_BAD_CARD');
    const device = createInvitingPeer({ ...inviteOptions(), type: 'device' });
    const deviceCard = inviterCard(device, 'desk-1');
    expect(grantsSend(deviceCard.lookupKey, deviceCard.sendToken)).toBe(true);
    const noToken = resigned(device, patch(deviceCard, { sendToken: new Uint8Array(0) }));
    expectCode(() => verifyCard(noToken), 'INVITATION_BAD_CARD');
  });

  it('names the device in device cards only', () => {
    const device = createInvitingPeer({ ...inviteOptions(), type: 'device' });
    expect(verifyCard(inviterCard(device, 'desk-1')).deviceUid).toBe('desk-1');
    expectCode(() => inviterCard(device), 'INVALID_ARGUMENT');
    expectCode(() => inviterCard(invite(), 'desk-1'), 'INVALID_ARGUMENT');
  });

  it('separates invitation and answer cards', () => {
    const alice = invite();
    const { peer: bob } = acceptInvitation(inviterCard(alice), {
      myName: 'Bob',
      myPullServers: [server('b1')],
      now: NOW,
    });
    const answer = answerCard(bob);
    expect(answer.symKey.length).toBe(0);
    expect(answer.drRootKey.length).toBe(0);
    expect(verifyCard(answer, 'answer').name).toBe('Bob');
    expectCode(() => verifyCard(answer, 'invitation'), 'INVITATION_BAD_CARD');
    expectCode(() => verifyCard(inviterCard(alice), 'answer'), 'INVITATION_BAD_CARD');
    expectCode(() => inviterCard(bob), 'INVALID_ARGUMENT');
    expectCode(() => answerCard(alice), 'INVALID_ARGUMENT');
  });

  it('never puts a private key, the lookup secret or the pull token in a card', () => {
    const alice = invite();
    const card = inviterCard(alice);
    const { peer: bob, answer } = acceptInvitation(card, {
      myName: 'Bob',
      myPullServers: [server('b1')],
      now: NOW,
    });
    const text = encodeInvitationText(card);
    const cardBytes = encodeCard(card);
    const answerBytes = encodeProto(meow.UserMessage, answer);
    for (const secret of secretsOf(alice)) {
      expect(containsBytes(cardBytes, secret)).toBe(false);
      expect(text.includes(toBase64Url(secret))).toBe(false);
    }
    for (const secret of secretsOf(bob)) expect(containsBytes(answerBytes, secret)).toBe(false);
    // Sanity check of the check itself: public keys are there.
    expect(containsBytes(cardBytes, fromBase64Url(alice.myIdentity.publicKey))).toBe(true);
  });
});

describe('invitation text', () => {
  it('survives whitespace and line breaks', () => {
    const card = inviterCard(invite());
    const text = encodeInvitationText(card);
    const wrapped = `  ${(text.match(/.{1,40}/g) ?? []).join('\r\n ')}\n\t`;
    expect(encodeCard(decodeInvitationText(wrapped))).toEqual(encodeCard(card));
  });

  it('rejects garbage with INVITATION_BAD_PAYLOAD', () => {
    const text = encodeInvitationText(inviterCard(invite()));
    const garbage = [
      '',
      'hello',
      'https://meow.example/invite',
      text.replace('meow:1:', 'meow:2:'),
      text.replace('meow:1:', 'MEOW:1:'),
      text.replace('meow:1:', ''),
      `${text}!`,
      `${text.slice(0, 20)}+${text.slice(21)}`,
      'meow:1:A',
      'x'.repeat(100_000),
    ];
    for (const g of garbage) {
      const err = expectCode(() => decodeInvitationText(g), 'INVITATION_BAD_PAYLOAD');
      expect(err.message).toMatch(/invitation/);
    }
  });

  it('rejects well-formed text whose card is damaged with INVITATION_BAD_CARD', () => {
    const text = encodeInvitationText(inviterCard(invite()));
    const i = text.length - 10;
    const flipped = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
    expectCode(() => decodeInvitationText(flipped), 'INVITATION_BAD_CARD');
    expectCode(() => decodeInvitationText('meow:1:AAAA'), 'INVITATION_BAD_CARD');
  });
});

describe('shortcode sealing', () => {
  it('round-trips and rejects a wrong password', () => {
    const card = inviterCard(invite());
    const password = generateInvitationPassword();
    const { payload } = sealInvitationForShortcode(card, password, fast);
    expect(containsBytes(payload, encodeCard(card).subarray(0, 40))).toBe(false);
    expect(encodeCard(openInvitationFromShortcode(payload, password, fast))).toEqual(
      encodeCard(card),
    );
    const wrong = generateInvitationPassword();
    expectCode(() => openInvitationFromShortcode(payload, wrong, fast), 'INVITATION_BAD_PASSWORD');
    const altered = Uint8Array.from(payload);
    altered[5] = (altered[5] ?? 0) ^ 1; // salt byte
    expectCode(
      () => openInvitationFromShortcode(altered, password, fast),
      'INVITATION_BAD_PASSWORD',
    );
    expectCode(
      () => openInvitationFromShortcode(payload.subarray(0, 30), password, fast),
      'INVITATION_BAD_PAYLOAD',
    );
    const version2 = Uint8Array.from(payload);
    version2[0] = 2;
    expectCode(
      () => openInvitationFromShortcode(version2, password, fast),
      'INVITATION_BAD_PAYLOAD',
    );
    expectCode(() => sealInvitationForShortcode(card, 'short', fast), 'INVITATION_BAD_PASSWORD');
  });

  it('gives the relay a password that is not the sealing password', () => {
    const password = generateInvitationPassword();
    const relay = shortcodeRelayPassword(password, fast);
    expect(relay).not.toContain(normalizeInvitationPassword(password));
    expect(shortcodeRelayPassword(password.toLowerCase(), fast)).toBe(relay);
    expect(shortcodeRelayPassword(generateInvitationPassword(), fast)).not.toBe(relay);
  });

  it('generates typeable passwords of 80 bits', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const pw = generateInvitationPassword();
      expect(pw).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(normalizeInvitationPassword(pw.toLowerCase())).toBe(pw.replace(/-/g, ''));
      seen.add(pw);
    }
    expect(seen.size).toBe(200);
    expect(normalizeInvitationPassword('oil-OIL')).toBe('011011');
    expect(utf8(normalizeInvitationPassword(' ab cd-ef ')).length).toBe(6);
  });
});
