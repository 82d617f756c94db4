-- The desktop or the PBX says the agent's session is alive: its lease runs again from now.
-- ARGV[7..]: agentId. Answers {outcome = RENEWED, agent} (a logged-out agent has no lease) or {outcome = UNKNOWN}.
local agent_id = ARGV[7]
local akey = agent_key(agent_id)
if not redis.call('HGET', akey, 'state') then return result({outcome = 'UNKNOWN'}) end
renew_lease(agent_id)
return result({outcome = 'RENEWED', agent = hash(akey)})
