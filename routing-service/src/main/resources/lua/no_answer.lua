-- The offered agent did not pick up: the agent goes NOT_READY, the contact back to the head of its
-- queue (and straight to another agent if one is free). ARGV: now, day, contactId, agentId.
local contact_id, agent_id = ARGV[3], ARGV[4]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId', 'step', 'complaint', 'score')
if not c[1] then return {'UNKNOWN'} end
if c[1] ~= 'ROUTED' or c[2] ~= agent_id then return {'CONFLICT', c[1], c[2] or ''} end
local team = redis.call('HGET', agent_key(agent_id), 'teamId') or ''
set_agent_state(agent_id, 'NOT_READY', 'reason', 'no-answer', 'contactId', '')
local q, step = c[3], tonumber(c[4] or '0')
-- Head of the queue: below the lowest score waiting there now.
local head = tonumber(c[6] or '') or NOW
for s = 0, MAX_STEP do
  for _, kind in ipairs({'o', 'c'}) do
    local first = redis.call('ZRANGE', contacts_key(q, s, kind), 0, 0, 'WITHSCORES')
    if #first > 0 and tonumber(first[2]) <= head then head = tonumber(first[2]) - 1 end
  end
end
local r = route(contact_id, q, step, c[5] or '0', head)
return {'REQUEUED', q, team, unpack(r)}
