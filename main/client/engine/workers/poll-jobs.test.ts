import { describe, expect, it } from 'vitest';
import type { ServerRef } from '../../model';
import type { QueueBatch } from '../../relay';
import { byRelationship } from './poll-jobs';
import { ackCursor } from './poll-worker';

const server: ServerRef = {
  url: 'https://relay.example',
  publicKey: 'k',
  signingKey: 's',
  name: 'r',
};
const queue = (peerUid: string, n: number) => ({
  peerUid,
  lookupKey: new Uint8Array(32).fill(n),
  pullToken: new Uint8Array(32).fill(n),
});

describe('separate connections: jobs by relationship', () => {
  it("keeps a contact's current and previous queues together, each relationship apart", () => {
    const jobs = byRelationship([
      { server, queues: [queue('bob', 1), queue('carol', 2), queue('bob', 3), queue('laptop', 4)] },
    ]);
    expect(jobs.map((j) => [j.lane, j.queues.map((q) => q.lookupKey[0])])).toEqual([
      ['bob', [1, 3]],
      ['carol', [2]],
      ['laptop', [4]],
    ]);
    expect(jobs.every((j) => j.server === server)).toBe(true);
  });
});

describe('what a handled batch acks', () => {
  const batch = (fields: Partial<QueueBatch>): QueueBatch => ({
    lookupKey: new Uint8Array(32),
    entries: [],
    cursor: 10,
    more: false,
    errorCode: '',
    expired: 0,
    expiredUnknown: false,
    ...fields,
  });
  const entry = { seq: 15, receivedAt: 1, message: null };

  it('acks the cursor of entries, and nothing for an empty batch', () => {
    expect(ackCursor(batch({ entries: [entry], cursor: 15, expired: 3 }))).toBe(15);
    expect(ackCursor(batch({}))).toBeUndefined();
    expect(ackCursor(batch({ expiredUnknown: true }))).toBeUndefined();
  });

  it('acks past a gap with nothing after it, so the relay stops reporting it', () => {
    expect(ackCursor(batch({ expired: 3 }))).toBe(13);
    // Not read this time (more, no entries): nothing known, nothing acked.
    expect(ackCursor(batch({ expired: 3, more: true }))).toBeUndefined();
    expect(ackCursor(batch({ cursor: Number.MAX_SAFE_INTEGER, expired: 1 }))).toBeUndefined();
  });
});
