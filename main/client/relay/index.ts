/** main/client/relay — the client side of the relay protocol (docs/PROTOCOL.md §6–§8). */
export * from './relay-client';
export * from './errors';
export type * from './types';
export type { FetchLike } from './http';
