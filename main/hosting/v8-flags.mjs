/**
 * The V8 flags every host we ship runs with (docs/PROTOCOL.md, Deviations, "Host V8 flags";
 * README, bench:crypto): the relay (`npm run server`), the browser host (`npm run start:web`),
 * the benches, and Electron (`npm start`, as `--js-flags`). `--no-liftoff` compiles libsodium's
 * WebAssembly with the optimizing tier up front; the semi-space sizes give the young generation
 * a fixed size, because each message allocates a few dozen short-lived arrays.
 *
 * This is the only place they are written. Node processes get them on their command line from
 * scripts/run.mjs: the semi-space sizes are fixed when V8 creates its heap, so they cannot be
 * set from inside a running process. Electron gets them from scripts/run.mjs --electron (main
 * process) and main/electron/prelude.ts (renderers). Plain JavaScript so that scripts/run.mjs
 * reads it without a TypeScript loader; the types are in v8-flags.d.mts.
 */

/** The flags, one command-line argument each. */
export const V8_FLAGS = Object.freeze([
  '--no-liftoff',
  '--min-semi-space-size=16',
  '--max-semi-space-size=32',
]);

/** The same flags as one argument: Electron's `--js-flags=…` and `js-flags` switch. */
export const JS_FLAGS = V8_FLAGS.join(' ');

/**
 * The one flag that still takes effect when set at run time (v8.setFlagsFromString): V8 reads
 * it whenever a WebAssembly module is compiled.
 */
export const RUNTIME_V8_FLAG = '--no-liftoff';
