import { execFile, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../testkit/relay-process';
import { makeTempDir, type TempDir } from '../../testkit/tmp';

const BIN = resolve('main/cli/bin.mjs');
const ENV = { ...process.env, MEOW_PASSWORD: 'correct horse battery' };

function meow(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [BIN, ...args, '--json'],
      { env: ENV, timeout: 60_000 },
      (err, stdout, stderr) => {
        if (err) fail(new Error(`meow ${args.join(' ')} failed: ${stderr}`, { cause: err }));
        else done(stdout);
      },
    );
  });
}

/** Runs `meow watch` until a JSON line with the given event appears, then stops it. */
function watchUntil(profile: string, event: string): Promise<Record<string, unknown>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'watch', '--profile', profile, '--json'], {
      env: ENV,
    });
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`no ${event} from watch`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split('\n').slice(0, -1)) {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (parsed.event === event) {
          clearTimeout(timer);
          child.once('exit', () => {
            done(parsed);
          });
          child.kill('SIGTERM');
          return;
        }
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
  });
}

describe('meow CLI: two people chat through a relay', () => {
  let relay: RelayProcess;
  let tmp: TempDir;
  beforeAll(async () => {
    relay = await startRelayProcess();
    tmp = await makeTempDir('meow-cli-chat-');
  });
  afterAll(async () => {
    await relay.stop();
    await tmp.cleanup();
  });

  it('invite, accept, finalize, send and read a message, all from the command line', async () => {
    const alice = resolve(tmp.path, 'alice');
    const bob = resolve(tmp.path, 'bob');
    for (const [dir, nick] of [
      [alice, 'Alice'],
      [bob, 'Bob'],
    ] as const) {
      await meow(['init', '--nickname', nick, '--profile', dir]);
      await meow(['servers', 'add', relay.url, '--profile', dir]);
    }
    const invitation = JSON.parse(await meow(['invite', '--name', 'Bob', '--profile', alice])) as {
      text: string;
      peerUid: string;
    };
    expect(invitation.text).toMatch(/^meow:1:/);
    const accepted = JSON.parse(
      await meow(['accept', '--text', invitation.text, '--name', 'Alice', '--profile', bob]),
    ) as { peerUid: string };

    const finalized = await watchUntil(alice, 'invitation.finalized');
    expect(finalized.peerUid).toBe(invitation.peerUid);

    const sent = JSON.parse(
      await meow(['send', invitation.peerUid, 'hello from the terminal', '--profile', alice]),
    ) as { state: string };
    expect(sent.state).toBe('sent');
    const received = await watchUntil(bob, 'message.received');
    expect(received.text).toBe('hello from the terminal');

    const history = JSON.parse(await meow(['messages', accepted.peerUid, '--profile', bob])) as {
      text: string;
    }[];
    expect(history.map((m) => m.text)).toEqual(['hello from the terminal']);

    const hits = JSON.parse(await meow(['search', 'Hello TERM', '--profile', bob])) as {
      peerUid: string;
      snippet: string;
      ranges: [number, number][];
    }[];
    expect(hits).toEqual([
      expect.objectContaining({
        peerUid: accepted.peerUid,
        snippet: 'hello from the terminal',
        ranges: [
          [0, 5],
          [15, 23],
        ],
      }),
    ]);
    const none = await meow(['search', 'hello', '--peer', 'nobody', '--profile', bob]);
    expect(JSON.parse(none)).toEqual([]);
  });
});
