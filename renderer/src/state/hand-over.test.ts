// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_WRITE_BYTES, type CommandArgs } from '@meow/contract';
import { fromBase64 } from '../lib/attachments';
import { useFakeApi } from '../test/fake-api';
import { MeowError } from '../transport/errors';
import { FILES_AT_ONCE, handOver, stopHandOvers, useHandOver } from './hand-over';

const fake = useFakeApi();

function bytes(n: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) % 251;
  return out;
}

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/** Every write, in the order it was made. */
function recordWrites(): CommandArgs<'attachments.write'>[] {
  const writes: CommandArgs<'attachments.write'>[] = [];
  fake.current.handle('attachments.write', (args) => {
    writes.push(args);
    return Promise.resolve(null);
  });
  return writes;
}

function joined(writes: readonly CommandArgs<'attachments.write'>[], localId: string) {
  const parts = writes.filter((w) => w.localId === localId).map((w) => fromBase64(w.data));
  return Buffer.concat(parts);
}

describe('handOver', () => {
  it('hands each file over in pieces of MAX_ATTACHMENT_WRITE_BYTES, in order', async () => {
    const writes = recordWrites();
    const big = bytes(2 * MAX_ATTACHMENT_WRITE_BYTES + 1000, 1);
    const small = bytes(10, 2);
    await handOver([
      { localId: 'big', blob: new Blob([big]) },
      { localId: 'empty', blob: new Blob([]) },
      { localId: 'small', blob: new Blob([small]) },
    ]);
    const pieces = writes.filter((w) => w.localId === 'big').map((w) => fromBase64(w.data).length);
    expect(pieces).toEqual([MAX_ATTACHMENT_WRITE_BYTES, MAX_ATTACHMENT_WRITE_BYTES, 1000]);
    expect(same(joined(writes, 'big'), big)).toBe(true);
    expect(same(joined(writes, 'small'), small)).toBe(true);
    // A zero-byte file needs no write.
    expect(writes.some((w) => w.localId === 'empty')).toBe(false);
    expect(useHandOver.getState()).toEqual({ active: {}, errors: {} });
  });

  it('waits for each piece to be taken, and runs at most FILES_AT_ONCE files side by side', async () => {
    const pending: { localId: string; resolve: () => void }[] = [];
    fake.current.handle(
      'attachments.write',
      (args) =>
        new Promise((resolve) => {
          pending.push({
            localId: args.localId,
            resolve: () => {
              resolve(null);
            },
          });
        }),
    );
    const files = ['f0', 'f1', 'f2', 'f3', 'f4'].map((localId, i) => ({
      localId,
      blob: new Blob([bytes(MAX_ATTACHMENT_WRITE_BYTES + 5, i)]),
    }));
    const done = handOver(files);
    await expect.poll(() => pending.length).toBe(FILES_AT_ONCE);
    // One piece per file in flight; the first files first.
    expect(pending.map((p) => p.localId)).toEqual(['f0', 'f1', 'f2']);
    pending.shift()?.resolve(); // f0's first piece taken: its second goes, nothing else
    await expect.poll(() => pending.map((p) => p.localId)).toEqual(['f1', 'f2', 'f0']);
    // Drain everything: f3 starts only once a file is done.
    while (pending.length > 0) {
      pending.shift()?.resolve();
      await new Promise((r) => {
        setTimeout(r, 0);
      });
    }
    await done;
    expect(fake.current.commands['attachments.write']).toHaveBeenCalledTimes(10);
  });

  it('stops a file whose write fails and keeps its sentence; the others go on', async () => {
    const writes: string[] = [];
    fake.current.handle('attachments.write', (args) => {
      writes.push(args.localId);
      if (args.localId === 'bad') {
        return Promise.reject(new MeowError('ATTACHMENT_SOURCE_UNREADABLE', 'gone'));
      }
      return Promise.resolve(null);
    });
    await handOver([
      { localId: 'bad', blob: new Blob([bytes(MAX_ATTACHMENT_WRITE_BYTES * 2, 1)]) },
      { localId: 'good', blob: new Blob([bytes(MAX_ATTACHMENT_WRITE_BYTES * 2, 2)]) },
    ]);
    expect(writes.filter((w) => w === 'bad')).toHaveLength(1);
    expect(writes.filter((w) => w === 'good')).toHaveLength(2);
    expect(useHandOver.getState().errors.bad).toMatch(/could not read that file/);
    expect(useHandOver.getState().errors.good).toBeUndefined();
  });

  it('says so when the page can no longer read the file', async () => {
    recordWrites();
    const gone = new Blob([bytes(10, 1)]);
    gone.slice = () => {
      const broken = new Blob();
      broken.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
      return broken;
    };
    await handOver([{ localId: 'gone', blob: gone }]);
    expect(fake.current.commands['attachments.write']).not.toHaveBeenCalled();
    expect(useHandOver.getState().errors.gone).toMatch(/Check that it still exists/);
  });

  it('stops writing on lock', async () => {
    let release: () => void = () => undefined;
    fake.current.handle(
      'attachments.write',
      () =>
        new Promise((resolve) => {
          release = () => {
            resolve(null);
          };
        }),
    );
    const done = handOver([
      { localId: 'x', blob: new Blob([bytes(MAX_ATTACHMENT_WRITE_BYTES * 3, 1)]) },
    ]);
    await expect.poll(() => fake.current.commands['attachments.write'].mock.calls.length).toBe(1);
    stopHandOvers();
    release();
    await done;
    expect(fake.current.commands['attachments.write']).toHaveBeenCalledTimes(1);
    expect(useHandOver.getState().active).toEqual({});
  });
});
