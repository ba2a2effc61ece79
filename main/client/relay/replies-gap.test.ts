import { describe, expect, it } from 'vitest';
import { meow } from '../../../proto';
import { RelayClientError } from './errors';
import { queueBatches } from './replies';

/** The gap fields of a pull reply (PROTOCOL.md §8 "Expiry and gaps"), read and checked. */
const key = new Uint8Array(32).fill(4);
const request = { lookupKey: key, pullToken: new Uint8Array(32), after: 7 };

function batches(fields: meow.IQueueBatch) {
  const reply = meow.FromServerMessage.create({
    chat: [{ lookupKey: key, cursor: 7, ...fields }],
  });
  return queueBatches(reply, [request]);
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof RelayClientError ? err.code : 'other';
  }
  return 'no error';
}

describe('queue batch gaps', () => {
  it('reads expired and expired_unknown', () => {
    expect(batches({ expired: 3 })[0]).toMatchObject({ expired: 3, expiredUnknown: false });
    expect(batches({ expiredUnknown: true })[0]).toMatchObject({
      expired: 0,
      expiredUnknown: true,
    });
  });

  it('reports no gap when the relay says nothing (an older relay)', () => {
    expect(batches({})[0]).toMatchObject({ expired: 0, expiredUnknown: false });
  });

  it('refuses a count that is not a safe non-negative integer', () => {
    expect(codeOf(() => batches({ expired: 2 ** 53 }))).toBe('RELAY_BAD_REPLY');
    expect(codeOf(() => batches({ expired: -1 }))).toBe('RELAY_BAD_REPLY');
    expect(codeOf(() => batches({ expired: 1.5 }))).toBe('RELAY_BAD_REPLY');
  });

  it('ignores gap fields on a batch refused for its proof', () => {
    const [batch] = batches({ errorCode: 'BAD_PROOF', expired: 9 });
    expect(batch).toMatchObject({ errorCode: 'BAD_PROOF', expired: 0, expiredUnknown: false });
  });
});
