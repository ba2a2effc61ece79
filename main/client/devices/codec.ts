/**
 * The multi-device pieces without I/O (MULTI_DEVICE_SPEC.md): the pairing confirmation code,
 * DeviceSyncPayload encoding and checks, and how a synced peer is adopted. The rest of this
 * folder does the storage and sending (index.ts lists it).
 */
export { pairingCode, PAIRING_CODE_DIGITS } from './pairing-code';
export {
  decodeIdentitySnapshot,
  decodePeerData,
  DEVICE_SYNC_TYPE,
  encodeHandoffPeer,
  encodeIdentitySnapshot,
  encodePeerData,
  readSyncPayload,
  SYNC_TYPES,
  syncUserMessage,
  type ReadSync,
  type SyncType,
} from './sync-payload';
export { adoptSyncedPeer, compareClaims, epochOf, primaryOnWire } from './synced-peer';
