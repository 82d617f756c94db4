-- The conversation is over. Voice: the agent goes to after-call work (the queue's wrapUpMs). Other channels:
-- the agent's capacity frees up (it takes waiting work, or is free when it was its last contact).
-- ARGV[7..]: contactId, retentionSeconds, disposition, talkSeconds, holdSeconds, actingAgent (the agent whose
-- own token asks: it may end only a contact assigned to it; '' for the PBX).
-- Answers {outcome = ENDED | DUPLICATE, contact}, {outcome = UNKNOWN}, {outcome = CONFLICT, state} or
-- {outcome = FORBIDDEN, agentId}.
local contact_id, retention, disposition = ARGV[7], ARGV[8], ARGV[9]
local talk, hold = tonumber(ARGV[10]), tonumber(ARGV[11])
local ckey = contact_key(contact_id)
local c = hash(ckey)
if not c.state then return result({outcome = 'UNKNOWN'}) end
local acting = ARGV[12] or ''
if acting ~= '' and c.agentId ~= acting then return result({outcome = 'FORBIDDEN', agentId = acting}) end
if c.state == 'ENDED' then return result({outcome = 'DUPLICATE', contact = contact_view(contact_id)}) end
if c.state ~= 'ANSWERED' then return result({outcome = 'CONFLICT', state = c.state}) end
local agent_id, ch, q = c.agentId, c.channel or 'VOICE', c.queueId
redis.call('HSET', ckey, 'state', 'ENDED', 'endedAt', int(NOW), 'disposition', disposition)
redis.call('EXPIRE', ckey, retention)
local akey = agent_key(agent_id)
local wrap = (ch == 'VOICE') and queue_field(q, 'wrapUpMs', 0) or 0
bump(q, 'handled', 1, contact_id)
bump(q, 'handleMsTotal', math.floor((talk + hold) * 1000) + wrap, contact_id)
if redis.call('HGET', akey, 'statDay') ~= DAY then
  redis.call('HSET', akey, 'statDay', DAY, 'contactsToday', 0, 'talkToday', 0)
end
redis.call('HINCRBY', akey, 'contactsToday', 1)
redis.call('HINCRBY', akey, 'talkToday', int(talk))
emit_call('ended', contact_id, {queueId = q, agentId = agent_id, teamId = c.teamId or '', channel = ch,
  customerId = or_null(c.customerId), customerTier = c.tier or 'STANDARD', intent = c.intent or 'INQUIRY',
  disposition = disposition, talkSeconds = talk, holdSeconds = hold})
if ch == 'VOICE' then start_wrap_up(agent_id, contact_id, wrap, nil) else release(agent_id, ch, contact_id) end
renew_lease(agent_id)
return result({outcome = 'ENDED', contact = contact_view(contact_id)})
