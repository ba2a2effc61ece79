import type { Redis } from 'ioredis';

/**
 * What redis-server itself reports (INFO), sampled before and after a phase of a relay bench:
 * its CPU time, the commands it executed (commands sent by clients and those run inside Lua
 * scripts are both counted, by name), the bytes it read and wrote on the network, and its
 * memory. The sampling connection's own INFO calls are left out.
 */
export interface RedisSample {
  /** used_cpu_user + used_cpu_sys, microseconds. */
  readonly cpuMicros: number;
  readonly calls: ReadonlyMap<string, number>;
  readonly netInBytes: number;
  readonly netOutBytes: number;
  readonly usedMemory: number;
}

export interface RedisDelta {
  readonly cpuMicros: number;
  /** Per command name, sorted by count. */
  readonly calls: readonly (readonly [string, number])[];
  /** Commands clients sent (EVALSHA, SET, …), without the commands scripts ran. */
  readonly sent: number;
  /** Every command executed, those inside scripts included. */
  readonly executed: number;
  readonly netInBytes: number;
  readonly netOutBytes: number;
  readonly usedMemory: number;
}

/** Commands a client sends that run others (whose calls commandstats counts separately). */
const SCRIPT_COMMANDS = new Set(['evalsha', 'eval', 'evalsha_ro', 'eval_ro', 'fcall']);
/** Sent by clients but not part of any workload: the meter's INFO, connection set-up. */
const IGNORED = new Set(['info', 'config|resetstat', 'client|setname', 'select', 'hello']);

function field(text: string, name: string): number {
  const match = new RegExp(`^${name}:([\\d.]+)`, 'm').exec(text);
  return match ? Number(match[1]) : 0;
}

export async function sampleRedis(redis: Redis): Promise<RedisSample> {
  const [general, commands] = await Promise.all([redis.info(), redis.info('commandstats')]);
  const calls = new Map<string, number>();
  for (const match of commands.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    const name = match[1] ?? '';
    if (!IGNORED.has(name)) calls.set(name, Number(match[2]));
  }
  return {
    cpuMicros: Math.round((field(general, 'used_cpu_user') + field(general, 'used_cpu_sys')) * 1e6),
    calls,
    netInBytes: field(general, 'total_net_input_bytes'),
    netOutBytes: field(general, 'total_net_output_bytes'),
    usedMemory: field(general, 'used_memory'),
  };
}

/**
 * The change from `before` to `after`. The INFO replies of the sampling itself (a few KiB) are
 * part of the network bytes; over phases of thousands of messages they are noise.
 */
export function redisDelta(before: RedisSample, after: RedisSample): RedisDelta {
  const calls: [string, number][] = [];
  for (const [name, count] of after.calls) {
    const delta = count - (before.calls.get(name) ?? 0);
    if (delta > 0) calls.push([name, delta]);
  }
  calls.sort((a, b) => b[1] - a[1]);
  const scriptsRan = calls.some(([name]) => SCRIPT_COMMANDS.has(name));
  const sum = (list: readonly (readonly [string, number])[]): number =>
    list.reduce((total, [, count]) => total + count, 0);
  return {
    cpuMicros: after.cpuMicros - before.cpuMicros,
    calls,
    sent: sum(calls.filter(([name]) => !scriptsRan || !INSIDE_SCRIPTS.has(name))),
    executed: sum(calls),
    netInBytes: after.netInBytes - before.netInBytes,
    netOutBytes: after.netOutBytes - before.netOutBytes,
    usedMemory: after.usedMemory - before.usedMemory,
  };
}

/**
 * Commands the relay's store runs only inside its Lua scripts (server/store/redis*.ts), so that
 * while scripts run, "sent" counts what crossed the network: the scripts, SET (the replay
 * record) and the like. Without scripts (the raw baseline) every command was sent.
 */
const INSIDE_SCRIPTS = new Set([
  'hmget',
  'hset',
  'zrange',
  'zcard',
  'zadd',
  'pexpire',
  'publish',
  'spublish',
  'zrangebyscore',
  'zremrangebyscore',
  'zremrangebyrank',
  'del',
  'pttl',
  'incrby',
]);
