-- Create or update an agent's profile; an available agent moves to its new queues at once.
-- ARGV: agentId, queues csv, now, then field/value pairs (name, teamId, hireDate, skills...).
local agent_id, queues, now = ARGV[1], ARGV[2], ARGV[3]
local akey = agent_key(agent_id)
local state = redis.call('HGET', akey, 'state')
if state == 'AVAILABLE' then
  local since = redis.call('HGET', akey, 'stateSince')
  each_queue(redis.call('HGET', akey, 'queues'), function(q) redis.call('ZREM', agents_key(q), agent_id) end)
  each_queue(queues, function(q) redis.call('ZADD', agents_key(q), since, agent_id) end)
end
redis.call('HSET', akey, 'queues', queues, unpack(ARGV, 4))
if not state then
  set_agent_state(agent_id, 'LOGGED_OUT', now, 'reason', '', 'contactId', '')
  return {'CREATED', 'LOGGED_OUT'}
end
return {'UPDATED', state}
