-- Read-only figures for one queue. ARGV: now, day, queueId, windowMinutes.
-- Returns {waiting, oldestArrival or '', staffed-by-state pairs..., then window counters pairs...}.
local q, window = ARGV[3], tonumber(ARGV[4])
local waiting = redis.call('ZCARD', arrivals_key(q))
local oldest = redis.call('ZRANGE', arrivals_key(q), 0, 0, 'WITHSCORES')
local states = {}
for _, agent in ipairs(redis.call('SMEMBERS', 'cc:queue:' .. q .. ':members')) do
  local s = redis.call('HGET', agent_key(agent), 'state')
  if s then states[s] = (states[s] or 0) + 1 end
end
local sums = {}
local minute = math.floor(NOW / 60000)
for m = minute - window + 1, minute do
  local h = redis.call('HGETALL', 'cc:stats:' .. q .. ':m:' .. m)
  for i = 1, #h, 2 do sums[h[i]] = (sums[h[i]] or 0) + tonumber(h[i + 1]) end
end
local out = {tostring(waiting), (#oldest > 0) and oldest[2] or ''}
local flat_states, flat_sums = {}, {}
for k, v in pairs(states) do table.insert(flat_states, k); table.insert(flat_states, tostring(v)) end
for k, v in pairs(sums) do table.insert(flat_sums, k); table.insert(flat_sums, tostring(v)) end
table.insert(out, tostring(#flat_states / 2))
for _, v in ipairs(flat_states) do table.insert(out, v) end
for _, v in ipairs(flat_sums) do table.insert(out, v) end
return out
