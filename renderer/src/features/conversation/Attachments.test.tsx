// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ATTACHMENT_READ_BYTES, type AttachmentView } from '@meow/contract';
import { toBase64 } from '../../lib/attachments';
import { useHandOver } from '../../state/hand-over';
import { attachmentView, message, useFakeApi } from '../../test/fake-api';
import { useObjectUrls } from '../../test/object-urls';
import { MessageBubble } from './MessageBubble';

const fake = useFakeApi();
const noop = (): void => undefined;
const retryOk = (): Promise<void> => Promise.resolve();

const THUMB = 'data:image/jpeg;base64,/9j/AAAA';
const urls = useObjectUrls();
/** Links clicked to save a file (jsdom does not download). */
const clicked: { href: string; download: string }[] = [];

beforeEach(() => {
  clicked.length = 0;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(
    this: HTMLAnchorElement,
  ) {
    clicked.push({ href: this.href, download: this.download });
  });
});

function show(a: AttachmentView | AttachmentView[], over: Parameters<typeof message>[0] = {}) {
  const attachments = Array.isArray(a) ? a : [a];
  const m = message({ state: 'received', outbound: false, text: '', attachments, ...over });
  const view = render(
    <MessageBubble message={m} deviceName="" peerName="Bob" onReply={noop} onRetry={retryOk} />,
  );
  return { m, ...view };
}

/** attachments.read over `file`, like the engine. */
function serve(file: Uint8Array): void {
  fake.current.handle('attachments.read', ({ offset, length }) =>
    Promise.resolve({ data: toBase64(file.subarray(offset, offset + length)), size: file.length }),
  );
}

const photo = (over: Partial<AttachmentView> = {}): AttachmentView =>
  attachmentView({
    name: '',
    mimeType: 'image/jpeg',
    size: 1000,
    width: 1600,
    height: 1200,
    thumbnail: THUMB,
    state: 'on_request',
    ...over,
  });

