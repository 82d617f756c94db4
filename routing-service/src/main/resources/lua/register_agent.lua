-- Create or update an agent's profile. ARGV: now, day, agentId, placements, probationUntil, then field/value pairs.
-- An available agent is re-placed at once (and may take a contact its new skills allow).
local agent_id, new_placements, probation = ARGV[3], ARGV[4], ARGV[5]
local akey = agent_key(agent_id)
local state = redis.call('HGET', akey, 'state')
if state == 'AVAILABLE' then remove_available(agent_id) end
for _, p in ipairs(placements(agent_id)) do redis.call('SREM', 'cc:queue:' .. p[1] .. ':members', agent_id) end
redis.call('HSET', akey, 'placements', new_placements, 'probationUntil', probation, unpack(ARGV, 6))
for _, p in ipairs(placements(agent_id)) do redis.call('SADD', 'cc:queue:' .. p[1] .. ':members', agent_id) end
if not state then
  set_agent_state(agent_id, 'LOGGED_OUT', 'reason', '', 'contactId', '')
  return {'CREATED', 'LOGGED_OUT'}
end
if state == 'AVAILABLE' then return make_ready(agent_id, 'AVAILABLE') end
return {'UPDATED', state}
