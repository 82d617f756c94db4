-- Not ready (with reason) or logged out. ARGV: agentId, newState, reason, now.
local agent_id, new_state, reason, now = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local akey = agent_key(agent_id)
local state = redis.call('HGET', akey, 'state')
if not state then return {'UNKNOWN'} end
if state == 'RESERVED' or state == 'BUSY' then return {'CONFLICT', state} end
if state == new_state and (redis.call('HGET', akey, 'reason') or '') == reason then return {'NOOP', state} end
each_queue(redis.call('HGET', akey, 'queues'), function(q) redis.call('ZREM', agents_key(q), agent_id) end)
redis.call('ZREM', 'cc:wrapup', agent_id)
set_agent_state(agent_id, new_state, now, 'reason', reason, 'contactId', '')
return {'CHANGED', state, redis.call('HGET', akey, 'teamId') or ''}
