-- Not ready (with reason) or logged out. ARGV: now, day, agentId, newState, reason.
-- With contacts in progress the request waits (pending) until the last one is over.
local agent_id, new_state, reason = ARGV[3], ARGV[4], ARGV[5]
local akey = agent_key(agent_id)
local state = redis.call('HGET', akey, 'state')
if not state then return {'UNKNOWN'} end
local team = redis.call('HGET', akey, 'teamId') or ''
if state == 'RESERVED' or state == 'BUSY' then
  redis.call('HSET', akey, 'pending', new_state, 'pendingReason', reason)
  place(agent_id) -- no new offers from now on
  return {'PENDING', state, team}
end
if state == new_state and (redis.call('HGET', akey, 'reason') or '') == reason then return {'NOOP', state} end
remove_available(agent_id)
redis.call('ZREM', 'cc:wrapup', agent_id)
set_agent_state(agent_id, new_state, 'reason', reason, 'contactId', '', 'pending', '', 'pendingReason', '')
return {'CHANGED', state, team}
