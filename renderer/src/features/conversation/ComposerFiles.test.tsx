// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ATTACHMENT_WRITE_BYTES, type CommandArgs } from '@meow/contract';
import { fromBase64, MAX_FILE_BYTES } from '../../lib/attachments';
import { describeImage, encodePhoto } from '../../lib/photo-encode';
import { useContacts } from '../../state/contacts';
import { useTray } from '../../state/tray';
import { peer, useFakeApi, valueOf } from '../../test/fake-api';
import { useLayoutSizes } from '../../test/layout';
import { useObjectUrls } from '../../test/object-urls';
import { Conversation } from './Conversation';

// jsdom has no canvas: the re-encoding is replaced (its own module, photo-encode.ts).
vi.mock('../../lib/photo-encode', () => ({
  REENCODED_TYPES: new Set(['image/jpeg', 'image/png', 'image/webp']),
  encodePhoto: vi.fn(),
  describeImage: vi.fn(),
}));

const fake = useFakeApi();
useLayoutSizes();

useObjectUrls();

beforeEach(() => {
  vi.mocked(encodePhoto).mockReset();
  vi.mocked(describeImage).mockReset();
});

function bytes(n: number, seed = 0): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 13 + seed) % 251;
  return out;
}

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/** Bob's conversation, empty; attachments.send answers with one local id per file. */
function open(uid = 'bob') {
  const p = peer({ uid, name: uid === 'bob' ? 'Bob' : 'Carol' });
  useContacts.setState({ peers: [...useContacts.getState().peers, p], loaded: true });
  fake.current.handle('messages.list', () => Promise.resolve({ messages: [], nextCursor: null }));
  fake.current.handle('attachments.send', (args) =>
    Promise.resolve({ uuid: 'u1', localIds: args.files.map((_, i) => `l${i}`) }),
  );
  return render(<Conversation peerUid={uid} />);
}

/** Every write, in order. */
function recordWrites(): CommandArgs<'attachments.write'>[] {
  const writes: CommandArgs<'attachments.write'>[] = [];
  fake.current.handle('attachments.write', (args) => {
    writes.push(args);
    return Promise.resolve(null);
  });
  return writes;
}

function joined(writes: readonly CommandArgs<'attachments.write'>[], localId: string): Uint8Array {
  return Buffer.concat(writes.filter((w) => w.localId === localId).map((w) => fromBase64(w.data)));
}

function choose(...files: File[]): void {
  fireEvent.change(screen.getByTestId('attach-input'), { target: { files } });
}

function sized(name: string, size: number, type = 'application/octet-stream'): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

const trayNames = (): string[] =>
  screen.getAllByTestId('attachment-tray-item').map((el) => el.textContent);

