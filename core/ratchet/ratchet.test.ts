import { describe, expect, it } from 'vitest';
import { dhKeyPair, randomBytes, toHex, utf8 } from '../crypto';
import { deriveSessionSecret } from './kdf';
import {
  initAnswerer,
  initInitiator,
  primeWithRemoteRatchetKey,
  ratchetDecrypt,
  ratchetEncrypt,
  ratchetPublicKey,
} from './ratchet';
import { serializeRatchetState } from './state';
import { Party, parties, prng, shuffle } from './testing';

interface InFlight {
  readonly text: string;
  readonly wire: Uint8Array;
}

describe('Double Ratchet conversations', () => {
  it.each([true, false])(
    'delivers ≥1,000 messages in alternating bursts, reordered and with losses (primed: %s)',
    (primed) => {
      const rand = prng(primed ? 20261128 : 20261129);
      const [inviter, answerer] = parties(primed);
      // An unprimed inviter cannot speak first, so the answerer opens.
      const [first, second] = primed ? [inviter, answerer] : [answerer, inviter];
      let delivered = 0;
      let lost = 0;
      for (let burst = 0; delivered < 1200; burst++) {
        const [from, to] = burst % 2 === 0 ? [first, second] : [second, first];
        const size = 1 + Math.floor(rand() * 12);
        const sent = Array.from({ length: size }, (_, i) => ({
          text: `b${burst}m${i}`,
          wire: from.send(`b${burst}m${i}`),
        }));
        const order = burst % 3 === 0 ? shuffle([...sent], rand) : sent;
        for (const m of order) {
          if (rand() < 0.08) {
            lost++;
            continue;
          }
          expect(to.receive(m.wire)).toBe(m.text);
          delivered++;
        }
      }
      expect(lost).toBeGreaterThan(20);
    },
  );

  it.each([true, false])(
    'survives both directions in flight at once, reordered within windows and lossy (primed: %s)',
    (primed) => {
      const rand = prng(primed ? 7 : 8);
      const [inviter, answerer] = parties(primed);
      const toAnswerer: InFlight[] = [];
      const toInviter: InFlight[] = [];
      let sent = 0;
      let delivered = 0;
      // Delivers one message chosen among the oldest few in flight (a reordering window).
      const deliver = (queue: InFlight[], to: Party): void => {
        const pick = Math.floor(rand() * Math.min(queue.length, 6));
        const [m] = queue.splice(pick, 1);
        if (!m) return;
        if (rand() < 0.05) return; // lost in transit, never delivered
        expect(to.receive(m.wire)).toBe(m.text);
        delivered++;
      };
      while (sent < 1200 || toAnswerer.length + toInviter.length > 0) {
        const r = rand();
        const inviterCanSend = inviter.state.sendingChain !== null;
        if (sent < 1200 && r < 0.25 && inviterCanSend) {
          toAnswerer.push({ text: `i${sent}`, wire: inviter.send(`i${sent}`) });
          sent++;
        } else if (sent < 1200 && r < 0.5) {
          toInviter.push({ text: `a${sent}`, wire: answerer.send(`a${sent}`) });
          sent++;
        } else if (r < 0.75) {
          deliver(toAnswerer, answerer);
        } else {
          deliver(toInviter, inviter);
        }
      }
      expect(delivered).toBeGreaterThan(1000);
      expect(inviter.state.skipped.size + answerer.state.skipped.size).toBeGreaterThan(0);
    },
  );

  it('lets the inviter send first once primed, and the answerer reply', () => {
    const [inviter, answerer] = parties();
    expect(answerer.receive(inviter.send('hello from the inviter'))).toBe('hello from the inviter');
    expect(inviter.receive(answerer.send('hi back'))).toBe('hi back');
    expect(answerer.receive(inviter.send('again'))).toBe('again');
  });

  it('lets the answerer send first to an inviter that was primed, in any order', () => {
    const [inviter, answerer] = parties();
    const a1 = answerer.send('a1');
    const i1 = inviter.send('i1');
    expect(answerer.receive(i1)).toBe('i1');
    expect(inviter.receive(a1)).toBe('a1');
  });

  it('refuses to encrypt on an unprimed initiator that has heard nothing', () => {
    const [inviter, answerer] = parties(false);
    expect(() => inviter.send('too early')).toThrow(
      expect.objectContaining({ code: 'RATCHET_NOT_READY' }) as Error,
    );
    expect(inviter.receive(answerer.send('first'))).toBe('first');
    expect(answerer.receive(inviter.send('now possible'))).toBe('now possible');
  });

  it('refuses to prime twice or to prime an answerer', () => {
    const [inviter, answerer] = parties();
    const again = () => primeWithRemoteRatchetKey(inviter.state, dhKeyPair().publicKey);
    expect(again).toThrow(expect.objectContaining({ code: 'RATCHET_BAD_STATE' }) as Error);
    expect(() => primeWithRemoteRatchetKey(answerer.state, dhKeyPair().publicKey)).toThrow(
      expect.objectContaining({ code: 'RATCHET_BAD_STATE' }) as Error,
    );
  });

  it('delivers out-of-order messages across a DH ratchet step (skipped keys from the old chain)', () => {
    const [alice, bob] = parties();
    const early = alice.send('old chain 0');
    const late = alice.send('old chain 1');
    expect(bob.receive(late)).toBe('old chain 1');
    expect(alice.receive(bob.send('reply'))).toBe('reply');
    const next = alice.send('new chain 0');
    expect(bob.receive(next)).toBe('new chain 0');
    expect(bob.receive(early)).toBe('old chain 0');
  });
});

describe('purity and ownership', () => {
  it('never changes the input state of encrypt or decrypt', () => {
    const [inviter, answerer] = parties();
    const ad = utf8('ad');
    const inviterBefore = serializeRatchetState(inviter.state);
    const sent = ratchetEncrypt(inviter.state, utf8('x'), ad);
    expect(serializeRatchetState(inviter.state)).toBe(inviterBefore);
    const answererBefore = serializeRatchetState(answerer.state);
    ratchetDecrypt(answerer.state, sent.message, ad);
    expect(serializeRatchetState(answerer.state)).toBe(answererBefore);
  });

  it.each([true, false])(
    'keeps working after the caller wipes every input it passed in (primed: %s)',
    (primed) => {
      const drRootKey = randomBytes(32);
      const dhOutput = randomBytes(32); // stands in for DH(encryption keys), equal on both sides
      const drKp = dhKeyPair();
      const answererSk = deriveSessionSecret(drRootKey, dhOutput);
      const inviterSk = deriveSessionSecret(drRootKey, dhOutput);
      const drPublic = drKp.publicKey.slice();
      const answerer = new Party(initAnswerer(answererSk, drPublic));
      const card = ratchetPublicKey(answerer.state);
      const fresh = initInitiator(inviterSk, drKp);
      const inviter = new Party(primed ? primeWithRemoteRatchetKey(fresh, card) : fresh);
      for (const secret of [answererSk, inviterSk, drPublic, drKp.privateKey, card]) secret.fill(0);
      expect(toHex(ratchetPublicKey(answerer.state))).not.toBe(toHex(card));
      expect(inviter.receive(answerer.send('still fine'))).toBe('still fine');
      expect(answerer.receive(inviter.send('both ways'))).toBe('both ways');
    },
  );
});
