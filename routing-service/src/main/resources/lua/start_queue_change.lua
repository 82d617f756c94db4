-- A queue's definition changed: start re-placing the agents it can concern, in batches (replace_agents),
-- never all in one script. ARGV[7..]: changeId, queueId, then one argument per expression of the new
-- definition (the main one and each relaxation step): its skill names separated by spaces, '' = every agent.
-- The agents concerned are those placed in the queue now (its roster) and, per expression, those with its
-- rarest skill (an agent without it cannot match). A change still running for the same queue is superseded:
-- this one covers its agents too, since everything it placed is in the roster.
-- Answers {outcome = STARTED, change}.
local change_id, q = ARGV[7], ARGV[8]
local sources, seen = {roster_key(q)}, {[roster_key(q)] = true}
for i = 9, #ARGV do
  local best, best_size = ALL_AGENTS_KEY, nil
  for name in string.gmatch(ARGV[i], '%S+') do
    local size = redis.call('ZCARD', by_skill_key(name))
    if best_size == nil or size < best_size then best, best_size = by_skill_key(name), size end
  end
  if not seen[best] then
    table.insert(sources, best)
    seen[best] = true
  end
end
local total = 0
for _, key in ipairs(sources) do total = total + redis.call('ZCARD', key) end
local current_key = P .. 'qchange-current:' .. q
local previous = redis.call('GET', current_key)
if previous and redis.call('HGET', qchange_key(previous), 'status') == 'RUNNING' then
  redis.call('HSET', qchange_key(previous), 'status', 'SUPERSEDED', 'supersededBy', change_id, 'finishedAt', int(NOW))
  redis.call('SREM', QCHANGES_RUNNING_KEY, previous)
end
redis.call('SET', current_key, change_id)
redis.call('HSET', qchange_key(change_id), 'queueId', q, 'status', 'RUNNING', 'sources', table.concat(sources, ' '),
  'source', 0, 'last', '', 'total', total, 'done', 0, 'startedAt', int(NOW))
redis.call('SADD', QCHANGES_RUNNING_KEY, change_id)
return result({outcome = 'STARTED', change = hash(qchange_key(change_id))})
