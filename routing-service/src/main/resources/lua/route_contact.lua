-- A new contact. ARGV: now, day, contactId, queueId, score, complaint (1/0), then field/value pairs for the
-- contact (channel among them). Returns {'ROUTED', 'QUEUED', q, agentId, teamId, agentBefore, agentAfter},
-- {'QUEUED', 'QUEUED', q, '', '', position} or {'DUPLICATE', state, q, agentId, teamId}.
local contact_id, q, score, complaint = ARGV[3], ARGV[4], tonumber(ARGV[5]), ARGV[6]
local ckey = contact_key(contact_id)
if redis.call('EXISTS', ckey) == 1 then
  local h = redis.call('HMGET', ckey, 'state', 'queueId', 'agentId', 'teamId')
  return {'DUPLICATE', h[1] or '', h[2] or '', h[3] or '', h[4] or ''}
end
redis.call('HSET', ckey, 'queueId', q, 'arrivedAt', NOW, 'complaint', complaint, 'step', 0, 'score', score,
  unpack(ARGV, 7))
bump(q, 'offered', 1, contact_id)
local r = route(contact_id, q, 0, complaint, score)
if r[1] == 'ROUTED' then return {'ROUTED', 'QUEUED', q, r[2], r[3], r[4], r[5]} end
return {'QUEUED', 'QUEUED', q, '', '', r[2]}
