import { describe, expect, it } from 'vitest';
import { concatBytes, randomBytes } from '../../core/crypto';
import { newLookupKeyPair } from '../../core/lookup';
import { decodeProto, encodeProto } from '../../core/wire';
import { meow } from '../../proto';
import type { ReadResult, StoredEntry } from '../store/types';
import { isPackedUserMessage } from './batches';
import { storedForm } from './push';
import { assembleBatches, planPulls, type PullResults } from './queues';

/** How the relay built a reply's batches before splicing: decode every entry, encode it all. */
function decodedBatches(
  plans: ReturnType<typeof planPulls>,
  results: PullResults,
): meow.IQueueBatch[] {
  return plans.map((plan, index) => {
    if (!plan.authorized)
      return { lookupKey: plan.key, cursor: plan.after, errorCode: 'BAD_PROOF' };
    const read = results[index];
    if (!read) return { lookupKey: plan.key, cursor: plan.after, more: true };
    const entries = read.entries.map((e) => {
      let message: meow.IPackedUserMessage | undefined;
      try {
        message = decodeProto(meow.PackedUserMessage, e.message);
      } catch {
        message = undefined;
      }
      return { seq: e.seq, message, receivedAt: e.receivedAt };
    });
    const last = read.entries[read.entries.length - 1];
    return {
      lookupKey: plan.key,
      entries,
      cursor: last ? last.seq : plan.after,
      more: read.more,
      expired: read.expired,
      expiredUnknown: read.expiredUnknown,
    };
  });
}

const reply = { version: 1, uuid: 'u', serverTime: 1_765_000_000_000, pushResults: [] };
const decoded = (bytes: Uint8Array): unknown =>
  meow.FromServerMessage.toObject(decodeProto(meow.FromServerMessage, bytes), {
    defaults: true,
    bytes: String,
  });

function entry(seq: number, message: Uint8Array): StoredEntry {
  return { seq, message, receivedAt: 1_765_000_000_000 + seq };
}

describe('assembleBatches: stored entries spliced into the reply', () => {
  it('decodes to exactly what decoding and re-encoding every entry gave', () => {
    const queues = Array.from({ length: 5 }, () => newLookupKeyPair());
    const requests = queues.map((q, i) => ({
      lookupKey: q.lookupKey,
      pullToken: i === 3 ? randomBytes(32) : q.pullToken, // queue 3: a failed proof
      after: 1_000 * i,
    }));
    const plans = planPulls(requests);
    const stored = (seq: number, size: number): StoredEntry =>
      entry(seq, storedForm(queues[0]?.lookupKey ?? randomBytes(32), randomBytes(size)));
    const results: PullResults = [
      {
        entries: [stored(1, 300), stored(2, 0), stored(3, 200), stored(2 ** 40, 5)],
        more: true,
        expired: 0,
        expiredUnknown: false,
      },
      { entries: [], more: false, expired: 7, expiredUnknown: true },
      {
        // damaged entries: a length past the end, a wire type that does not exist, nothing
        entries: [
          entry(5, Uint8Array.of(0x0a, 0x20, 1)),
          entry(6, Uint8Array.of(0x0f)),
          entry(7, new Uint8Array(0)),
        ],
        more: false,
        expired: 0,
        expiredUnknown: false,
      },
      undefined,
      undefined, // authorized, not reached by the budget
    ];
    const before = encodeProto(meow.FromServerMessage, {
      ...reply,
      chat: decodedBatches(plans, results),
    });
    const after = concatBytes(
      encodeProto(meow.FromServerMessage, reply),
      assembleBatches(plans, results),
    );
    expect(decoded(after)).toEqual(decoded(before));
    const chat = decodeProto(meow.FromServerMessage, after).chat;
    expect(chat.map((b) => b.entries?.length)).toEqual([4, 0, 3, 0, 0]);
    expect(
      (chat[2]?.entries ?? []).map((e) => e.message === null || e.message === undefined),
    ).toEqual([true, true, false]);
  });

  it('splices large batches (multi-byte lengths) intact', () => {
    const q = newLookupKeyPair();
    const plans = planPulls([{ lookupKey: q.lookupKey, pullToken: q.pullToken, after: 0 }]);
    const entries = Array.from({ length: 200 }, (_, i) =>
      entry(i + 1, storedForm(q.lookupKey, randomBytes(i * 40))),
    );
    const results: PullResults = [
      { entries, more: false, expired: 0, expiredUnknown: false } satisfies ReadResult,
    ];
    const after = concatBytes(
      encodeProto(meow.FromServerMessage, reply),
      assembleBatches(plans, results),
    );
    const batch = decodeProto(meow.FromServerMessage, after).chat[0];
    expect(batch?.cursor).toBe(200);
    expect((batch?.entries ?? []).map((e) => e.message?.payload?.length)).toEqual(
      entries.map((_, i) => i * 40),
    );
  });
});

describe('isPackedUserMessage', () => {
  it('accepts what the relay stores and unknown fields; refuses damaged bytes', () => {
    const key = randomBytes(32);
    expect(isPackedUserMessage(storedForm(key, randomBytes(100)))).toBe(true);
    expect(isPackedUserMessage(new Uint8Array(0))).toBe(true);
    expect(
      isPackedUserMessage(
        concatBytes(storedForm(key, randomBytes(3)), Uint8Array.of(0x20, 0x96, 0x01)),
      ),
    ).toBe(true);
    const full = storedForm(key, randomBytes(100));
    expect(isPackedUserMessage(full.subarray(0, full.length - 1))).toBe(false);
    expect(isPackedUserMessage(Uint8Array.of(0x08, 0x01))).toBe(false); // field 1 as a varint
    expect(isPackedUserMessage(Uint8Array.of(0x0b))).toBe(false); // a group
    expect(isPackedUserMessage(Uint8Array.of(0x00))).toBe(false); // field 0
    expect(isPackedUserMessage(Uint8Array.of(0x20, 0xff))).toBe(false); // varint cut off
  });
});
