/**
 * core/crypto — the only module that talks to libsodium (DESIGN.md §2, §3). Everything is
 * synchronous and works on `Uint8Array`; failures are `AppError`s.
 */
export * from './bytes';
export * from './keys';
export * from './symmetric';
export * from './kdf';
export * from './fingerprint';
