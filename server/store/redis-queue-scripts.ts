/**
 * The queue scripts of the Redis store (layout in redis.ts). Every script takes
 * KEYS = msg:{hex}, meta:{hex} and works with the relay's clock (`now`, passed in), never with
 * Redis's own: the PEXPIREs are only a backstop that removes abandoned keys.
 *
 * Numbers: Lua numbers are doubles, exact for every seq, time and byte count below 2^53; they
 * go back to Redis through `fmt` (never tostring, which would print 1.8e+15).
 */

/** Helpers every queue script starts with. */
const PRELUDE = `
-- Redis's Lua has the struct library: C speed, exact for integers below 2^53 (every seq, time
-- and byte count here), and the same bytes as codec.ts's u64 BE (struct.pack('>I8', n)).
local function readU64(s, offset) return (struct.unpack('>I8', s, offset + 1)) end

local function fmt(n) return string.format('%.0f', n) end

-- The queue's metadata, or nil when there is none or it idled out (then both keys go: every
-- entry expired long before, since the idle time is at least the TTL).
local function loadMeta(msg, meta, now, idle)
  local f = redis.call('HMGET', meta, 'last', 'acked', 'total', 'base', 'at', 'touched')
  if not f[1] then return nil end
  local m = { last = tonumber(f[1]), acked = tonumber(f[2]), total = tonumber(f[3]),
              base = tonumber(f[4]), at = tonumber(f[5]), touched = tonumber(f[6]) }
  if now - m.touched >= idle then
    redis.call('DEL', msg, meta)
    return nil
  end
  return m
end

-- Removes the expired prefix (receivedAt only grows with seq, so expired entries are a prefix)
-- and returns the first live member, or nil when none is left. Pages start at one member (the
-- head is usually live, and members may be large) and grow while whole pages expire.
local function prune(msg, m, now, ttl)
  if now - m.at >= ttl then
    redis.call('DEL', msg)
    return nil
  end
  local size = 1
  while true do
    local page = redis.call('ZRANGE', msg, 0, size - 1)
    if #page == 0 then return nil end
    for i = 1, #page do
      if now - readU64(page[i], 8) < ttl then
        if i > 1 then redis.call('ZREMRANGEBYRANK', msg, 0, i - 2) end
        return page[i]
      end
    end
    redis.call('ZREMRANGEBYRANK', msg, 0, #page - 1)
    if size < 64 then size = size * 2 end
  end
end

-- KEYS[3], when given, is the request's replay record (seen:{id}) and ARGV[tokenAt] the value
-- its admission stored there (redis.ts afterAdmission): the operation goes ahead only if that
-- admission succeeded, so it can travel to Redis in the same write as the admission.
local function refused(tokenAt)
  return KEYS[3] ~= nil and redis.call('GET', KEYS[3]) ~= ARGV[tokenAt]
end

local function touch(meta, now, idle)
  redis.call('HSET', meta, 'touched', fmt(now))
  redis.call('PEXPIRE', meta, idle)
end
`;

/**
 * ARGV: now, ttlMs, metaIdleMs, maxLength, maxBytes, wake channel, base for a new counter,
 * publish command (PUBLISH on one Redis; SPUBLISH on a cluster, where the channel shares the
 * queue's slot), admission token (see `refused`; -2 when refused), then the messages in order. Returns one seq per message, 0 for a message the
 * queue's limits refused (checked per message in order, exactly as one enqueue after another:
 * a refused message changes nothing, a later smaller one may still fit). A member is
 * seq ‖ receivedAt ‖ offset ‖ message (u64 BE each); `offset` is the queue's byte total before
 * it, so the bytes stored are `total` minus the first member's offset — acks then need not read
 * what they delete. One ZADD, one metadata write and one publish (after the ZADD, so a woken
 * reader finds the entries) serve the whole batch.
 */
export const ENQUEUE = `${PRELUDE}
if refused(9) then return -2 end
local msg, meta = KEYS[1], KEYS[2]
local now, ttl, idle = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local maxLength, maxBytes = tonumber(ARGV[4]), tonumber(ARGV[5])
local m = loadMeta(msg, meta, now, idle)
if not m then
  -- A new counter: whatever is left under msg belongs to a forgotten incarnation.
  redis.call('DEL', msg)
  local base = tonumber(ARGV[7])
  m = { last = base, acked = base, total = 0, base = base, at = 0 }
end
local first = prune(msg, m, now, ttl)
local used = 0
if first then used = m.total - readU64(first, 16) end
local count = redis.call('ZCARD', msg)
if now > m.at then m.at = now end
local seqs, members = {}, {}
for i = 10, #ARGV do
  local size = #ARGV[i]
  if count + 1 > maxLength or used + size > maxBytes then
    seqs[#seqs + 1] = 0
  else
    m.last = m.last + 1
    members[#members + 1] = fmt(m.last)
    members[#members + 1] = struct.pack('>I8I8I8', m.last, m.at, m.total) .. ARGV[i]
    m.total = m.total + size
    used = used + size
    count = count + 1
    seqs[#seqs + 1] = m.last
  end
end
if #members == 0 then return seqs end
-- In slices: unpack has a stack limit (a few thousand values).
for i = 1, #members, 1000 do
  redis.call('ZADD', msg, unpack(members, i, math.min(i + 999, #members)))
end
redis.call('HSET', meta, 'last', fmt(m.last), 'acked', fmt(m.acked), 'total', fmt(m.total),
  'base', fmt(m.base), 'at', fmt(m.at))
touch(meta, now, idle)
redis.call('PEXPIRE', msg, ttl)
redis.call(ARGV[8] == 'SPUBLISH' and 'SPUBLISH' or 'PUBLISH', ARGV[6], fmt(m.last))
return seqs
`;

/**
 * ARGV: after (decimal), how many members to return, now, ttlMs, metaIdleMs, admission token
 * (see `refused`; -2 when refused). Returns {-1} without metadata, else {last, acked, base, first live seq or 0, members…}.
 */
export const READ = `${PRELUDE}
if refused(6) then return -2 end
local msg, meta = KEYS[1], KEYS[2]
local now, ttl, idle = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local m = loadMeta(msg, meta, now, idle)
if not m then return { -1 } end
local first = prune(msg, m, now, ttl)
touch(meta, now, idle)
local out = { m.last, m.acked, m.base, 0 }
if first then out[4] = readU64(first, 0) end
local members = redis.call('ZRANGEBYSCORE', msg, '(' .. ARGV[1], '+inf', 'LIMIT', 0, ARGV[2])
for i = 1, #members do out[#out + 1] = members[i] end
return out
`;

/**
 * ARGV: cursor (decimal), now, metaIdleMs, admission token (see `refused`; -2 when refused). Removes entries <= cursor and raises the ack cursor,
 * never beyond the last issued seq. Returns 0 when the queue has no metadata (nothing to do).
 */
export const ACK = `${PRELUDE}
if refused(4) then return -2 end
local msg, meta = KEYS[1], KEYS[2]
local now, idle = tonumber(ARGV[2]), tonumber(ARGV[3])
local m = loadMeta(msg, meta, now, idle)
if not m then return 0 end
local upTo = math.min(tonumber(ARGV[1]), m.last)
if upTo > m.acked then redis.call('HSET', meta, 'acked', fmt(upTo)) end
redis.call('ZREMRANGEBYSCORE', msg, '-inf', fmt(upTo))
touch(meta, now, idle)
return 1
`;
