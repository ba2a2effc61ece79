import { describe, expect, it } from 'vitest';
import { freshMessageDbs, sampleMessage } from './testing/helpers';

const { fresh } = freshMessageDbs();

describe('peer removals', () => {
  it('clears a conversation up to a time, and an older copy is not stored again', async () => {
    const { db } = await fresh();
    db.insertMessage('bob', sampleMessage('old', 'old', { createdAt: 100 }));
    db.insertMessage('bob', sampleMessage('new', 'new', { createdAt: 300 }));
    db.insertMessage('carol', sampleMessage('c', 'carol', { createdAt: 100 }));
    expect(db.transaction(() => db.clearConversation('bob', 200))).toBe(1);
    expect(db.getMessage('bob', 'old')).toBeUndefined();
    expect(db.getMessage('bob', 'new')).toBeDefined();
    expect(db.getMessage('carol', 'c')).toBeDefined();
    // A late sibling copy of a cleared message stays out; a later message goes in.
    expect(db.insertMessage('bob', sampleMessage('late', 'x', { createdAt: 150 })).inserted).toBe(
      false,
    );
    expect(db.insertMessage('bob', sampleMessage('later', 'y', { createdAt: 250 })).inserted).toBe(
      true,
    );
    // An older clear arriving later does not move the mark back.
    db.clearConversation('bob', 50);
    expect(db.peerRemoval('bob')).toEqual({ clearedAt: 200, deleted: false });
  });

  it('deletes everything about a contact for good', async () => {
    const { db } = await fresh();
    db.insertMessage('bob', sampleMessage('m', 'hello', { createdAt: 100 }));
    db.addAckOwed('bob', { uuid: 'm', kind: 'delivered', at: 100 });
    db.addAcksOwedForUnit('bob', [{ uuid: 'm2', kind: 'delivered', at: 100 }]);
    db.enqueueJob({ jobId: 'j', peerUid: 'bob', kind: 'message', payload: new Uint8Array(4) });
    db.transaction(() => {
      db.removePeerData('bob', 200);
    });
    expect(db.getMessage('bob', 'm')).toBeUndefined();
    expect(db.acksOwed('bob', 10)).toEqual([]);
    expect(db.hasJob('j')).toBe(false);
    expect(db.deletedPeers()).toEqual(['bob']);
    expect(db.insertMessage('bob', sampleMessage('n', 'x', { createdAt: 900 })).inserted).toBe(
      false,
    );
  });
});
