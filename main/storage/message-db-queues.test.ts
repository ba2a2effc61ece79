import { describe, expect, it } from 'vitest';
import { utf8 } from '../../core/crypto';
import { MessageDb } from './message-db';
import { codeOf, freshMessageDbs, must, sampleMessage } from './testing/helpers';

const { fresh, track } = freshMessageDbs();

const out = (uuid: string) => sampleMessage(uuid, `out ${uuid}`, { outbound: true });

describe('MessageDb outbox', () => {
  const job = (jobId: string, nextAttemptAt: number) => ({
    jobId,
    peerUid: 'alice',
    kind: 'message',
    payload: utf8(`payload ${jobId}`),
    nextAttemptAt,
  });

  it('returns due jobs by next_attempt_at and records attempts', async () => {
    const { db } = await fresh();
    expect(db.nextJobDueAt()).toBeUndefined();
    db.enqueueJob({ ...job('late', 300), peerUid: 'carol' });
    db.enqueueJob({ ...job('early', 100), peerUid: 'bob' });
    db.enqueueJob(job('middle', 200));
    expect(db.enqueueJob(job('early', 999))).toBe(false);
    expect(db.nextJobDueAt()).toBe(100);
    expect(db.nextDueJobs(250, 10).map((j) => j.jobId)).toEqual(['early', 'middle']);
    expect(db.nextDueJobs(1000, 1).map((j) => j.jobId)).toEqual(['early']);
    db.markJobAttempt('early', 400, 'RELAY_UNAVAILABLE');
    const jobs = db.nextDueJobs(1000, 10);
    expect(jobs.map((j) => j.jobId)).toEqual(['middle', 'late', 'early']);
    expect(jobs[2]).toMatchObject({ attempts: 1, lastError: 'RELAY_UNAVAILABLE' });
    expect(jobs[2]?.payload).toEqual(utf8('payload early'));
    const ghost = () => {
      db.markJobAttempt('ghost', 1, null);
    };
    expect(codeOf(ghost)).toBe('STORAGE_NOT_FOUND');
    expect(db.completeJob('early')).toBe(true);
    expect(db.completeJob('early')).toBe(false);
  });

  it("keeps each peer's queue in order when a job is deferred or queued behind a wait", async () => {
    const { db } = await fresh();
    db.enqueueJob(job('a1', 0));
    db.enqueueJob(job('a2', 0));
    db.enqueueJob({ ...job('b1', 0), peerUid: 'bob' });
    db.deferPeerJobs({ jobId: 'a1', peerUid: 'alice' }, 500, 'RELAY_UNAVAILABLE');
    db.enqueueJob(job('a3', 0)); // written during the outage: due no earlier than a1, a2
    expect(db.nextDueJobs(499, 10).map((j) => j.jobId)).toEqual(['b1']);
    expect(db.nextJobDueAt()).toBe(0);
    db.completeJob('b1');
    expect(db.nextJobDueAt()).toBe(500);
    const due = db.nextDueJobs(500, 10);
    expect(due.map((j) => j.jobId)).toEqual(['a1', 'a2', 'a3']);
    expect(due[0]).toMatchObject({ attempts: 1, lastError: 'RELAY_UNAVAILABLE' });
    expect(due[1]).toMatchObject({ attempts: 0, lastError: null });
  });

  it('completes a job and updates its message in one transaction', async () => {
    const { db } = await fresh();
    db.insertMessage('alice', out('u1'));
    db.enqueueJob(job('j1', 0));
    expect(() =>
      db.transaction(() => {
        db.completeJob('j1');
        db.updateState('alice', 'u1', 'sent');
        throw new Error('crash between the two');
      }),
    ).toThrow('crash between the two');
    expect(db.nextDueJobs(1, 10)).toHaveLength(1);
    expect(must(db.getMessage('alice', 'u1')).state).toBe('pending');
    db.transaction(() => {
      db.completeJob('j1');
      db.updateState('alice', 'u1', 'sent');
    });
    expect(db.nextDueJobs(1, 10)).toHaveLength(0);
    expect(must(db.getMessage('alice', 'u1')).state).toBe('sent');
  });
});