describe('photos in a bubble', () => {
  it('shows the preview at once, sized by the picture, with Download when fetched on request', async () => {
    fake.current.handle('attachments.download', () => Promise.resolve(null));
    const a = photo();
    show(a);
    const item = screen.getByTestId('attachment');
    expect(item.dataset.state).toBe('on_request');
    const image = screen.getByTestId('attachment-image');
    expect(image.dataset.full).toBe('false');
    expect(image.style.width).toBe('320px');
    expect(image.style.aspectRatio).toBe('320 / 240');
    expect(within(image).getByRole('img').getAttribute('src')).toBe(THUMB);
    expect(fake.current.commands['attachments.read']).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('attachment-download'));
    await waitFor(() => {
      expect(fake.current.commands['attachments.download']).toHaveBeenCalledWith({
        localId: a.localId,
      });
    });
  });

  it('reads a photo on this device in ranges, shows it, and opens it in the viewer', async () => {
    const size = MAX_ATTACHMENT_READ_BYTES + 10;
    serve(new Uint8Array(size).fill(7));
    const a = photo({ state: 'ready', size });
    show(a);
    await waitFor(() => {
      expect(screen.getByTestId('attachment-image').dataset.full).toBe('true');
    });
    expect(fake.current.commands['attachments.read'].mock.calls.map(([r]) => r)).toEqual([
      { localId: a.localId, offset: 0, length: MAX_ATTACHMENT_READ_BYTES },
      { localId: a.localId, offset: MAX_ATTACHMENT_READ_BYTES, length: 10 },
    ]);
    const blob = urls.blobs[0] ?? new Blob();
    expect(blob.type).toBe('image/jpeg');
    expect(blob.size).toBe(size);
    const button = screen.getByTestId('attachment-image');
    expect(within(button).getByRole('img').getAttribute('src')).toBe('blob:test/1');

    button.focus();
    fireEvent.click(button);
    const viewer = screen.getByTestId('image-viewer');
    expect(viewer.getAttribute('role')).toBe('dialog');
    expect(within(viewer).getByRole('img').getAttribute('src')).toBe('blob:test/1');
    expect(document.activeElement).toBe(screen.getByTestId('image-viewer-close'));
    fireEvent.click(within(viewer).getByTestId('image-viewer-save'));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.href).toBe('blob:test/1');
    expect(clicked[0]?.download).toMatch(/^photo-\d{4}-\d\d-\d\d-\d{6}\.jpg$/);
    fireEvent.keyDown(viewer, { key: 'Escape' });
    expect(screen.queryByTestId('image-viewer')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('shows a photo this page is still sending, with its progress', () => {
    const a = photo({ state: 'uploading', doneChunks: 2, chunkCount: 4, thumbnail: null });
    fake.current.handle('attachments.read', () => new Promise(noop));
    show(a, { outbound: true, state: 'pending' });
    const bar = screen.getByTestId('attachment-progress');
    expect(bar.getAttribute('role')).toBe('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(screen.getByText('Sending… 50%')).toBeTruthy();
    expect(screen.queryByTestId('attachment-download')).toBeNull();
  });
});

describe('files in a bubble', () => {
  it('is a card with name and size, and a progress bar while uploading', () => {
    show(attachmentView({ state: 'uploading', doneChunks: 2, chunkCount: 4 }), {
      outbound: true,
      state: 'pending',
      text: 'the report',
    });
    const card = screen.getByTestId('attachment-file');
    expect(card.textContent).toContain('report.pdf');
    expect(card.textContent).toContain('2.3 MB'); // 2,400,000 bytes
    const bar = screen.getByTestId('attachment-progress');
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    // The caption under the files.
    expect(screen.getByText('the report')).toBeTruthy();
  });

  it('offers Download for a file fetched on request and for a received one that failed', async () => {
    fake.current.handle('attachments.download', () => Promise.resolve(null));
    const onRequest = attachmentView({ state: 'on_request', size: 50 * 2 ** 20 });
    const failed = attachmentView({ position: 1, state: 'failed', error: 'RELAY_UNAVAILABLE' });
    show([failed, onRequest]);
    // In position order.
    const items = screen.getAllByTestId('attachment');
    expect(items.map((el) => el.dataset.state)).toEqual(['on_request', 'failed']);
    expect(items[0]?.textContent).toContain('50 MB');
    expect(items[1]?.textContent).toContain('Cannot reach the server');
    const buttons = screen.getAllByTestId('attachment-download');
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[1] as HTMLElement);
    await waitFor(() => {
      expect(fake.current.commands['attachments.download']).toHaveBeenCalledWith({
        localId: failed.localId,
      });
    });
    expect(screen.queryByTestId('attachment-save')).toBeNull();
  });

  it('saves a file through a one-time link the host streams: the page never reads it', async () => {
    const token = 'A'.repeat(43);
    fake.current.handle('attachments.link', () => Promise.resolve({ path: `/files/${token}` }));
    const a = attachmentView({ size: 3_000_000, state: 'sent', name: 'notes.txt' });
    show(a, { outbound: true, state: 'delivered' });
    fireEvent.click(screen.getByTestId('attachment-save'));
    await waitFor(() => {
      expect(clicked).toHaveLength(1);
    });
    expect(fake.current.commands['attachments.link']).toHaveBeenCalledWith({
      localId: a.localId,
      name: 'notes.txt',
    });
    // Relative to the page: the page's own origin in both hosts.
    expect(new URL(clicked[0]?.href ?? '').pathname).toBe(`/files/${token}`);
    expect(clicked[0]?.download).toBe('notes.txt');
    expect(fake.current.commands['attachments.read']).not.toHaveBeenCalled();
  });

  it('says why a file cannot be had: expired names the contact, damaged says so', () => {
    show([
      attachmentView({ state: 'expired', error: 'BLOB_EXPIRED' }),
      attachmentView({ position: 1, state: 'damaged', error: 'ATTACHMENT_DIGEST_MISMATCH' }),
      attachmentView({ position: 2, state: 'invalid', localId: null, error: null }),
    ]);
    const errors = screen.getAllByTestId('attachment-error').map((el) => el.textContent);
    expect(errors[0]).toBe('This attachment has expired on the server. Ask Bob to send it again.');
    expect(errors[1]).toMatch(/arrived damaged/);
    expect(errors[2]).toMatch(/cannot be used/);
    expect(screen.queryByTestId('attachment-download')).toBeNull();
    expect(screen.queryByTestId('attachment-save')).toBeNull();
  });

  it('says once why a sent file failed: beside Retry, not again under the file', () => {
    const cancelled = attachmentView({ state: 'failed', error: 'ATTACHMENT_CANCELLED' });
    const other = attachmentView({
      position: 1,
      state: 'failed',
      error: 'ATTACHMENT_SOURCE_UNREADABLE',
    });
    show([cancelled, other], {
      outbound: true,
      state: 'failed',
      failureReason: 'ATTACHMENT_CANCELLED',
    });
    expect(screen.getByTestId('failure-reason').textContent).toBe(
      'Not sent. You cancelled sending this file.',
    );
    const errors = screen.getAllByTestId('attachment-error').map((el) => el.textContent);
    // Only the file that failed for another reason says its own.
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/could not read that file/);
  });

  it('shows the sentence of a hand-over that failed', () => {
    const a = attachmentView({ state: 'encrypting', chunkCount: 10, doneChunks: 3 });
    useHandOver.setState({ errors: { [a.localId ?? '']: 'Meow could not read that file.' } });
    show(a, { outbound: true, state: 'pending' });
    expect(screen.getByText('Preparing… 30%')).toBeTruthy();
    expect(screen.getByTestId('attachment-error').textContent).toBe(
      'Meow could not read that file.',
    );
  });
});
