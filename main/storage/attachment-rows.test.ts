import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../core/crypto';
import type { NewAttachmentRow } from './attachment-rows';
import { freshMessageDbs } from './testing/helpers';

const { fresh } = freshMessageDbs();

const SECRET = utf8('uploadtoken-0123456789abcdef0123');

function row(localId: string, over: Partial<NewAttachmentRow> = {}): NewAttachmentRow {
  return {
    localId,
    peerUid: 'bob',
    messageUuid: 'm1',
    position: 0,
    outbound: true,
    state: 'encrypting',
    plaintextLength: 1000,
    chunkCount: 1,
    secrets: { uploadToken: SECRET, sourcePath: '/home/alice/holiday.jpg', mimeType: 'image/jpeg' },
    ...over,
  };
}

describe('MessageDb attachments', () => {
  it('keeps rows per message and position, with sealed secrets', async () => {
    const { db, file } = await fresh();
    expect(db.addAttachment(row('a'))).toBe(true);
    expect(db.addAttachment(row('a'))).toBe(false); // same local id
    expect(db.addAttachment(row('b'))).toBe(false); // same message and position
    expect(db.addAttachment(row('b', { position: 1, state: 'uploading' }))).toBe(true);
    const rows = db.attachmentsOf('bob', 'm1');
    expect(rows.map((r) => [r.localId, r.state])).toEqual([
      ['a', 'encrypting'],
      ['b', 'uploading'],
    ]);
    expect(rows[0]?.secrets).toEqual({
      uploadToken: SECRET,
      sourcePath: '/home/alice/holiday.jpg',
      mimeType: 'image/jpeg',
    });
    db.close();
    // Neither the token nor the path is readable in the file.
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from('holiday'))).toBe(false);
    expect(bytes.includes(Buffer.from(SECRET))).toBe(false);
  });

  it('lists due work, retries later, and holds messages back until every upload is done', async () => {
    const { db } = await fresh();
    db.addAttachment(row('a'));
    db.addAttachment(row('b', { messageUuid: 'm2' }));
    db.addAttachment(row('c', { messageUuid: 'm3', outbound: false, state: 'on_request' }));
    expect(db.dueAttachments(0, 10).map((r) => r.localId)).toEqual(['a', 'b']);
    db.markAttachmentAttempt('a', 'encrypting', 500, 'RELAY_UNAVAILABLE');
    expect(db.dueAttachments(0, 10).map((r) => r.localId)).toEqual(['b']);
    expect(db.nextAttachmentDueAt()).toBe(0);
    expect(db.attachment('a')).toMatchObject({ attempts: 1, lastError: 'RELAY_UNAVAILABLE' });
    expect([...db.messagesAwaitingUpload()].sort()).toEqual(['bob m1', 'bob m2']);
    db.setAttachmentState('b', 'sent');
    expect(db.messagesAwaitingUpload()).toEqual(new Set(['bob m1']));
    db.setAttachmentState('a', 'uploading');
    expect(db.attachment('a')).toMatchObject({ attempts: 0, nextAttemptAt: 0, lastError: null });
    db.setAttachmentProgress('a', 1);
    expect(db.attachment('a')?.doneChunks).toBe(1);
    expect(db.removeMessageAttachments('bob', 'm1')).toEqual(['a']);
    expect(db.attachmentLocalIds().sort()).toEqual(['b', 'c']);
  });
});
