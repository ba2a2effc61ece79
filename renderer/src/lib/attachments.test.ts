import { describe, expect, it } from 'vitest';
import { attachmentView } from '../test/fake-api';
import {
  attachmentSummary,
  fileNameOf,
  fromBase64,
  humanSize,
  isPhoto,
  lastingSentence,
  mimeTypeOf,
  percentOf,
  photoBox,
  progressLabel,
  saveNameOf,
  toBase64,
} from './attachments';

const attachment = attachmentView;

describe('attachment helpers', () => {
  it('writes sizes in words', () => {
    expect(humanSize(0)).toBe('0 B');
    expect(humanSize(1023)).toBe('1023 B');
    expect(humanSize(14_200)).toBe('14 KB');
    expect(humanSize(2.4 * 2 ** 20)).toBe('2.4 MB');
    expect(humanSize(100 * 2 ** 20)).toBe('100 MB');
    expect(humanSize(2 ** 20 - 1)).toBe('1.0 MB');
    expect(humanSize(1.2 * 2 ** 30)).toBe('1.2 GB');
  });

  it('round-trips base64 per piece, large pieces included', () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(fromBase64(text)).equals(Buffer.from(bytes))).toBe(true);
    expect(toBase64(new Uint8Array(0))).toBe('');
  });

  it('makes names the pointer accepts: no separators, controls or bidi overrides', () => {
    expect(fileNameOf('report.pdf')).toBe('report.pdf');
    expect(fileNameOf('a/b\\c.txt')).toBe('a_b_c.txt');
    expect(fileNameOf('invoice\u202efdp.exe')).toBe('invoice_fdp.exe');
    expect(fileNameOf('..')).toBe('file');
    expect(fileNameOf('')).toBe('file');
    const long = fileNameOf(`${'é'.repeat(300)}.docx`);
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(255);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('keeps a valid type, defaults anything else', () => {
    expect(mimeTypeOf(new Blob([], { type: 'text/plain' }))).toBe('text/plain');
    expect(mimeTypeOf(new Blob([], { type: '' }))).toBe('application/octet-stream');
    expect(mimeTypeOf(new Blob([], { type: 'Image/PNG' }))).toBe('image/png');
  });

  it('tells photos from documents', () => {
    expect(isPhoto(attachment({ name: '', mimeType: 'image/jpeg' }))).toBe(true);
    expect(
      isPhoto(attachment({ name: 'cat.gif', mimeType: 'image/gif', width: 10, height: 10 })),
    ).toBe(true);
    // An image type sent as a document (it did not decode): a card.
    expect(isPhoto(attachment({ name: 'broken.png', mimeType: 'image/png' }))).toBe(false);
    expect(isPhoto(attachment({ name: '', mimeType: 'image/svg+xml' }))).toBe(false);
    expect(isPhoto(attachment())).toBe(false);
  });

  it('sizes a photo box keeping the aspect ratio', () => {
    expect(photoBox({ width: 4000, height: 3000 })).toEqual({ width: 320, height: 240 });
    expect(photoBox({ width: 1000, height: 4000 })).toEqual({ width: 100, height: 400 });
    expect(photoBox({ width: 100, height: 50 })).toEqual({ width: 100, height: 50 });
    expect(photoBox({ width: 0, height: 0 })).toEqual({ width: 240, height: 180 });
  });

  it('reports progress and lasting states in words', () => {
    const up = attachment({ state: 'uploading', doneChunks: 2, chunkCount: 4 });
    expect(percentOf(up)).toBe(50);
    expect(progressLabel(up)).toBe('Sending… 50%');
    expect(progressLabel(attachment({ state: 'queued', doneChunks: 1, chunkCount: 4 }))).toBe(
      'Downloading… 25%',
    );
    expect(percentOf(attachment({ chunkCount: 0 }))).toBe(0);
    expect(lastingSentence(attachment({ state: 'expired' }), 'Bob')).toBe(
      'This attachment has expired on the server. Ask Bob to send it again.',
    );
    expect(lastingSentence(attachment({ state: 'damaged', error: null }), '')).toMatch(/damaged/);
    expect(
      lastingSentence(attachment({ state: 'failed', error: 'BLOB_QUOTA_EXCEEDED' }), ''),
    ).toMatch(/no room for attachments/);
    expect(lastingSentence(attachment({ state: 'ready' }), 'Bob')).toBeNull();
  });

  it('names saved photos and summarizes a message', () => {
    const at = new Date(2025, 0, 2, 3, 4, 5).getTime();
    expect(saveNameOf({ name: '', mimeType: 'image/jpeg' }, at)).toBe(
      'photo-2025-01-02-030405.jpg',
    );
    expect(saveNameOf({ name: 'a.pdf', mimeType: 'application/pdf' }, at)).toBe('a.pdf');
    const photo = attachment({ name: '', mimeType: 'image/jpeg' });
    expect(attachmentSummary([photo])).toBe('Photo');
    expect(attachmentSummary([photo, photo])).toBe('2 photos');
    expect(attachmentSummary([attachment()])).toBe('report.pdf');
    expect(attachmentSummary([attachment(), photo])).toBe('2 files');
  });
});
