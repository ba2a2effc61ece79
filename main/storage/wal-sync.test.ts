import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempDirs } from './testing/helpers';
import { WalSync } from './wal-sync';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

describe('WalSync', () => {
  it('syncs the file, several at once, and refuses once closed', async () => {
    const file = join(await temp.make(), 'db-wal');
    writeFileSync(file, 'frames');
    const wal = new WalSync(file);
    await expect(Promise.all([wal.sync(), wal.sync()])).resolves.toEqual([undefined, undefined]);
    const inFlight = wal.sync();
    wal.close();
    await expect(inFlight).resolves.toBeUndefined();
    await expect(wal.sync()).rejects.toMatchObject({ code: 'STORAGE_CLOSED' });
  });

  it('fails with STORAGE_IO when there is no log to sync', async () => {
    const wal = new WalSync(join(await temp.make(), 'missing-wal'));
    await expect(wal.sync()).rejects.toMatchObject({ code: 'STORAGE_IO' });
    wal.close();
  });
});
