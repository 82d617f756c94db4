-- Transfer a connected contact to a queue or to an agent; the first agent goes to after-call work
-- (voice) or has its capacity back (other channels).
-- ARGV: now, day, contactId, targetQueue ('' if to an agent), targetAgent ('' if to a queue), wrapUpMs,
--       score (for the target queue), complaint.
-- Returns {'TRANSFERRED', fromAgent, fromTeam, fromQueue, toQueue, fromAgentBefore, fromAgentAfter,
-- then a route result: 'ROUTED', agent, team, before, after | 'QUEUED', position; then, for a non-voice
-- contact, the first agent's result (see common.lua: it may have taken waiting work)}.
local contact_id, to_queue, to_agent, wrap_ms, score, complaint =
  ARGV[3], ARGV[4], ARGV[5], tonumber(ARGV[6]), tonumber(ARGV[7]), ARGV[8]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId', 'channel')
if not c[1] then return {'UNKNOWN'} end
if c[1] ~= 'ANSWERED' then return {'CONFLICT', c[1]} end
local ch = c[4] or 'VOICE'
if to_agent ~= '' then
  local target = redis.call('HGET', agent_key(to_agent), 'state')
  if not target then return {'UNKNOWN_TARGET', to_agent} end
  if to_agent == c[2] or not can_take(to_agent, ch) then return {'CONFLICT', 'agent ' .. to_agent .. ' is ' .. target} end
end
local from_agent, from_queue = c[2], c[3]
local fkey = agent_key(from_agent)
local from_team = redis.call('HGET', fkey, 'teamId') or ''
local from_before = redis.call('HGET', fkey, 'state')
local freed = nil
if ch == 'VOICE' then
  redis.call('HINCRBY', fkey, 'load:VOICE', -1)
  remove_available(from_agent)
  set_agent_state(from_agent, 'WRAP_UP', 'contactId', '')
  redis.call('ZADD', 'cc:wrapup', NOW + wrap_ms, from_agent)
else
  freed = release(from_agent, ch)
end
local from_after = redis.call('HGET', fkey, 'state')
local head = {'TRANSFERRED', from_agent, from_team, from_queue, (to_agent ~= '') and from_queue or to_queue,
  from_before, from_after}
if to_agent ~= '' then
  local before, after = reserve(to_agent, contact_id)
  for _, v in ipairs({'ROUTED', to_agent, redis.call('HGET', agent_key(to_agent), 'teamId') or '', before, after}) do
    table.insert(head, v)
  end
  for _, v in ipairs(freed or {}) do table.insert(head, v) end
  return head
end
redis.call('HSET', ckey, 'queueId', to_queue, 'arrivedAt', NOW, 'complaint', complaint, 'step', 0, 'agentId', '',
  'score', score)
bump(to_queue, 'offered', 1, contact_id)
for _, v in ipairs(route(contact_id, to_queue, 0, complaint, score)) do table.insert(head, v) end
for _, v in ipairs(freed or {}) do table.insert(head, v) end
return head
