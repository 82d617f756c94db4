-- Not ready (with reason) or logged out. ARGV[5..]: agentId, newState, reason. With contacts in progress
-- the request waits (pending) until the last one is over.
-- Answers {outcome = CHANGED | PENDING | NOOP, agent} or {outcome = UNKNOWN}.
local agent_id, new_state, reason = ARGV[5], ARGV[6], ARGV[7]
local akey = agent_key(agent_id)
local state = redis.call('HGET', akey, 'state')
if not state then return result({outcome = 'UNKNOWN'}) end
if state == 'RESERVED' or state == 'BUSY' then
  redis.call('HSET', akey, 'pending', new_state, 'pendingReason', reason)
  place(agent_id) -- no new offers from now on
  return result({outcome = 'PENDING', agent = hash(akey)})
end
if state == new_state and (redis.call('HGET', akey, 'reason') or '') == reason then
  return result({outcome = 'NOOP', agent = hash(akey)})
end
remove_available(agent_id)
redis.call('ZREM', WRAPUP_KEY, agent_id)
redis.call('HSET', akey, 'reason', reason, 'contactId', '', 'pending', '', 'pendingReason', '')
if state == new_state then
  -- a new reason for the same state: still a change supervisors see
  redis.call('HSET', akey, 'stateSince', int(NOW))
  return result({outcome = 'CHANGED', agent = hash(akey)})
end
set_agent_state(agent_id, new_state, reason, nil)
return result({outcome = 'CHANGED', agent = hash(akey)})
