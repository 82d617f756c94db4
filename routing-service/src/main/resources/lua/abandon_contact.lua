-- The caller hung up before being answered. ARGV: contactId, now, day, retentionSeconds.
local contact_id, now, day, retention = ARGV[1], tonumber(ARGV[2]), ARGV[3], ARGV[4]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'queueId', 'agentId', 'arrivedAt')
if not c[1] then return {'UNKNOWN'} end
if c[1] == 'ABANDONED' then return {'DUPLICATE', c[1]} end
if c[1] ~= 'QUEUED' and c[1] ~= 'ROUTED' then return {'CONFLICT', c[1]} end
redis.call('ZREM', contacts_key(c[2]), contact_id)
redis.call('HSET', ckey, 'state', 'ABANDONED', 'abandonedAt', now)
redis.call('EXPIRE', ckey, retention)
redis.call('HINCRBY', stats_key(c[2], day), 'abandoned', 1)
local wait = tostring(now - tonumber(c[4]))
if c[1] == 'ROUTED' and c[3] and redis.call('HGET', agent_key(c[3]), 'contactId') == contact_id then
  -- The offered agent is free again: it takes the next contact or becomes available.
  local ready = make_ready(c[3], 'RESERVED', now)
  return {'ABANDONED', c[2], wait, c[3], unpack(ready)}
end
return {'ABANDONED', c[2], wait}
