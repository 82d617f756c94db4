-- The conversation is over: the agent goes to after-call work. ARGV: contactId, now, wrapUpMs, retentionSeconds, disposition.
local contact_id, now, wrap_ms, retention, disposition = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4], ARGV[5]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId', 'teamId', 'channel', 'customerId', 'tier', 'intent')
if not c[1] then return {'UNKNOWN'} end
if c[1] == 'ENDED' then return {'DUPLICATE', c[1]} end
if c[1] ~= 'ANSWERED' then return {'CONFLICT', c[1]} end
redis.call('HSET', ckey, 'state', 'ENDED', 'endedAt', now, 'disposition', disposition)
redis.call('EXPIRE', ckey, retention)
local akey = agent_key(c[2])
if redis.call('HGET', akey, 'state') == 'BUSY' and redis.call('HGET', akey, 'contactId') == contact_id then
  set_agent_state(c[2], 'WRAP_UP', now, 'contactId', '')
  redis.call('ZADD', 'cc:wrapup', now + wrap_ms, c[2])
end
return {'ENDED', c[2], c[3], c[4] or '', c[5] or '', c[6] or '', c[7] or '', c[8] or ''}
