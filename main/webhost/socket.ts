/**
 * The API WebSocket of the browser host (main/api/ws-protocol.ts): each text frame is one
 * WsRequest, answered by one WsReply through the shared dispatcher; every session event goes
 * to every connected socket as a WsEvent. A frame that is not a request at all (not JSON, not
 * an object, no numeric id, binary) closes that socket with a clear reason; the host and its
 * other sockets carry on. A request with a bad command or bad arguments is an ordinary error
 * reply (the dispatcher's INVALID_ARGUMENT).
 */
import type { Duplex } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { ApiCaller } from '../api/caller';
import type { ApiEventName, ApiEvents, ApiResponse, CommandName } from '../api/contract';
import type { Dispatch } from '../api/dispatcher';
import { EVENT_NAMES } from '../api/names';
import type { ApiSession } from '../api/session';
import type { WsEvent, WsReply } from '../api/ws-protocol';

/** Largest frame accepted (a message text is ≤ 64 KiB, an avatar ≤ 512 KiB). */
export const MAX_FRAME_BYTES = 1024 * 1024;
/** Requests one socket may have in flight; beyond that the client is misbehaving. */
export const MAX_IN_FLIGHT = 256;
/** A socket that stops reading while this much is queued for it is dropped. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

export const CLOSE_POLICY = 1008;
export const CLOSE_UNSUPPORTED = 1003;
export const CLOSE_GOING_AWAY = 1001;

export interface ApiSockets {
  /** Completes an upgrade the caller has already authorized. */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Open sockets right now. */
  count(): number;
  /** Closes every socket (1001) and stops forwarding events. */
  close(): Promise<void>;
}

function frameText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

/** The request's id and fields, or the reason it is not a request. */
export function parseRequest(
  text: string,
): { id: number; command: unknown; args: unknown } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'malformed frame: not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'malformed frame: expected {"id","command","args"}' };
  }
  const frame = value as Record<string, unknown>;
  const id = frame.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) {
    return { error: 'malformed frame: "id" must be a non-negative integer' };
  }
  return { id, command: frame.command, args: frame.args };
}

const INTERNAL: ApiResponse<CommandName> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'something went wrong' },
};

function send(ws: WebSocket, text: string): void {
  if (ws.readyState !== WebSocket.OPEN) return;
  if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
    ws.close(CLOSE_POLICY, 'not reading its frames');
    return;
  }
  ws.send(text);
}

function replyText(id: number, response: ApiResponse<CommandName>): string {
  try {
    return JSON.stringify({ id, response } satisfies WsReply);
  } catch {
    return JSON.stringify({ id, response: INTERNAL } satisfies WsReply);
  }
}

export function createApiSockets(
  session: ApiSession,
  dispatch: Dispatch,
  log: (line: string) => void,
): ApiSockets {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    perMessageDeflate: false,
    clientTracking: true,
  });

  const broadcast = <E extends ApiEventName>(event: E, payload: ApiEvents[E]): void => {
    let text: string;
    try {
      text = JSON.stringify({ event, payload } satisfies WsEvent<E>);
    } catch {
      log(`event ${event} could not be encoded`);
      return;
    }
    for (const ws of wss.clients) send(ws, text);
  };
  const unsubscribe = EVENT_NAMES.map((name) =>
    session.events.on(name, (payload) => {
      broadcast(name, payload);
    }),
  );

  const onConnection = (ws: WebSocket): void => {
    let inFlight = 0;
    // One page per socket: a reload or a closed tab closes it (files it was handing over end).
    const caller = new ApiCaller();
    ws.once('close', () => {
      caller.end();
    });
    ws.on('error', (err) => {
      log(`socket error: ${err.message}`);
    });
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        ws.close(CLOSE_UNSUPPORTED, 'binary frames are not supported; send JSON text');
        return;
      }
      const request = parseRequest(frameText(data));
      if ('error' in request) {
        ws.close(CLOSE_POLICY, request.error);
        return;
      }
      if (inFlight >= MAX_IN_FLIGHT) {
        ws.close(CLOSE_POLICY, `more than ${MAX_IN_FLIGHT} requests in flight`);
        return;
      }
      inFlight += 1;
      void dispatch(request.command, request.args, caller)
        .catch(() => INTERNAL)
        .then((response) => {
          inFlight -= 1;
          send(ws, replyText(request.id, response));
        });
    });
  };

  return {
    accept(req, socket, head) {
      wss.handleUpgrade(req, socket, head, onConnection);
    },
    count: () => wss.clients.size,
    async close() {
      for (const off of unsubscribe) off();
      const closed = [...wss.clients].map(
        (ws) =>
          new Promise<void>((resolve) => {
            if (ws.readyState === WebSocket.CLOSED) {
              resolve();
              return;
            }
            ws.once('close', () => {
              resolve();
            });
            ws.close(CLOSE_GOING_AWAY, 'host shutting down');
          }),
      );
      // A peer that never answers the close handshake is cut after a moment.
      const timer = setTimeout(() => {
        for (const ws of wss.clients) ws.terminate();
      }, 1_000);
      await Promise.all(closed);
      clearTimeout(timer);
      await new Promise<void>((resolve) => {
        wss.close(() => {
          resolve();
        });
      });
    },
  };
}
