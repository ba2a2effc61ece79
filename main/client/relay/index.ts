/** main/client/relay — the client side of the relay protocol (docs/PROTOCOL.md §6–§8). */
export * from './relay-client';
export * from './errors';
export type * from './types';
export {
  dedicatedConnection,
  type DedicatedConnection,
  type DedicatedTls,
  type FetchLike,
} from './http';
export { isAllowedRelayUrl, relayHostScope, type RelayHostScope } from './url-policy';
