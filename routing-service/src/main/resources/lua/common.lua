-- Shared by every routing script (prepended to each). All routing state lives under the "cc:" prefix:
--   cc:agent:{id}              hash  state, stateSince, teamId, queues (comma list), contactId, reason
--   cc:queue:{q}:agents        zset  available agents eligible for q, score = available since (ms): longest idle first
--   cc:queue:{q}:contacts      zset  waiting contacts, score = arrival (ms), minus a VIP offset so VIPs go first
--   cc:contact:{id}            hash  state, queueId, agentId, arrivedAt, answeredAt, teamId, tier, intent, ...
--   cc:wrapup                  zset  agents in after-call work, score = when wrap-up ends (ms)
--   cc:queues                  hash  queue id -> priority
--   cc:agent-states            hash  agent state -> number of agents in it (the wallboard's agents by state)
--   cc:stats:{q}:{day}         hash  offered, answered, answeredInSl, waitMsTotal, abandoned
local function agent_key(id) return 'cc:agent:' .. id end
local function contact_key(id) return 'cc:contact:' .. id end
local function agents_key(q) return 'cc:queue:' .. q .. ':agents' end
local function contacts_key(q) return 'cc:queue:' .. q .. ':contacts' end
local function stats_key(q, day) return 'cc:stats:' .. q .. ':' .. day end

-- Every agent state change goes through here so the per-state counts stay exact.
local function set_agent_state(agent_id, new_state, now, ...)
  local akey = agent_key(agent_id)
  local old = redis.call('HGET', akey, 'state')
  if old ~= new_state then
    if old then redis.call('HINCRBY', 'cc:agent-states', old, -1) end
    redis.call('HINCRBY', 'cc:agent-states', new_state, 1)
  end
  redis.call('HSET', akey, 'state', new_state, 'stateSince', now, ...)
end

local function each_queue(csv, fn)
  for q in string.gmatch(csv or '', '[^,]+') do fn(q) end
end

-- Take the agent out of every queue's available set and offer it the contact.
local function reserve(agent_id, contact_id, now)
  local akey = agent_key(agent_id)
  each_queue(redis.call('HGET', akey, 'queues'), function(q) redis.call('ZREM', agents_key(q), agent_id) end)
  redis.call('ZREM', 'cc:wrapup', agent_id)
  set_agent_state(agent_id, 'RESERVED', now, 'contactId', contact_id, 'reason', '')
  redis.call('HSET', contact_key(contact_id), 'state', 'ROUTED', 'agentId', agent_id, 'routedAt', now,
    'teamId', redis.call('HGET', akey, 'teamId') or '')
end

-- The agent's queues, highest priority first (cc:queues holds each queue's priority).
local function queues_by_priority(agent_id)
  local list = {}
  each_queue(redis.call('HGET', agent_key(agent_id), 'queues'), function(q)
    table.insert(list, {q, tonumber(redis.call('HGET', 'cc:queues', q) or '0')})
  end)
  table.sort(list, function(a, b) return a[2] > b[2] end)
  return list
end

-- The agent is free: give it the best waiting contact of its queues (highest queue priority, then
-- the contact's score), or make it available in all of them.
-- Returns {'ROUTED', previousState, contactId, queueId, arrivedAt, channel, teamId} or {'AVAILABLE', previousState, teamId}.
local function make_ready(agent_id, previous, now)
  local best, best_queue = nil, nil
  for _, entry in ipairs(queues_by_priority(agent_id)) do
    local head = redis.call('ZRANGE', contacts_key(entry[1]), 0, 0)
    if #head > 0 then
      best, best_queue = head[1], entry[1]
      break
    end
  end
  if best then
    redis.call('ZREM', contacts_key(best_queue), best)
    reserve(agent_id, best, now)
    local c = redis.call('HMGET', contact_key(best), 'arrivedAt', 'channel')
    return {'ROUTED', previous, best, best_queue, c[1], c[2] or '', redis.call('HGET', agent_key(agent_id), 'teamId') or ''}
  end
  local akey = agent_key(agent_id)
  set_agent_state(agent_id, 'AVAILABLE', now, 'contactId', '', 'reason', '')
  redis.call('ZREM', 'cc:wrapup', agent_id)
  each_queue(redis.call('HGET', akey, 'queues'), function(q) redis.call('ZADD', agents_key(q), now, agent_id) end)
  return {'AVAILABLE', previous, redis.call('HGET', akey, 'teamId') or ''}
end
