-- Create or update an agent's profile. ARGV: now, day, agentId, placements, probationUntil, then field/value
-- pairs (name, teamId, hireDate, skills, cap:{channel}...). The agent is re-placed at once; an available
-- agent may take waiting work its new skills allow. Returns {'CREATED', 'LOGGED_OUT'}, {'UPDATED', state}
-- or an agent result (see common.lua).
local agent_id, new_placements, probation = ARGV[3], ARGV[4], ARGV[5]
local akey = agent_key(agent_id)
local state = redis.call('HGET', akey, 'state')
remove_available(agent_id)
for _, p in ipairs(placements(agent_id)) do redis.call('SREM', 'cc:queue:' .. p[1] .. ':members', agent_id) end
redis.call('HSET', akey, 'placements', new_placements, 'probationUntil', probation, unpack(ARGV, 6))
for _, p in ipairs(placements(agent_id)) do redis.call('SADD', 'cc:queue:' .. p[1] .. ':members', agent_id) end
if not state then
  set_agent_state(agent_id, 'LOGGED_OUT', 'reason', '', 'contactId', '')
  return {'CREATED', 'LOGGED_OUT'}
end
place(agent_id)
if state == 'AVAILABLE' or state == 'RESERVED' or state == 'BUSY' then
  local taken = fill(agent_id)
  return agent_result((#taken > 0) and 'ROUTED' or 'UNCHANGED', agent_id, state, taken)
end
return {'UPDATED', state}
