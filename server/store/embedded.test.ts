import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Level } from 'level';
import { makeTempDir } from '../../testkit/tmp';
import { runStoreContract } from './contract';
import { seqBase, toHex } from './codec';
import { EmbeddedStore } from './embedded';
import { freshKey, freshName, invitation, message } from './testing/helpers';
import type { QueueLimits } from './types';

runStoreContract('embedded', async (limits) => {
  const dir = await makeTempDir('meow-embedded-');
  let store = await EmbeddedStore.open(dir.path, limits);
  return {
    store,
    async reopen() {
      await store.close();
      store = await EmbeddedStore.open(dir.path, limits);
      return store;
    },
    async cleanup() {
      await store.close();
      await dir.cleanup();
    },
  };
});

const LIMITS: QueueLimits = { ttlMs: 1_000, maxLength: 100, maxBytes: 1 << 20, metaIdleMs: 2_000 };
const ROOMY: QueueLimits = {
  ttlMs: 3_600_000,
  maxLength: 1_000_000,
  maxBytes: 2 ** 40,
  metaIdleMs: 7_200_000,
};
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./testing/enqueue-child.ts', import.meta.url));

/** Runs the child until it reports ENQUEUED, then SIGKILLs it; resolves with the reported seq. */
function enqueueThenCrash(dataDir: string, count: number, keyHex: string): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, dataDir, String(count), keyHex],
    {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    let lastSeq: number | undefined;
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /ENQUEUED (\d+)/.exec(output);
      if (match && lastSeq === undefined) {
        lastSeq = Number(match[1]);
        child.kill('SIGKILL');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      if (lastSeq !== undefined && signal === 'SIGKILL') resolve(lastSeq);
      else reject(new Error(`child exited (${String(signal)}) before ENQUEUED:\n${output}`));
    });
  });
}

describe('embedded store: persistence', () => {
  it('keeps every resolved enqueue across a SIGKILL, and continues the seq above it', async () => {
    const dir = await makeTempDir('meow-embedded-crash-');
    const key = freshKey();
    try {
      const started = performance.now();
      const lastSeq = await enqueueThenCrash(dir.path, 200, toHex(key));
      console.log(
        `embedded crash child: 200 enqueues + SIGKILL in ${(performance.now() - started).toFixed(0)} ms`,
      );
      const store = await EmbeddedStore.open(dir.path, ROOMY);
      try {
        const { entries, more } = await store.read(key, 0, 1_000, Date.now());
        expect(more).toBe(false);
        const first = lastSeq - 199;
        expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 200 }, (_, i) => first + i));
        expect(await store.enqueue(key, message(1), Date.now())).toEqual({
          ok: true,
          seq: lastSeq + 1,
        });
      } finally {
        await store.close();
      }
    } finally {
      await dir.cleanup();
    }
  });

  it('refuses a second store on a folder that is in use', async () => {
    const dir = await makeTempDir('meow-embedded-lock-');
    const store = await EmbeddedStore.open(dir.path, LIMITS);
    try {
      await expect(EmbeddedStore.open(dir.path, LIMITS)).rejects.toThrow(/in use/);
    } finally {
      await store.close();
      await dir.cleanup();
    }
  });

  it('sweeps expired entries, idle metadata, replay records and invitations off the disk', async () => {
    const dir = await makeTempDir('meow-embedded-sweep-');
    let store = await EmbeddedStore.open(dir.path, LIMITS);
    const t0 = Date.now();
    try {
      const [old, fresh, idle] = [freshKey(), freshKey(), freshKey()];
      const b = seqBase(t0);
      await store.enqueue(idle, message(1), t0 - 1_000);
      await store.enqueue(old, message(1), t0);
      await store.enqueue(old, message(2), t0 + 500);
      await store.enqueue(fresh, message(3), t0 + 1_200);
      const code = freshName('code');
      await store.createInvitation(invitation(code, t0 + 1_100));
      expect(await store.remember('aa', 1_000, t0)).toBe(true);
      expect(await store.remember('bb', 1_500, t0)).toBe(true);
      // The store clock is now t0 + 1_200: `old`'s first entry, the invitation, the record 'aa'
      // and the metadata of `idle` (last used at t0 - 1_000) are past their time.
      await store.sweep();
      await store.close();
      store = await EmbeddedStore.open(dir.path, LIMITS);
      // Reading with an earlier `now` would show them again if they were merely hidden.
      const seqs = async (key: Uint8Array): Promise<number[]> =>
        (await store.read(key, 0, 10, t0)).entries.map((e) => e.seq);
      expect(await seqs(old)).toEqual([b + 2]);
      expect(await seqs(fresh)).toEqual([seqBase(t0 + 1_200) + 1]);
      expect(await store.read(idle, 5, 10, t0)).toMatchObject({
        entries: [],
        expiredUnknown: true,
      });
      expect(await store.getInvitation(code, t0)).toBeUndefined();
      expect(await store.remember('aa', 1_000, t0)).toBe(true);
      expect(await store.remember('bb', 1_000, t0)).toBe(false);
      expect(await store.enqueue(old, message(4), t0 + 1_200)).toEqual({ ok: true, seq: b + 3 });
    } finally {
      await store.close();
      await dir.cleanup();
    }
  });

  it('drops queues of the previous layout (s/ counters, entries without an offset)', async () => {
    const dir = await makeTempDir('meow-embedded-old-');
    const key = freshKey();
    const hex = toHex(key);
    const db = new Level<string, Uint8Array>(join(dir.path, 'store'), {
      keyEncoding: 'utf8',
      valueEncoding: 'view',
    });
    await db.put(`s/${hex}`, Buffer.from('7'));
    await db.put(`q/${hex}/${'7'.padStart(16, '0')}`, new Uint8Array(12));
    await db.close();
    const store = await EmbeddedStore.open(dir.path, LIMITS);
    try {
      const now = Date.now();
      expect(await store.read(key, 0, 10, now)).toMatchObject({ entries: [] });
      expect(await store.enqueue(key, message(1), now)).toEqual({
        ok: true,
        seq: seqBase(now) + 1,
      });
    } finally {
      await store.close();
      await dir.cleanup();
    }
  });
});
