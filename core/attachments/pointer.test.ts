import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../testkit/prng';
import { meow } from '../../proto';
import { randomBytes, toHex } from '../crypto';
import { decodeProto, encodeProto } from '../wire';
import { blobIdFromReadToken } from './capabilities';
import { CHUNK_PLAINTEXT_BYTES, MAX_THUMBNAIL_BYTES } from './constants';
import { decodePointer, encodePointer, validatePointer, validatePointers } from './pointer';
import { codeOf } from './testing';

function sample(extra: Partial<meow.IAttachmentPointer> = {}): meow.IAttachmentPointer {
  return {
    version: 1,
    relayUrl: 'https://relay.example:8443/meow',
    readToken: randomBytes(32),
    key: randomBytes(32),
    digest: randomBytes(32),
    plaintextLength: 3 * CHUNK_PLAINTEXT_BYTES + 1,
    chunkCount: 4,
    mimeType: 'image/jpeg',
    width: 4032,
    height: 3024,
    thumbnail: randomBytes(MAX_THUMBNAIL_BYTES),
    ...extra,
  };
}

const codeFor = (extra: Partial<meow.IAttachmentPointer>) =>
  codeOf(() => decodePointer(meow.AttachmentPointer.encode(sample(extra)).finish()));

describe('attachment pointer (PROTOCOL.md §12 "Pointer")', () => {
  it('round-trips every field and derives the blob id', () => {
    const p = sample({
      mimeType: 'Application/PDF',
      name: 'Q3 report (final).pdf',
      width: 0,
      height: 0,
    });
    const decoded = decodePointer(encodePointer(p));
    expect(decoded).toMatchObject({
      version: 1,
      relayUrl: p.relayUrl,
      plaintextLength: p.plaintextLength,
      chunkCount: 4,
      mimeType: 'application/pdf',
      name: 'Q3 report (final).pdf',
      width: 0,
      height: 0,
    });
    for (const field of ['readToken', 'key', 'digest', 'thumbnail'] as const) {
      expect(toHex(decoded[field])).toBe(toHex(p[field] ?? new Uint8Array(0)));
    }
    expect(toHex(decoded.blobId)).toBe(toHex(blobIdFromReadToken(decoded.readToken)));
    expect(codeFor({ plaintextLength: 0, chunkCount: 1, thumbnail: new Uint8Array(0) })).toBe(
      'no error',
    );
  });

  it('refuses a version it does not know', () => {
    expect(codeFor({ version: 0 })).toBe('ATTACHMENT_BAD_VERSION');
    expect(codeFor({ version: 2 })).toBe('ATTACHMENT_BAD_VERSION');
  });

  it.each<[string, Partial<meow.IAttachmentPointer>]>([
    ['short read token', { readToken: randomBytes(31) }],
    ['missing key', { key: new Uint8Array(0) }],
    ['long key', { key: randomBytes(33) }],
    ['short digest', { digest: randomBytes(16) }],
    ['count below the padded count', { chunkCount: 3 }],
    ['count above the padded count', { chunkCount: 8 }],
    ['no count', { chunkCount: 0 }],
    ['length beyond any pointer', { plaintextLength: 2 ** 40, chunkCount: 4 }],
    ['thumbnail above 16 KiB', { thumbnail: new Uint8Array(MAX_THUMBNAIL_BYTES + 1) }],
    ['width without height', { height: 0 }],
    ['dimension too large', { width: 70_000 }],
    ['MIME without subtype', { mimeType: 'image' }],
    ['MIME with parameters', { mimeType: 'text/plain; charset=utf-8' }],
    ['MIME with a space', { mimeType: 'text/ plain' }],
    ['empty MIME', { mimeType: '' }],
    ['name with a path', { name: '../../.bashrc' }],
    ['name with a backslash', { name: 'a\\b.txt' }],
    ['name with a bidi override', { name: 'invoice\u202Efdp.exe' }],
    ['name with a newline', { name: 'a\nb.txt' }],
    ['name of dots', { name: '..' }],
    ['name too long', { name: 'é'.repeat(128) }],
    ['relay URL of another scheme', { relayUrl: 'file:///etc/passwd' }],
    ['relay URL with credentials', { relayUrl: 'https://user:pw@relay.example' }],
    ['relay URL that is not a URL', { relayUrl: 'relay.example' }],
    ['empty relay URL', { relayUrl: '' }],
  ])('refuses a pointer with a %s', (_what, extra) => {
    expect(codeFor(extra)).toBe('ATTACHMENT_POINTER_INVALID');
  });

  it('checks on encode too, so an oversized thumbnail is never sent', () => {
    const big = sample({ thumbnail: new Uint8Array(MAX_THUMBNAIL_BYTES + 1) });
    expect(codeOf(() => encodePointer(big))).toBe('ATTACHMENT_POINTER_INVALID');
  });

  it('takes at most 32 attachments per message', () => {
    const list = Array.from({ length: 32 }, () => sample({ thumbnail: new Uint8Array(0) }));
    expect(validatePointers(list)).toHaveLength(32);
    expect(validatePointers(undefined)).toEqual([]);
    expect(codeOf(() => validatePointers([...list, sample()]))).toBe('ATTACHMENT_POINTER_INVALID');
  });

  it('fuzz: mutated pointers decode to a valid pointer or an AppError, nothing else', () => {
    const seed = 0x70747231;
    const rand = mulberry32(seed);
    const valid = encodePointer(sample({ thumbnail: randomBytes(40), name: 'a.txt' }));
    const codes = new Set<string>();
    for (let round = 0; round < 2000; round++) {
      const m = Uint8Array.from(valid);
      for (let flips = 1 + Math.floor(rand() * 3); flips > 0; flips--) {
        const at = Math.floor(rand() * m.length);
        m[at] = Math.floor(rand() * 256);
      }
      const cut = rand() < 0.2 ? Math.floor(rand() * m.length) : m.length;
      codes.add(codeOf(() => decodePointer(m.subarray(0, cut))));
    }
    for (const code of codes) {
      expect(
        ['no error', 'PROTO_DECODE_FAILED', 'ATTACHMENT_POINTER_INVALID', 'ATTACHMENT_BAD_VERSION'],
        `seed ${seed}`,
      ).toContain(code);
    }
  });
});

