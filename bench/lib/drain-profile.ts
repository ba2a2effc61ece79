/**
 * A CPU profile of one span of this process (node:inspector), for bench:latency's backlog
 * drain: `BENCH_CPU_PROFILE_DIR=dir` writes `dir/backlog-drain.cpuprofile` covering Bob's
 * reopen to his last message.received only (a whole-process --cpu-prof would mix in Alice's
 * fill and the ceilings). Open it in Chrome DevTools or summarise it with any cpuprofile tool.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';

export interface SpanProfile {
  /** Stops profiling and writes the file (no-op when profiling was off). */
  stop(): Promise<void>;
}

export async function profileSpan(name: string): Promise<SpanProfile> {
  const dir = process.env.BENCH_CPU_PROFILE_DIR;
  if (dir === undefined || dir === '') return { stop: () => Promise.resolve() };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    },
  };
}