describe('sending files', () => {
  it('puts chosen files in the tray and sends them with the caption as one message', async () => {
    const writes = recordWrites();
    open();
    const big = bytes(2 * MAX_ATTACHMENT_WRITE_BYTES + 77, 1);
    const small = bytes(5, 2);
    const button = await screen.findByTestId('attach-button');
    expect(button.getAttribute('aria-label')).toBe('Attach files');
    const input = screen.getByTestId('attach-input');
    expect(input.getAttribute('type')).toBe('file');
    expect(input.hasAttribute('multiple')).toBe(true);

    choose(
      new File([big], 'big.bin', { type: 'application/x-thing' }),
      new File([small], 'notes.txt', { type: 'text/plain' }),
      new File([], 'empty.txt', { type: 'text/plain' }),
    );
    expect(trayNames()).toEqual([
      expect.stringContaining('big.bin'),
      expect.stringContaining('notes.txt'),
      expect.stringContaining('empty.txt'),
    ]);
    expect(trayNames()[0]).toContain('1.0 MB');
    const send = screen.getByTestId<HTMLButtonElement>('send-button');
    expect(send.disabled).toBe(false); // files alone are enough

    fireEvent.change(screen.getByTestId('composer-input'), { target: { value: '  here  ' } });
    fireEvent.keyDown(screen.getByTestId('composer-input'), { key: 'Enter' });

    await waitFor(() => {
      expect(fake.current.commands['attachments.send']).toHaveBeenCalledTimes(1);
    });
    expect(fake.current.commands['attachments.send']).toHaveBeenCalledWith({
      peerUid: 'bob',
      caption: 'here',
      files: [
        { name: 'big.bin', mimeType: 'application/x-thing', size: big.length },
        { name: 'notes.txt', mimeType: 'text/plain', size: 5 },
        { name: 'empty.txt', mimeType: 'text/plain', size: 0 },
      ],
    });
    expect(fake.current.commands['messages.send']).not.toHaveBeenCalled();
    await waitFor(() => {
      expect(writes).toHaveLength(4);
    });
    const sendOrder = fake.current.commands['attachments.send'].mock.invocationCallOrder[0] ?? 0;
    const firstWrite = fake.current.commands['attachments.write'].mock.invocationCallOrder[0] ?? 0;
    expect(firstWrite).toBeGreaterThan(sendOrder);
    // File i to localIds[i], in pieces of at most MAX_ATTACHMENT_WRITE_BYTES, in order.
    const bigPieces = writes.filter((w) => w.localId === 'l0').map((w) => fromBase64(w.data));
    expect(bigPieces.map((p) => p.length)).toEqual([
      MAX_ATTACHMENT_WRITE_BYTES,
      MAX_ATTACHMENT_WRITE_BYTES,
      77,
    ]);
    expect(same(joined(writes, 'l0'), big)).toBe(true);
    expect(same(joined(writes, 'l1'), small)).toBe(true);
    expect(writes.some((w) => w.localId === 'l2')).toBe(false); // zero bytes: no write

    await waitFor(() => {
      expect(screen.queryByTestId('attachment-tray')).toBeNull();
    });
    expect(valueOf('composer-input')).toBe('');
  });

  it('refuses a file above 100 MiB in the tray, with a sentence', async () => {
    open();
    await screen.findByTestId('attach-button');
    choose(sized('movie.mkv', MAX_FILE_BYTES + 1), sized('ok.bin', 10));
    const tray = screen.getByTestId('attachment-tray');
    expect(trayNames()).toEqual([expect.stringContaining('ok.bin')]);
    const refusal = within(tray).getByTestId('attachment-refused');
    expect(refusal.textContent).toContain('movie.mkv');
    expect(refusal.textContent).toContain('That file is too large to send.');
    expect(refusal.getAttribute('role')).toBe('alert');
    // Only refused files: nothing to send.
    fireEvent.click(within(tray).getByRole('button', { name: 'Remove ok.bin' }));
    expect(screen.queryAllByTestId('attachment-tray-item')).toHaveLength(0);
    choose(sized('huge.iso', MAX_FILE_BYTES * 2));
    expect(screen.getByTestId<HTMLButtonElement>('send-button').disabled).toBe(true);
    expect(screen.getByTestId('attachment-refused').textContent).toContain('huge.iso');
  });

  it('keeps at most 32 files and says how many were left out', async () => {
    open();
    await screen.findByTestId('attach-button');
    choose(...Array.from({ length: 30 }, (_, i) => sized(`f${i}.txt`, 1)));
    choose(...Array.from({ length: 5 }, (_, i) => sized(`g${i}.txt`, 1)));
    expect(screen.getAllByTestId('attachment-tray-item')).toHaveLength(32);
    expect(screen.getByTestId('attachment-refused').textContent).toBe(
      'A message can carry at most 32 files: 3 files were not added.',
    );
  });

  it('removes one file with its ×, and all of them with Escape or the tray’s ×', async () => {
    open();
    await screen.findByTestId('attach-button');
    choose(sized('a.txt', 1), sized('b.txt', 2), sized('c.txt', 3));
    fireEvent.click(screen.getByRole('button', { name: 'Remove b.txt' }));
    expect(trayNames()).toEqual([
      expect.stringContaining('a.txt'),
      expect.stringContaining('c.txt'),
    ]);
    fireEvent.keyDown(screen.getByTestId('composer-input'), { key: 'Escape' });
    expect(screen.queryByTestId('attachment-tray')).toBeNull();
    choose(sized('d.txt', 1));
    fireEvent.click(screen.getByTestId('attachment-tray-clear'));
    expect(screen.queryByTestId('attachment-tray')).toBeNull();
  });

  it('takes pasted files into the tray (not the text)', async () => {
    open();
    const box = await screen.findByTestId('composer-input');
    const pasted = new File([bytes(3)], 'image.png', { type: 'image/png' });
    fireEvent.paste(box, { clipboardData: { files: [pasted], types: ['Files'] } });
    const item = screen.getByTestId('attachment-tray-item');
    // A picture: a thumbnail of the file itself.
    expect(within(item).getByRole('img').getAttribute('src')).toBe('blob:test/1');
    expect(valueOf('composer-input')).toBe('');
  });

  it('shows a drop overlay while files are dragged over, and takes the dropped files', async () => {
    open();
    await screen.findByTestId('attach-button');
    const section = screen.getByRole('region', { name: 'Conversation with Bob' });
    const files = [sized('dropped.pdf', 1234, 'application/pdf')];
    const dataTransfer = { files, types: ['Files'], dropEffect: 'none' };
    fireEvent.dragEnter(section, { dataTransfer });
    fireEvent.dragOver(section, { dataTransfer });
    expect(screen.getByTestId('drop-overlay').textContent).toContain('Bob');
    fireEvent.dragLeave(section, { dataTransfer });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    fireEvent.dragEnter(section, { dataTransfer });
    fireEvent.drop(section, { dataTransfer });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    expect(trayNames()).toEqual([expect.stringContaining('dropped.pdf')]);
    // Dragged text is not a file drop.
    fireEvent.dragEnter(section, { dataTransfer: { files: [], types: ['text/plain'] } });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
  });

  it('keeps the tray and says why when the engine refuses the message', async () => {
    open();
    fake.current.fail('attachments.send', 'ATTACHMENT_TOO_LARGE');
    await screen.findByTestId('attach-button');
    choose(sized('a.txt', 10));
    fireEvent.click(screen.getByTestId('send-button'));
    expect((await screen.findByTestId('composer-error')).textContent).toBe(
      'That file is too large to send. Choose a smaller one.',
    );
    expect(screen.getAllByTestId('attachment-tray-item')).toHaveLength(1);
    expect(fake.current.commands['attachments.write']).not.toHaveBeenCalled();
  });

  it('keeps the tray of each conversation, and hands files over after the chat is left', async () => {
    let taken: (() => void)[] = [];
    const writes: string[] = [];
    fake.current.handle('attachments.write', (args) => {
      writes.push(args.localId);
      return new Promise((resolve) => {
        taken.push(() => {
          resolve(null);
        });
      });
    });
    const view = open();
    await screen.findByTestId('attach-button');
    choose(new File([bytes(MAX_ATTACHMENT_WRITE_BYTES * 2)], 'two-pieces.bin'));
    fireEvent.click(screen.getByTestId('send-button'));
    await waitFor(() => {
      expect(writes).toEqual(['l0']);
    });
    // Carol's chat opens (Bob's composer is gone); a draft file waits in hers.
    view.unmount();
    open('carol');
    choose(sized('draft.txt', 4));
    const release = (): void => {
      const now = taken;
      taken = [];
      for (const t of now) t();
    };
    release();
    await waitFor(() => {
      expect(writes).toEqual(['l0', 'l0']);
    });
    release();
    expect(useTray.getState().trays.carol?.map((i) => i.file.name)).toEqual(['draft.txt']);
    expect(useTray.getState().trays.bob ?? []).toEqual([]);
  });
});

