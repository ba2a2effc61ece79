// The key-derivation worker as key-derivation.ts starts it from the source tree (browser host,
// CLI, tests): registers tsx's loader in this thread, then runs kdf-thread.ts. (A worker's
// entry cannot itself be TypeScript: Node 20 checks its extension before any loader hook.)
// The Electron build has its own kdf-worker.mjs next to main.mjs: kdf-thread.ts bundled by
// scripts/build-electron.mjs, needing no loader.
import { register } from 'tsx/esm/api';

register();
await import('./kdf-thread.ts');
