import { describe, expect, it } from 'vitest';
import type { ServerRef } from '../model';
import {
  acceptInvitation,
  answerCard,
  createInvitingPeer,
  decodeInvitationText,
  encodeInvitationText,
  finalizeInvitation,
  generateInvitationPassword,
  inviterCard,
  INVITATION_ANSWER_TYPE,
  openInvitationFromShortcode,
  sealInvitationForShortcode,
  verifyCard,
} from './index';
import { expectCode, FAST_ARGON2, NOW, server } from './test-fixtures';

/**
 * Relay URLs that arrive from someone else (relay/url-policy.ts): a card naming a public relay
 * over plain http is refused with RELAY_HTTPS_REQUIRED at every door a card comes through —
 * invitation text, a shortcode, accepting, an answer — never used silently; a relay on the
 * home network keeps working over http.
 */
const PUBLIC_HTTP = 'http://relay.example.org:8787';
const LAN_HTTP = 'http://192.168.1.20:8787';

function relayAt(url: string): ServerRef {
  return { ...server('x'), url };
}

function inviteVia(url: string) {
  return createInvitingPeer({
    type: 'peer',
    name: '',
    myName: 'Alice',
    myPullServers: [server('a1'), relayAt(url)],
    now: NOW,
  });
}

function accept(card: Parameters<typeof acceptInvitation>[0], url = server('b1').url) {
  return acceptInvitation(card, { myName: 'Bob', myPullServers: [relayAt(url)], now: NOW + 1 });
}

describe('relay URLs in cards', () => {
  it('refuses invitation text naming a public relay over http', () => {
    const text = encodeInvitationText(inviterCard(inviteVia(PUBLIC_HTTP)));
    const err = expectCode(() => decodeInvitationText(text), 'RELAY_HTTPS_REQUIRED');
    expect(err.message).toBe(
      'contact card rejected: it names the relay relay.example.org over plain http://, but ' +
        'relay.example.org is a public address and Meow reaches public relays only over ' +
        "https:// (the sender's relay must be added again as https://relay.example.org:8787)",
    );
  });

  it('refuses the same card behind a shortcode and when accepted directly', () => {
    const card = inviterCard(inviteVia(PUBLIC_HTTP));
    const password = generateInvitationPassword();
    const { payload } = sealInvitationForShortcode(card, password, { argon2: FAST_ARGON2 });
    expectCode(
      () => openInvitationFromShortcode(payload, password, { argon2: FAST_ARGON2 }),
      'RELAY_HTTPS_REQUIRED',
    );
    expectCode(() => accept(card), 'RELAY_HTTPS_REQUIRED');
  });

  it("refuses an answer naming a public relay over http (the inviter's side)", () => {
    const alice = inviteVia('https://relay.example.org');
    const bob = accept(inviterCard(alice), PUBLIC_HTTP);
    expectCode(() => verifyCard(answerCard(bob.peer), 'answer'), 'RELAY_HTTPS_REQUIRED');
    const answer = { type: INVITATION_ANSWER_TYPE, contact: answerCard(bob.peer) };
    expectCode(() => finalizeInvitation(alice, answer, { now: NOW + 2 }), 'RELAY_HTTPS_REQUIRED');
  });

  it('accepts a relay on the home network over http, and https anywhere', () => {
    const text = encodeInvitationText(inviterCard(inviteVia(LAN_HTTP)));
    const card = decodeInvitationText(text);
    expect(card.pullServers.map((s) => s.url)).toContain(LAN_HTTP);
    const bob = accept(card, 'http://nas.local:8787');
    expect(bob.peer.contactPullServers.map((s) => s.url)).toContain(LAN_HTTP);
    expect(verifyCard(answerCard(bob.peer), 'answer').pullServers[0]?.url).toBe(
      'http://nas.local:8787',
    );
  });
});
