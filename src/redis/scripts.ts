/**
 * The limiter's Redis scripts. Each runs atomically, and every time in them is Redis' clock
 * (`TIME`), so the limits do not depend on the clocks of the hosts that share them.
 *
 * A credential's limits are buckets: the credential-wide one, and one per limited route. A bucket
 * has up to three keys: `places`, a sorted set of the requests holding one of its concurrency
 * places (member: the request's lease id, score: when the lease runs out); `starts`, a sorted set
 * of its starts in the last window (score: start time); `pace`, when its last start was planned
 * (starts are spaced evenly, one per window / limit).
 */

/**
 * Takes a place for one request, or says why not. KEYS[1]: the credential's hold (set after a
 * 429); then per bucket (the credential's, then the route's when it has one) `places`, `starts`,
 * `pace`. ARGV[1]: the window (ms); ARGV[2]: the request's lease id; ARGV[3]: the lease (ms); then
 * per bucket: concurrent limit, starts per window, spacing (ms), each 0 for none.
 *
 * Returns `{ code, ms, starts }`: code 0, the place is taken (the lease recorded in every bucket's
 * `places`, the start in every `starts`) and `starts` is the credential's starts in the window,
 * this one included; 1, the credential is held for `ms`; 2 or 3, the credential-wide bucket has
 * no room: its rate for `ms` (2), or its places, the first of which runs out in `ms` (3); 4 or 5,
 * the same for the route's bucket. Nothing is written unless the place is taken.
 */
export const ACQUIRE_SCRIPT = `
local hold = redis.call('PTTL', KEYS[1])
if hold > 0 then return {1, hold, 0} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local window = tonumber(ARGV[1])
local lease = tonumber(ARGV[3])
local buckets = (#KEYS - 1) / 3

local function room(b)
  local places, starts, pace = KEYS[b * 3 - 1], KEYS[b * 3], KEYS[b * 3 + 1]
  local concurrent = tonumber(ARGV[b * 3 + 1])
  local limit = tonumber(ARGV[b * 3 + 2])
  local spacing = tonumber(ARGV[b * 3 + 3])
  if concurrent > 0 then
    redis.call('ZREMRANGEBYSCORE', places, '-inf', now)
    if redis.call('ZCARD', places) >= concurrent then
      local first = redis.call('ZRANGE', places, 0, 0, 'WITHSCORES')
      return b * 2 + 1, math.max(1, math.ceil(tonumber(first[2]) - now))
    end
  end
  if limit > 0 then
    redis.call('ZREMRANGEBYSCORE', starts, '-inf', now - window)
    local at = now
    local planned = tonumber(redis.call('GET', pace))
    if planned then at = math.max(at, planned + spacing) end
    local count = redis.call('ZCARD', starts)
    if count >= limit then
      local oldest = redis.call('ZRANGE', starts, count - limit, count - limit, 'WITHSCORES')
      at = math.max(at, tonumber(oldest[2]) + window)
    end
    if at > now then return b * 2, math.ceil(at - now) end
  end
  return 0, 0
end

for b = 1, buckets do
  local code, ms = room(b)
  if code > 0 then return {code, ms, 0} end
end
local first = 0
for b = 1, buckets do
  local places, starts, pace = KEYS[b * 3 - 1], KEYS[b * 3], KEYS[b * 3 + 1]
  if tonumber(ARGV[b * 3 + 1]) > 0 then
    redis.call('ZADD', places, now + lease, ARGV[2])
    redis.call('PEXPIRE', places, lease * 2)
  end
  local spacing = tonumber(ARGV[b * 3 + 3])
  if tonumber(ARGV[b * 3 + 2]) > 0 then
    redis.call('ZADD', starts, now, ARGV[2])
    redis.call('PEXPIRE', starts, math.ceil(window * 2))
    -- The plan, not the moment this start came: a few ms of lateness (timers, round trips) do not
    -- pile up start after start. The window above keeps the limit whatever happens.
    local planned = tonumber(redis.call('GET', pace))
    local plan = now
    if planned then plan = math.max(planned + spacing, now - math.min(spacing / 2, 10)) end
    redis.call('SET', pace, tostring(plan), 'PX', math.ceil(window * 2))
    if b == 1 then first = redis.call('ZCARD', starts) end
  end
end
return {0, 0, first}`;

/**
 * Renews a lease for ARGV[1] ms from now, in KEYS (the `places` of its buckets). ARGV[2]: the
 * lease id; ARGV[3]: 1 when its request was sent. Returns 1 when the lease was renewed; 2 when it
 * had run out but its request was sent (it is in flight: it is counted again, even above the
 * limit, until it ends); 0 when it had run out before its request was sent (the place may be
 * another's: the lease is dropped and the request must not be sent).
 */
export const RENEW_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local lease = tonumber(ARGV[1])
local held = true
for i = 1, #KEYS do
  if not redis.call('ZSCORE', KEYS[i], ARGV[2]) then held = false end
end
if held or ARGV[3] == '1' then
  for i = 1, #KEYS do
    redis.call('ZADD', KEYS[i], now + lease, ARGV[2])
    redis.call('PEXPIRE', KEYS[i], lease * 2)
  end
  if held then return 1 end
  return 2
end
for i = 1, #KEYS do redis.call('ZREM', KEYS[i], ARGV[2]) end
return 0`;

/**
 * Moves a start to now, when its request is handed to the transport (it was recorded when the
 * place was granted): the time the process took to get back to it (its event loop, the host's
 * scheduler) no longer shortens the window. KEYS: the `starts` logs of its buckets; ARGV[1]: the
 * lease id. A start already gone from a log is left out.
 */
export const SENT_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
for i = 1, #KEYS do
  local at = redis.call('ZSCORE', KEYS[i], ARGV[1])
  if at and tonumber(at) < now then redis.call('ZADD', KEYS[i], now, ARGV[1]) end
end
return 1`;

/**
 * Ends a lease: removes ARGV[1] from KEYS (the `places` of its buckets, then, when its request was
 * not sent, the `starts` too: a start that never reached SmartRecruiters is given back), and tells
 * the processes waiting for a place (PUBLISH on ARGV[2]). ARGV[3]: how many of KEYS are `places`.
 */
export const RELEASE_SCRIPT = `
local places = tonumber(ARGV[3])
local freed = 0
for i = 1, #KEYS do
  local removed = redis.call('ZREM', KEYS[i], ARGV[1])
  if i <= places then freed = freed + removed end
end
if freed > 0 then redis.call('PUBLISH', ARGV[2], '') end
return freed`;

/** Holds the credential for ARGV[1] ms (KEYS[1]), unless a longer hold is already in force. */
export const HOLD_SCRIPT = `
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then redis.call('SET', KEYS[1], '1', 'PX', ms) end
return 1`;
