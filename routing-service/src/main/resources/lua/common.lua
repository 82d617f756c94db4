-- Shared by every routing script (prepended to each). Every script takes ARGV[1] = now (ms) and
-- ARGV[2] = today (yyyy-mm-dd, the center's time zone). All routing state lives under "cc:":
--   cc:agent:{id}                    hash  state, stateSince, teamId, placements ("q:tier:skillGap,..."),
--                                          probationUntil, contactId, reason, pending, pendingReason,
--                                          lastOffered, statDay, contactsToday, talkToday
--   cc:qdef:{q}                      hash  priority, strategy (how available agents are ordered)
--   cc:queue:{q}:members             set   agents placed in q (any state)
--   cc:queue:{q}:agents:{tier}:{cls} zset  available agents; tier = first relaxation step whose
--                                          expression the agent meets (0 = the queue's own);
--                                          cls v = veteran, n = on probation (no complaints)
--   cc:queue:{q}:contacts:{step}:{k} zset  waiting contacts at relaxation step; k c = complaint, o = other;
--                                          score = arrival (ms), minus a head start for VIPs
--   cc:queue:{q}:arrivals            zset  waiting contacts by arrival (longest wait, relaxation tick)
--   cc:contact:{id}                  hash  state, queueId, step, complaint, zkey, score, arrivedAt, agentId, ...
--   cc:wrapup                        zset  agents in after-call work, score = when it ends (ms)
--   cc:agent-states                  hash  state -> number of agents in it
--   cc:stats:{q}:{day}, cc:stats:{q}:m:{minute}  hash  offered, answered, answeredInSl, waitMsTotal,
--                                          abandoned, handled, handleMsTotal (minute buckets expire)
-- A decision never scans agents: it reads the heads of at most (MAX_STEP+1) * 2 sorted sets.
local MAX_STEP = 3
local NOW, DAY = tonumber(ARGV[1]), ARGV[2]
local TIE_SPAN = 1e10 -- metric * TIE_SPAN + (now mod TIE_SPAN): order by metric, then longest idle

local function agent_key(id) return 'cc:agent:' .. id end
local function contact_key(id) return 'cc:contact:' .. id end
local function agents_key(q, tier, cls) return 'cc:queue:' .. q .. ':agents:' .. tier .. ':' .. cls end
local function contacts_key(q, step, kind) return 'cc:queue:' .. q .. ':contacts:' .. step .. ':' .. kind end
local function arrivals_key(q) return 'cc:queue:' .. q .. ':arrivals' end

local function bump(q, field, amount)
  local minute = 'cc:stats:' .. q .. ':m:' .. math.floor(NOW / 60000)
  redis.call('HINCRBY', 'cc:stats:' .. q .. ':' .. DAY, field, amount)
  redis.call('HINCRBY', minute, field, amount)
  redis.call('EXPIRE', minute, 1200)
end

-- Every agent state change goes through here so the per-state counts stay exact.
local function set_agent_state(agent_id, new_state, ...)
  local akey = agent_key(agent_id)
  local old = redis.call('HGET', akey, 'state')
  if old ~= new_state then
    if old then redis.call('HINCRBY', 'cc:agent-states', old, -1) end
    redis.call('HINCRBY', 'cc:agent-states', new_state, 1)
  end
  redis.call('HSET', akey, 'state', new_state, 'stateSince', NOW, ...)
end

-- {{q, tier, gap}, ...} from "q:tier:gap,..."
local function placements(agent_id)
  local list = {}
  for q, tier, gap in string.gmatch(redis.call('HGET', agent_key(agent_id), 'placements') or '', '([^:,]+):(%d+):(%d+)') do
    table.insert(list, {q, tonumber(tier), tonumber(gap)})
  end
  return list
end

local function agent_class(agent_id)
  local until_ms = tonumber(redis.call('HGET', agent_key(agent_id), 'probationUntil') or '0') or 0
  if until_ms > NOW then return 'n' end
  return 'v'
end

local function remove_available(agent_id)
  for _, p in ipairs(placements(agent_id)) do
    redis.call('ZREM', agents_key(p[1], p[2], 'v'), agent_id)
    redis.call('ZREM', agents_key(p[1], p[2], 'n'), agent_id)
  end
end

local function today_count(akey, field)
  if redis.call('HGET', akey, 'statDay') ~= DAY then return 0 end
  return tonumber(redis.call('HGET', akey, field) or '0') or 0
end

-- Lower is offered first; the queue's strategy decides the metric.
local function agent_score(agent_id, q, gap)
  local strategy = redis.call('HGET', 'cc:qdef:' .. q, 'strategy') or 'LONGEST_IDLE'
  local akey = agent_key(agent_id)
  local tie = NOW % TIE_SPAN
  if strategy == 'MOST_SKILLED' then return gap * TIE_SPAN + tie end
  if strategy == 'ROUND_ROBIN' then return tonumber(redis.call('HGET', akey, 'lastOffered') or '0') or 0 end
  if strategy == 'FEWEST_CONTACTS' then return today_count(akey, 'contactsToday') * TIE_SPAN + tie end
  if strategy == 'LEAST_TALK_TIME' then return today_count(akey, 'talkToday') * TIE_SPAN + tie end
  return NOW
end

-- The best available agent for a contact at relaxation `step`: the closest-matching tier first,
-- then the lowest score; complaints skip agents on probation.
local function pick_agent(q, step, complaint)
  for tier = 0, step do
    local best, best_score = nil, nil
    local classes = (complaint == '1') and {'v'} or {'v', 'n'}
    for _, cls in ipairs(classes) do
      local head = redis.call('ZRANGE', agents_key(q, tier, cls), 0, 0, 'WITHSCORES')
      if #head > 0 and (best_score == nil or tonumber(head[2]) < best_score) then
        best, best_score = head[1], tonumber(head[2])
      end
    end
    if best then return best end
  end
  return nil
end

-- The best contact waiting in q that an agent at `tier` of class `cls` may take.
local function pick_contact(q, tier, cls)
  local best, best_score = nil, nil
  local kinds = (cls == 'v') and {'o', 'c'} or {'o'}
  for step = tier, MAX_STEP do
    for _, kind in ipairs(kinds) do
      local head = redis.call('ZRANGE', contacts_key(q, step, kind), 0, 0, 'WITHSCORES')
      if #head > 0 and (best_score == nil or tonumber(head[2]) < best_score) then
        best, best_score = head[1], tonumber(head[2])
      end
    end
  end
  return best, best_score
end

local function unqueue(contact_id)
  local c = redis.call('HMGET', contact_key(contact_id), 'zkey', 'queueId')
  if c[1] then redis.call('ZREM', c[1], contact_id) end
  if c[2] then redis.call('ZREM', arrivals_key(c[2]), contact_id) end
end

local function enqueue(contact_id, q, step, complaint, score)
  local zkey = contacts_key(q, step, (complaint == '1') and 'c' or 'o')
  redis.call('ZADD', zkey, score, contact_id)
  redis.call('ZADD', arrivals_key(q), redis.call('HGET', contact_key(contact_id), 'arrivedAt'), contact_id)
  redis.call('HSET', contact_key(contact_id), 'state', 'QUEUED', 'zkey', zkey, 'step', step, 'score', score,
    'agentId', '')
end

-- Contacts ahead of this one in its queue, across all its sorted sets; 1 = next.
local function position(q, score)
  local ahead = 0
  for step = 0, MAX_STEP do
    for _, kind in ipairs({'o', 'c'}) do
      ahead = ahead + redis.call('ZCOUNT', contacts_key(q, step, kind), '-inf', '(' .. score)
    end
  end
  return ahead + 1
end

-- Offer the contact to the agent: the agent leaves every available set, the contact its queue.
local function reserve(agent_id, contact_id)
  remove_available(agent_id)
  unqueue(contact_id)
  redis.call('ZREM', 'cc:wrapup', agent_id)
  set_agent_state(agent_id, 'RESERVED', 'contactId', contact_id, 'reason', '', 'lastOffered', NOW)
  redis.call('HSET', contact_key(contact_id), 'state', 'ROUTED', 'agentId', agent_id, 'routedAt', NOW,
    'teamId', redis.call('HGET', agent_key(agent_id), 'teamId') or '', 'zkey', '')
end

-- The agent is free: it takes the best contact it may serve (highest queue priority, then the
-- contact's score) or becomes available in all its queues.
-- Returns {'ROUTED', previousState, contactId, queueId, arrivedAt, channel, teamId}
--      or {'AVAILABLE', previousState, teamId}.
local function make_ready(agent_id, previous)
  local cls = agent_class(agent_id)
  local best, best_prio, best_score, best_queue = nil, nil, nil, nil
  local list = placements(agent_id)
  for _, p in ipairs(list) do
    local contact, score = pick_contact(p[1], p[2], cls)
    if contact then
      local prio = tonumber(redis.call('HGET', 'cc:qdef:' .. p[1], 'priority') or '0') or 0
      if best == nil or prio > best_prio or (prio == best_prio and score < best_score) then
        best, best_prio, best_score, best_queue = contact, prio, score, p[1]
      end
    end
  end
  local team = redis.call('HGET', agent_key(agent_id), 'teamId') or ''
  if best then
    reserve(agent_id, best)
    local c = redis.call('HMGET', contact_key(best), 'arrivedAt', 'channel')
    return {'ROUTED', previous, best, best_queue, c[1], c[2] or '', team}
  end
  set_agent_state(agent_id, 'AVAILABLE', 'contactId', '', 'reason', '', 'pending', '', 'pendingReason', '')
  redis.call('ZREM', 'cc:wrapup', agent_id)
  for _, p in ipairs(list) do
    redis.call('ZADD', agents_key(p[1], p[2], cls), agent_score(agent_id, p[1], p[3]), agent_id)
  end
  return {'AVAILABLE', previous, team}
end

-- Route a contact (already stored in its hash) in queue q at `step`: an agent, or it waits.
-- Returns {'ROUTED', agentId, teamId} or {'QUEUED', position}.
local function route(contact_id, q, step, complaint, score)
  local agent = pick_agent(q, step, complaint)
  if agent then
    reserve(agent, contact_id)
    return {'ROUTED', agent, redis.call('HGET', agent_key(agent), 'teamId') or ''}
  end
  enqueue(contact_id, q, step, complaint, score)
  return {'QUEUED', tostring(position(q, score))}
end
