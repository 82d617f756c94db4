-- Create or update an agent's profile. ARGV[7..]: agentId, placements ("q:tier:gap,..."), probationUntil,
-- then field/value pairs (name, teamId, teamLeaderId, hireDate, skills, cap:{channel}...). The agent is
-- re-placed at once, keeping its idle-since and routing order; an available agent may take waiting work its
-- new skills allow. A new agent starts LOGGED_OUT. Answers {outcome = CREATED | UPDATED, agent}.
local agent_id, new_placements, probation = ARGV[7], ARGV[8], ARGV[9]
local akey = agent_key(agent_id)
local state = redis.call('HGET', akey, 'state')
local old = placements(agent_id)
remove_available_from(agent_id, old)
for _, p in ipairs(old) do
  redis.call('SREM', members_key(p[1]), agent_id)
  if state then redis.call('HINCRBY', queue_states_key(p[1]), state, -1) end
end
redis.call('HSET', akey, 'placements', new_placements, 'probationUntil', probation, unpack(ARGV, 10))
for _, p in ipairs(placements(agent_id)) do
  redis.call('SADD', members_key(p[1]), agent_id)
  if state then redis.call('HINCRBY', queue_states_key(p[1]), state, 1) end
end
if not state then
  redis.call('HSET', akey, 'reason', '', 'contactId', '')
  set_agent_state(agent_id, 'LOGGED_OUT', nil, nil)
  return result({outcome = 'CREATED', agent = hash(akey)})
end
place(agent_id)
if state == 'AVAILABLE' or state == 'RESERVED' or state == 'BUSY' then fill(agent_id) end
return result({outcome = 'UPDATED', agent = hash(akey)})
