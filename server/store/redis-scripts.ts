import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * The Lua scripts of the Redis store. Each runs atomically, so e.g. a seq is allocated, stored,
 * trimmed and announced with no window in which another instance sees half of it. All keys one
 * script touches share a `{hash tag}`, so they also work on Redis Cluster.
 */

/**
 * KEYS: msg:{hex}, seq:{hex}. ARGV: receivedAt (u64 BE) || message, maxLength, ttlMs, channel.
 * The member is seq (u64 BE) || ARGV[1]: unique even for identical messages. `seq:` gets no
 * expiry on purpose — see redis.ts. PUBLISH happens after ZADD, so a woken reader finds the entry.
 */
const ENQUEUE = `
local seq = redis.call('INCR', KEYS[2])
local n = seq
local bytes = {}
for i = 8, 1, -1 do
  bytes[i] = n % 256
  n = math.floor(n / 256)
end
redis.call('ZADD', KEYS[1], seq, string.char(unpack(bytes)) .. ARGV[1])
local excess = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[2])
if excess > 0 then
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, excess - 1)
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PUBLISH', ARGV[4], seq)
return seq
`;

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

/** KEYS: rl:{bucket}:<window>. ARGV: ms until the window ends. */
const HIT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return n
`;

type Arg = string | number | Buffer;

/** EVALSHA with a fallback to EVAL when Redis does not know the script (e.g. after a restart). */
class LuaScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: Redis, keys: readonly string[], args: readonly Arg[]): Promise<number> {
    let reply: unknown;
    try {
      reply = await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      reply = await redis.eval(this.source, keys.length, ...keys, ...args);
    }
    if (typeof reply !== 'number') throw new Error('unexpected reply from a Redis script');
    return reply;
  }
}

export const scripts = {
  enqueue: new LuaScript(ENQUEUE),
  createInvitation: new LuaScript(CREATE_INVITATION),
  hit: new LuaScript(HIT),
};
