/**
 * The browser host's WebSocket protocol (main/webhost): the same API as Electron's IPC
 * (contract.ts), as JSON text frames on ws://127.0.0.1:<port>/api?token=<per-launch token>.
 * The page learns the token from its URL fragment (#token=…), which browsers never send to a
 * server. The host refuses a wrong token and any Origin other than its own.
 */
import type { ApiEventName, ApiEvents, ApiResponse, CommandName } from './contract';

/** UI → host: one command call; `id` is echoed in the reply. */
export interface WsRequest {
  readonly id: number;
  readonly command: CommandName;
  readonly args: unknown;
}

/** Host → UI: the reply to request `id`. */
export interface WsReply {
  readonly id: number;
  readonly response: ApiResponse<CommandName>;
}

/** Host → UI: an event. */
export interface WsEvent<E extends ApiEventName = ApiEventName> {
  readonly event: E;
  readonly payload: ApiEvents[E];
}

export type WsServerFrame = WsReply | WsEvent;

export const WS_PATH = '/api';
