-- Transfer a connected contact to a queue or to an agent; the first agent goes to after-call work.
-- ARGV: now, day, contactId, targetQueue ('' if to an agent), targetAgent ('' if to a queue), wrapUpMs,
--       score (for the target queue), complaint.
local contact_id, to_queue, to_agent, wrap_ms, score, complaint =
  ARGV[3], ARGV[4], ARGV[5], tonumber(ARGV[6]), tonumber(ARGV[7]), ARGV[8]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId')
if not c[1] then return {'UNKNOWN'} end
if c[1] ~= 'ANSWERED' then return {'CONFLICT', c[1]} end
if to_agent ~= '' then
  local target = redis.call('HGET', agent_key(to_agent), 'state')
  if not target then return {'UNKNOWN_TARGET', to_agent} end
  if target ~= 'AVAILABLE' then return {'CONFLICT', 'agent ' .. to_agent .. ' is ' .. target} end
end
local from_agent, from_queue = c[2], c[3]
local from_team = redis.call('HGET', agent_key(from_agent), 'teamId') or ''
set_agent_state(from_agent, 'WRAP_UP', 'contactId', '')
redis.call('ZADD', 'cc:wrapup', NOW + wrap_ms, from_agent)
if to_agent ~= '' then
  reserve(to_agent, contact_id)
  return {'TRANSFERRED', from_agent, from_team, from_queue, from_queue, 'ROUTED', to_agent,
    redis.call('HGET', agent_key(to_agent), 'teamId') or ''}
end
redis.call('HSET', ckey, 'queueId', to_queue, 'arrivedAt', NOW, 'complaint', complaint, 'step', 0, 'agentId', '',
  'score', score)
bump(to_queue, 'offered', 1)
local r = route(contact_id, to_queue, 0, complaint, score)
return {'TRANSFERRED', from_agent, from_team, from_queue, to_queue, unpack(r)}
