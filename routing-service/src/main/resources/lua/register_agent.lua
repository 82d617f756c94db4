-- Create or update an agent's profile. ARGV[7..]: agentId, placements ("q:tier:gap,..."), probationUntil,
-- then field/value pairs (name, teamId, teamLeaderId, hireDate, skills, cap:{channel}...). The agent is
-- re-placed at once, keeping its idle-since and routing order; an available agent may take waiting work its
-- new skills allow. A new agent starts LOGGED_OUT. A profile that changed is one agent.profile-changed
-- event; the same profile again changes nothing and publishes nothing.
-- Answers {outcome = CREATED | UPDATED | UNCHANGED, agent}.
local agent_id, new_placements, probation = ARGV[7], ARGV[8], ARGV[9]
local akey = agent_key(agent_id)
local PROFILE = {'name', 'teamId', 'teamLeaderId', 'hireDate', 'skills'}
for _, ch in ipairs(CHANNELS) do table.insert(PROFILE, 'cap:' .. ch) end
local state = redis.call('HGET', akey, 'state')
local before = redis.call('HMGET', akey, unpack(PROFILE))
redis.call('HSET', akey, 'probationUntil', probation, unpack(ARGV, 10))
local after = redis.call('HMGET', akey, unpack(PROFILE))
local changed = not state
for i = 1, #PROFILE do if before[i] ~= after[i] then changed = true end end
index_profile(agent_id, before[2], before[5])
replace_placements(agent_id, new_placements)
if changed then
  local capacity = {}
  for i, ch in ipairs(CHANNELS) do capacity[ch] = tonumber(after[5 + i]) or 0 end
  emit('agent-events', 'contactcenter.agent.profile-changed', agent_id, {agentId = agent_id, name = after[1],
    teamId = after[2], previousTeamId = (before[2] and before[2] ~= after[2]) and before[2] or cjson.null,
    teamLeaderId = or_null(after[3]), hireDate = after[4], skills = cjson.decode(after[5]), capacity = capacity})
end
if not state then
  redis.call('HSET', akey, 'reason', '', 'contactId', '')
  set_agent_state(agent_id, 'LOGGED_OUT', nil, nil)
  return result({outcome = 'CREATED', agent = hash(akey)})
end
return result({outcome = changed and 'UPDATED' or 'UNCHANGED', agent = hash(akey)})
