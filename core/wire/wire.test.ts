import { describe, expect, it } from 'vitest';
import { meow } from '../../proto';
import { fromHex } from '../crypto';
import { AppError } from '../errors';
import { decodeProto, encodeProto } from './index';

describe('wire codec', () => {
  it('rejects 64-bit values that cannot round-trip as JS numbers', () => {
    // QueueAck{lookup_key = 07, cursor = 2^64 − 1}: would silently re-encode as cursor 0.
    const huge = fromHex('0a010718ffffffffffffffffff01');
    for (const input of [huge, Buffer.from(huge)]) {
      expect(() => decodeProto(meow.QueueAck, input)).toThrow(AppError);
    }
    const max = encodeProto(meow.QueueAck, { cursor: Number.MAX_SAFE_INTEGER });
    expect(decodeProto(meow.QueueAck, max).cursor).toBe(Number.MAX_SAFE_INTEGER);
    expect(decodeProto(meow.QueueAck, Buffer.from(max)).cursor).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reports malformed input as PROTO_DECODE_FAILED', () => {
    try {
      decodeProto(meow.UserMessage, Uint8Array.of(0x0a, 0xff));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('PROTO_DECODE_FAILED');
    }
  });
});
