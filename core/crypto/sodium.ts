import sodiumModule from 'libsodium-wrappers-sumo';

/**
 * libsodium is compiled to WebAssembly and must finish loading before any call. Waiting once
 * at module load (top-level await) keeps every primitive in this folder synchronous, so callers
 * never thread a "ready" promise through protocol code.
 */
await sodiumModule.ready;

export const sodium = sodiumModule;
