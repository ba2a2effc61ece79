// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_READ_BYTES } from '@meow/contract';
import { toBase64 } from '../lib/attachments';
import { useFakeApi } from '../test/fake-api';
import { useObjectUrls } from '../test/object-urls';
import {
  acquire,
  cachedUrl,
  clearAttachmentUrls,
  MAX_CACHE_BYTES,
  readAttachment,
  release,
  seedAttachmentUrl,
} from './attachment-urls';

const fake = useFakeApi();

const { revoked } = useObjectUrls();

afterEach(() => {
  clearAttachmentUrls();
});

/** attachments.read over `file`, like the engine (shorter at the end). */
function serve(file: Uint8Array): void {
  fake.current.handle('attachments.read', ({ offset, length }) =>
    Promise.resolve({
      data: toBase64(file.subarray(offset, offset + length)),
      size: file.length,
    }),
  );
}

describe('attachment URLs', () => {
  it('reads a file in ranges of MAX_ATTACHMENT_READ_BYTES into a Blob of its type', async () => {
    const file = new Uint8Array(MAX_ATTACHMENT_READ_BYTES + 100).map((_, i) => i % 253);
    serve(file);
    const blob = await readAttachment('a1', file.length, 'application/pdf');
    expect(blob.type).toBe('application/pdf');
    expect(Buffer.from(await blob.arrayBuffer()).equals(Buffer.from(file))).toBe(true);
    expect(fake.current.commands['attachments.read'].mock.calls.map(([a]) => a)).toEqual([
      { localId: 'a1', offset: 0, length: MAX_ATTACHMENT_READ_BYTES },
      { localId: 'a1', offset: MAX_ATTACHMENT_READ_BYTES, length: 100 },
    ]);
    // An empty file: no read at all.
    await readAttachment('a2', 0, 'text/plain');
    expect(fake.current.commands['attachments.read']).toHaveBeenCalledTimes(2);
  });

  it('reads a picture once, however often it is shown', async () => {
    serve(new Uint8Array(10));
    const [first, second] = await Promise.all([
      acquire('p1', 10, 'image/png'),
      acquire('p1', 10, 'image/png'),
    ]);
    expect(first).toBe(second);
    release('p1');
    release('p1');
    expect(await acquire('p1', 10, 'image/png')).toBe(first);
    expect(fake.current.commands['attachments.read']).toHaveBeenCalledTimes(1);
    expect(revoked).toEqual([]);
  });

  it('revokes the oldest pictures no bubble shows once above the byte cap', async () => {
    const third = Math.floor(MAX_CACHE_BYTES / 3) + 1;
    const blob = (): Blob => new Blob([new Uint8Array(third)]);
    seedAttachmentUrl('shown', blob());
    seedAttachmentUrl('old', blob());
    serve(new Uint8Array(0));
    const shown = await acquire('shown', third, 'image/jpeg'); // held by a bubble
    seedAttachmentUrl('new', blob());
    // Over the cap: the oldest unheld goes; the held one stays.
    expect(cachedUrl('old')).toBeUndefined();
    expect(cachedUrl('shown')).toBe(shown);
    expect(revoked).toEqual(['blob:test/2']);
    release('shown'); // the bubble scrolled away: kept while there is room
    expect(cachedUrl('shown')).toBe(shown);
    seedAttachmentUrl('newer', blob());
    expect(cachedUrl('shown')).toBeUndefined();
    expect(revoked).toEqual(['blob:test/2', shown]);
    expect(fake.current.commands['attachments.read']).not.toHaveBeenCalled();
  });

  it('revokes everything on lock', () => {
    seedAttachmentUrl('a', new Blob([new Uint8Array(3)]));
    seedAttachmentUrl('b', new Blob([new Uint8Array(3)]));
    clearAttachmentUrls();
    expect(revoked).toHaveLength(2);
    expect(cachedUrl('a')).toBeUndefined();
  });
});
