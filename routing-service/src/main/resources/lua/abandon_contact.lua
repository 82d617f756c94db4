-- The customer left before being answered. ARGV: now, day, contactId, retentionSeconds.
-- Returns {'ABANDONED', queueId, waitMs} or, if it had been offered, {'ABANDONED', queueId, waitMs, agentId,
-- then the agent result (see common.lua)}.
local contact_id, retention = ARGV[3], ARGV[4]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'queueId', 'agentId', 'arrivedAt', 'channel')
if not c[1] then return {'UNKNOWN'} end
if c[1] == 'ABANDONED' then return {'DUPLICATE', c[1]} end
if c[1] ~= 'QUEUED' and c[1] ~= 'ROUTED' then return {'CONFLICT', c[1]} end
unqueue(contact_id)
redis.call('HSET', ckey, 'state', 'ABANDONED', 'abandonedAt', NOW, 'zkey', '')
redis.call('EXPIRE', ckey, retention)
bump(c[2], 'abandoned', 1, contact_id)
local wait = tostring(NOW - tonumber(c[4]))
if c[1] == 'ROUTED' and c[3] and c[3] ~= '' then
  -- The offered agent's capacity is free again: it takes the next contact or becomes available.
  local out = {'ABANDONED', c[2], wait, c[3]}
  for _, v in ipairs(release(c[3], c[5] or 'VOICE')) do table.insert(out, v) end
  return out
end
return {'ABANDONED', c[2], wait}
