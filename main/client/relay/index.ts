/** main/client/relay — the client side of the relay protocol (docs/PROTOCOL.md §6–§8). */
export * from './relay-client';
export * from './errors';
export type * from './types';
export { dedicatedConnection, type DedicatedConnection, type FetchLike } from './http';
