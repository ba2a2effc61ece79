import { describe, expect, it } from 'vitest';
import { meow } from '../../proto';
import { randomBytes, signKeyPair, dhKeyPair, toHex } from '../crypto';
import { AppError, type ErrorCode } from '../errors';
import { decodeProto, encodeProto } from '../wire';
import {
  createServerSession,
  openServerReply,
  openServerRequest,
  plainServerError,
  sealServerReply,
  sealServerRequest,
} from './server';

function setup() {
  const server = dhKeyPair();
  const session = createServerSession(signKeyPair(), server.publicKey);
  return { server, session };
}

function expectCode(fn: () => unknown, code: ErrorCode): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
}

describe('relay envelope', () => {
  it('round-trips a request and its reply under one shared key', () => {
    const { server, session } = setup();
    const lookupKey = randomBytes(32);
    const body = sealServerRequest(
      {
        version: 1,
        uuid: 'r1',
        pullRequests: [{ lookupKey, pullToken: randomBytes(32), after: 7 }],
      },
      session,
    );
    const opened = openServerRequest(body, server);
    expect(toHex(opened.from)).toBe(toHex(session.clientSignKeyPair.publicKey));
    expect(opened.request.uuid).toBe('r1');
    expect(opened.request.pullRequests[0]?.after).toBe(7);

    const reply = sealServerReply(
      { uuid: 'r1', serverTime: 1764000000000, chat: [{ lookupKey, cursor: 9 }] },
      opened.boxKey,
    );
    const decoded = openServerReply(reply, session);
    expect(decoded.uuid).toBe('r1');
    expect(decoded.serverTime).toBe(1764000000000);
    expect(decoded.chat[0]?.cursor).toBe(9);
  });

  it('rejects a request signed by another key, sent to another relay, or of another version', () => {
    const { server, session } = setup();
    const body = sealServerRequest({ uuid: 'x' }, session);
    const packed = decodeProto(meow.PackedServerMessage, body);

    const fields = {
      from: packed.from,
      payload: packed.payload,
      signature: packed.signature,
      version: packed.version,
    };
    const forged = encodeProto(meow.PackedServerMessage, {
      ...fields,
      from: signKeyPair().publicKey,
    });
    expectCode(() => openServerRequest(forged, server), 'ENVELOPE_BAD_SIGNATURE');

    expectCode(() => openServerRequest(body, dhKeyPair()), 'ENVELOPE_BAD_SIGNATURE');

    const future = encodeProto(meow.PackedServerMessage, { ...fields, version: 2 });
    expectCode(() => openServerRequest(future, server), 'ENVELOPE_UNSUPPORTED_VERSION');

    expectCode(
      () => openServerRequest(Uint8Array.of(0xff, 0xff, 0xff), server),
      'ENVELOPE_MALFORMED',
    );
  });

  it('turns a plaintext relay error into FromServerMessage.error', () => {
    const { session } = setup();
    const reply = openServerReply(plainServerError('BODY_TOO_LARGE', 'too big', 50), session);
    expect(reply.error?.code).toBe('BODY_TOO_LARGE');
    expect(reply.error?.retryAfterMs).toBe(50);
  });

  it('rejects a reply boxed under another key', () => {
    const { session } = setup();
    const other = setup();
    const reply = sealServerReply({ uuid: 'y' }, other.session.boxKey);
    expectCode(() => openServerReply(reply, session), 'ENVELOPE_BOX_FAILED');
  });
});
