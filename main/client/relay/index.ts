/**
 * main/client/relay — the client side of the relay protocol (docs/PROTOCOL.md §6–§8): POST /v1
 * (relay-client.ts) and POST /v1/blob (blob-client.ts).
 */
export * from './relay-client';
export * from './blob-client';
export {
  blobRelayCode,
  BLOB_RELAY_CODES,
  MAX_BLOB_REPLY_BYTES,
  type BlobCreated,
  type BlobInfo,
  type BlobRelayCode,
} from './blob-replies';
export * from './errors';
export type * from './types';
export {
  dedicatedConnection,
  type DedicatedConnection,
  type DedicatedTls,
  type FetchLike,
} from './http';
export { isAllowedRelayUrl, relayHostScope, type RelayHostScope } from './url-policy';
