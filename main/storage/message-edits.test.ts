import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDbKey } from './db-key';
import { MessageDb } from './message-db';
import {
  currentVersionOnly,
  deletePatch,
  editPatch,
  mergeModification,
  revisionOf,
} from './message-edits';
import { sampleMessage, TempDirs } from './testing/helpers';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

const edit = (editUuid: string, revision: number, sent: number, text: string) => ({
  editUuid,
  revision,
  sent,
  text,
});

describe('message edits', () => {
  it('keeps every version and shows the highest revision, in any order', () => {
    const base = sampleMessage('m1', 'first');
    const a = editPatch(edit('e1', 1, 2_000, 'second'));
    const b = editPatch(edit('e2', 2, 3_000, 'third'));
    const ab = mergeModification(mergeModification(base, a) ?? base, b);
    const ba = mergeModification(mergeModification(base, b) ?? base, a);
    expect(ab?.text).toBe('third');
    expect(ba?.text).toBe('third');
    expect(ab?.edits?.map((e) => e.text)).toEqual(['first', 'second', 'third']);
    expect(ba?.edits).toEqual(ab?.edits);
    expect(ab?.editedAt).toBe(3_000);
    expect(revisionOf(ab ?? base)).toBe(2);
    expect(mergeModification(ab ?? base, a)).toBeUndefined(); // seen before
  });

  it('breaks a tie of revisions by sent time, then by edit uuid', () => {
    const base = sampleMessage('m1', 'first');
    const x = editPatch(edit('ex', 1, 2_000, 'x'));
    const y = editPatch(edit('ey', 1, 2_000, 'y'));
    const xy = mergeModification(mergeModification(base, x) ?? base, y);
    const yx = mergeModification(mergeModification(base, y) ?? base, x);
    expect(xy?.text).toBe('y');
    expect(yx?.text).toBe('y');
  });

  it('a delete purges text and history and later edits change nothing', () => {
    const base = sampleMessage('m1', 'first');
    const edited = mergeModification(base, editPatch(edit('e1', 1, 2_000, 'second'))) ?? base;
    const gone = mergeModification(edited, deletePatch('everyone'));
    expect(gone).toMatchObject({ text: '', edits: [], deleted: 'everyone' });
    expect(mergeModification(gone ?? base, editPatch(edit('e2', 2, 3_000, 'x')))).toBeUndefined();
    expect(mergeModification(gone ?? base, deletePatch('me'))).toBeUndefined();
  });

  it('keeps a bounded history: the newest versions, the same on every device', () => {
    let m = sampleMessage('m1', 'first');
    const big = 'x'.repeat(100 * 1024);
    for (let r = 1; r <= 20; r++) {
      m = mergeModification(m, editPatch(edit(`e${r}`, r, 1_000 + r, `${r} ${big}`))) ?? m;
    }
    expect(m.text).toBe(`20 ${big}`);
    expect(m.edits?.map((e) => e.revision)).toEqual([19, 20]); // 2 × 100 KiB fit in 256 KiB
    let small = sampleMessage('m2', 'first');
    for (let r = 1; r <= 20; r++) {
      small = mergeModification(small, editPatch(edit(`s${r}`, r, 1_000 + r, `v${r}`))) ?? small;
    }
    expect(small.edits).toHaveLength(16);
    expect(small.edits?.[15]?.text).toBe('v20');
  });

  it('a history copy carries only the current version', () => {
    const base = sampleMessage('m1', 'first');
    const edited = mergeModification(base, editPatch(edit('e1', 1, 2_000, 'second'))) ?? base;
    const copy = currentVersionOnly(edited);
    expect(copy.text).toBe('second');
    expect(copy.edits?.map((e) => e.text)).toEqual(['second']);
  });

  it('a change held for a message not stored yet is applied when it arrives', async () => {
    const db = MessageDb.open(join(await temp.make(), 'messages.db'), generateDbKey());
    db.holdModification('p1', 'm1', editPatch(edit('e1', 1, 2_000, 'second')));
    db.insertMessage('p1', sampleMessage('m1', 'first'));
    expect(db.getMessage('p1', 'm1')?.message.text).toBe('second');
    expect(db.modifyMessage('p1', 'm1', deletePatch('everyone'))).toBe(true);
    expect(db.getMessage('p1', 'm1')?.message.text).toBe('');
    expect(db.modifyMessage('p1', 'm1', deletePatch('everyone'))).toBe(false);
    db.close();
  });
});
