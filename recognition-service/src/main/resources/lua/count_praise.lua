-- Counts one praise, at most once, in one atomic step: a redelivery racing the original, or a
-- supervisor's POST racing the consumer, can never count twice or half-count a praise; and a period
-- close (which sets the period's closed mark) falls either wholly before or wholly after it.
--
-- Late-praise rule (README.md "Late praise"): the boards of a closed period are frozen. A praise
-- of a closed month or quarter is still kept in the agent's history and in the praise rate, counts
-- on the boards of its periods that are still open, and is reported as LATE.
--
-- KEYS[1]  dedup mark of the praise id (SET NX EX)
-- KEYS[2]  the agent's points per month (hash, field = yyyy-MM)
-- KEYS[3]  the month's center-wide praise total
-- KEYS[4]  the agent's praise history (sorted set, score = occurredAt ms, member = JSON)
-- KEYS[5]  closed mark of the month       KEYS[6]  closed mark of the quarter
-- KEYS[7]  month board (center)           KEYS[8]  quarter board (center)
-- KEYS[9]  praise rate of the month: agents hash, KEYS[10] teams hash, KEYS[11] center hash
-- when the team is known (ARGV[5] not empty):
-- KEYS[12] month team board               KEYS[13] quarter team board
-- KEYS[14] month agent -> team hash       KEYS[15] quarter agent -> team hash
-- KEYS[16] month team's agents (set)      KEYS[17] quarter team's agents (set)
-- KEYS[18] month team -> praise hash      KEYS[19] quarter team -> praise hash
-- ARGV[1]  dedup TTL in seconds
-- ARGV[2]  agent id (board member)
-- ARGV[3]  month (yyyy-MM)
-- ARGV[4]  tie value of this praise, 0..9999999 (see leaderboard/TieScore.java)
-- ARGV[5]  team id, or '' when unknown
-- ARGV[6]  occurredAt, epoch milliseconds
-- ARGV[7]  the history entry (JSON object); the script adds "outcome"
-- Returns {'COUNTED' | 'LATE' | 'DUPLICATE', the agent's points in that month}.

local SCALE = 10000000
local agent, month, tie, team = ARGV[2], ARGV[3], tonumber(ARGV[4]), ARGV[5]

if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  return {'DUPLICATE', tostring(redis.call('HGET', KEYS[2], month) or 0)}
end

-- One more point on a board; among equal points whoever reached the score first ranks higher.
local function bump(board)
  local points, keep = 0, tie
  local old = redis.call('ZSCORE', board, agent)
  if old then
    local score = tonumber(old)
    points = math.floor(score)
    -- The new score is reached with the later of the two praises (by occurredAt), i.e. the smaller tie.
    local oldTie = math.floor((score - points) * SCALE + 0.5)
    if oldTie < keep then keep = oldTie end
  end
  -- Written as text: Lua would print a number with 14 digits only and could lose the tie.
  redis.call('ZADD', board, string.format('%d.%07d', points + 1, keep), agent)
end

local monthOpen = redis.call('EXISTS', KEYS[5]) == 0
local quarterOpen = redis.call('EXISTS', KEYS[6]) == 0

if monthOpen then
  bump(KEYS[7])
  redis.call('INCR', KEYS[3])
  redis.call('HINCRBY', KEYS[2], month, 1)
end
if quarterOpen then
  bump(KEYS[8])
end

-- The praise rate measures the program, not the awards: every praise of the month counts.
redis.call('HINCRBY', KEYS[9], 'praise:' .. agent, 1)
redis.call('HINCRBY', KEYS[11], 'praise', 1)

if team ~= '' then
  redis.call('HINCRBY', KEYS[10], 'praise:' .. team, 1)
  if monthOpen then
    bump(KEYS[12])
    redis.call('HSET', KEYS[14], agent, team)
    redis.call('SADD', KEYS[16], agent)
    redis.call('HINCRBY', KEYS[18], team, 1)
  end
  if quarterOpen then
    bump(KEYS[13])
    redis.call('HSET', KEYS[15], agent, team)
    redis.call('SADD', KEYS[17], agent)
    redis.call('HINCRBY', KEYS[19], team, 1)
  end
end

local outcome = 'COUNTED'
if not (monthOpen and quarterOpen) then outcome = 'LATE' end

local entry = cjson.decode(ARGV[7])
entry['outcome'] = outcome
redis.call('ZADD', KEYS[4], ARGV[6], cjson.encode(entry))

return {outcome, tostring(redis.call('HGET', KEYS[2], month) or 0)}
