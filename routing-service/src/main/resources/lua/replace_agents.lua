-- One batch of a queue change: each agent is re-placed (placements computed by the service from its
-- skills), and the change's cursor moves on. ARGV[7..]: changeId, source (index), last (the last agent id
-- read from that source), finished ('1' = this was the last batch), then agentId, placements pairs.
-- Answers {outcome = APPLIED | DONE, change}, or {outcome = SUPERSEDED | UNKNOWN} (nothing changed).
local change_id, source, last, finished = ARGV[7], ARGV[8], ARGV[9], ARGV[10]
local ckey = qchange_key(change_id)
local status = redis.call('HGET', ckey, 'status')
if not status then return result({outcome = 'UNKNOWN'}) end
if status ~= 'RUNNING' then return result({outcome = 'SUPERSEDED', change = hash(ckey)}) end
local count = 0
for i = 11, #ARGV, 2 do
  if redis.call('EXISTS', agent_key(ARGV[i])) == 1 then
    replace_placements(ARGV[i], ARGV[i + 1])
    count = count + 1
  end
end
redis.call('HINCRBY', ckey, 'done', count)
redis.call('HSET', ckey, 'source', source, 'last', last)
if finished == '1' then
  redis.call('HSET', ckey, 'status', 'DONE', 'finishedAt', int(NOW))
  redis.call('SREM', QCHANGES_RUNNING_KEY, change_id)
  return result({outcome = 'DONE', change = hash(ckey)})
end
return result({outcome = 'APPLIED', change = hash(ckey)})
