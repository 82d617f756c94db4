-- Read-only figures for one queue. ARGV[7..]: queueId, windowMinutes.
-- Answers {waiting, longestWaitMs, agentsByState, recent (window counters)}; a day's counters are a plain read.
local q, window = ARGV[7], tonumber(ARGV[8])
local oldest = redis.call('ZRANGE', arrivals_key(q), 0, 0, 'WITHSCORES')
local sums = {}
local minute = math.floor(NOW / 60000)
for m = minute - window + 1, minute do
  local h = redis.call('HGETALL', P .. 'stats:' .. q .. ':m:' .. int(m))
  for i = 1, #h, 2 do sums[h[i]] = (sums[h[i]] or 0) + tonumber(h[i + 1]) end
end
local states = {}
for k, v in pairs(hash(queue_states_key(q))) do states[k] = tonumber(v) end
return result({waiting = redis.call('ZCARD', arrivals_key(q)),
  longestWaitMs = (#oldest > 0) and math.max(0, NOW - tonumber(oldest[2])) or cjson.null,
  agentsByState = states, recent = sums})
