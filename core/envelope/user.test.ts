import { describe, expect, it } from 'vitest';
import { meow } from '../../proto';
import { randomBytes, toHex } from '../crypto';
import { AppError, type ErrorCode } from '../errors';
import { serializeRatchetState } from '../ratchet';
import { makePair, type Side } from './testing';
import { PAD_ALLOWANCE } from './content';
import { paddedLength } from './padding';
import { envelopeHash, openUserMessage, sealUserMessage, USER_ENVELOPE_OVERHEAD } from './user';

function send(from: Side, text: string): meow.PackedUserMessage {
  const sealed = sealUserMessage(
    { type: 'text', text, status: { uuid: crypto.randomUUID(), sent: Date.now() } },
    from.channel,
    from.ratchet,
  );
  from.ratchet = sealed.ratchet;
  return sealed.packed;
}

function receive(to: Side, packed: meow.IPackedUserMessage): meow.UserMessage {
  const opened = openUserMessage(packed, to.channel, to.ratchet);
  to.ratchet = opened.ratchet;
  return opened.message;
}

function expectRejected(to: Side, packed: meow.IPackedUserMessage, code: ErrorCode): void {
  const before = serializeRatchetState(to.ratchet);
  let caught: unknown;
  try {
    openUserMessage(packed, to.channel, to.ratchet);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
  expect(serializeRatchetState(to.ratchet)).toBe(before);
}

describe('user envelope', () => {
  it('carries messages both ways, either side first, with every field intact', () => {
    const { inviter, answerer } = makePair();
    for (let round = 0; round < 20; round++) {
      const [from, to] = round % 3 === 0 ? [inviter, answerer] : [answerer, inviter];
      const text = `message ${round} 🐱 ${'x'.repeat(round * 17)}`;
      const received = receive(to, send(from, text));
      expect(received.type).toBe('text');
      expect(received.text).toBe(text);
      expect(received.status?.uuid).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('hides length within a bucket: a 2-byte and a 150-byte text give equal payload sizes', () => {
    const { inviter } = makePair();
    const a = send(inviter, 'hi');
    const b = send(inviter, 'y'.repeat(150));
    expect(a.payload.length).toBe(b.payload.length);
    // The bucket of content + PAD_ALLOWANCE (PROTOCOL.md §4), not of the encoded size.
    expect(a.payload.length).toBe(512 + USER_ENVELOPE_OVERHEAD);
    const longest = send(inviter, 'z'.repeat(511 - PAD_ALLOWANCE));
    expect(longest.payload.length).toBe(512 + USER_ENVELOPE_OVERHEAD);
    const over = send(inviter, 'z'.repeat(512 - PAD_ALLOWANCE));
    expect(over.payload.length).toBe(1024 + USER_ENVELOPE_OVERHEAD);
  });

  it('seals a device sync that mirrors a text to the size of the text', () => {
    const { inviter, answerer } = makePair();
    for (const length of [0, 100, 178, 179, 700, 3000, 20_000]) {
      const text = 'é'.repeat(length);
      const chat = send(inviter, text);
      const dbMessage = { outbound: true, type: 'text', text, state: 'delivered', readAt: 1 };
      const appdata = meow.DeviceSyncPayload.encode({ syncType: 'msg', dbMessage }).finish();
      const sync = sealUserMessage(
        { type: 'device_sync', appdata, status: { uuid: 'msg.x', sent: Date.now() } },
        answerer.channel,
        answerer.ratchet,
      ).packed;
      expect(sync.payload.length, `${length}`).toBe(chat.payload.length);
    }
  });

  it('opens what it sealed in any bucket the content asked for', () => {
    const { inviter, answerer } = makePair();
    const appdata = meow.DeviceSyncPayload.encode({
      syncType: 'msg',
      dbMessage: { type: 'text', text: 'q'.repeat(5000) },
    }).finish();
    const packed = sealUserMessage(
      { type: 'device_sync', appdata },
      inviter.channel,
      inviter.ratchet,
    ).packed;
    expect(packed.payload.length).toBe(paddedLength(5000 + PAD_ALLOWANCE) + USER_ENVELOPE_OVERHEAD);
    expect(toHex(receive(answerer, packed).appdata)).toBe(toHex(appdata));
  });

  it('rejects a message for another queue, leaving the ratchet untouched', () => {
    const { inviter, answerer } = makePair();
    const packed = send(inviter, 'hello');
    expectRejected(
      answerer,
      { payload: packed.payload, destination: randomBytes(32) },
      'ENVELOPE_WRONG_DESTINATION',
    );
    expect(receive(answerer, packed).text).toBe('hello');
  });

  it('rejects any flipped payload byte at the outer box and changes nothing', () => {
    const { inviter, answerer } = makePair();
    const packed = send(inviter, 'tamper me');
    for (let i = 0; i < packed.payload.length; i += 7) {
      const payload = Uint8Array.from(packed.payload);
      payload[i] = (payload[i] ?? 0) ^ 0x01;
      expectRejected(answerer, { destination: packed.destination, payload }, 'ENVELOPE_BOX_FAILED');
    }
    expect(receive(answerer, packed).text).toBe('tamper me');
  });

  it('rejects the symmetric layer under a wrong MySymKey', () => {
    const { inviter, answerer } = makePair();
    const packed = send(inviter, 'x');
    const wrong: Side = { ...answerer, channel: { ...answerer.channel, symKey: randomBytes(32) } };
    expectRejected(wrong, packed, 'ENVELOPE_SYM_FAILED');
  });

  it('rejects a message from another relationship and a replayed envelope', () => {
    const first = makePair();
    const second = makePair();
    const foreign = send(second.inviter, 'not for you');
    expectRejected(
      first.answerer,
      { payload: foreign.payload, destination: first.answerer.lookup.lookupKey },
      'ENVELOPE_BOX_FAILED',
    );

    const packed = send(first.inviter, 'once');
    const hash = toHex(envelopeHash(packed));
    receive(first.answerer, packed);
    expect(toHex(envelopeHash(packed))).toBe(hash);
    expectRejected(first.answerer, packed, 'RATCHET_DUPLICATE_MESSAGE');
  });

  it('rejects an oversized payload before any cryptography', () => {
    const { answerer } = makePair();
    expectRejected(
      answerer,
      { destination: answerer.lookup.lookupKey, payload: new Uint8Array(2 * 1024 * 1024) },
      'ENVELOPE_TOO_LARGE',
    );
  });
});
