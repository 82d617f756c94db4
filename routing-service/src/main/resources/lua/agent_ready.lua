-- An agent asks for work, or (required = WRAP_UP) its after-call work is over. ARGV: now, day, agentId, required.
-- An agent who asked for NOT_READY during the call goes there instead of becoming available.
-- Returns an agent result (see common.lua), or {'UNKNOWN'}, {'NOOP', state}, {'CONFLICT', state}.
local agent_id, required = ARGV[3], ARGV[4]
local akey = agent_key(agent_id)
local state = redis.call('HGET', akey, 'state')
if not state then return {'UNKNOWN'} end
if required ~= '' and state ~= required then return {'NOOP', state} end
if state == 'AVAILABLE' then return {'NOOP', state} end
if state == 'RESERVED' or state == 'BUSY' then return {'CONFLICT', state} end
local pending = redis.call('HGET', akey, 'pending') or ''
if required == 'WRAP_UP' and pending ~= '' then
  local reason = redis.call('HGET', akey, 'pendingReason') or ''
  redis.call('ZREM', 'cc:wrapup', agent_id)
  set_agent_state(agent_id, pending, 'reason', reason, 'pending', '', 'pendingReason', '', 'contactId', '')
  return agent_result('CHANGED', agent_id, state, {})
end
return make_ready(agent_id, state)
