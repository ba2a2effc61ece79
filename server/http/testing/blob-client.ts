import { randomUUID } from 'node:crypto';
import type { Agent } from 'node:http';
import { parseBlobFrame, frameBlob } from '../../../core/envelope/blob-frame';
import {
  freshServerSession,
  openServerReply,
  sealServerRequest,
} from '../../../core/envelope/server';
import { meow } from '../../../proto';
import type { TestBlob } from '../../blobs/testing/blobs';
import { fetchCard, httpCall } from './client';

/**
 * A client of POST /v1/blob for tests: a fresh key per request (as the app does), the boxed
 * header framed with the chunk (core/envelope/blob-frame.ts), the reply opened.
 */
export interface BlobReply {
  readonly status: number;
  readonly reply: meow.FromServerMessage;
  /** GET: the chunk after the reply envelope; empty otherwise. */
  readonly chunk: Uint8Array;
  /** What went over the wire, to check what an observer sees. */
  readonly sent: Uint8Array;
  readonly headers: Record<string, string | string[] | undefined>;
}

const Op = meow.BlobRequest.Op;

export class BlobTestClient {
  constructor(
    readonly baseUrl: string,
    readonly serverPublicKey: Uint8Array,
    readonly now: () => number = Date.now,
    readonly agent?: Agent,
  ) {}

  static async connect(baseUrl: string, now?: () => number): Promise<BlobTestClient> {
    const card = await fetchCard(baseUrl);
    return new BlobTestClient(baseUrl, card.publicKey, now);
  }

  async send(
    blob: meow.IBlobRequest,
    chunk?: Uint8Array,
    extra: meow.IToServerMessage = {},
  ): Promise<BlobReply> {
    const session = freshServerSession(this.serverPublicKey);
    const request = { version: 1, uuid: randomUUID(), timestamp: this.now(), blob, ...extra };
    const sent = frameBlob(sealServerRequest(request, session), chunk);
    const raw = await httpCall(`${this.baseUrl}/v1/blob`, sent, { agent: this.agent });
    const framed = raw.headers['content-type'] === 'application/x-meow-blob';
    const { envelope, chunk: body } = framed
      ? parseBlobFrame(raw.body)
      : { envelope: raw.body, chunk: new Uint8Array(0) };
    const reply = openServerReply(envelope, session);
    return { status: raw.status, reply, chunk: body, sent, headers: raw.headers };
  }

  create(b: TestBlob): Promise<BlobReply> {
    const { blob } = b;
    return this.send({
      op: Op.CREATE,
      blobId: blob.blobId,
      chunkCount: blob.chunkCount,
      chunkHashes: blob.chunkHashes,
      uploadTokenHash: blob.uploadTokenHash,
      deleteTokenHash: blob.deleteTokenHash,
    });
  }

  put(b: TestBlob, index: number, bytes = b.chunks[index], token = b.uploadToken) {
    return this.send({ op: Op.PUT, blobId: b.blob.blobId, token, index }, bytes);
  }

  get(readToken: Uint8Array, index: number): Promise<BlobReply> {
    return this.send({ op: Op.GET, token: readToken, index });
  }

  /** By read token (`blobId` unset) or by upload token. */
  status(token: Uint8Array, blobId?: Uint8Array): Promise<BlobReply> {
    return this.send({ op: Op.STATUS, token, ...(blobId && { blobId }) });
  }

  delete(b: TestBlob, token = b.deleteToken): Promise<BlobReply> {
    return this.send({ op: Op.DELETE, blobId: b.blob.blobId, token });
  }

  /** Uploads the chunks not yet present (all, for a new blob); returns the statuses. */
  async upload(b: TestBlob, indices?: readonly number[]): Promise<number[]> {
    const which = indices ?? b.chunks.map((_, i) => i);
    const replies = await Promise.all(which.map((i) => this.put(b, i)));
    return replies.map((r) => r.status);
  }
}

/** The reply's error code, or 'OK'. */
export function blobCode(reply: BlobReply): string {
  return reply.reply.error?.code ?? 'OK';
}
