import type { ChildProcess } from 'node:child_process';

/**
 * Server processes a test started (redis-server, relays) must not outlive the test process:
 * every tracked child is SIGKILLed when the test process exits, and forgotten once it exits.
 */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

export function trackChild(child: ChildProcess): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const c of live) c.kill('SIGKILL');
    });
  }
  live.add(child);
  child.once('exit', () => live.delete(child));
}
