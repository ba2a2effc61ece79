import { describe, expect, it } from 'vitest';
import { meow } from '../../proto';
import { utf8 } from '../crypto';
import { contentLength } from './content';

const file: meow.IAttachmentPointer = {
  version: 1,
  relayUrl: 'https://relay.example',
  readToken: new Uint8Array(32),
  key: new Uint8Array(32),
  digest: new Uint8Array(32),
  plaintextLength: 1234,
  chunkCount: 1,
  mimeType: 'image/png',
  width: 64,
  height: 48,
  thumbnail: new Uint8Array(300),
};
// The pointer encodes to 400-odd bytes: a one-byte tag and a two-byte length prefix.
const fileBytes = meow.AttachmentPointer.encode(file).finish().length + 3;

function sync(payload: meow.IDeviceSyncPayload): meow.IUserMessage {
  const appdata = meow.DeviceSyncPayload.encode(payload).finish();
  return { type: 'device_sync', appdata, status: { uuid: payload.dedupId ?? 'd' } };
}

describe('contentLength', () => {
  it('counts a chat message by the UTF-8 bytes of its text and its attachments', () => {
    expect(contentLength({ type: 'text', text: '' })).toBe(0);
    expect(contentLength({ type: 'text', text: 'hello' })).toBe(5);
    expect(contentLength({ type: 'text', text: 'é€🐱' })).toBe(utf8('é€🐱').length);
    expect(contentLength({ type: 'text', text: 'hi', attachments: [file, file] })).toBe(
      2 + 2 * fileBytes,
    );
    expect(contentLength({ type: 'file', attachments: [file] })).toBe(fileBytes);
  });

  it('counts a msg sync and a forward by the chat message they mirror', () => {
    const text = 'x'.repeat(300) + '🐱';
    const chat: meow.IUserMessage = {
      type: 'text',
      text,
      attachments: [file],
      status: { uuid: 'u' },
    };
    const expected = contentLength(chat);
    const dbMessage = { outbound: true, type: 'text', text, attachments: [file], state: 'read' };
    expect(contentLength(sync({ syncType: 'msg', dedupId: 'msg.u', dbMessage }))).toBe(expected);
    const forwardPayload = meow.UserMessage.encode(chat).finish();
    const forward = sync({ syncType: 'forward', dedupId: 'fwd.u', forwardPayload });
    expect(contentLength(forward)).toBe(expected);
  });

  it('gives 0 to everything else, and to payloads that do not decode', () => {
    expect(contentLength({ type: 'ack', acks: [{ uuid: 'u', delivered: 1 }] })).toBe(0);
    expect(contentLength({ type: 'profile', text: 'not chat' })).toBe(0);
    expect(contentLength(sync({ syncType: 'peer_update', peerData: utf8('{"a":1}') }))).toBe(0);
    expect(contentLength(sync({ syncType: 'msg' }))).toBe(0);
    expect(contentLength(sync({ syncType: 'forward', forwardPayload: Uint8Array.of(0xff) }))).toBe(
      0,
    );
    const nested = sync({
      syncType: 'forward',
      forwardPayload: meow.UserMessage.encode({ type: 'ack', text: 'x' }).finish(),
    });
    expect(contentLength(nested)).toBe(0);
    expect(contentLength({ type: 'device_sync', appdata: Uint8Array.of(0xff, 0xff) })).toBe(0);
    expect(contentLength({ type: 'device_sync' })).toBe(0);
  });
});
