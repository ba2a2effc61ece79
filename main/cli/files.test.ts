import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryArgs } from '../../testkit/entries';
import { startRelayProcess, type RelayProcess } from '../../testkit/relay-process';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { meow, twoPeople, watchUntil } from './testing/chat';

const MEOW = entryArgs('main/cli/main.ts');

/** A run that may fail, as a person sees it: exit code, stdout and stderr (no --json added). */
function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [...MEOW, ...args],
      { env: { ...process.env, MEOW_PASSWORD: 'correct horse battery' }, timeout: 60_000 },
      (err, stdout, stderr) => {
        done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

interface Listed {
  uuid: string;
  text: string;
  attachments: { localId: string; name: string; mimeType: string; size: number; state: string }[];
}

/**
 * Files from the command line (`send-file`, `messages`, `save`; main/cli/file-commands.ts)
 * between two people through a relay process.
 */
describe('meow CLI: files', () => {
  let relay: RelayProcess;
  let tmp: TempDir;
  beforeAll(async () => {
    relay = await startRelayProcess();
    tmp = await makeTempDir('meow-cli-files-');
  });
  afterAll(async () => {
    await relay.stop();
    await tmp.cleanup();
  });

  it('sends two files with a caption, lists them, saves one intact, refuses what it must', async () => {
    const { alice, bob, bobUid, aliceUid } = await twoPeople(tmp.path, relay.url);
    // Two chunks (262,104 bytes of plaintext each) and a small text file.
    const big = randomBytes(300_000);
    const bigPath = join(tmp.path, 'big.bin');
    const notesPath = join(tmp.path, 'notes.txt');
    await writeFile(bigPath, big);
    await writeFile(notesPath, 'remember the cat\n');

    const args = ['send-file', bobUid, bigPath, notesPath, '--caption', 'from the trip'];
    const sent = JSON.parse(await meow([...args, '--profile', alice])) as {
      uuid: string;
      state: string;
      localIds: string[];
    };
    expect(sent.state).toBe('sent');
    expect(sent.localIds).toHaveLength(2);
    const received = await watchUntil(bob, 'message.received');
    expect(received).toMatchObject({ uuid: sent.uuid, text: 'from the trip' });

    const history = JSON.parse(await meow(['messages', aliceUid, '--profile', bob])) as Listed[];
    expect(history.map((m) => [m.uuid, m.text])).toEqual([[sent.uuid, 'from the trip']]);
    const files = history[0]?.attachments ?? [];
    expect(files).toEqual([
      expect.objectContaining({ name: 'big.bin', mimeType: 'application/octet-stream' }),
      expect.objectContaining({ name: 'notes.txt', mimeType: 'text/plain', size: 17 }),
    ]);
    expect(files[0]?.size).toBe(300_000);

    // Saved (downloaded first unless Bob's watch already finished it), byte for byte.
    const localId = files[0]?.localId ?? '';
    const out = join(tmp.path, 'saved.bin');
    const saved = JSON.parse(await meow(['save', localId, out, '--profile', bob])) as unknown;
    expect(saved).toEqual({ localId, path: out, bytes: 300_000 });
    expect(Buffer.compare(await readFile(out), big)).toBe(0);
    expect(existsSync(`${out}.partial`)).toBe(false);

    // Not over an existing file unless asked to.
    const again = await run(['save', localId, out, '--profile', bob]);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(
      `There is already a file at ${out}. Add --force to replace it.`,
    );
    await writeFile(out, 'something else');
    const forced = await run(['save', localId, out, '--force', '--profile', bob]);
    expect(forced).toMatchObject({ code: 0, stdout: `saved 300000 bytes to ${out}\n` });
    expect(Buffer.compare(await readFile(out), big)).toBe(0);

    // A path that is not there: refused before anything is stored or sent.
    const missing = join(tmp.path, 'no-such-file.txt');
    const refused = await run(['send-file', bobUid, missing, '--profile', alice, '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stderr)).toMatchObject({
      error: {
        code: 'ATTACHMENT_SOURCE_UNREADABLE',
        text: 'Meow could not read that file. Check that it still exists, then send it again.',
      },
    });
    const after = JSON.parse(await meow(['messages', bobUid, '--profile', alice])) as Listed[];
    expect(after.map((m) => m.uuid)).toEqual([sent.uuid]);
  }, 300_000); // about a dozen runs of the CLI, each unlocking a profile
});
