-- The PBX connected the offered contact (or the agent accepted the chat / email).
-- ARGV: now, day, contactId, agentId, serviceLevelMs. Returns {'ANSWERED', queueId, teamId, waitMs, inSl (1/0),
-- agentBefore, agentAfter} or {'UNKNOWN'}, {'DUPLICATE', state}, {'CONFLICT', state, agentId}.
local contact_id, agent_id, sl_ms = ARGV[3], ARGV[4], tonumber(ARGV[5])
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId', 'arrivedAt', 'teamId')
if not c[1] then return {'UNKNOWN'} end
if c[2] ~= agent_id then return {'CONFLICT', c[1], c[2] or ''} end
if c[1] == 'ANSWERED' or c[1] == 'ENDED' then return {'DUPLICATE', c[1]} end
if c[1] ~= 'ROUTED' then return {'CONFLICT', c[1], c[2] or ''} end
local wait = NOW - tonumber(c[4])
local in_sl = wait <= sl_ms
redis.call('HSET', ckey, 'state', 'ANSWERED', 'answeredAt', NOW)
local before = redis.call('HGET', agent_key(agent_id), 'state')
if before ~= 'BUSY' then set_agent_state(agent_id, 'BUSY') end
bump(c[3], 'answered', 1, contact_id)
bump(c[3], 'waitMsTotal', wait, contact_id)
if in_sl then bump(c[3], 'answeredInSl', 1, contact_id) end
return {'ANSWERED', c[3], c[5] or '', tostring(wait), in_sl and '1' or '0', before, 'BUSY'}
