-- A contact waited longer than its queue allows: it moves to the overflow queue (keeping its arrival
-- time, so its wait stays true) or leaves the queue as a callback request. A contact overflows once.
-- ARGV: now, day, contactId, action ('QUEUE' or 'CALLBACK'), targetQueue, score, retentionSeconds.
-- Returns {'CALLBACK', fromQueue, waitMs}, {'OVERFLOWED', fromQueue, waitMs, then a route result} or {'NOOP'}.
local contact_id, action, target, score, retention = ARGV[3], ARGV[4], ARGV[5], tonumber(ARGV[6]), ARGV[7]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'queueId', 'complaint', 'overflowedFrom', 'arrivedAt')
if c[1] ~= 'QUEUED' or (c[4] and c[4] ~= '') then return {'NOOP'} end
unqueue(contact_id)
bump(c[2], 'overflowed', 1, contact_id)
local wait = tostring(NOW - tonumber(c[5]))
if action == 'CALLBACK' then
  redis.call('HSET', ckey, 'state', 'CALLBACK', 'overflowedFrom', c[2], 'zkey', '')
  redis.call('EXPIRE', ckey, retention)
  return {'CALLBACK', c[2], wait}
end
redis.call('HSET', ckey, 'queueId', target, 'overflowedFrom', c[2], 'step', 0)
bump(target, 'offered', 1, contact_id)
return {'OVERFLOWED', c[2], wait, unpack(route(contact_id, target, 0, c[3] or '0', score))}