describe('attachments in UserMessage and DbMessage: wire compatibility', () => {
  // The schema as it was before attachments: `files` (5 / 6) declared, never written.
  const before = protobuf.parse(`
    syntax = "proto3";
    message FileMetadata { string uuid = 1; string name = 2; }
    message UserMessage { string type = 1; string text = 2; repeated FileMetadata files = 5; }
  `).root;
  const OldUserMessage = before.lookupType('UserMessage');

  it('an older client reads a message with attachments as its text alone', () => {
    const bytes = encodeProto(meow.UserMessage, {
      type: 'text',
      text: 'look',
      attachments: [sample()],
    });
    const old = OldUserMessage.toObject(OldUserMessage.decode(bytes), { arrays: true });
    expect(old).toEqual({ type: 'text', text: 'look', files: [] });
  });

  it('bytes of the old schema, `files` included, still decode', () => {
    const old = OldUserMessage.encode(
      OldUserMessage.fromObject({ type: 'text', text: 'hi', files: [{ uuid: 'f', name: 'x' }] }),
    ).finish();
    const now = decodeProto(meow.UserMessage, old);
    expect(now.text).toBe('hi');
    expect(now.attachments).toEqual([]);
    const stored = decodeProto(
      meow.DbMessage,
      encodeProto(meow.DbMessage, { text: 't', attachments: [sample()] }),
    );
    expect(validatePointer(stored.attachments[0] ?? {}).chunkCount).toBe(4);
    expect(stored.text).toBe('t');
  });
});
