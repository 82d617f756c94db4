-- A new contact. ARGV[7..]: contactId, queueId, then field/value pairs for the contact (channel, tier,
-- intent, direction, customerId, language, callerNumber).
-- Answers {outcome = ROUTED | QUEUED, contact, position (QUEUED)}, or {outcome = DUPLICATE, contact}.
local contact_id, q = ARGV[7], ARGV[8]
local ckey = contact_key(contact_id)
if redis.call('EXISTS', ckey) == 1 then return result({outcome = 'DUPLICATE', contact = contact_view(contact_id)}) end
redis.call('HSET', ckey, 'queueId', q, 'arrivedAt', int(NOW), 'enteredAt', int(NOW), 'step', 0, unpack(ARGV, 9))
local c = hash(ckey)
local complaint = (c.intent == 'COMPLAINT') and '1' or '0'
redis.call('HSET', ckey, 'complaint', complaint)
bump(q, 'offered', 1, contact_id)
local score = arrival_score(NOW, c.tier)
redis.call('HSET', ckey, 'score', int(score))
local pos = route(contact_id, q, 0, score)
if not pos then return result({outcome = 'ROUTED', contact = contact_view(contact_id)}) end
emit_call('queued', contact_id, {queueId = q, channel = c.channel or 'VOICE', customerId = or_null(c.customerId),
  customerTier = c.tier or 'STANDARD', intent = c.intent or 'INQUIRY',
  language = (c.language and c.language ~= '') and c.language or 'zh', position = pos})
return result({outcome = 'QUEUED', contact = contact_view(contact_id), position = pos})
