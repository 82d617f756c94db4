-- The offered agent did not pick up: the agent goes NOT_READY (its other contacts, if any, go on), the
-- contact back to the head of its queue (and straight to another agent if one can take it).
-- ARGV[5..]: contactId, agentId. Answers {outcome = REQUEUED, contact, position (if waiting)},
-- {outcome = UNKNOWN} or {outcome = CONFLICT, state, agentId}.
local contact_id, agent_id = ARGV[5], ARGV[6]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId', 'step', 'score', 'channel', 'teamId')
if not c[1] then return result({outcome = 'UNKNOWN'}) end
if c[1] ~= 'ROUTED' or c[2] ~= agent_id then return result({outcome = 'CONFLICT', state = c[1], agentId = c[2] or ''}) end
local akey = agent_key(agent_id)
local ch = c[6] or 'VOICE'
redis.call('HINCRBY', akey, 'load:' .. ch, -1)
if total_load(akey) == 0 then
  remove_available(agent_id)
  redis.call('HSET', akey, 'reason', 'no-answer', 'contactId', '')
  set_agent_state(agent_id, 'NOT_READY', 'no-answer', contact_id)
else
  -- busy with other contacts: no new offers until it has finished them
  redis.call('HSET', akey, 'pending', 'NOT_READY', 'pendingReason', 'no-answer')
  place(agent_id)
end
local q, step = c[3], tonumber(c[4] or '0')
emit_call('no-answer', contact_id, {queueId = q, agentId = agent_id, teamId = c[7] or ''})
-- Head of the queue: below the lowest score waiting there now.
local head = tonumber(c[5] or '') or NOW
for s = 0, MAX_STEP do
  for _, kind in ipairs({'o', 'c'}) do
    local first = redis.call('ZRANGE', contacts_key(q, s, kind, ch), 0, 0, 'WITHSCORES')
    if #first > 0 and tonumber(first[2]) <= head then head = tonumber(first[2]) - 1 end
  end
end
redis.call('HSET', ckey, 'agentId', '', 'teamId', '')
local pos = route(contact_id, q, step, head)
return result({outcome = 'REQUEUED', contact = contact_view(contact_id), position = pos})
