-- Not ready (with reason) or logged out. ARGV[7..]: agentId, newState, reason, changedBy (the supervisor's
-- id, '' when the agent or the PBX asks), force ('1': a supervisor's order). With contacts in progress the
-- request waits (pending) until the last one is over; a supervisor's order also withdraws the offers the
-- agent has not answered (they go back to their place in the queue), so it applies at once unless a
-- conversation is in progress. Any such call renews the agent's session lease.
-- Answers {outcome = CHANGED | PENDING | NOOP, agent} or {outcome = UNKNOWN}.
local agent_id, new_state, reason, changed_by, force = ARGV[7], ARGV[8], ARGV[9], ARGV[10], ARGV[11]
if changed_by ~= '' then CHANGED_BY = changed_by end
local akey = agent_key(agent_id)
local state = redis.call('HGET', akey, 'state')
if not state then return result({outcome = 'UNKNOWN'}) end
renew_lease(agent_id)
if state == 'RESERVED' or state == 'BUSY' then
  redis.call('HSET', akey, 'pending', new_state, 'pendingReason', reason)
  remove_available(agent_id) -- no new offers from now on
  if force == '1' then
    for _, contact_id in ipairs(redis.call('SMEMBERS', held_key(agent_id))) do
      if redis.call('HGET', contact_key(contact_id), 'state') == 'ROUTED' then
        withdraw_offer(contact_id, agent_id, 'AGENT_UNAVAILABLE', false)
      end
    end
    if total_load(akey) == 0 then
      apply_pending(agent_id)
      return result({outcome = 'CHANGED', agent = hash(akey)})
    end
  end
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
