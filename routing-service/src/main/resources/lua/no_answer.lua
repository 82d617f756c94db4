-- The offered agent did not pick up: the agent goes NOT_READY (its other contacts, if any, go on), the
-- contact back to the head of its queue (and straight to another agent if one can take it).
-- ARGV: now, day, contactId, agentId. Returns {'REQUEUED', queueId, teamId, agentBefore, agentAfter, then a
-- route result: 'ROUTED', agent, team, before, after | 'QUEUED', position}.
local contact_id, agent_id = ARGV[3], ARGV[4]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId', 'step', 'complaint', 'score', 'channel')
if not c[1] then return {'UNKNOWN'} end
if c[1] ~= 'ROUTED' or c[2] ~= agent_id then return {'CONFLICT', c[1], c[2] or ''} end
local akey = agent_key(agent_id)
local team = redis.call('HGET', akey, 'teamId') or ''
local before = redis.call('HGET', akey, 'state')
local ch = c[7] or 'VOICE'
redis.call('HINCRBY', akey, 'load:' .. ch, -1)
if total_load(akey) == 0 then
  remove_available(agent_id)
  set_agent_state(agent_id, 'NOT_READY', 'reason', 'no-answer', 'contactId', '')
else
  -- busy with other contacts: no new offers until it has finished them
  redis.call('HSET', akey, 'pending', 'NOT_READY', 'pendingReason', 'no-answer')
  place(agent_id)
end
local q, step = c[3], tonumber(c[4] or '0')
-- Head of the queue: below the lowest score waiting there now.
local head = tonumber(c[6] or '') or NOW
for s = 0, MAX_STEP do
  for _, kind in ipairs({'o', 'c'}) do
    local first = redis.call('ZRANGE', contacts_key(q, s, kind, ch), 0, 0, 'WITHSCORES')
    if #first > 0 and tonumber(first[2]) <= head then head = tonumber(first[2]) - 1 end
  end
end
local after = redis.call('HGET', akey, 'state')
local r = route(contact_id, q, step, c[5] or '0', head)
return {'REQUEUED', q, team, before, after, unpack(r)}
