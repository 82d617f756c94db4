-- The caller hung up before being answered. ARGV: now, day, contactId, retentionSeconds.
local contact_id, retention = ARGV[3], ARGV[4]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'queueId', 'agentId', 'arrivedAt')
if not c[1] then return {'UNKNOWN'} end
if c[1] == 'ABANDONED' then return {'DUPLICATE', c[1]} end
if c[1] ~= 'QUEUED' and c[1] ~= 'ROUTED' then return {'CONFLICT', c[1]} end
unqueue(contact_id)
redis.call('HSET', ckey, 'state', 'ABANDONED', 'abandonedAt', NOW, 'zkey', '')
redis.call('EXPIRE', ckey, retention)
bump(c[2], 'abandoned', 1)
local wait = tostring(NOW - tonumber(c[4]))
if c[1] == 'ROUTED' and c[3] and redis.call('HGET', agent_key(c[3]), 'contactId') == contact_id then
  -- The offered agent is free again: it takes the next contact or becomes available.
  return {'ABANDONED', c[2], wait, c[3], unpack(make_ready(c[3], 'RESERVED'))}
end
return {'ABANDONED', c[2], wait}
