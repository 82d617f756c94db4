-- An agent asks for work (or a supervisor makes it ready). ARGV[7..]: agentId, changedBy (the supervisor's
-- id, '' when the agent or the PBX asks). An agent in after-call work who asked for NOT_READY during the call
-- goes there instead of becoming available. Any such call renews the agent's session lease.
-- Answers {outcome = CHANGED | NOOP, agent}, {outcome = UNKNOWN} or {outcome = CONFLICT, state}.
local agent_id, changed_by = ARGV[7], ARGV[8]
if changed_by ~= '' then CHANGED_BY = changed_by end
local akey = agent_key(agent_id)
local state = redis.call('HGET', akey, 'state')
if not state then return result({outcome = 'UNKNOWN'}) end
renew_lease(agent_id)
if state == 'AVAILABLE' then return result({outcome = 'NOOP', agent = hash(akey)}) end
if state == 'RESERVED' or state == 'BUSY' then return result({outcome = 'CONFLICT', state = state}) end
if state == 'WRAP_UP' then end_after_call_work(agent_id) else make_ready(agent_id) end
return result({outcome = 'CHANGED', agent = hash(akey)})
