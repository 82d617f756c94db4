-- A waiting contact reached its next relaxation step: it may now take less-matching agents.
-- ARGV: now, day, contactId, step. Returns {'RELAXED', queueId, then a route result} or {'NOOP'}.
local contact_id, step = ARGV[3], tonumber(ARGV[4])
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'queueId', 'step', 'complaint', 'score')
if c[1] ~= 'QUEUED' or tonumber(c[3] or '0') >= step then return {'NOOP'} end
unqueue(contact_id)
local r = route(contact_id, c[2], step, c[4] or '0', tonumber(c[5]))
return {'RELAXED', c[2], unpack(r)}
