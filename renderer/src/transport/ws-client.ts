/**
 * MeowApi over the browser host's WebSocket (the Ws* frames of '@meow/contract'): one JSON
 * request per command with a numeric id, replies matched by id, events fanned out to listeners.
 * The socket reconnects with exponential backoff; calls made while it is down wait for the next
 * open, and every call still waiting when a socket closes is rejected with DISCONNECTED (the
 * engine may or may not have run it, so the UI reloads what it shows rather than guessing).
 */
import {
  commandsVia,
  createEventHub,
  isEventName,
  isResponseTo,
  WS_PATH,
  type CommandArgs,
  type CommandName,
  type CommandResults,
  type MeowApi,
  type WsEvent,
  type WsRequest,
} from '@meow/contract';
import { DISCONNECTED, MeowError } from './errors';

/** The part of the DOM WebSocket the client uses (a fake one in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: Event) => unknown) | null;
  onclose: ((ev: CloseEvent) => unknown) | null;
  onmessage: ((ev: MessageEvent) => unknown) | null;
  onerror: ((ev: Event) => unknown) | null;
}

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface WsClientOptions {
  readonly url: string;
  readonly createSocket?: (url: string) => SocketLike;
  /** First retry delay and the cap (ms); each failed attempt doubles the delay. */
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
}

export interface WsApi extends MeowApi {
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  /** Closes for good: no reconnect; waiting calls are rejected. */
  close(): void;
}

const OPEN = 1;

/** A call waiting for its reply: settled by the reply's response, or rejected. */
interface Call {
  readonly frame: string;
  readonly settle: (response: unknown) => void;
  readonly reject: (err: Error) => void;
}

/**
 * An event frame: a known event name and a payload. The payload is taken as that event's type:
 * it comes from the host, the trusted side of this link (as for replies, see isResponseTo).
 */
function isEventFrame(frame: object): frame is WsEvent {
  return 'event' in frame && isEventName(frame.event) && 'payload' in frame;
}

export function createWsApi(options: WsClientOptions): WsApi {
  const createSocket = options.createSocket ?? ((url: string): SocketLike => new WebSocket(url));
  const { initialMs, maxMs } = options.backoff ?? { initialMs: 250, maxMs: 10_000 };
  const hub = createEventHub();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();
  const queued = new Map<number, Call>();
  const inFlight = new Map<number, Call>();
  let socket: SocketLike | null = null;
  let status: ConnectionStatus = 'connecting';
  let attempt = 0;
  let nextId = 1;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setStatus = (next: ConnectionStatus): void => {
    if (next === status) return;
    status = next;
    for (const fn of [...statusListeners]) fn(next);
  };

  const rejectAll = (message: string): void => {
    const calls = [...inFlight.values(), ...queued.values()];
    inFlight.clear();
    queued.clear();
    for (const call of calls) call.reject(new MeowError(DISCONNECTED, message));
  };

  const transmit = (id: number, call: Call): void => {
    try {
      socket?.send(call.frame);
      inFlight.set(id, call);
    } catch {
      call.reject(new MeowError(DISCONNECTED, 'could not send to Meow'));
    }
  };

  const onFrame = (data: unknown): void => {
    if (typeof data !== 'string') return;
    let frame: unknown;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof frame !== 'object' || frame === null) return;
    if ('id' in frame && typeof frame.id === 'number') {
      const call = inFlight.get(frame.id);
      if (!call) return;
      inFlight.delete(frame.id);
      call.settle('response' in frame ? frame.response : undefined);
    } else if (isEventFrame(frame)) {
      hub.emit(frame.event, frame.payload);
    }
  };

  const scheduleReconnect = (): void => {
    const delay = Math.min(maxMs, initialMs * 2 ** attempt);
    attempt += 1;
    setStatus('reconnecting');
    timer = setTimeout(connect, delay);
  };

  function connect(): void {
    timer = undefined;
    if (closed) return;
    let s: SocketLike;
    try {
      s = createSocket(options.url);
    } catch {
      rejectAll('could not connect to Meow');
      scheduleReconnect();
      return;
    }
    socket = s;
    s.onopen = () => {
      if (socket !== s) return;
      attempt = 0;
      setStatus('open');
      const waiting = [...queued.entries()];
      queued.clear();
      for (const [id, call] of waiting) transmit(id, call);
    };
    s.onmessage = (ev) => {
      if (socket === s) onFrame(ev.data);
    };
    s.onerror = () => undefined;
    s.onclose = () => {
      if (socket !== s) return;
      socket = null;
      rejectAll('lost the connection to Meow');
      if (closed) setStatus('closed');
      else scheduleReconnect();
    };
  }

  const call = <C extends CommandName>(
    command: C,
    args: CommandArgs<C>,
  ): Promise<CommandResults[C]> =>
    new Promise((resolve, reject) => {
      if (closed) {
        reject(new MeowError(DISCONNECTED, 'the connection to Meow is closed'));
        return;
      }
      const id = nextId++;
      const given: unknown = args; // Typed, but JavaScript callers may pass nothing.
      const request: WsRequest = { id, command, args: given ?? {} };
      const settle = (response: unknown): void => {
        if (!isResponseTo(command, response)) {
          reject(new MeowError('INTERNAL', 'malformed response from Meow'));
        } else if (response.ok) {
          resolve(response.result);
        } else {
          reject(new MeowError(response.error.code, response.error.message));
        }
      };
      const entry: Call = { frame: JSON.stringify(request), settle, reject };
      if (socket?.readyState === OPEN && status === 'open') transmit(id, entry);
      else queued.set(id, entry);
    });

  connect();

  return {
    commands: commandsVia(call),
    on: (event, listener) => hub.on(event, listener),
    status: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => {
        statusListeners.delete(listener);
      };
    },
    close() {
      if (closed) return;
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      const s = socket;
      socket = null;
      rejectAll('the connection to Meow is closed');
      setStatus('closed');
      s?.close(1000, 'closed by the page');
    },
  };
}

/** ws(s)://<host>/api?token=… (WS_PATH) for the page at `location`. */
export function apiUrl(location: Pick<Location, 'protocol' | 'host'>, token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${WS_PATH}?token=${encodeURIComponent(token)}`;
}

/** The token in a '#token=…' fragment ('' when there is none). */
export function tokenFromHash(hash: string): string {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  return params.get('token') ?? '';
}
