import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { toHex } from '../../core/crypto';
import { generateDbKey } from './db-key';
import { openIdentityFile } from './identity-file';
import { MessageDb } from './message-db';
import { PeerStorage } from './peer-storage';
import { TempDirs } from './testing/helpers';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

const CRASH_MESSAGES = 50;
const SCRIPT = fileURLToPath(new URL('./testing/crash-writer.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the writer until it prints DONE, then SIGKILLs it; resolves when it has died. */
async function runAndKill(dir: string, dbKey: Uint8Array): Promise<NodeJS.Signals | null> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', SCRIPT, dir, toHex(dbKey), String(CRASH_MESSAGES)],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const done = new Promise<void>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('DONE')) resolve();
    });
    void exited.then(() => {
      reject(new Error(`writer exited before DONE: ${stderr}`));
    });
  });
  await done;
  child.kill('SIGKILL');
  const [, signal] = await exited;
  return signal;
}

describe('durability', () => {
  it('keeps everything written before a SIGKILL', async () => {
    const dir = await temp.make();
    const dbKey = generateDbKey();
    expect(await runAndKill(dir, dbKey)).toBe('SIGKILL');

    const identity = await openIdentityFile<{ n: number }>(join(dir, 'identity.json'), 'pw');
    expect(identity.data).toEqual({ n: 2 });

    const peers = await PeerStorage.open<{ name: string }>(join(dir, 'peers'), dbKey);
    expect(await peers.listPeers()).toEqual([{ name: 'Alice' }, { name: 'Bob' }]);
    await peers.close();

    const db = MessageDb.open(join(dir, 'messages.db'), dbKey);
    const page = db.listMessages('alice', { limit: 500 });
    expect(page.messages).toHaveLength(CRASH_MESSAGES);
    expect(page.messages[0]?.message.text).toBe(`message ${CRASH_MESSAGES - 1}`);
    expect(db.nextDueJobs(Date.now(), 10).map((j) => j.jobId)).toEqual(['job-1']);
    expect(db.seenDeviceSync('sync-1')).toBe(true);
    expect(db.seenDeviceSync('sync-redoable')).toBe(true);
    db.close();
  });
});
