-- Transfer a connected contact to a queue or to an agent; the first agent goes to after-call work (voice,
-- the from-queue's wrap-up) or has its capacity back (other channels).
-- ARGV[7..]: contactId, targetQueue ('' if to an agent), targetAgent ('' if to a queue), actingAgent (the agent
-- whose own token asks: it may transfer only a contact assigned to it; '' for the PBX).
-- Answers {outcome = TRANSFERRED, contact, position (if waiting)}, {outcome = UNKNOWN},
-- {outcome = UNKNOWN_TARGET, agentId}, {outcome = CONFLICT, state} or {outcome = FORBIDDEN, agentId}.
local contact_id, to_queue, to_agent = ARGV[7], ARGV[8], ARGV[9]
local ckey = contact_key(contact_id)
local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId', 'channel', 'tier', 'teamId')
if not c[1] then return result({outcome = 'UNKNOWN'}) end
local acting = ARGV[10] or ''
if acting ~= '' and c[2] ~= acting then return result({outcome = 'FORBIDDEN', agentId = acting}) end
if c[1] ~= 'ANSWERED' then return result({outcome = 'CONFLICT', state = c[1]}) end
local ch = c[4] or 'VOICE'
if to_agent ~= '' then
  local target = redis.call('HGET', agent_key(to_agent), 'state')
  if not target then return result({outcome = 'UNKNOWN_TARGET', agentId = to_agent}) end
  if to_agent == c[2] or not can_take(to_agent, ch) then
    return result({outcome = 'CONFLICT', state = 'agent ' .. to_agent .. ' is ' .. target})
  end
end
local from_agent, from_queue = c[2], c[3]
local target_queue = (to_agent ~= '') and from_queue or to_queue
emit_call('transferred', contact_id, {fromQueueId = from_queue, fromAgentId = from_agent, fromTeamId = c[6] or '',
  toQueueId = target_queue, toAgentId = or_null(to_agent)})
if ch == 'VOICE' then
  start_wrap_up(from_agent, contact_id, queue_field(from_queue, 'wrapUpMs', 0), 'transfer')
end
local pos = nil
if to_agent ~= '' then
  reserve(to_agent, contact_id)
else
  redis.call('HSET', ckey, 'queueId', to_queue, 'arrivedAt', int(NOW), 'enteredAt', int(NOW), 'step', 0,
    'agentId', '', 'teamId', '')
  bump(to_queue, 'offered', 1, contact_id)
  pos = route(contact_id, to_queue, 0, arrival_score(NOW, c[5]))
end
if ch ~= 'VOICE' then release(from_agent, ch, contact_id) end
renew_lease(from_agent)
return result({outcome = 'TRANSFERRED', contact = contact_view(contact_id), position = pos})
