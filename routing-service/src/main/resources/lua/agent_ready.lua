-- An agent asks for work. ARGV[5..]: agentId. An agent in after-call work who asked for NOT_READY during the
-- call goes there instead of becoming available.
-- Answers {outcome = CHANGED | NOOP, agent}, {outcome = UNKNOWN} or {outcome = CONFLICT, state}.
local agent_id = ARGV[5]
local akey = agent_key(agent_id)
local state = redis.call('HGET', akey, 'state')
if not state then return result({outcome = 'UNKNOWN'}) end
if state == 'AVAILABLE' then return result({outcome = 'NOOP', agent = hash(akey)}) end
if state == 'RESERVED' or state == 'BUSY' then return result({outcome = 'CONFLICT', state = state}) end
if state == 'WRAP_UP' then end_after_call_work(agent_id) else make_ready(agent_id) end
return result({outcome = 'CHANGED', agent = hash(akey)})
