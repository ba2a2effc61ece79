import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../testkit/relay-process';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { meow, twoPeople, watchUntil } from './testing/chat';

/**
 * Two people chat from the command line (`meow`, main/cli/main.ts). Setting the contact up
 * and managing it afterwards is main/cli/chat-contacts.test.ts, which runs beside this file.
 */
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
    const { alice, bob, bobUid, aliceUid } = await twoPeople(tmp.path, relay.url);

    const sent = JSON.parse(
      await meow(['send', bobUid, 'hello from the terminal', '--profile', alice]),
    ) as { state: string };
    expect(sent.state).toBe('sent');
    const received = await watchUntil(bob, 'message.received');
    expect(received.text).toBe('hello from the terminal');

    const history = JSON.parse(await meow(['messages', aliceUid, '--profile', bob])) as {
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
        peerUid: aliceUid,
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
    await meow(['edit', bobUid, uuid, 'hello, edited', '--profile', alice]);
    await watchUntil(bob, 'message.updated');
    const edited = JSON.parse(await meow(['messages', aliceUid, '--profile', bob])) as {
      text: string;
      editedAt: number | null;
    }[];
    expect(edited[0]?.text).toBe('hello, edited');
    expect(edited[0]?.editedAt).toBeGreaterThan(0);
    await meow(['delete', bobUid, uuid, '--everyone', '--profile', alice]);
    await watchUntil(bob, 'message.updated');
    const deleted = JSON.parse(await meow(['messages', aliceUid, '--profile', bob])) as {
      text: string;
      deleted: boolean;
    }[];
    expect(deleted[0]).toMatchObject({ text: '', deleted: true });
    // A deleted message is never found again.
    expect(JSON.parse(await meow(['search', 'edited', '--profile', bob]))).toEqual([]);
  }, 300_000); // about twenty runs of the CLI, each unlocking a profile
});
