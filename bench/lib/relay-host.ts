/**
 * A relay as its own process, for the relay benches: `server/main.ts`'s start-up (the same
 * flags, parseConfig, startRelay) with an IPC channel to the bench instead of the ready line,
 * so the bench can ask for what only the process knows — held long-polls, its memory (after a
 * full GC when started with --expose-gc), its CPU time. Started by relay-procs.ts.
 */
import { parseConfig } from '../../server/config';
import { startRelay } from '../../server/relay';
import { toBase64Url } from '../../core/crypto';
import { serveParent } from './ipc';

export interface RelayStats {
  readonly heldPolls: number;
  readonly rss: number;
  readonly heapUsed: number;
  readonly external: number;
  readonly arrayBuffers: number;
  /** CPU time of the process so far (user + system), microseconds. */
  readonly cpuMicros: number;
  /** Of which in the kernel (system calls: sockets), microseconds. */
  readonly systemMicros: number;
}

function stats(heldPolls: number): RelayStats {
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  return {
    heldPolls,
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    external: memory.external,
    arrayBuffers: memory.arrayBuffers,
    cpuMicros: cpu.user + cpu.system,
    systemMicros: cpu.system,
  };
}

async function main(): Promise<void> {
  const config = parseConfig(process.argv.slice(2));
  if (config === 'help') throw new Error('relay-host takes the relay flags, not --help');
  const relay = await startRelay(config);
  const collect = (global as { gc?: () => void }).gc;
  serveParent(
    { url: relay.url, publicKey: toBase64Url(relay.card.publicKey) },
    {
      stats: () => stats(relay.heldPolls()),
      /** Full GCs until the heap stops shrinking, then the stats. */
      settle: async () => {
        if (!collect) throw new Error('start the relay host with --expose-gc');
        let previous = Infinity;
        for (let i = 0; i < 10; i++) {
          collect();
          await new Promise((resolve) => setImmediate(resolve));
          const used = process.memoryUsage().heapUsed;
          if (used >= previous * 0.999) break;
          previous = used;
        }
        return stats(relay.heldPolls());
      },
    },
    () => relay.close(),
  );
}

await main();
