-- The tick: agents whose session lease lapsed (no heartbeat or state call from the desktop or the PBX) are
-- logged out with reason LEASE_EXPIRED. Offers they held go back to their place in the queue; a
-- conversation in progress goes on (the PBX or the chat server ends it) and the logout waits for its end.
-- ARGV[7..]: batch. Answers {outcome = DONE, count}.
local batch = ARGV[7]
local lapsed = 0
for _, agent_id in ipairs(redis.call('ZRANGEBYSCORE', LEASES_KEY, '-inf', int(NOW), 'LIMIT', 0, batch)) do
  redis.call('ZREM', LEASES_KEY, agent_id)
  local akey = agent_key(agent_id)
  local state = redis.call('HGET', akey, 'state')
  if state and state ~= 'LOGGED_OUT' then
    lapsed = lapsed + 1
    redis.call('HSET', akey, 'pending', 'LOGGED_OUT', 'pendingReason', 'LEASE_EXPIRED')
    remove_available(agent_id)
    for _, contact_id in ipairs(redis.call('SMEMBERS', held_key(agent_id))) do
      if redis.call('HGET', contact_key(contact_id), 'state') == 'ROUTED' then
        withdraw_offer(contact_id, agent_id, 'LEASE_EXPIRED', false)
      end
    end
    stop_offers(agent_id, 'LOGGED_OUT', 'LEASE_EXPIRED')
  end
end
return result({outcome = 'DONE', count = lapsed})
