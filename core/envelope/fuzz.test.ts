import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../testkit/prng';
import { meow } from '../../proto';
import { dhKeyPair, toHex } from '../crypto';
import { AppError } from '../errors';
import { serializeRatchetState } from '../ratchet';
import { decodeProto, encodeProto } from '../wire';
import {
  freshServerSession,
  openServerReply,
  openServerRequest,
  sealServerReply,
  sealServerRequest,
} from './server';
import { makePair } from './testing';
import { openUserMessage, sealUserMessage } from './user';

function mutate(valid: Uint8Array, rand: () => number): Uint8Array {
  const kind = Math.floor(rand() * 5);
  const out = Uint8Array.from(valid);
  const at = Math.floor(rand() * Math.max(1, out.length));
  switch (kind) {
    case 0: // bit flips
      for (let i = 0; i < 1 + Math.floor(rand() * 4); i++) {
        const j = Math.floor(rand() * out.length);
        out[j] = (out[j] ?? 0) ^ (1 << Math.floor(rand() * 8));
      }
      return out;
    case 1: // truncation
      return out.subarray(0, at);
    case 2: // insertion of random bytes
      return Uint8Array.from([
        ...out.subarray(0, at),
        ...random(rand, 1 + Math.floor(rand() * 8)),
        ...out.subarray(at),
      ]);
    case 3: // a huge varint length where a length is expected
      return Uint8Array.from([
        ...out.subarray(0, at),
        0x0a,
        0xff,
        0xff,
        0xff,
        0xff,
        0x0f,
        ...out.subarray(at),
      ]);
    default: // pure noise
      return random(rand, Math.floor(rand() * 600));
  }
}

function random(rand: () => number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

function onlyAppErrors(label: string, input: Uint8Array, fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof AppError)) {
      throw new Error(`${label}: non-AppError ${String(err)} for input ${toHex(input)}`, {
        cause: err,
      });
    }
  }
}

describe('envelope decoders under 10,000 random and mutated inputs', () => {
  it('yield only AppErrors, never another exception or a hang, and change no state', () => {
    const seed = Date.now() >>> 0;
    const rand = mulberry32(seed);
    const { inviter, answerer } = makePair();
    const server = dhKeyPair();
    const session = freshServerSession(server.publicKey);
    const signedSession = freshServerSession(server.publicKey, 1);
    const validUser = encodeProto(
      meow.PackedUserMessage,
      sealUserMessage({ type: 'text', text: 'fuzz' }, inviter.channel, inviter.ratchet).packed,
    );
    // Both envelope versions a relay opens: what the app sends, and the signed one.
    const validRequests = [session, signedSession].map((s) =>
      sealServerRequest({ uuid: 'f', messages: [{ destination: new Uint8Array(32) }] }, s),
    );
    const validReply = sealServerReply({ uuid: 'f', chat: [{ cursor: 3 }] }, session.boxKey);
    const before = serializeRatchetState(answerer.ratchet);

    const started = performance.now();
    for (let i = 0; i < 10_000; i++) {
      const which = i % 3;
      const validRequest = validRequests[i % 2] as Uint8Array;
      const input = mutate(which === 0 ? validUser : which === 1 ? validRequest : validReply, rand);
      if (which === 0) {
        onlyAppErrors(`user seed=${seed}`, input, () => {
          const packed = decodeProto(meow.PackedUserMessage, input);
          // Address it correctly so mutated payloads reach the inner layers too.
          openUserMessage(
            { payload: packed.payload, destination: answerer.lookup.lookupKey },
            answerer.channel,
            answerer.ratchet,
          );
        });
      } else if (which === 1) {
        onlyAppErrors(`request seed=${seed}`, input, () => openServerRequest(input, server));
      } else {
        onlyAppErrors(`reply seed=${seed}`, input, () => openServerReply(input, session));
      }
    }
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(serializeRatchetState(answerer.ratchet)).toBe(before);
  });
});
