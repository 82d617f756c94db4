-- An agent asks for work (or its wrap-up ended). ARGV: agentId, now, required state ('' = any).
local agent_id, now, required = ARGV[1], ARGV[2], ARGV[3]
local state = redis.call('HGET', agent_key(agent_id), 'state')
if not state then return {'UNKNOWN'} end
if required ~= '' and state ~= required then return {'NOOP', state} end
if state == 'AVAILABLE' then return {'NOOP', state} end
if state == 'RESERVED' or state == 'BUSY' then return {'CONFLICT', state} end
return make_ready(agent_id, state, now)
