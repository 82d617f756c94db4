-- The conversation is over. Voice: the agent goes to after-call work. Other channels: the agent's
-- capacity frees up (and it takes waiting work, or is free when it was its last contact).
-- ARGV: now, day, contactId, wrapUpMs, retentionSeconds, disposition, talkSeconds, holdSeconds.
-- Returns {'ENDED', agentId, queueId, teamId, channel, customerId, tier, intent, then an agent result
-- (see common.lua) or 'WRAP_UP'}.
local contact_id, wrap_ms, retention, disposition = ARGV[3], tonumber(ARGV[4]), ARGV[5], ARGV[6]
local talk, hold = tonumber(ARGV[7]), tonumber(ARGV[8])
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId', 'teamId', 'channel', 'customerId', 'tier', 'intent')
if not c[1] then return {'UNKNOWN'} end
if c[1] == 'ENDED' then return {'DUPLICATE', c[1]} end
if c[1] ~= 'ANSWERED' then return {'CONFLICT', c[1]} end
local agent_id, ch = c[2], c[5] or 'VOICE'
redis.call('HSET', ckey, 'state', 'ENDED', 'endedAt', NOW, 'disposition', disposition)
redis.call('EXPIRE', ckey, retention)
local akey = agent_key(agent_id)
local wrap = (ch == 'VOICE') and wrap_ms or 0
bump(c[3], 'handled', 1, contact_id)
bump(c[3], 'handleMsTotal', math.floor((talk + hold) * 1000) + wrap, contact_id)
if redis.call('HGET', akey, 'statDay') ~= DAY then
  redis.call('HSET', akey, 'statDay', DAY, 'contactsToday', 0, 'talkToday', 0)
end
redis.call('HINCRBY', akey, 'contactsToday', 1)
redis.call('HINCRBY', akey, 'talkToday', math.floor(talk))
local head = {'ENDED', agent_id, c[3], c[4] or '', ch, c[6] or '', c[7] or '', c[8] or ''}
if ch == 'VOICE' then
  redis.call('HINCRBY', akey, 'load:VOICE', -1)
  remove_available(agent_id)
  set_agent_state(agent_id, 'WRAP_UP', 'contactId', '')
  redis.call('ZADD', 'cc:wrapup', NOW + wrap_ms, agent_id)
  table.insert(head, 'WRAP_UP')
  return head
end
for _, v in ipairs(release(agent_id, ch)) do table.insert(head, v) end
return head
