-- Counts one praise, at most once, in one atomic step: a redelivery racing the original, or a
-- supervisor's POST racing the consumer, can never count twice or half-count a praise.
--
-- KEYS[1]   dedup mark of the praise id (SET NX EX)
-- KEYS[2]   the agent's points per month (hash, field = yyyy-MM)
-- KEYS[3]   the month's center-wide praise total
-- KEYS[4..] the boards to bump: month, quarter, and the team's month and quarter when known
-- ARGV[1]   dedup TTL in seconds
-- ARGV[2]   agent id (board member)
-- ARGV[3]   month (yyyy-MM)
-- ARGV[4]   tie value of this praise, 0..9999999 (see leaderboard/TieScore.java)
-- Returns {'COUNTED' | 'DUPLICATE', the agent's points in that month}.

local SCALE = 10000000
local agent, month, tie = ARGV[2], ARGV[3], tonumber(ARGV[4])

if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  return {'DUPLICATE', tostring(redis.call('HGET', KEYS[2], month) or 0)}
end

for i = 4, #KEYS do
  local points, keep = 0, tie
  local old = redis.call('ZSCORE', KEYS[i], agent)
  if old then
    local score = tonumber(old)
    points = math.floor(score)
    -- The new score is reached with the later of the two praises (by occurredAt), i.e. the smaller tie.
    local oldTie = math.floor((score - points) * SCALE + 0.5)
    if oldTie < keep then keep = oldTie end
  end
  -- Written as text: Lua would print a number with 14 digits only and could lose the tie.
  redis.call('ZADD', KEYS[i], string.format('%d.%07d', points + 1, keep), agent)
end

redis.call('INCR', KEYS[3])
return {'COUNTED', tostring(redis.call('HINCRBY', KEYS[2], month, 1))}
