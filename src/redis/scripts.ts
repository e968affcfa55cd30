/**
 * The limiter's Redis scripts. Each runs atomically, and every time in them is Redis' clock
 * (`TIME`), so the limits do not depend on the clocks of the hosts that share them.
 *
 * A credential's limits are buckets: the credential-wide one, and one per limited route. A bucket
 * has five keys: `places`, a sorted set of the requests holding one of its concurrency places
 * (member: the request's lease id, score: when the lease runs out); `starts`, its starts in the
 * last window (score: start time); `pace`, when its last start was planned (starts are spaced
 * evenly, one per window / limit); `turns`, the processes waiting for it, in the order they began
 * to wait (score), and `back`, when each said it would ask again (score): a process that does
 * not is forgotten then (it died, froze, or no longer waits).
 */

/**
 * Takes a place for one request, or says why not. KEYS[1]: the credential's hold (set after a
 * 429); then per bucket (the credential's, then the route's when it has one) `places`, `starts`,
 * `pace`, `turns`, `back`. ARGV[1]: the window (ms); ARGV[2]: the request's lease id; ARGV[3]: the
 * lease (ms); ARGV[4]: the asking process's id; ARGV[5]: how late it may ask again before it is
 * forgotten (ms); ARGV[6]: how soon it asks again while a place is taken (ms); ARGV[7]: the
 * credential's channel; ARGV[8]: 1 when the process has other requests waiting that do not need
 * this route (it keeps its credential-wide turn for them); then per bucket: concurrent limit,
 * starts per window, spacing (ms), each 0 for none.
 *
 * A bucket with room goes to the process that has waited for it longest (fair turns across the
 * fleet): another process is told to wait, and joins the line. Returns `{ code, ms, starts }`:
 * code 0, the place is taken (the lease recorded in every bucket's `places`, the start in every
 * `starts`, the process out of the lines, the processes still in line told) and `starts` is the
 * credential's starts in the window, this one included; 1, the credential is held for `ms`; 2 or
 * 3, the credential-wide bucket is not this process's for `ms`: its rate (2), or its places or
 * another's turn (3: a message may end the wait sooner); 4 or 5, the same for the route's bucket.
 */
export const ACQUIRE_SCRIPT = `
local hold = redis.call('PTTL', KEYS[1])
if hold > 0 then return {1, hold, 0} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local window = tonumber(ARGV[1])
local lease = tonumber(ARGV[3])
local proc = ARGV[4]
local grace = tonumber(ARGV[5])
local poll = tonumber(ARGV[6])
local buckets = (#KEYS - 1) / 5

local function key(b, i) return KEYS[1 + (b - 1) * 5 + i] end
local function arg(b, i) return tonumber(ARGV[8 + (b - 1) * 3 + i]) end
local function keep(k, ms)
  if redis.call('PTTL', k) < ms then redis.call('PEXPIRE', k, math.ceil(ms)) end
end

-- Room in bucket b now: 0, or how long until there is, and whether a freed place ends the wait.
local function room(b)
  local concurrent, limit, spacing = arg(b, 1), arg(b, 2), arg(b, 3)
  if concurrent > 0 then
    redis.call('ZREMRANGEBYSCORE', key(b, 1), '-inf', now)
    if redis.call('ZCARD', key(b, 1)) >= concurrent then
      local first = redis.call('ZRANGE', key(b, 1), 0, 0, 'WITHSCORES')
      return math.max(1, math.ceil(tonumber(first[2]) - now)), true
    end
  end
  if limit > 0 then
    redis.call('ZREMRANGEBYSCORE', key(b, 2), '-inf', now - window)
    local at = now
    local planned = tonumber(redis.call('GET', key(b, 3)))
    if planned then at = math.max(at, planned + spacing) end
    local count = redis.call('ZCARD', key(b, 2))
    if count >= limit then
      local oldest = redis.call('ZRANGE', key(b, 2), count - limit, count - limit, 'WITHSCORES')
      at = math.max(at, tonumber(oldest[2]) + window)
    end
    if at > now then return math.ceil(at - now), false end
  end
  return 0, false
end

-- Not this process's bucket b for now: it waits in line, and says when it will ask again.
local function refuse(b, ms, freed)
  if freed then ms = math.min(ms, poll) end
  redis.call('ZADD', key(b, 4), 'NX', now, proc)
  redis.call('ZADD', key(b, 5), now + ms + grace, proc)
  keep(key(b, 4), ms + grace + window)
  keep(key(b, 5), ms + grace + window)
  if b > 1 and ARGV[8] ~= '1' and redis.call('ZREM', key(1, 4), proc) > 0 then
    -- Neither this request nor another of the process can use the credential's turn now: the
    -- next process in line gets it.
    redis.call('ZREM', key(1, 5), proc)
    if redis.call('ZCARD', key(1, 4)) > 0 then redis.call('PUBLISH', ARGV[7], '') end
  end
  local code = b * 2
  if freed then code = code + 1 end
  return {code, ms, 0}
end

for b = 1, buckets do
  local gone = redis.call('ZRANGEBYSCORE', key(b, 5), '-inf', '(' .. now)
  if #gone > 0 then
    -- They did not come back when they said: out of the line, and the others are told.
    redis.call('ZREM', key(b, 4), unpack(gone))
    redis.call('ZREM', key(b, 5), unpack(gone))
    redis.call('PUBLISH', ARGV[7], '')
  end
  local ms, freed = room(b)
  if ms > 0 then return refuse(b, ms, freed) end
  local first = redis.call('ZRANGE', key(b, 4), 0, 0)[1]
  if first and first ~= proc then
    -- Another process has waited longer: the room is its. Ask again when it has taken it (a
    -- message), or after one step of the pace.
    local step = poll
    if arg(b, 2) > 0 then step = arg(b, 3) end
    return refuse(b, step, true)
  end
end
local first = 0
local waiting = 0
for b = 1, buckets do
  redis.call('ZREM', key(b, 4), proc)
  redis.call('ZREM', key(b, 5), proc)
  waiting = waiting + redis.call('ZCARD', key(b, 4))
  if arg(b, 1) > 0 then
    redis.call('ZADD', key(b, 1), now + lease, ARGV[2])
    keep(key(b, 1), lease * 2)
  end
  local spacing = arg(b, 3)
  if arg(b, 2) > 0 then
    redis.call('ZADD', key(b, 2), now, ARGV[2])
    redis.call('PEXPIRE', key(b, 2), math.ceil(window * 2))
    -- The plan, not the moment this start came: a few ms of lateness (timers, round trips) do not
    -- pile up start after start. The window above keeps the limit whatever happens.
    local planned = tonumber(redis.call('GET', key(b, 3)))
    local plan = now
    if planned then plan = math.max(planned + spacing, now - math.min(spacing / 2, 10)) end
    redis.call('SET', key(b, 3), tostring(plan), 'PX', math.ceil(window * 2))
    if b == 1 then first = redis.call('ZCARD', key(b, 2)) end
  end
end
-- The next process in line may be the first now: it is told.
if waiting > 0 then redis.call('PUBLISH', ARGV[7], '') end
return {0, 0, first}`;

/**
 * A process no longer waits for these buckets (its requests were sent or gave up): out of their
 * lines, and the processes behind it are told (PUBLISH on ARGV[2]). KEYS: `turns` and `back` of
 * each bucket; ARGV[1]: the process's id.
 */
export const LEAVE_SCRIPT = `
local left = 0
for i = 1, #KEYS do left = left + redis.call('ZREM', KEYS[i], ARGV[1]) end
if left > 0 then redis.call('PUBLISH', ARGV[2], '') end
return left`;

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
