-- Create or update an agent's profile. ARGV[7..]: agentId, placements ("q:tier:gap,..."), probationUntil,
-- then field/value pairs (name, teamId, teamLeaderId, hireDate, skills, cap:{channel}...). The agent is
-- re-placed at once, keeping its idle-since and routing order; an available agent may take waiting work its
-- new skills allow. A new agent starts LOGGED_OUT. Answers {outcome = CREATED | UPDATED, agent}.
local agent_id, new_placements, probation = ARGV[7], ARGV[8], ARGV[9]
local akey = agent_key(agent_id)
local before = redis.call('HMGET', akey, 'state', 'teamId', 'skills')
redis.call('HSET', akey, 'probationUntil', probation, unpack(ARGV, 10))
index_profile(agent_id, before[2], before[3])
replace_placements(agent_id, new_placements)
if not before[1] then
  redis.call('HSET', akey, 'reason', '', 'contactId', '')
  set_agent_state(agent_id, 'LOGGED_OUT', nil, nil)
  return result({outcome = 'CREATED', agent = hash(akey)})
end
return result({outcome = 'UPDATED', agent = hash(akey)})
