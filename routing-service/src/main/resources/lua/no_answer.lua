-- The PBX reports that the offered agent did not pick up: the agent goes NOT_READY (after its other
-- contacts, if any), the contact back to the head of its queue (and straight to another agent if one can
-- take it). ARGV[7..]: contactId, agentId. Answers {outcome = REQUEUED, contact, position (if waiting)},
-- {outcome = UNKNOWN} or {outcome = CONFLICT, state, agentId}.
local contact_id, agent_id = ARGV[7], ARGV[8]
local c = redis.call('HMGET', contact_key(contact_id), 'state', 'agentId')
if not c[1] then return result({outcome = 'UNKNOWN'}) end
if c[1] ~= 'ROUTED' or c[2] ~= agent_id then return result({outcome = 'CONFLICT', state = c[1], agentId = c[2] or ''}) end
local pos = missed_offer(contact_id, agent_id, 'PBX_REPORTED', 'no-answer')
return result({outcome = 'REQUEUED', contact = contact_view(contact_id), position = pos})
