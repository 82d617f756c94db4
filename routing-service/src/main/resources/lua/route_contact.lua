-- A new contact: the longest-idle available agent of its queue takes it, or it waits.
-- ARGV: contactId, queueId, now, score, day, retentionSeconds, then field/value pairs to store on the contact.
local contact_id, q, now, score, day = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local ckey = contact_key(contact_id)
if redis.call('EXISTS', ckey) == 1 then
  local h = redis.call('HMGET', ckey, 'state', 'queueId', 'agentId', 'teamId')
  return {'DUPLICATE', h[1] or '', h[2] or '', h[3] or '', h[4] or ''}
end
redis.call('HSET', ckey, 'state', 'QUEUED', 'queueId', q, 'arrivedAt', now, unpack(ARGV, 7))
redis.call('HINCRBY', stats_key(q, day), 'offered', 1)
local head = redis.call('ZRANGE', agents_key(q), 0, 0)
if #head > 0 then
  reserve(head[1], contact_id, now)
  return {'ROUTED', 'QUEUED', q, head[1], redis.call('HGET', agent_key(head[1]), 'teamId') or ''}
end
redis.call('ZADD', contacts_key(q), score, contact_id)
return {'QUEUED', 'QUEUED', q, '', '', tostring(redis.call('ZRANK', contacts_key(q), contact_id) + 1)}