describe('sending photos', () => {
  it('sends the re-encoded JPEG without a name, with its size and preview', async () => {
    const encoded = bytes(MAX_ATTACHMENT_WRITE_BYTES + 9, 5);
    vi.mocked(encodePhoto).mockResolvedValue({
      blob: new Blob([encoded], { type: 'image/jpeg' }),
      width: 4096,
      height: 3072,
      thumbnail: 'AAAA',
    });
    const writes = recordWrites();
    open();
    await screen.findByTestId('attach-button');
    const original = new File([bytes(100, 9)], 'IMG_0001.HEIC.png', { type: 'image/png' });
    choose(original);
    fireEvent.click(screen.getByTestId('send-button'));
    await waitFor(() => {
      expect(writes).toHaveLength(2);
    });
    expect(encodePhoto).toHaveBeenCalledWith(original);
    expect(fake.current.commands['attachments.send']).toHaveBeenCalledWith({
      peerUid: 'bob',
      files: [
        {
          name: '',
          mimeType: 'image/jpeg',
          size: encoded.length,
          width: 4096,
          height: 3072,
          thumbnail: 'AAAA',
        },
      ],
    });
    // The re-encoded bytes, not the original.
    expect(same(joined(writes, 'l0'), encoded)).toBe(true);
  });

  it('re-encodes a photo as soon as it is in the tray, once, so Send does not wait for it', async () => {
    let finish: (photo: Awaited<ReturnType<typeof encodePhoto>>) => void = () => undefined;
    vi.mocked(encodePhoto).mockReturnValue(
      new Promise((resolve) => {
        finish = resolve;
      }),
    );
    const writes = recordWrites();
    open();
    await screen.findByTestId('attach-button');
    const original = new File([bytes(50, 3)], 'IMG_0002.jpg', { type: 'image/jpeg' });
    choose(original);
    // Started on arrival, before any Send.
    await waitFor(() => {
      expect(encodePhoto).toHaveBeenCalledTimes(1);
    });
    expect(fake.current.commands['attachments.send']).not.toHaveBeenCalled();
    finish({
      blob: new Blob([bytes(40, 4)], { type: 'image/jpeg' }),
      width: 8,
      height: 6,
      thumbnail: undefined,
    });
    fireEvent.click(screen.getByTestId('send-button'));
    await waitFor(() => {
      expect(writes).toHaveLength(1);
    });
    expect(encodePhoto).toHaveBeenCalledTimes(1);
    expect(same(joined(writes, 'l0'), bytes(40, 4))).toBe(true);
  });

  it('sends a picture that does not decode as a document', async () => {
    vi.mocked(encodePhoto).mockRejectedValue(new Error('not an image'));
    const writes = recordWrites();
    open();
    await screen.findByTestId('attach-button');
    const broken = new File([bytes(20)], 'broken.jpg', { type: 'image/jpeg' });
    choose(broken);
    fireEvent.click(screen.getByTestId('send-button'));
    await waitFor(() => {
      expect(writes).toHaveLength(1);
    });
    expect(fake.current.commands['attachments.send']).toHaveBeenCalledWith({
      peerUid: 'bob',
      files: [{ name: 'broken.jpg', mimeType: 'image/jpeg', size: 20 }],
    });
    expect(same(joined(writes, 'l0'), bytes(20))).toBe(true);
  });

  it('sends a GIF as it is (animation kept), with its size and a preview', async () => {
    vi.mocked(describeImage).mockResolvedValue({ width: 300, height: 200, thumbnail: 'BBBB' });
    const writes = recordWrites();
    open();
    await screen.findByTestId('attach-button');
    const gif = new File([bytes(30)], 'cat.gif', { type: 'image/gif' });
    choose(gif);
    fireEvent.click(screen.getByTestId('send-button'));
    await waitFor(() => {
      expect(writes).toHaveLength(1);
    });
    expect(encodePhoto).not.toHaveBeenCalled();
    expect(fake.current.commands['attachments.send']).toHaveBeenCalledWith({
      peerUid: 'bob',
      files: [
        {
          name: 'cat.gif',
          mimeType: 'image/gif',
          size: 30,
          width: 300,
          height: 200,
          thumbnail: 'BBBB',
        },
      ],
    });
    expect(same(joined(writes, 'l0'), bytes(30))).toBe(true);
  });

  it('opens the file chooser from the paperclip', async () => {
    open();
    const input = await screen.findByTestId<HTMLInputElement>('attach-input');
    const click = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByTestId('attach-button'));
    expect(click).toHaveBeenCalledTimes(1);
  });
});
