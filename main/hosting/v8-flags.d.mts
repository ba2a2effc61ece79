// Types of v8-flags.mjs; the values are written there, and only there.

/** The flags, one command-line argument each. */
export declare const V8_FLAGS: readonly string[];
/** The same flags as one argument: Electron's `--js-flags=…` and `js-flags` switch. */
export declare const JS_FLAGS: string;
/** The one flag that still takes effect when set at run time (v8.setFlagsFromString). */
export declare const RUNTIME_V8_FLAG: string;
