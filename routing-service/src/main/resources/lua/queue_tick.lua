-- The tick for one queue: waiting contacts reach relaxation steps, then those past the maximum wait overflow.
-- ARGV[7..]: queueId, batch (contacts per step and for overflow), retentionSeconds (callback requests).
-- Relaxation counts from the contact's entry into this queue; each step takes the oldest contacts still at a
-- lower step (highest step first, so a contact past several steps jumps to the widest). Answers
-- {outcome = DONE, relaxed, overflowed}.
local q, batch, retention = ARGV[7], ARGV[8], ARGV[9]
local relaxed, overflowed = 0, 0
local steps = {}
for after in string.gmatch(redis.call('HGET', qdef_key(q), 'relax') or '', '(%d+)') do table.insert(steps, tonumber(after)) end
for step = #steps, 1, -1 do
  local entered_by = NOW - steps[step]
  for from = 0, step - 1 do
    for _, contact_id in ipairs(redis.call('ZRANGEBYSCORE', waiting_key(q, from), '-inf', int(entered_by), 'LIMIT', 0, batch)) do
      local score = tonumber(redis.call('HGET', contact_key(contact_id), 'score'))
      unqueue(contact_id)
      redis.call('HSET', contact_key(contact_id), 'step', step)
      route(contact_id, q, step, score)
      relaxed = relaxed + 1
    end
  end
end
local d = redis.call('HMGET', qdef_key(q), 'overflowAction', 'overflowQueue')
for _, contact_id in ipairs(redis.call('ZRANGEBYSCORE', deadlines_key(q), '-inf', int(NOW), 'LIMIT', 0, batch)) do
  local ckey = contact_key(contact_id)
  local c = hash(ckey)
  unqueue(contact_id)
  if c.state == 'QUEUED' and c.queueId == q then
    overflowed = overflowed + 1
    bump(q, 'overflowed', 1, contact_id)
    local wait = math.max(0, NOW - tonumber(c.arrivedAt)) / 1000
    local visited = (c.visited or ',') .. q .. ','
    if d[1] == 'QUEUE' and d[2] then
      redis.call('HSET', ckey, 'queueId', d[2], 'visited', visited, 'enteredAt', int(NOW), 'step', 0)
      bump(d[2], 'offered', 1, contact_id)
      emit_call('overflowed', contact_id, {fromQueueId = q, toQueueId = d[2], waitSeconds = wait})
      -- keeps its arrival time: its place and its wait stay true in the new queue
      route(contact_id, d[2], 0, arrival_score(tonumber(c.arrivedAt), c.tier))
    else
      redis.call('HSET', ckey, 'state', 'CALLBACK', 'visited', visited, 'zkey', '')
      redis.call('EXPIRE', ckey, retention)
      emit_call('callback-requested', contact_id, {queueId = q, customerId = or_null(c.customerId),
        callerNumber = or_null(c.callerNumber), intent = c.intent or 'INQUIRY', customerTier = c.tier or 'STANDARD',
        waitSeconds = wait})
    end
  end
end
return result({outcome = 'DONE', relaxed = relaxed, overflowed = overflowed})
