-- Counts one handled contact (a call.ended) at most once, atomically: the denominator of the praise
-- rate, and the agent's membership of its team for the period (team size of the best-team award).
-- Team membership of a closed period is frozen, like its boards (see count_praise.lua).
--
-- KEYS[1]  dedup mark of the contact id (SET NX EX): a redelivered or re-published call.ended counts once
-- KEYS[2]  praise rate of the month: agents hash, KEYS[3] teams hash, KEYS[4] center hash
-- KEYS[5]  closed mark of the month       KEYS[6]  closed mark of the quarter
-- KEYS[7]  month agent -> team hash       KEYS[8]  quarter agent -> team hash
-- KEYS[9]  month team's agents (set)      KEYS[10] quarter team's agents (set)
-- ARGV[1]  dedup TTL in seconds
-- ARGV[2]  agent id
-- ARGV[3]  team id
-- Returns {'COUNTED' | 'DUPLICATE'}.

local agent, team = ARGV[2], ARGV[3]

if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  return {'DUPLICATE'}
end

redis.call('HINCRBY', KEYS[2], 'contacts:' .. agent, 1)
redis.call('HINCRBY', KEYS[3], 'contacts:' .. team, 1)
redis.call('HINCRBY', KEYS[4], 'contacts', 1)

if redis.call('EXISTS', KEYS[5]) == 0 then
  redis.call('HSET', KEYS[7], agent, team)
  redis.call('SADD', KEYS[9], agent)
end
if redis.call('EXISTS', KEYS[6]) == 0 then
  redis.call('HSET', KEYS[8], agent, team)
  redis.call('SADD', KEYS[10], agent)
end
return {'COUNTED'}
