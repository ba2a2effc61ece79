/**
 * core/crypto — the only module that talks to libsodium (DESIGN.md §2, §3). Everything is
 * synchronous and works on `Uint8Array`; failures are `AppError`s.
 */
export * from './bytes';
export * from './keys';
export * from './symmetric';
export {
  chaCha20Poly1305From,
  useNativeChaCha20Poly1305,
  NATIVE_AEAD_MIN_BYTES,
  type ChaCha20Poly1305,
  type CipherLib,
} from './native-aead';
export {
  useHostCrypto,
  useNativeChaCha20Poly1305IfSound,
  useNativeSodiumIfSound,
} from './native-probe';
export {
  nativeSodiumFrom,
  useNativeSodium,
  type NativeSodium,
  type SodiumNativeLib,
} from './native-sodium';
export * from './kdf';
export * from './fingerprint';
