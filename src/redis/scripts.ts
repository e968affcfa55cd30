/**
 * The limiter's own Redis scripts, next to Bottleneck's. Times are Redis' clock (`TIME`), so the
 * window does not depend on the clocks of the hosts that share it.
 */

/**
 * The last check before a request starts, atomic across the fleet. KEYS[1]: the credential's hold
 * (set after a 429); KEYS[2..]: start logs (sorted sets of start times), ARGV[1]: the window in
 * ms, ARGV[2]: a unique member for this start, ARGV[3..]: the limit of each log. Returns
 * `{ holdMs, waitMs, starts }`: a hold in force; else how long until every log has room (nothing
 * recorded); else 0, 0 and the first log's starts in the window, this one included (it was
 * recorded in every log).
 */
export const GATE_SCRIPT = `
local hold = redis.call('PTTL', KEYS[1])
if hold > 0 then return {hold, 0, 0} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local window = tonumber(ARGV[1])
local wait = 0
local first = 0
for i = 2, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
  local count = redis.call('ZCARD', KEYS[i])
  if i == 2 then first = count end
  local limit = tonumber(ARGV[i + 1])
  if count >= limit then
    local oldest = redis.call('ZRANGE', KEYS[i], count - limit, count - limit, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + window - now)
  end
end
if wait > 0 then return {0, math.ceil(wait), first} end
for i = 2, #KEYS do
  redis.call('ZADD', KEYS[i], now, ARGV[2])
  redis.call('PEXPIRE', KEYS[i], math.ceil(window * 2))
end
return {0, 0, first + 1}`;

/** Holds the credential for ARGV[1] ms (KEYS[1]), unless a longer hold is already in force. */
export const HOLD_SCRIPT = `
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then redis.call('SET', KEYS[1], '1', 'PX', ms) end
return 1`;
