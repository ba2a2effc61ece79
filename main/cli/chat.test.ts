import { execFile, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryArgs } from '../../testkit/entries';
import { startRelayProcess, type RelayProcess } from '../../testkit/relay-process';
import { makeTempDir, type TempDir } from '../../testkit/tmp';

/**
 * The `meow` command: main/cli/main.ts, bundled for the run when it can be (testkit/entries.ts;
 * main/cli/cli.test.ts runs main/cli/bin.mjs itself).
 */
const MEOW = entryArgs('main/cli/main.ts');
const ENV = { ...process.env, MEOW_PASSWORD: 'correct horse battery' };

function meow(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [...MEOW, ...args, '--json'],
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
    const child = spawn(process.execPath, [...MEOW, 'watch', '--profile', profile, '--json'], {
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

    // Search finds it (before the edit and the delete below).
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

    // Edit, then delete for everyone, from the command line; Bob's copy follows.
    const uuid = (sent as { state: string; uuid?: string }).uuid ?? '';
    await meow(['edit', invitation.peerUid, uuid, 'hello, edited', '--profile', alice]);
    await watchUntil(bob, 'message.updated');
    const edited = JSON.parse(await meow(['messages', accepted.peerUid, '--profile', bob])) as {
      text: string;
      editedAt: number | null;
    }[];
    expect(edited[0]?.text).toBe('hello, edited');
    expect(edited[0]?.editedAt).toBeGreaterThan(0);
    await meow(['delete', invitation.peerUid, uuid, '--everyone', '--profile', alice]);
    await watchUntil(bob, 'message.updated');
    const deleted = JSON.parse(await meow(['messages', accepted.peerUid, '--profile', bob])) as {
      text: string;
      deleted: boolean;
    }[];
    expect(deleted[0]).toMatchObject({ text: '', deleted: true });
    // A deleted message is never found again.
    expect(JSON.parse(await meow(['search', 'edited', '--profile', bob]))).toEqual([]);

    // Disappearing messages: Alice sets one hour; Bob's device learns it.
    const timer = JSON.parse(
      await meow(['disappear', invitation.peerUid, '1h', '--profile', alice]),
    ) as { seconds: number };
    expect(timer.seconds).toBe(3_600);
    await watchUntil(bob, 'peer.updated');
    const contacts = JSON.parse(await meow(['peers', '--profile', bob])) as {
      expirySeconds: number;
    }[];
    expect(contacts.map((c) => c.expirySeconds)).toEqual([3_600]);

    // Managing the contact: the safety codes match, then rename, verify, block, delete.
    const codeAt = async (dir: string, uid: string) =>
      (
        JSON.parse(await meow(['contact', 'safety-code', uid, '--profile', dir])) as {
          code: string;
        }
      ).code;
    expect(await codeAt(alice, invitation.peerUid)).toBe(await codeAt(bob, accepted.peerUid));
    const bobUid = invitation.peerUid;
    await meow(['contact', 'rename', bobUid, 'Robert', '--profile', alice]);
    await meow(['contact', 'verify', bobUid, '--profile', alice]);
    await meow(['contact', 'block', bobUid, '--profile', alice]);
    const listed = JSON.parse(await meow(['peers', '--profile', alice])) as Record<
      string,
      unknown
    >[];
    expect(listed).toMatchObject([{ name: 'Robert', blocked: true, verified: true }]);
    await expect(meow(['send', bobUid, 'blocked', '--profile', alice])).rejects.toThrow(/blocked/);
    await meow(['contact', 'delete', bobUid, '--profile', alice]);
    expect(JSON.parse(await meow(['peers', '--profile', alice]))).toEqual([]);
  }, 300_000); // about twenty runs of the CLI, each unlocking a profile

  it('cancels an invitation nobody accepted', async () => {
    const carol = resolve(tmp.path, 'carol');
    await meow(['init', '--nickname', 'Carol', '--profile', carol]);
    await meow(['servers', 'add', relay.url, '--profile', carol]);
    const invitation = JSON.parse(
      await meow(['invite', '--name', 'Dan', '--via-shortcode', '--profile', carol]),
    ) as { peerUid: string; shortcode: string };
    expect(invitation.shortcode).toBeTruthy();
    const cancelled = JSON.parse(
      await meow(['invite', 'cancel', invitation.peerUid, '--profile', carol]),
    ) as { shortcodeDeleted: boolean };
    expect(cancelled.shortcodeDeleted).toBe(true);
    expect(JSON.parse(await meow(['peers', '--profile', carol]))).toEqual([]);
  }, 120_000);
});
