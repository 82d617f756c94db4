-- Shared by every routing script (prepended to each). Every script takes ARGV[1] = now (ms) and
-- ARGV[2] = today (yyyy-mm-dd, the center's time zone). All routing state lives under "cc:":
--   cc:agent:{id}                    hash  state, stateSince, teamId, placements ("q:tier:skillGap,..."),
--                                          probationUntil, contactId (latest offered), reason, pending,
--                                          pendingReason, lastOffered, statDay, contactsToday, talkToday,
--                                          cap:{channel} and load:{channel} (contacts offered or in progress)
--   cc:qdef:{q}                      hash  priority, strategy (how available agents are ordered)
--   cc:queue:{q}:members             set   agents placed in q (any state)
--   cc:queue:{q}:agents:{tier}:{cls}:{ch}  zset  agents that can take a contact of channel ch now;
--                                          tier = first relaxation step whose expression the agent meets
--                                          (0 = the queue's own); cls v = veteran, n = on probation (no complaints)
--   cc:queue:{q}:contacts:{step}:{k}:{ch}  zset  waiting contacts at relaxation step; k c = complaint,
--                                          o = other; score = arrival (ms), minus a head start for VIPs
--   cc:queue:{q}:arrivals            zset  waiting contacts by arrival (longest wait, relaxation tick)
--   cc:contact:{id}                  hash  state, queueId, channel, step, complaint, zkey, score, arrivedAt, agentId, ...
--   cc:wrapup                        zset  agents in after-call work, score = when it ends (ms)
--   cc:agent-states                  hash  state -> number of agents in it
--   cc:stats:{q}:{day}, cc:stats:{q}:m:{minute}  hash  offered, answered, answeredInSl, waitMsTotal,
--                                          abandoned, handled, handleMsTotal (minute buckets expire);
--                                          outbound contacts count in cc:stats-outbound:... instead
-- Capacity: a voice contact takes the whole agent (offered only to an agent with no contact at all);
-- chat, email and SMS contacts run side by side up to the agent's capacity per channel, never beside voice.
-- A decision never scans agents: it reads the heads of a fixed number of sorted sets.
local MAX_STEP = 3
local CHANNELS = {'VOICE', 'CHAT', 'EMAIL', 'SMS'}
local NOW, DAY = tonumber(ARGV[1]), ARGV[2]
local TIE_SPAN = 1e10 -- metric * TIE_SPAN + (now mod TIE_SPAN): order by metric, then longest idle

local function agent_key(id) return 'cc:agent:' .. id end
local function contact_key(id) return 'cc:contact:' .. id end
local function agents_key(q, tier, cls, ch) return 'cc:queue:' .. q .. ':agents:' .. tier .. ':' .. cls .. ':' .. ch end
local function contacts_key(q, step, kind, ch) return 'cc:queue:' .. q .. ':contacts:' .. step .. ':' .. kind .. ':' .. ch end
local function arrivals_key(q) return 'cc:queue:' .. q .. ':arrivals' end

-- Counters of the contact's queue. Outbound work (callbacks, follow-ups) is counted apart
-- (cc:stats-outbound:...), so it never distorts the inbound service level and abandon rate.
local function bump(q, field, amount, contact_id)
  local prefix = 'cc:stats:'
  if redis.call('HGET', 'cc:contact:' .. contact_id, 'direction') == 'OUTBOUND' then prefix = 'cc:stats-outbound:' end
  local minute = prefix .. q .. ':m:' .. math.floor(NOW / 60000)
  redis.call('HINCRBY', prefix .. q .. ':' .. DAY, field, amount)
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

local function load_of(akey, ch) return tonumber(redis.call('HGET', akey, 'load:' .. ch) or '0') or 0 end
local function cap_of(akey, ch) return tonumber(redis.call('HGET', akey, 'cap:' .. ch) or '0') or 0 end
local function total_load(akey)
  local total = 0
  for _, ch in ipairs(CHANNELS) do total = total + load_of(akey, ch) end
  return total
end

-- May the agent be offered a new contact of channel ch now?
local function can_take(agent_id, ch)
  local akey = agent_key(agent_id)
  local h = redis.call('HMGET', akey, 'state', 'pending')
  if (h[2] or '') ~= '' then return false end
  if h[1] ~= 'AVAILABLE' and h[1] ~= 'RESERVED' and h[1] ~= 'BUSY' then return false end
  if ch == 'VOICE' then return h[1] == 'AVAILABLE' and total_load(akey) == 0 and cap_of(akey, 'VOICE') > 0 end
  return load_of(akey, 'VOICE') == 0 and load_of(akey, ch) < cap_of(akey, ch)
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

local function remove_available(agent_id)
  for _, p in ipairs(placements(agent_id)) do
    for _, ch in ipairs(CHANNELS) do
      redis.call('ZREM', agents_key(p[1], p[2], 'v', ch), agent_id)
      redis.call('ZREM', agents_key(p[1], p[2], 'n', ch), agent_id)
    end
  end
end

-- Puts the agent into, or takes it out of, each channel's available sets of its queues.
local function place(agent_id)
  local cls = agent_class(agent_id)
  local list = placements(agent_id)
  for _, ch in ipairs(CHANNELS) do
    local ok = can_take(agent_id, ch)
    for _, p in ipairs(list) do
      if ok then
        redis.call('ZADD', agents_key(p[1], p[2], cls, ch), agent_score(agent_id, p[1], p[3]), agent_id)
      else
        redis.call('ZREM', agents_key(p[1], p[2], 'v', ch), agent_id)
        redis.call('ZREM', agents_key(p[1], p[2], 'n', ch), agent_id)
      end
    end
  end
end

-- The best agent for a contact of channel ch at relaxation `step`: the closest-matching tier first,
-- then the lowest score; complaints skip agents on probation.
local function pick_agent(q, step, complaint, ch)
  for tier = 0, step do
    local best, best_score = nil, nil
    local classes = (complaint == '1') and {'v'} or {'v', 'n'}
    for _, cls in ipairs(classes) do
      local head = redis.call('ZRANGE', agents_key(q, tier, cls, ch), 0, 0, 'WITHSCORES')
      if #head > 0 and (best_score == nil or tonumber(head[2]) < best_score) then
        best, best_score = head[1], tonumber(head[2])
      end
    end
    if best then return best end
  end
  return nil
end

-- The best contact of channel ch waiting in q that an agent at `tier` of class `cls` may take.
local function pick_contact(q, tier, cls, ch)
  local best, best_score = nil, nil
  local kinds = (cls == 'v') and {'o', 'c'} or {'o'}
  for step = tier, MAX_STEP do
    for _, kind in ipairs(kinds) do
      local head = redis.call('ZRANGE', contacts_key(q, step, kind, ch), 0, 0, 'WITHSCORES')
      if #head > 0 and (best_score == nil or tonumber(head[2]) < best_score) then
        best, best_score = head[1], tonumber(head[2])
      end
    end
  end
  return best, best_score
end

local function unqueue(contact_id)
  local c = redis.call('HMGET', contact_key(contact_id), 'zkey', 'queueId')
  if c[1] and c[1] ~= '' then redis.call('ZREM', c[1], contact_id) end
  if c[2] then redis.call('ZREM', arrivals_key(c[2]), contact_id) end
end

local function enqueue(contact_id, q, step, complaint, score)
  local ckey = contact_key(contact_id)
  local ch = redis.call('HGET', ckey, 'channel') or 'VOICE'
  local zkey = contacts_key(q, step, (complaint == '1') and 'c' or 'o', ch)
  redis.call('ZADD', zkey, score, contact_id)
  redis.call('ZADD', arrivals_key(q), redis.call('HGET', ckey, 'arrivedAt'), contact_id)
  redis.call('HSET', ckey, 'state', 'QUEUED', 'zkey', zkey, 'step', step, 'score', score, 'agentId', '')
end

-- Contacts of the same channel ahead of this one in its queue; 1 = next.
local function position(q, score, ch)
  local ahead = 0
  for step = 0, MAX_STEP do
    for _, kind in ipairs({'o', 'c'}) do
      ahead = ahead + redis.call('ZCOUNT', contacts_key(q, step, kind, ch), '-inf', '(' .. score)
    end
  end
  return ahead + 1
end

-- Offer the contact to the agent. Returns the agent's state before and after.
local function reserve(agent_id, contact_id)
  local akey = agent_key(agent_id)
  local ch = redis.call('HGET', contact_key(contact_id), 'channel') or 'VOICE'
  local before = redis.call('HGET', akey, 'state')
  unqueue(contact_id)
  redis.call('HINCRBY', akey, 'load:' .. ch, 1)
  if before == 'AVAILABLE' then
    set_agent_state(agent_id, 'RESERVED', 'contactId', contact_id, 'reason', '', 'lastOffered', NOW)
  else
    redis.call('HSET', akey, 'contactId', contact_id, 'lastOffered', NOW)
  end
  redis.call('HSET', contact_key(contact_id), 'state', 'ROUTED', 'agentId', agent_id, 'routedAt', NOW,
    'teamId', redis.call('HGET', akey, 'teamId') or '', 'zkey', '')
  place(agent_id)
  return before, redis.call('HGET', akey, 'state')
end

-- The agent takes waiting contacts while it has room: highest queue priority, then the contact's score.
-- Returns a flat list: contactId, queueId, arrivedAt, channel for each contact taken.
local function fill(agent_id)
  local taken = {}
  local cls = agent_class(agent_id)
  local list = placements(agent_id)
  while true do
    local best, best_prio, best_score, best_queue = nil, nil, nil, nil
    for _, ch in ipairs(CHANNELS) do
      if can_take(agent_id, ch) then
        for _, p in ipairs(list) do
          local contact, score = pick_contact(p[1], p[2], cls, ch)
          if contact then
            local prio = tonumber(redis.call('HGET', 'cc:qdef:' .. p[1], 'priority') or '0') or 0
            if best == nil or prio > best_prio or (prio == best_prio and score < best_score) then
              best, best_prio, best_score, best_queue = contact, prio, score, p[1]
            end
          end
        end
      end
    end
    if not best then return taken end
    reserve(agent_id, best)
    local c = redis.call('HMGET', contact_key(best), 'arrivedAt', 'channel')
    for _, v in ipairs({best, best_queue, c[1], c[2] or 'VOICE'}) do table.insert(taken, v) end
  end
end

-- What happened to an agent, in one shape for Java:
-- {outcome, previousState, teamId, newState, reason, n, contactId, queueId, arrivedAt, channel (x n)}
local function agent_result(outcome, agent_id, previous, taken)
  local h = redis.call('HMGET', agent_key(agent_id), 'teamId', 'state', 'reason')
  local out = {outcome, previous, h[1] or '', h[2] or '', h[3] or '', tostring(#taken / 4)}
  for _, v in ipairs(taken) do table.insert(out, v) end
  return out
end

-- The agent has no contact left and is ready: it takes waiting work or becomes available.
local function make_ready(agent_id, previous)
  set_agent_state(agent_id, 'AVAILABLE', 'contactId', '', 'reason', '', 'pending', '', 'pendingReason', '')
  redis.call('ZREM', 'cc:wrapup', agent_id)
  local taken = fill(agent_id)
  if #taken == 0 then place(agent_id) end
  return agent_result((#taken > 0) and 'ROUTED' or 'AVAILABLE', agent_id, previous, taken)
end

-- A contact of the agent's is over (ended on a non-voice channel, or abandoned while offered):
-- with nothing left the agent is free (or goes to the state it asked for); otherwise it takes
-- more work if it now has room.
local function release(agent_id, ch)
  local akey = agent_key(agent_id)
  redis.call('HINCRBY', akey, 'load:' .. ch, -1)
  local state = redis.call('HGET', akey, 'state')
  if total_load(akey) == 0 then
    local pending = redis.call('HGET', akey, 'pending') or ''
    if pending ~= '' then
      local reason = redis.call('HGET', akey, 'pendingReason') or ''
      remove_available(agent_id)
      set_agent_state(agent_id, pending, 'reason', reason, 'pending', '', 'pendingReason', '', 'contactId', '')
      return agent_result('CHANGED', agent_id, state, {})
    end
    return make_ready(agent_id, state)
  end
  place(agent_id)
  local taken = fill(agent_id)
  return agent_result((#taken > 0) and 'ROUTED' or 'UNCHANGED', agent_id, state, taken)
end

-- Route a contact (already stored in its hash) in queue q at `step`: an agent, or it waits.
-- Returns {'ROUTED', agentId, teamId, agentStateBefore, agentStateAfter} or {'QUEUED', position}.
local function route(contact_id, q, step, complaint, score)
  local ch = redis.call('HGET', contact_key(contact_id), 'channel') or 'VOICE'
  local agent = pick_agent(q, step, complaint, ch)
  if agent then
    local before, after = reserve(agent, contact_id)
    return {'ROUTED', agent, redis.call('HGET', agent_key(agent), 'teamId') or '', before, after}
  end
  enqueue(contact_id, q, step, complaint, score)
  return {'QUEUED', tostring(position(q, score, ch))}
end
