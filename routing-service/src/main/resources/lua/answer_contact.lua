-- The PBX connected the offered contact (or the agent accepted the chat / email). ARGV[7..]: contactId,
-- agentId. The service-level threshold is the queue's (qdef slMs).
-- Answers {outcome = ANSWERED | DUPLICATE, contact}, {outcome = UNKNOWN} or {outcome = CONFLICT, state, agentId}.
local contact_id, agent_id = ARGV[7], ARGV[8]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId', 'arrivedAt', 'teamId')
if not c[1] then return result({outcome = 'UNKNOWN'}) end
if c[2] ~= agent_id then return result({outcome = 'CONFLICT', state = c[1], agentId = c[2] or ''}) end
if c[1] == 'ANSWERED' or c[1] == 'ENDED' then return result({outcome = 'DUPLICATE', contact = contact_view(contact_id)}) end
if c[1] ~= 'ROUTED' then return result({outcome = 'CONFLICT', state = c[1], agentId = c[2] or ''}) end
local wait = math.max(0, NOW - tonumber(c[4]))
local in_sl = wait <= queue_field(c[3], 'slMs', 10000)
redis.call('HSET', ckey, 'state', 'ANSWERED', 'answeredAt', int(NOW))
redis.call('ZREM', OFFERS_KEY, contact_id)
redis.call('HSET', agent_key(agent_id), 'missedOffers', 0)
set_agent_state(agent_id, 'BUSY', nil, contact_id)
bump(c[3], 'answered', 1, contact_id)
bump(c[3], 'waitMsTotal', wait, contact_id)
if in_sl then bump(c[3], 'answeredInSl', 1, contact_id) end
emit_call('answered', contact_id, {queueId = c[3], agentId = agent_id, teamId = c[5] or '', waitSeconds = wait / 1000,
  serviceLevelMet = in_sl})
renew_lease(agent_id)
return result({outcome = 'ANSWERED', contact = contact_view(contact_id)})
