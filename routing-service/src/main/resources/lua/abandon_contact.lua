-- The customer left before being answered. ARGV[7..]: contactId, retentionSeconds. A hang-up within the
-- queue's short-abandon threshold (qdef shortAbandonMs, 0 = none) is also counted as shortAbandoned: the
-- figures leave those out of the service level and the abandon rate.
-- Answers {outcome = ABANDONED | DUPLICATE, contact}, {outcome = UNKNOWN} or {outcome = CONFLICT, state}.
local contact_id, retention = ARGV[7], ARGV[8]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'queueId', 'agentId', 'arrivedAt', 'channel')
if not c[1] then return result({outcome = 'UNKNOWN'}) end
if c[1] == 'ABANDONED' then return result({outcome = 'DUPLICATE', contact = contact_view(contact_id)}) end
if c[1] ~= 'QUEUED' and c[1] ~= 'ROUTED' then return result({outcome = 'CONFLICT', state = c[1]}) end
unqueue(contact_id)
redis.call('HSET', ckey, 'state', 'ABANDONED', 'abandonedAt', int(NOW), 'zkey', '')
redis.call('EXPIRE', ckey, retention)
local wait = math.max(0, NOW - tonumber(c[4]))
local short_ms = queue_field(c[2], 'shortAbandonMs', 5000)
local short = short_ms > 0 and wait <= short_ms
bump(c[2], 'abandoned', 1, contact_id)
if short then bump(c[2], 'shortAbandoned', 1, contact_id) end
emit_call('abandoned', contact_id, {queueId = c[2], waitSeconds = wait / 1000, shortAbandon = short})
-- An offered agent's capacity is free again: it takes the next contact or becomes available.
if c[1] == 'ROUTED' and c[3] and c[3] ~= '' then release(c[3], c[5] or 'VOICE', contact_id) end
return result({outcome = 'ABANDONED', contact = contact_view(contact_id)})
