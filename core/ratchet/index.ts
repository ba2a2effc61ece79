/** core/ratchet — Signal's Double Ratchet (docs/PROTOCOL.md §5), pure and serializable. */
export { deriveSessionSecret } from './kdf';
export { decodeRatchetMessage, encodeRatchetMessage, HEADER_BYTES } from './header';
export type { RatchetHeader, RatchetMessage } from './header';
export { parseRatchetState, serializeRatchetState, STATE_VERSION } from './state';
export type { RatchetState } from './state';
export { BINARY_STATE_VERSION, decodeRatchetState, encodeRatchetState } from './state-binary';
export {
  initAnswerer,
  initInitiator,
  MAX_SKIP,
  MAX_SKIPPED_TOTAL,
  primeWithRemoteRatchetKey,
  ratchetDecrypt,
  ratchetEncrypt,
  ratchetPublicKey,
} from './ratchet';
