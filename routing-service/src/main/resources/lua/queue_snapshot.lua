-- Read-only figures for one queue. ARGV[7..]: queueId, windowMinutes.
-- Answers {waiting, longestWaitMs, agentsByState, recent (window counters), day, openToday}; a day's counters
-- are a plain read, to which openToday (the agent time of the current day not accrued yet) adds for `day`.
local q, window = ARGV[7], tonumber(ARGV[8])
local oldest = redis.call('ZRANGE', arrivals_key(q), 0, 0, 'WITHSCORES')
local sums = {}
local minute = math.floor(NOW / 60000)
for m = minute - window + 1, minute do
  local h = redis.call('HGETALL', P .. 'stats:' .. q .. ':m:' .. int(m))
  for i = 1, #h, 2 do sums[h[i]] = (sums[h[i]] or 0) + tonumber(h[i + 1]) end
end
local scope = queue_scope(q)
for f, ms in pairs(open_time(scope, (minute - window + 1) * 60000)) do sums[f] = (sums[f] or 0) + ms end
local states = {}
for k, v in pairs(hash(queue_states_key(q))) do states[k] = tonumber(v) end
return result({waiting = redis.call('ZCARD', arrivals_key(q)),
  longestWaitMs = (#oldest > 0) and math.max(0, NOW - tonumber(oldest[2])) or cjson.null,
  agentsByState = states, recent = sums, day = DAY, openToday = open_time(scope, day_start(NOW))})
