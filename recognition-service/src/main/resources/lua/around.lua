-- An agent's place on one board and the agents around it, read in one atomic step (the rank and the
-- neighbours come from the same state of the board). O(log N + 2n): fast on boards of any size.
--
-- KEYS[1]  the board (sorted set; see leaderboard/TieScore.java for the score)
-- ARGV[1]  agent id
-- ARGV[2]  n, how many agents to return on each side (0: the agent only)
-- Returns {board size} when the agent is not on the board, else
-- {board size, agent's 0-based rank, 0-based rank of the first entry, member, score, member, score, ...}
-- best first.

local size = redis.call('ZCARD', KEYS[1])
local rank = redis.call('ZREVRANK', KEYS[1], ARGV[1])
if not rank then
  return {tostring(size)}
end
local n = tonumber(ARGV[2])
local from = rank - n
if from < 0 then from = 0 end
local reply = {tostring(size), tostring(rank), tostring(from)}
local entries = redis.call('ZREVRANGE', KEYS[1], from, rank + n, 'WITHSCORES')
for i = 1, #entries do
  reply[#reply + 1] = entries[i]
end
return reply
