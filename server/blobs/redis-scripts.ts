import { LuaScript } from '../store/redis-scripts';

/**
 * The blob store's Lua scripts. A blob's keys share the hash tag `{<blob id hex>}`, so each
 * script runs on the one master owning that slot; the quota hash is one key of its own slot.
 */

/**
 * KEYS: meta, hashes. ARGV: count, upload hash, delete hash, createdAt, expiresAt, hashes,
 * meta expiry (ms since epoch, after the tombstone period). Creates the blob unless its meta
 * exists. Returns 1 created, 0 exists (the caller compares).
 */
const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
redis.call('HSET', KEYS[1], 'count', ARGV[1], 'up', ARGV[2], 'del', ARGV[3],
  'created', ARGV[4], 'exp', ARGV[5])
redis.call('PEXPIREAT', KEYS[1], ARGV[7])
redis.call('SET', KEYS[2], ARGV[6], 'PXAT', ARGV[5])
return 1
`;

/**
 * KEYS: meta, present bitmap, chunk. ARGV: index, bytes, expiresAt. Stores a chunk (the
 * caller has checked it against the registered hash) if the blob still exists.
 */
const PUT = `
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
redis.call('SET', KEYS[3], ARGV[2], 'PXAT', ARGV[3])
redis.call('SETBIT', KEYS[2], ARGV[1], 1)
redis.call('PEXPIREAT', KEYS[2], ARGV[3])
return 1
`;

/**
 * KEYS: meta, hashes, bitmap. ARGV: chunk key prefix. Deletes the blob and its chunks (same
 * slot: the prefix carries the hash tag). Returns {count, expiresAt} or {} when absent.
 */
const DELETE = `
local f = redis.call('HMGET', KEYS[1], 'count', 'exp')
if not f[1] then
  return {}
end
local n = tonumber(f[1])
for i = 0, n - 1 do
  redis.call('DEL', ARGV[1] .. i)
end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
return {n, tonumber(f[2])}
`;

/**
 * KEYS: the quota hash (field = expiry bucket, value = bytes). ARGV: first live bucket, this
 * blob's bucket, bytes (negative releases), limit (-1: no check). Drops dead buckets, then
 * adds `bytes` unless the live total would exceed the limit. Returns the new total, or -1.
 */
const RESERVE = `
local all = redis.call('HGETALL', KEYS[1])
local live = tonumber(ARGV[1])
local sum = 0
for i = 1, #all, 2 do
  if tonumber(all[i]) < live then
    redis.call('HDEL', KEYS[1], all[i])
  else
    sum = sum + tonumber(all[i + 1])
  end
end
local add = tonumber(ARGV[3])
local limit = tonumber(ARGV[4])
if add > 0 and limit >= 0 and sum + add > limit then
  return -1
end
if add < 0 and redis.call('HEXISTS', KEYS[1], ARGV[2]) == 0 then
  return sum
end
if add ~= 0 then
  redis.call('HINCRBY', KEYS[1], ARGV[2], add)
end
return sum + add
`;

export const blobScripts = {
  create: new LuaScript(CREATE),
  put: new LuaScript(PUT),
  delete: new LuaScript(DELETE),
  reserve: new LuaScript(RESERVE),
};