describe('MessageDb dedup tables', () => {
  it('reports device syncs and envelopes seen before, across reopen', async () => {
    const { db, file, key, clock } = await fresh();
    expect(db.seenDeviceSync('d1')).toBe(false);
    expect(db.seenDeviceSync('d1')).toBe(true);
    const hash = new Uint8Array(32).fill(7);
    expect(db.seenEnvelope(hash)).toBe(false);
    expect(db.seenEnvelope(Uint8Array.from(hash))).toBe(true);
    db.close();
    const again = MessageDb.open(file, key, { now: clock.now });
    track(again);
    expect(again.seenDeviceSync('d1')).toBe(true);
    expect(again.seenEnvelope(hash)).toBe(true);
    clock.tick(10);
    expect(again.pruneSeen(clock.now())).toBe(2);
    expect(again.seenDeviceSync('d1')).toBe(false);
    expect(codeOf(() => again.seenEnvelope(new Uint8Array()))).toBe('INVALID_ARGUMENT');
  });

  it('forgets a seen mark when its transaction rolls back', async () => {
    const { db } = await fresh();
    const apply = () =>
      db.transaction(() => {
        if (db.seenDeviceSync('sync-1')) return 'duplicate';
        db.insertMessage('alice', sampleMessage('u1', 'synced'));
        throw new Error('store failed');
      });
    expect(apply).toThrow('store failed');
    expect(db.seenDeviceSync('sync-1')).toBe(false);
  });

  it("looks up a received unit's envelope hashes at once, whatever their number", async () => {
    const { db } = await fresh();
    const hashes = Array.from({ length: 1_203 }, (_, i) => {
      const hash = new Uint8Array(32);
      new DataView(hash.buffer).setUint32(0, i);
      return hash;
    });
    const seen = hashes.filter((_, i) => i % 7 === 0 || i === 1_202);
    for (const hash of seen) db.seenEnvelope(hash);
    const hex = (h: Uint8Array) => Buffer.from(h).toString('hex');
    expect(db.knownEnvelopes(hashes)).toEqual(new Set(seen.map(hex)));
    expect(db.knownEnvelopes(hashes.slice(1, 3))).toEqual(new Set());
    expect(db.knownEnvelopes([])).toEqual(new Set());
    expect(codeOf(() => db.knownEnvelopes([new Uint8Array()]))).toBe('INVALID_ARGUMENT');
  });
});

describe('MessageDb owed acks', () => {
  it('counts the acks owed to a contact up to a limit', async () => {
    const { db } = await fresh();
    for (let i = 0; i < 5; i++) db.addAckOwed('alice', { uuid: `u${i}`, kind: 'delivered', at: i });
    db.addAckOwed('bob', { uuid: 'u0', kind: 'delivered', at: 0 });
    expect(db.countAcksOwed('alice', 10)).toBe(5);
    expect(db.countAcksOwed('alice', 3)).toBe(3);
    expect(db.countAcksOwed('bob', 10)).toBe(1);
    expect(db.countAcksOwed('carol', 10)).toBe(0);
  });

  it("keeps a received unit's acks in one row: read, counted and removed like the others", async () => {
    const { db, file, key } = await fresh();
    const delivered = (uuid: string, at: number) => ({ uuid, kind: 'delivered' as const, at });
    db.addAckOwed('alice', { uuid: 'r1', kind: 'read', at: 5 });
    db.transaction(() => {
      db.addAcksOwedForUnit('alice', [delivered('a', 1), delivered('b', 2), delivered('a', 1)]);
      db.addAcksOwedForUnit('alice', [delivered('c', 3), delivered('d', 4)]);
      db.addAcksOwedForUnit('alice', []); // nothing owed: no row
    });
    db.addAcksOwedForUnit('bob', [delivered('a', 9)]);
    expect(db.countAcksOwed('alice', 100)).toBe(5);
    expect(db.countAcksOwed('alice', 2)).toBe(2);
    expect(db.peersOwedAcks()).toEqual(['alice', 'bob']);
    expect(db.acksOwed('alice', 100).map((a) => a.uuid)).toEqual(['a', 'b', 'c', 'd', 'r1']);
    expect(db.acksOwed('alice', 3).map((a) => a.uuid)).toEqual(['a', 'b', 'r1']);

    // Durable, and part of the same reads after a reopen.
    db.close();
    const again = track(MessageDb.open(file, key));
    // Removing part of a unit leaves the rest owed; the whole of it removes the row.
    expect(again.removeAcksOwed('alice', [delivered('b', 2), delivered('c', 3)])).toBe(2);
    expect(again.acksOwed('alice', 100).map((a) => a.uuid)).toEqual(['a', 'd', 'r1']);
    expect(
      again.removeAcksOwed('alice', [delivered('a', 1), delivered('d', 4), delivered('x', 0)]),
    ).toBe(2);
    expect(again.removeAcksOwed('alice', [{ uuid: 'r1', kind: 'read', at: 5 }])).toBe(1);
    expect(again.acksOwed('alice', 100)).toEqual([]);
    expect(again.peersOwedAcks()).toEqual(['bob']);
  });

  it("rolls a unit's owed acks back with its transaction", async () => {
    const { db } = await fresh();
    expect(() =>
      db.transaction(() => {
        db.addAcksOwedForUnit('alice', [{ uuid: 'a', kind: 'delivered', at: 1 }]);
        throw new Error('the unit failed');
      }),
    ).toThrow('the unit failed');
    expect(db.acksOwed('alice', 10)).toEqual([]);
    expect(db.peersOwedAcks()).toEqual([]);
  });
});
