/**
 * What a relay operator sees, for the privacy tests: an HTTP proxy in front of an in-process
 * relay that forwards every request unchanged and keeps each POST /v1 body opened with the
 * relay's own key (core/envelope/server.ts), together with the socket it arrived on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  openServerReply,
  openServerRequest,
  type ServerEnvelopeVersion,
  type ServerSession,
} from '../../../../core/envelope/server';
import type { meow } from '../../../../proto';
import type { RunningRelay } from '../../../../testkit/relay-inprocess';

export interface TappedRequest {
  /** The request's own key (X25519 in envelope version 2, Ed25519 in version 1). */
  readonly from: Uint8Array;
  readonly request: meow.ToServerMessage;
  /** Which client connection (socket) carried it; numbered in order of arrival. */
  readonly connection: number;
  /** The relay-visible size of each pushed message (its encoding as the relay parsed it). */
  readonly pushSizes: readonly number[];
  /** Filled in when the relay has answered. */
  answer?: TappedAnswer;
}

export interface TappedAnswer {
  readonly status: number;
  /** The HTTP Retry-After header, '' when absent. */
  readonly retryAfter: string;
  /** Opened with the request's box key (or the plaintext error); undefined if unreadable. */
  readonly reply: meow.FromServerMessage | undefined;
}

export interface RelayTap {
  /** Give clients this URL instead of the relay's. */
  readonly url: string;
  readonly requests: TappedRequest[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function pushSizes(request: meow.ToServerMessage): number[] {
  return request.messages.map(
    (m) =>
      // destination and payload as stored; the send token is stripped by the relay
      (m.destination?.length ?? 0) + (m.payload?.length ?? 0),
  );
}

interface Opening {
  readonly boxKey: Uint8Array;
  readonly version: ServerEnvelopeVersion;
}

interface Tapped extends Opening {
  readonly tapped: TappedRequest;
}

function answerOf(
  status: number,
  retryAfter: string,
  body: Uint8Array,
  { boxKey, version }: Opening,
): TappedAnswer {
  try {
    // Opening a reply needs only the shared box key (the same on both ends) and the version.
    const session = { boxKey, version } as ServerSession;
    return { status, retryAfter, reply: openServerReply(body, session) };
  } catch {
    return { status, retryAfter, reply: undefined };
  }
}

export async function startRelayTap(relay: RunningRelay): Promise<RelayTap> {
  const requests: TappedRequest[] = [];
  const connections = new WeakMap<Socket, number>();
  let nextConnection = 0;
  /** The recorded request and how to open its reply; undefined for an unopenable body. */
  const record = (body: Buffer, socket: Socket): Tapped | undefined => {
    try {
      const opened = openServerRequest(new Uint8Array(body), relay.keys.box);
      const tapped: TappedRequest = {
        from: opened.from,
        request: opened.request,
        connection: connections.get(socket) ?? -1,
        pushSizes: pushSizes(opened.request),
      };
      requests.push(tapped);
      return { tapped, boxKey: opened.boxKey, version: opened.version };
    } catch {
      // Not a request the relay could open either; the relay answers it, nothing to record.
      return undefined;
    }
  };
  const forward = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const tapped = req.method === 'POST' ? record(body, req.socket) : undefined;
    const reply = await fetch(`${relay.url}${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers: { 'content-type': req.headers['content-type'] ?? 'application/octet-stream' },
      ...(req.method === 'POST' ? { body: new Uint8Array(body) } : {}),
    });
    const replyBody = new Uint8Array(await reply.arrayBuffer());
    const retryAfter = reply.headers.get('retry-after') ?? '';
    if (tapped) tapped.tapped.answer = answerOf(reply.status, retryAfter, replyBody, tapped);
    res.writeHead(reply.status, {
      'content-type': reply.headers.get('content-type') ?? 'application/octet-stream',
      ...(retryAfter ? { 'retry-after': retryAfter } : {}),
    });
    res.end(replyBody);
  };
  const server: Server = createServer((req, res) => {
    forward(req, res).catch(() => {
      res.destroy();
    });
  });
  server.on('connection', (socket) => {
    connections.set(socket, nextConnection++);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
