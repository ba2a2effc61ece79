/**
 * The page that hands a file over is its only source (api/caller.ts): when that page goes, the
 * file ends within a short grace with ATTACHMENT_SOURCE_GONE, unless pieces go on arriving
 * (the page's socket was reopened); a file handed over whole is left alone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IncomingFile } from '../client/engine/attachments';
import { attachmentHandlers, HAND_OVER_GRACE_MS } from './attachment-handlers';
import { ApiCaller } from './caller';
import type { ApiSession } from './session';

function sessionCapturing(): { session: ApiSession; files: IncomingFile[] } {
  const files: IncomingFile[] = [];
  const attachments = {
    send: (_peer: string, list: { incoming: IncomingFile }[]) => {
      files.push(...list.map((f) => f.incoming));
      return Promise.resolve({ uuid: 'u1', localIds: list.map((_, i) => `l${String(i)}`) });
    },
  };
  return { session: { engine: { attachments } } as unknown as ApiSession, files };
}

const send = attachmentHandlers['attachments.send'];
const FILES = [
  { name: 'a.bin', mimeType: 'application/octet-stream', size: 4 },
  { name: 'b.bin', mimeType: 'application/octet-stream', size: 4 },
];

async function readAll(file: IncomingFile): Promise<number> {
  let total = 0;
  for await (const piece of file) total += piece.length;
  return total;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('attachments.send and the page handing its files over', () => {
  it('ends every file still arriving when the page goes, after the grace', async () => {
    vi.useFakeTimers();
    const { session, files } = sessionCapturing();
    const caller = new ApiCaller();
    await send(session, { peerUid: 'p1', files: FILES }, caller);
    const [first, second] = files;
    if (!first || !second) throw new Error('two files expected');
    const reading = readAll(first);
    await first.write(new Uint8Array(2));
    caller.end();
    const failed = expect(reading).rejects.toMatchObject({ code: 'ATTACHMENT_SOURCE_GONE' });
    await vi.advanceTimersByTimeAsync(HAND_OVER_GRACE_MS);
    await failed;
    await expect(second.write(new Uint8Array(4))).rejects.toMatchObject({
      code: 'ATTACHMENT_SOURCE_GONE',
    });
    await first.finished;
    await second.finished;
  });

  it('keeps a file whose page goes on writing within the grace (its socket reopened)', async () => {
    vi.useFakeTimers();
    const { session, files } = sessionCapturing();
    const caller = new ApiCaller();
    await send(session, { peerUid: 'p1', files: FILES.slice(0, 1) }, caller);
    const [file] = files;
    if (!file) throw new Error('one file expected');
    const reading = readAll(file);
    await file.write(new Uint8Array(2));
    caller.end();
    await vi.advanceTimersByTimeAsync(HAND_OVER_GRACE_MS / 2);
    await file.write(new Uint8Array(2)); // from the page's next connection
    await vi.advanceTimersByTimeAsync(HAND_OVER_GRACE_MS);
    expect(await reading).toBe(4);
  });

  it('leaves a file handed over whole alone when the page goes afterwards', async () => {
    const { session, files } = sessionCapturing();
    const caller = new ApiCaller();
    await send(session, { peerUid: 'p1', files: FILES.slice(0, 1) }, caller);
    const [file] = files;
    if (!file) throw new Error('one file expected');
    const reading = readAll(file);
    await file.write(new Uint8Array(4));
    expect(await reading).toBe(4);
    await file.finished;
    await new Promise((resolve) => setImmediate(resolve)); // the handler lets go of the page
    caller.end();
    // Not failed: one byte more is refused for its length, not because the page went.
    expect(() => file.write(new Uint8Array(1))).toThrow(
      expect.objectContaining({ code: 'ATTACHMENT_LENGTH_MISMATCH' }) as Error,
    );
  });
});
