/**
 * MeowApi over the browser host's WebSocket (main/api/ws-protocol.ts): one JSON request per
 * command with a numeric id, replies matched by id, events fanned out to listeners. The socket
 * reconnects with exponential backoff; calls made while it is down wait for the next open, and
 * every call still waiting when a socket closes is rejected with DISCONNECTED (the engine may or
 * may not have run it, so the UI reloads what it shows rather than guessing).
 */
import type {
  ApiEventName,
  ApiEvents,
  CommandName,
  MeowApi,
  MeowCommands,
} from '../../../main/api/contract';
import type { WsRequest, WsServerFrame } from '../../../main/api/ws-protocol';
import { COMMAND_LIST } from './commands';
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

interface Call {
  readonly frame: string;
  readonly resolve: (value: unknown) => void;
  readonly reject: (err: Error) => void;
}

type AnyListener = (payload: unknown) => void;

export function createWsApi(options: WsClientOptions): WsApi {
  const createSocket = options.createSocket ?? ((url: string): SocketLike => new WebSocket(url));
  const { initialMs, maxMs } = options.backoff ?? { initialMs: 250, maxMs: 10_000 };
  const listeners = new Map<string, Set<AnyListener>>();
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

  const emit = (event: string, payload: unknown): void => {
    for (const fn of [...(listeners.get(event) ?? [])]) {
      try {
        fn(payload);
      } catch {
        // One broken listener must not stop the others.
      }
    }
  };

  const onFrame = (data: unknown): void => {
    if (typeof data !== 'string') return;
    let frame: WsServerFrame;
    try {
      frame = JSON.parse(data) as WsServerFrame;
    } catch {
      return;
    }
    if (typeof frame !== 'object' || (frame as unknown) === null) return;
    if ('id' in frame && typeof frame.id === 'number') {
      const call = inFlight.get(frame.id);
      if (!call) return;
      inFlight.delete(frame.id);
      const response = frame.response;
      if (response.ok) call.resolve(response.result);
      else call.reject(new MeowError(response.error.code, response.error.message));
    } else if ('event' in frame && typeof frame.event === 'string') {
      emit(frame.event, frame.payload);
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

  const call = (command: CommandName, args: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (closed) {
        reject(new MeowError(DISCONNECTED, 'the connection to Meow is closed'));
        return;
      }
      const id = nextId++;
      const request: WsRequest = { id, command, args: args ?? {} };
      const entry: Call = { frame: JSON.stringify(request), resolve, reject };
      if (socket?.readyState === OPEN && status === 'open') transmit(id, entry);
      else queued.set(id, entry);
    });

  const commands = Object.fromEntries(
    COMMAND_LIST.map((name) => [name, (args: unknown) => call(name, args)]),
  ) as unknown as MeowCommands;

  connect();

  return {
    commands,
    on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const fn = listener as AnyListener;
      set.add(fn);
      return () => {
        set.delete(fn);
      };
    },
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

/** ws(s)://<host>/api?token=… (WS_PATH of ws-protocol.ts) for the page at `location`. */
export function apiUrl(location: Pick<Location, 'protocol' | 'host'>, token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/api?token=${encodeURIComponent(token)}`;
}

/** The token in a '#token=…' fragment ('' when there is none). */
export function tokenFromHash(hash: string): string {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  return params.get('token') ?? '';
}
