import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import { ACK, ENQUEUE, READ } from './redis-queue-scripts';

/**
 * The Lua scripts of the Redis store. Each runs atomically, so e.g. a seq is allocated, checked
 * against the queue's limits, stored and announced with no window in which another instance
 * sees half of it. All keys one script touches (and the wake channel it publishes on) share a
 * `{hash tag}`, so on a Redis Cluster each script runs on the one master owning that slot. The
 * queue scripts are in redis-queue-scripts.ts.
 */

/**
 * KEYS: inv:{shortcode}. ARGV: record JSON, store clock, px. Like SET NX, except that a leftover
 * record already expired by the caller's clock does not block its shortcode.
 */
const CREATE_INVITATION = `
local old = redis.call('GET', KEYS[1])
if old then
  local ok, rec = pcall(cjson.decode, old)
  if ok and type(rec) == 'table' and tonumber(rec.expiresAt) and
     tonumber(rec.expiresAt) > tonumber(ARGV[2]) then
    return 0
  end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1
`;

/**
 * KEYS: rl:{bucket}:<window>. ARGV: ms until the window ends, increment (0 = only read). The
 * expiry is set whenever the key has none, so a counter created by a read also goes away.
 */
const HIT = `
local n = redis.call('INCRBY', KEYS[1], ARGV[2])
if redis.call('PTTL', KEYS[1]) < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return n
`;

/**
 * KEYS: rl:{bucket}:<window>, seen:{id}. ARGV: ms until the window ends, limit, ms to keep the
 * replay record, the value to record (the request's admission token, redis.ts). A request's bookkeeping in one round trip (single Redis only: the two keys are
 * in different cluster slots): HIT, then SET NX PX unless the count is over the limit.
 * Returns 0 admitted, 1 over the limit (nothing recorded), 2 replayed.
 */
const ADMIT = `
local n = redis.call('INCRBY', KEYS[1], 1)
if redis.call('PTTL', KEYS[1]) < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
if n > tonumber(ARGV[2]) then
  return 1
end
if redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[3], 'NX') then
  return 0
end
return 2
`;

type Arg = string | number | Buffer;

/** ioredis generates a `…Buffer` variant of every command; its typings omit these two. */
interface BufferEval {
  evalshaBuffer(...args: Arg[]): Promise<unknown>;
  evalBuffer(...args: Arg[]): Promise<unknown>;
}

/** A single Redis or a cluster: ioredis routes EVALSHA/EVAL by the first key's slot. */
export type RedisClient = Redis | Cluster;

/**
 * EVALSHA with a fallback to EVAL when Redis does not know the script (e.g. after a restart). On
 * a cluster each master has its own script cache; both commands go to the same master.
 */
export class LuaScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  /** Bulk replies come back as Buffers (entries are binary), integers as numbers. */
  async call(redis: RedisClient, keys: readonly string[], args: readonly Arg[]): Promise<unknown> {
    const rest = [keys.length, ...keys, ...args];
    const client = redis as unknown as BufferEval;
    try {
      return await client.evalshaBuffer(this.sha, ...rest);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return client.evalBuffer(this.source, ...rest);
    }
  }

  async run(redis: RedisClient, keys: readonly string[], args: readonly Arg[]): Promise<number> {
    const reply = await this.call(redis, keys, args);
    if (typeof reply !== 'number') throw new Error('unexpected reply from a Redis script');
    return reply;
  }
}

export const scripts = {
  enqueue: new LuaScript(ENQUEUE),
  read: new LuaScript(READ),
  ack: new LuaScript(ACK),
  createInvitation: new LuaScript(CREATE_INVITATION),
  hit: new LuaScript(HIT),
  admit: new LuaScript(ADMIT),
};
