-- The conversation is over: the agent goes to after-call work.
-- ARGV: now, day, contactId, wrapUpMs, retentionSeconds, disposition, talkSeconds, holdSeconds.
local contact_id, wrap_ms, retention, disposition = ARGV[3], tonumber(ARGV[4]), ARGV[5], ARGV[6]
local talk, hold = tonumber(ARGV[7]), tonumber(ARGV[8])
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId', 'teamId', 'channel', 'customerId', 'tier', 'intent')
if not c[1] then return {'UNKNOWN'} end
if c[1] == 'ENDED' then return {'DUPLICATE', c[1]} end
if c[1] ~= 'ANSWERED' then return {'CONFLICT', c[1]} end
redis.call('HSET', ckey, 'state', 'ENDED', 'endedAt', NOW, 'disposition', disposition)
redis.call('EXPIRE', ckey, retention)
bump(c[3], 'handled', 1)
bump(c[3], 'handleMsTotal', math.floor((talk + hold) * 1000) + wrap_ms)
local akey = agent_key(c[2])
if redis.call('HGET', akey, 'statDay') ~= DAY then
  redis.call('HSET', akey, 'statDay', DAY, 'contactsToday', 0, 'talkToday', 0)
end
redis.call('HINCRBY', akey, 'contactsToday', 1)
redis.call('HINCRBY', akey, 'talkToday', math.floor(talk))
if redis.call('HGET', akey, 'state') == 'BUSY' and redis.call('HGET', akey, 'contactId') == contact_id then
  set_agent_state(c[2], 'WRAP_UP', 'contactId', '')
  redis.call('ZADD', 'cc:wrapup', NOW + wrap_ms, c[2])
end
return {'ENDED', c[2], c[3], c[4] or '', c[5] or '', c[6] or '', c[7] or '', c[8] or ''}
