import { describe, expect, it } from 'vitest';
import { utf8 } from '../../core/crypto';
import { deviceSyncJobId } from './outbox';
import { freshMessageDbs } from './testing/helpers';

const { fresh } = freshMessageDbs();

describe('MessageDb.deviceSyncsWaiting (the device list\'s "sync messages waiting")', () => {
  it('counts the sync outbox rows still owed to a device and its queued jobs', async () => {
    const { db } = await fresh();
    const sync = (dedupId: string, targets?: string[]) => {
      db.addSyncOut({ dedupId, kind: 'identity', ...(targets ? { targets } : {}) });
    };
    sync('to-everyone');
    sync('to-laptop', ['laptop']);
    sync('to-both', ['laptop', 'tablet']);
    sync('to-tablet', ['tablet']);
    // A paired device is owed the rows naming it and the unnamed ones; one still pairing only
    // the rows naming it (unnamed rows go to the devices paired when they are sent).
    expect(db.deviceSyncsWaiting('laptop', true)).toBe(3);
    expect(db.deviceSyncsWaiting('laptop', false)).toBe(2);
    expect(db.deviceSyncsWaiting('phone', true)).toBe(1);

    // The dispatcher seals "to-both" for the laptop: the row is done for it, a job waits.
    const row = db.syncOutPage(0, 10).find((r) => r.dedupId === 'to-both');
    db.transaction(() => {
      db.enqueueJob({
        jobId: deviceSyncJobId('laptop', 'to-both'),
        peerUid: 'laptop',
        kind: 'device_sync',
        payload: utf8('sealed'),
      });
      db.markSyncOutDone(row?.id ?? 0, 'laptop');
    });
    expect(db.deviceSyncsWaiting('laptop', true)).toBe(3);
    expect(db.deviceSyncsWaiting('tablet', true)).toBe(3);

    // The relay accepted the job.
    db.completeJob(deviceSyncJobId('laptop', 'to-both'));
    expect(db.deviceSyncsWaiting('laptop', true)).toBe(2);
  });
});
