import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { newLookupKeyPair } from '../core/lookup';
import { RelayTestClient, userMessage, batchOf } from './http/testing/client';
import { removeDir, tempDir } from './http/testing/relays';

/**
 * The relay as a real process (`tsx server/main.ts`): the start-up line, SIGKILL durability of
 * the embedded store, graceful SIGTERM, and exit code 2 on bad configuration. Node runs with
 * tsx's loader directly (not the tsx wrapper), so a signal reaches the relay itself.
 */
const children = new Set<ChildProcess>();
const dirs: string[] = [];

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly line: string;
}

function spawnRelay(args: string[]): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function startProcess(dataDir: string): Promise<Started> {
  const child = spawnRelay(['--port', '0', '--data-dir', dataDir]);
  if (!child.stdout) throw new Error('no stdout');
  const lines = createInterface({ input: child.stdout });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`relay exited early with ${String(code)}`);
  });
  const [line] = (await Promise.race([once(lines, 'line'), exited])) as [string];
  lines.close();
  const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
  if (!url) throw new Error(`unexpected start-up line: ${line}`);
  return { child, url, line };
}

async function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

afterEach(async () => {
  for (const child of children) child.kill('SIGKILL');
  await Promise.all([...children].map((c) => once(c, 'exit')));
  await Promise.all(dirs.splice(0).map(removeDir));
});

describe('relay process', () => {
  it('prints one parseable start-up line; queued messages survive SIGKILL', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const first = await startProcess(dir);
    expect(first.line).toMatch(
      /^meow relay listening on http:\/\/127\.0\.0\.1:\d+ \(store: embedded .+\) key fingerprint ([0-9a-f]{4} ){7}[0-9a-f]{4}$/,
    );
    const queue = newLookupKeyPair();
    const client = await RelayTestClient.connect(first.url);
    const push = await client.push([userMessage(queue), userMessage(queue), userMessage(queue)]);
    expect(push.reply.pushResults.every((r) => r.accepted)).toBe(true);

    first.child.kill('SIGKILL');
    await exitCode(first.child);

    const second = await startProcess(dir);
    // Same data folder, same relay key: the old session still opens.
    const again = new RelayTestClient(second.url, client.session.serverPublicKey, client.identity);
    const pulled = await again.pull([{ lookup: queue }]);
    const s = batchOf(pulled, 0).seqs[0] ?? 0;
    expect(batchOf(pulled, 0).seqs).toEqual([s, s + 1, s + 2]);
  });

  it('on SIGTERM answers a held long-poll at once and exits 0', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const relay = await startProcess(dir);
    const client = await RelayTestClient.connect(relay.url);
    const queue = newLookupKeyPair();
    const started = Date.now();
    const held = client.pull([{ lookup: queue }], 30_000);
    // Proves the poll is held (a plain request on the same relay returns first).
    await client.send({});
    relay.child.kill('SIGTERM');
    const reply = await held;
    expect(reply.status).toBe(200);
    expect(batchOf(reply, 0)).toMatchObject({ count: 0, cursor: 0 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await exitCode(relay.child)).toBe(0);
  });

  it('exits 2 with a clear message on bad configuration', async () => {
    const child = spawnRelay(['--port', 'nope']);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    expect(await exitCode(child)).toBe(2);
    expect(stderr).toContain('invalid --port "nope"');
  });
});
