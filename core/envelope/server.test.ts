import { describe, expect, it } from 'vitest';
import { meow } from '../../proto';
import { randomBytes, signKeyPair, dhKeyPair, toHex } from '../crypto';
import { AppError, type ErrorCode } from '../errors';
import { decodeProto, encodeProto } from '../wire';
import {
  freshServerSession,
  openServerReply,
  openServerRequest,
  plainServerError,
  sealServerReply,
  sealServerRequest,
} from './server';

/** A relay key and a client session; version 1 is the signed envelope earlier clients send. */
function setup(version: 1 | 2 | 3 = 3) {
  const server = dhKeyPair();
  const session = freshServerSession(server.publicKey, version);
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

describe.each([3, 2, 1] as const)('relay envelope version %i', (version) => {
  it('round-trips a request and its reply under one shared key', () => {
    const { server, session } = setup(version);
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
    expect(toHex(opened.from)).toBe(toHex(session.clientKeyPair.publicKey));
    expect(opened.version).toBe(version);
    expect(opened.request.uuid).toBe('r1');
    expect(opened.request.pullRequests[0]?.after).toBe(7);

    const reply = sealServerReply(
      { uuid: 'r1', serverTime: 1764000000000, chat: [{ lookupKey, cursor: 9 }] },
      opened.boxKey,
      opened.version,
    );
    expect(decodeProto(meow.PackedServerReply, reply).version).toBe(version);
    const decoded = openServerReply(reply, session);
    expect(decoded.uuid).toBe('r1');
    expect(decoded.serverTime).toBe(1764000000000);
    expect(decoded.chat[0]?.cursor).toBe(9);
  });

  it('cannot be opened by another relay, nor under another version', () => {
    const { server, session } = setup(version);
    const body = sealServerRequest({ uuid: 'x' }, session);
    const { from, payload, signature } = decodeProto(meow.PackedServerMessage, body);
    const packed = { from, payload, signature };
    const other = version === 1 ? 'ENVELOPE_BAD_SIGNATURE' : 'ENVELOPE_BOX_FAILED';
    expectCode(() => openServerRequest(body, dhKeyPair()), other);
    for (const v of [0, 4]) {
      const future = encodeProto(meow.PackedServerMessage, { ...packed, version: v });
      expectCode(() => openServerRequest(future, server), 'ENVELOPE_UNSUPPORTED_VERSION');
    }
    // Versions 2 and 3 share the key, not the cipher: relabelled, a payload does not open.
    if (version !== 1) {
      const relabelled = encodeProto(meow.PackedServerMessage, { ...packed, version: 5 - version });
      expectCode(() => openServerRequest(relabelled, server), 'ENVELOPE_BOX_FAILED');
    }
  });
});

describe('relay envelope version 3', () => {
  it('tells a request from a reply under the same key', () => {
    const { server, session } = setup(3);
    const body = sealServerRequest({ uuid: 'q' }, session);
    const opened = openServerRequest(body, server);
    // The request's payload handed back as a reply, and a reply sent in as a request.
    const { payload } = decodeProto(meow.PackedServerMessage, body);
    const reflected = encodeProto(meow.PackedServerReply, { payload, version: 3 });
    expectCode(() => openServerReply(reflected, session), 'ENVELOPE_BOX_FAILED');
    const reply = sealServerReply({ uuid: 'q' }, opened.boxKey, 3);
    const asRequest = encodeProto(meow.PackedServerMessage, {
      from: session.clientKeyPair.publicKey,
      payload: decodeProto(meow.PackedServerReply, reply).payload,
      version: 3,
    });
    expectCode(() => openServerRequest(asRequest, server), 'ENVELOPE_BOX_FAILED');
  });
});

describe('relay envelope version 2', () => {
  it('refuses a key of the wrong length, a signature, another key and a low-order key', () => {
    const { server, session } = setup(2);
    const packed = decodeProto(meow.PackedServerMessage, sealServerRequest({ uuid: 'x' }, session));
    const fields = { from: packed.from, payload: packed.payload, version: 2 };
    const with_ = (patch: object) => encodeProto(meow.PackedServerMessage, { ...fields, ...patch });
    expectCode(
      () => openServerRequest(with_({ from: randomBytes(31) }), server),
      'ENVELOPE_MALFORMED',
    );
    expectCode(
      () => openServerRequest(with_({ signature: randomBytes(64) }), server),
      'ENVELOPE_MALFORMED',
    );
    expectCode(
      () => openServerRequest(with_({ from: dhKeyPair().publicKey }), server),
      'ENVELOPE_BOX_FAILED',
    );
    // The identity point: every DH with it is zero, which libsodium refuses.
    const lowOrder = new Uint8Array(32);
    lowOrder[0] = 1;
    expectCode(() => openServerRequest(with_({ from: lowOrder }), server), 'ENVELOPE_BOX_FAILED');
  });

  it('is sealed under a new key for every request, with no signature', () => {
    const server = dhKeyPair();
    const a = decodeProto(
      meow.PackedServerMessage,
      sealServerRequest({ uuid: 'a' }, freshServerSession(server.publicKey)),
    );
    const b = decodeProto(
      meow.PackedServerMessage,
      sealServerRequest({ uuid: 'b' }, freshServerSession(server.publicKey)),
    );
    expect(toHex(a.from)).not.toBe(toHex(b.from));
    expect([a.signature.length, a.version]).toEqual([0, 3]);
  });
});

describe('relay envelope', () => {
  it('rejects a version 1 request signed by another key, sent to another relay, or of another version', () => {
    const { server, session } = setup(1);
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

    const future = encodeProto(meow.PackedServerMessage, { ...fields, version: 4 });
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
