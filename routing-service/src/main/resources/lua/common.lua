-- Shared by every routing script (prepended to each).
--
-- Calling convention (RoutingEngine):
--   KEYS[1]  the partition's clock key "cc:{partition}:clock"; every key a script touches starts with the
--            same "cc:{partition}:" prefix, so one hash tag holds a routing partition (Redis Cluster runs the
--            scripts unchanged on the node that owns it). Keys of the entities a script is about come next.
--   ARGV[1]  '' = the decision time is the Redis server's clock (TIME); otherwise a virtual time in ms
--            (tests, the simulator). Recorded times never go backwards: NOW = max(that, last NOW).
--   ARGV[2]  the centre's UTC offset in minutes (for "today" of the daily counters)
--   ARGV[3]  number of event stream shards, ARGV[4] backlog bound per shard ('' = read-only script)
--   ARGV[5]  agent session lease in ms ('0' = no leases), ARGV[6] consecutive missed offers (timeouts) that
--            put an agent NOT_READY (below it the agent is ready again, behind the other idle agents)
--   ARGV[7..] the script's own arguments (see its header).
-- Every script answers one JSON object: {outcome = ..., named fields}.
--
-- Every decision appends the events it causes to the partition's event streams in the same script
-- (cc:{p}:events:{shard}, shard = hash of the event's key), so a committed decision always has its events,
-- in decision order per key; the relay (RoutingEventRelay) publishes them to Kafka.
--
-- Keys under P = "cc:{partition}:":
--   agent:{id}                 hash  state, stateSince, idleSince, teamId, placements ("q:tier:gap,..."),
--                                    probationUntil, contactId, reason, pending, pendingReason, lastOffered,
--                                    statDay, contactsToday, talkToday, cap:{ch}, load:{ch}, leaseUntil,
--                                    missedOffers, profile fields
--   held:{id}                  set   contacts offered to or connected with the agent (load:{ch} counts them)
--   offers                     zset  offered (ROUTED) contacts, score = when the offer times out (ms)
--   leases                     zset  logged-in agents, score = when their session lease lapses (ms)
--   sweep:{kind}               string the sweeper's SCAN cursor over agents / contacts
--   qdef:{q}                   hash  priority, strategy, slMs, shortAbandonMs, wrapUpMs, offerTimeoutMs,
--                                    relax ("afterMs,..."), maxWaitMs, overflowAction, overflowQueue (QueueStore)
--   queue:{q}:roster           zset  agents placed in q (score 0: by id); queue:{q}:states  hash  state -> agents of q in it
--   agents, by-team:{t}, by-state:{s}, by-skill:{s}   zset  agent indexes for lists and queue changes (score 0: by id)
--   qchange:{id}               hash  a queue change being applied: queueId, status, sources, source, last, total, done
--   qchange-current:{q}        string the queue's latest change; qchanges:running  set  changes still being applied
--   queue:{q}:agents:{tier}:{cls}:{ch}  zset  agents that can take a contact of channel ch now; tier = first
--                                    relaxation step the agent meets (0 = the queue's own expression);
--                                    cls v = veteran, n = on probation (no complaints)
--   queue:{q}:contacts:{step}:{k}:{ch}  zset  waiting contacts; k c = complaint, o = other; score = arrival
--                                    (ms) minus a head start for VIPs
--   queue:{q}:arrivals         zset  waiting contacts by arrival (longest wait)
--   queue:{q}:waiting:{step}   zset  waiting contacts at a relaxation step, by entry into the queue
--   queue:{q}:deadlines        zset  waiting contacts that may still overflow, by max-wait deadline
--   contact:{id}               hash  state, queueId, channel, step, complaint, zkey, score, arrivedAt,
--                                    enteredAt, visited (queues overflowed from), agentId, ...
--   wrapup                     zset  agents in after-call work, score = when it ends (ms)
--   agent-states               hash  state -> number of agents in it (centre-wide)
--   team:{t}:states            hash  state -> agents of team t in it (built from the indexes on first use)
--   teams                      zset  team ids (score 0: by id)
--   queue:{q}:states-at, team:{t}:states-at, agent-states-at   string  when that scope's agent time was
--                                    last accrued (ms; see accrue)
--   team-stats:{t}:{day}, team-stats:{t}:m:{minute}, centre-stats:{day}, centre-stats:m:{minute}  hash
--                                    agentAvailableMs, agentReservedMs, agentBusyMs, agentWrapUpMs (as in
--                                    stats:{q}:..., which hold them for the agents of queue q)
--   stats:{q}:{day}, stats:{q}:m:{minute}  hash  offered, answered, answeredInSl, waitMsTotal, abandoned,
--                                    shortAbandoned (of abandoned, those within the short-abandon threshold),
--                                    overflowed, handled, handleMsTotal, agent*Ms (time of the queue's agents
--                                    by state, see accrue); outbound work counts in
--                                    stats-outbound:... instead
--   clock                      string the last decision time (ms)
--   events:{shard}             stream  topic, type, subject, time, data (JSON body)
-- Capacity: a voice contact takes the whole agent; chat, email and SMS contacts run side by side up to the
-- agent's capacity per channel, never beside voice. No decision scans agents: it reads the heads of a fixed
-- number of sorted sets.
local P = string.sub(KEYS[1], 1, -6)
local MAX_STEP = 3
local CHANNELS = {'VOICE', 'CHAT', 'EMAIL', 'SMS'}
local VIP_HEAD_START_MS = 1e12 -- ~31 years: any VIP sorts before any standard contact
local TIE_EPOCH_MS = 1704067200000 -- 2024-01-01Z; tie-breaks count seconds from here (no wrap for centuries)
local TIE_SPAN = 1e10 -- score = metric * TIE_SPAN + idle seconds: order by metric, then longest idle
local MINUTE_BUCKET_TTL = 1200

local function int(x) return string.format('%d', math.floor(x)) end

local NOW = (function()
  local t
  if ARGV[1] ~= '' then
    t = tonumber(ARGV[1])
  else
    local time = redis.call('TIME')
    t = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
  end
  local last = tonumber(redis.call('GET', KEYS[1]) or '0')
  if t < last then t = last end
  redis.call('SET', KEYS[1], int(t))
  return t
end)()

-- Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
local function civil(days)
  local z = days + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local d = doy - math.floor((153 * mp + 2) / 5) + 1
  local m = (mp < 10) and (mp + 3) or (mp - 9)
  local y = yoe + era * 400
  if m <= 2 then y = y + 1 end
  return y, m, d
end

local function iso_time(ms)
  local secs = math.floor(ms / 1000)
  local days = math.floor(secs / 86400)
  local rem = secs - days * 86400
  local y, m, d = civil(days)
  return string.format('%04d-%02d-%02dT%02d:%02d:%02d.%03dZ', y, m, d, math.floor(rem / 3600),
    math.floor(rem % 3600 / 60), rem % 60, ms - secs * 1000)
end

local DAY = (function()
  local y, m, d = civil(math.floor((NOW + tonumber(ARGV[2]) * 60000) / 86400000))
  return string.format('%04d-%02d-%02d', y, m, d)
end)()
local NOW_ISO = iso_time(NOW)
local SHARDS = tonumber(ARGV[3])
local LEASE_MS = tonumber(ARGV[5]) or 0
local MISSES_BEFORE_NOT_READY = tonumber(ARGV[6]) or 1
local DEFAULT_OFFER_TIMEOUT_MS = 20000
-- Who asked for an agent state change when it was not the agent itself (a supervisor's id); scripts set it.
local CHANGED_BY = nil

local function agent_key(id) return P .. 'agent:' .. id end
local function contact_key(id) return P .. 'contact:' .. id end
local function qdef_key(q) return P .. 'qdef:' .. q end
local function agents_key(q, tier, cls, ch) return P .. 'queue:' .. q .. ':agents:' .. tier .. ':' .. cls .. ':' .. ch end
local function contacts_key(q, step, kind, ch) return P .. 'queue:' .. q .. ':contacts:' .. step .. ':' .. kind .. ':' .. ch end
local function arrivals_key(q) return P .. 'queue:' .. q .. ':arrivals' end
local function waiting_key(q, step) return P .. 'queue:' .. q .. ':waiting:' .. step end
local function deadlines_key(q) return P .. 'queue:' .. q .. ':deadlines' end
local function roster_key(q) return P .. 'queue:' .. q .. ':roster' end
local ALL_AGENTS_KEY = P .. 'agents'
local function by_team_key(t) return P .. 'by-team:' .. t end
local function by_state_key(s) return P .. 'by-state:' .. s end
local function by_skill_key(s) return P .. 'by-skill:' .. s end
local function qchange_key(id) return P .. 'qchange:' .. id end
local QCHANGES_RUNNING_KEY = P .. 'qchanges:running'
local function queue_states_key(q) return P .. 'queue:' .. q .. ':states' end
local WRAPUP_KEY = P .. 'wrapup'
local OFFERS_KEY = P .. 'offers'
local LEASES_KEY = P .. 'leases'
local function held_key(agent_id) return P .. 'held:' .. agent_id end
local AGENT_STATES_KEY = P .. 'agent-states'
local function events_key(shard) return P .. 'events:' .. shard end
local function team_states_key(t) return P .. 'team:' .. t .. ':states' end
local TEAMS_KEY = P .. 'teams'

-- Agent time by state, for occupancy. A scope is a queue (its agents: one serving several queues counts in
-- each, as in the queue's agents by state), a team, or the centre; each keeps its agents' state counts. The
-- time its agents spent in each of OCC_STATES is the integral of those counts over time: before any change
-- of a scope's counts, accrue() adds counts x time since the scope's last accrual to its stats hashes (the
-- minute buckets still kept, and the day, split at the centre's midnight). No agent is visited, and reading
-- adds the part since the last accrual the same way (open_time).
local OCC_STATES = {'AVAILABLE', 'RESERVED', 'BUSY', 'WRAP_UP'}
local OCC_FIELDS = {'agentAvailableMs', 'agentReservedMs', 'agentBusyMs', 'agentWrapUpMs'}
local IS_OCC = {AVAILABLE = true, RESERVED = true, BUSY = true, WRAP_UP = true}
local ALL_STATES = {'LOGGED_OUT', 'AVAILABLE', 'NOT_READY', 'RESERVED', 'BUSY', 'WRAP_UP'}
local DAY_MS = 86400000
local OFFSET_MS = tonumber(ARGV[2]) * 60000
local ACCRUE_DAYS = 7 -- a scope untouched for longer gets only its last week

local function day_start(ms) return math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS end
local function day_of(ms)
  local y, m, d = civil(math.floor((ms + OFFSET_MS) / DAY_MS))
  return string.format('%04d-%02d-%02d', y, m, d)
end

local function queue_scope(q)
  return {counts = queue_states_key(q), at = P .. 'queue:' .. q .. ':states-at', stats = P .. 'stats:' .. q}
end
local function team_scope(t)
  return {counts = team_states_key(t), at = P .. 'team:' .. t .. ':states-at', stats = P .. 'team-stats:' .. t}
end
local CENTRE_SCOPE = {counts = AGENT_STATES_KEY, at = P .. 'agent-states-at', stats = P .. 'centre-stats'}

-- The scope's counts of OCC_STATES and its last accrual, or nil when nothing is owed since.
local function open_counts(scope)
  local last = tonumber(redis.call('GET', scope.at) or '')
  if not last or last >= NOW then return nil, last end
  local raw = redis.call('HMGET', scope.counts, unpack(OCC_STATES))
  local n, any = {}, false
  for i = 1, #OCC_STATES do
    n[i] = math.max(0, tonumber(raw[i] or '0') or 0)
    any = any or n[i] > 0
  end
  if not any then return nil, last end
  return n, last
end

local function add_time(key, n, ms, ttl)
  for i = 1, #OCC_STATES do
    if n[i] > 0 then redis.call('HINCRBY', key, OCC_FIELDS[i], int(n[i] * ms)) end
  end
  if ttl then redis.call('EXPIRE', key, ttl) end
end

local function accrue(scope)
  local n, last = open_counts(scope)
  redis.call('SET', scope.at, int(NOW))
  if not n then return end
  local from = math.max(last, NOW - MINUTE_BUCKET_TTL * 1000)
  for m = math.floor(from / 60000), math.floor((NOW - 1) / 60000) do
    local s, e = math.max(from, m * 60000), math.min(NOW, (m + 1) * 60000)
    if e > s then add_time(scope.stats .. ':m:' .. int(m), n, e - s, MINUTE_BUCKET_TTL) end
  end
  local e = NOW
  for _ = 1, ACCRUE_DAYS do
    if e <= last then break end
    local s = math.max(last, day_start(e - 1))
    add_time(scope.stats .. ':' .. day_of(s), n, e - s, nil)
    e = s
  end
end

-- Not accrued yet: {field = ms} since max(last accrual, since) (a window's start, the day's start).
local function open_time(scope, since)
  local t = {}
  local n, last = open_counts(scope)
  if not n then return t end
  local from = math.max(last, since)
  if from >= NOW then return t end
  for i = 1, #OCC_STATES do t[OCC_FIELDS[i]] = n[i] * (NOW - from) end
  return t
end

-- A team's state counts, built from the agent indexes the first time the team is counted (agents already
-- logged in when counting began), then kept by every change. Call before the change touches the indexes.
local function ensure_team_counts(t)
  local key = team_states_key(t)
  if redis.call('EXISTS', key) == 1 then return end
  local fields = {}
  for _, st in ipairs(ALL_STATES) do
    table.insert(fields, st)
    table.insert(fields, redis.call('ZINTERCARD', 2, by_team_key(t), by_state_key(st)))
  end
  redis.call('HSET', key, unpack(fields))
end

-- The agent (in `state`) joins (+1) or leaves (-1) team t's counts, its time so far accrued first.
local function count_in_team(t, state, delta)
  if not t or t == '' or not state then return end
  ensure_team_counts(t)
  if IS_OCC[state] then accrue(team_scope(t)) end
  redis.call('HINCRBY', team_states_key(t), state, delta)
end

local function result(t) return cjson.encode(t) end
local function or_null(v) if v == nil or v == '' then return cjson.null end return v end

-- The event backlog is bounded: when the relay cannot publish (Kafka down) for long enough to fill a shard,
-- decisions are refused (the API answers 503) rather than dropping events.
local function backlog_full()
  if ARGV[4] == '' then return false end
  local bound = tonumber(ARGV[4])
  for s = 0, SHARDS - 1 do
    if redis.call('XLEN', events_key(s)) >= bound then return true end
  end
  return false
end
if backlog_full() then return result({outcome = 'BACKLOG_FULL'}) end

-- A stable string hash, so every instance puts a key's events on the same shard (order per key).
local function shard_of(subject)
  local h = 0
  for i = 1, #subject do h = (h * 31 + string.byte(subject, i)) % 2147483647 end
  return h % SHARDS
end

local function emit(topic, type, subject, body)
  body.occurredAt = NOW_ISO
  redis.call('XADD', events_key(shard_of(subject)), '*', 'topic', topic, 'type', type, 'subject', subject,
    'time', int(NOW), 'data', cjson.encode(body))
end

local function emit_call(type, contact_id, body)
  body.contactId = contact_id
  emit('call-events', 'contactcenter.call.' .. type, contact_id, body)
end

local function hash(key)
  local flat = redis.call('HGETALL', key)
  local t = {}
  for i = 1, #flat, 2 do t[flat[i]] = flat[i + 1] end
  return t
end

-- Counters of the contact's queue. Outbound work (callbacks, follow-ups) is counted apart, so it never
-- distorts the inbound service level and abandon rate.
local function bump(q, field, amount, contact_id)
  local prefix = P .. 'stats:'
  if redis.call('HGET', contact_key(contact_id), 'direction') == 'OUTBOUND' then prefix = P .. 'stats-outbound:' end
  local minute = prefix .. q .. ':m:' .. int(NOW / 60000)
  redis.call('HINCRBY', prefix .. q .. ':' .. DAY, field, int(amount))
  redis.call('HINCRBY', minute, field, int(amount))
  redis.call('EXPIRE', minute, MINUTE_BUCKET_TTL)
end

-- {{q, tier, gap}, ...} from "q:tier:gap,..."
local function parse_placements(text)
  local list = {}
  for q, tier, gap in string.gmatch(text or '', '([^:,]+):(%d+):(%d+)') do
    table.insert(list, {q, tonumber(tier), tonumber(gap)})
  end
  return list
end
local function placements(agent_id) return parse_placements(redis.call('HGET', agent_key(agent_id), 'placements')) end

-- Every agent state change goes through here: the centre's and each queue's counts stay exact, and each
-- change is an agent.state-changed event. previousState is null for a newly registered agent.
local function set_agent_state(agent_id, new_state, reason, contact_id)
  local akey = agent_key(agent_id)
  local h = redis.call('HMGET', akey, 'state', 'teamId')
  local old = h[1]
  if old == new_state then return end
  local team = h[2] or ''
  local list = placements(agent_id)
  -- occupancy: the time so far of every scope whose counts of occupancy states change
  local occ = IS_OCC[new_state] or (old and IS_OCC[old])
  if occ then
    accrue(CENTRE_SCOPE)
    for _, p in ipairs(list) do accrue(queue_scope(p[1])) end
  end
  if team ~= '' then
    ensure_team_counts(team)
    if occ then accrue(team_scope(team)) end
    if old then redis.call('HINCRBY', team_states_key(team), old, -1) end
    redis.call('HINCRBY', team_states_key(team), new_state, 1)
  end
  if old then
    redis.call('HINCRBY', AGENT_STATES_KEY, old, -1)
    redis.call('ZREM', by_state_key(old), agent_id)
  end
  redis.call('HINCRBY', AGENT_STATES_KEY, new_state, 1)
  redis.call('ZADD', by_state_key(new_state), 0, agent_id)
  for _, p in ipairs(list) do
    if old then redis.call('HINCRBY', queue_states_key(p[1]), old, -1) end
    redis.call('HINCRBY', queue_states_key(p[1]), new_state, 1)
  end
  redis.call('HSET', akey, 'state', new_state, 'stateSince', int(NOW))
  if new_state == 'LOGGED_OUT' then
    redis.call('ZREM', LEASES_KEY, agent_id)
    redis.call('HDEL', akey, 'leaseUntil')
  elseif (old == nil or old == 'LOGGED_OUT') and LEASE_MS > 0 then
    redis.call('HSET', akey, 'leaseUntil', int(NOW + LEASE_MS))
    redis.call('ZADD', LEASES_KEY, int(NOW + LEASE_MS), agent_id)
  end
  emit('agent-events', 'contactcenter.agent.state-changed', agent_id, {agentId = agent_id, teamId = h[2] or '',
    previousState = old or cjson.null, state = new_state, reason = or_null(reason), contactId = or_null(contact_id),
    changedBy = or_null(CHANGED_BY)})
end

-- The agent's desktop or the PBX is still there: the session lease runs again from now. A logged-out agent
-- has no session to renew.
local function renew_lease(agent_id)
  if LEASE_MS <= 0 then return end
  local akey = agent_key(agent_id)
  local state = redis.call('HGET', akey, 'state')
  if not state or state == 'LOGGED_OUT' then return end
  redis.call('HSET', akey, 'leaseUntil', int(NOW + LEASE_MS))
  redis.call('ZADD', LEASES_KEY, int(NOW + LEASE_MS), agent_id)
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

-- Lower is offered first; the queue's strategy decides the metric, ties go to the longest idle agent.
-- Scores come from what the agent did (idle since, last offer), never from when it was placed, so
-- re-placing agents (a queue or profile change) keeps their order.
local function agent_score(agent_id, q, gap)
  local strategy = redis.call('HGET', qdef_key(q), 'strategy') or 'LONGEST_IDLE'
  local akey = agent_key(agent_id)
  local idle = tonumber(redis.call('HGET', akey, 'idleSince') or '') or NOW
  local tie = math.floor((idle - TIE_EPOCH_MS) / 1000)
  if strategy == 'MOST_SKILLED' then return gap * TIE_SPAN + tie end
  if strategy == 'ROUND_ROBIN' then return tonumber(redis.call('HGET', akey, 'lastOffered') or '0') or 0 end
  if strategy == 'FEWEST_CONTACTS' then return today_count(akey, 'contactsToday') * TIE_SPAN + tie end
  if strategy == 'LEAST_TALK_TIME' then return today_count(akey, 'talkToday') * TIE_SPAN + tie end
  return idle
end

local function remove_available_from(agent_id, list)
  for _, p in ipairs(list) do
    for _, ch in ipairs(CHANNELS) do
      redis.call('ZREM', agents_key(p[1], p[2], 'v', ch), agent_id)
      redis.call('ZREM', agents_key(p[1], p[2], 'n', ch), agent_id)
    end
  end
end
local function remove_available(agent_id) remove_available_from(agent_id, placements(agent_id)) end

-- Puts the agent into, or takes it out of, each channel's available sets of its queues.
local function place(agent_id)
  local cls = agent_class(agent_id)
  local list = placements(agent_id)
  for _, ch in ipairs(CHANNELS) do
    local ok = can_take(agent_id, ch)
    for _, p in ipairs(list) do
      if ok then
        redis.call('ZADD', agents_key(p[1], p[2], cls, ch), int(agent_score(agent_id, p[1], p[3])), agent_id)
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
  local c = redis.call('HMGET', contact_key(contact_id), 'zkey', 'queueId', 'step')
  if c[1] and c[1] ~= '' then redis.call('ZREM', c[1], contact_id) end
  if c[2] then
    redis.call('ZREM', arrivals_key(c[2]), contact_id)
    redis.call('ZREM', waiting_key(c[2], c[3] or '0'), contact_id)
    redis.call('ZREM', deadlines_key(c[2]), contact_id)
  end
end

-- May a contact waiting in q still overflow? Only if q has a maximum wait, and a queue target the contact
-- has not overflowed from already (no loops).
local function overflow_deadline(q, entered, visited)
  local d = redis.call('HMGET', qdef_key(q), 'maxWaitMs', 'overflowAction', 'overflowQueue')
  local max_wait = tonumber(d[1] or '')
  if not max_wait then return nil end
  if d[2] == 'QUEUE' and (d[3] == q or string.find(visited or '', ',' .. (d[3] or '') .. ',', 1, true)) then return nil end
  return entered + max_wait
end

local function enqueue(contact_id, q, step, score)
  local ckey = contact_key(contact_id)
  local c = redis.call('HMGET', ckey, 'channel', 'arrivedAt', 'complaint', 'enteredAt', 'visited')
  local zkey = contacts_key(q, step, (c[3] == '1') and 'c' or 'o', c[1] or 'VOICE')
  local entered = tonumber(c[4] or '') or NOW
  redis.call('ZADD', zkey, int(score), contact_id)
  redis.call('ZADD', arrivals_key(q), c[2], contact_id)
  redis.call('ZADD', waiting_key(q, step), int(entered), contact_id)
  local deadline = overflow_deadline(q, entered, c[5])
  if deadline then redis.call('ZADD', deadlines_key(q), int(deadline), contact_id) end
  redis.call('HSET', ckey, 'state', 'QUEUED', 'zkey', zkey, 'step', step, 'score', int(score), 'agentId', '')
end

-- Contacts of the same channel ahead of this one in its queue; 1 = next.
local function position(q, score, ch)
  local ahead = 0
  for step = 0, MAX_STEP do
    for _, kind in ipairs({'o', 'c'}) do
      ahead = ahead + redis.call('ZCOUNT', contacts_key(q, step, kind, ch), '-inf', '(' .. int(score))
    end
  end
  return ahead + 1
end

-- Offer the contact to the agent (call.routed, and the agent's state change if it was available).
local function reserve(agent_id, contact_id)
  local akey, ckey = agent_key(agent_id), contact_key(contact_id)
  local c = redis.call('HMGET', ckey, 'channel', 'queueId', 'arrivedAt')
  local ch = c[1] or 'VOICE'
  local h = redis.call('HMGET', akey, 'state', 'teamId')
  unqueue(contact_id)
  redis.call('HINCRBY', akey, 'load:' .. ch, 1)
  redis.call('SADD', held_key(agent_id), contact_id)
  local timeout = tonumber(redis.call('HGET', qdef_key(c[2]), 'offerTimeoutMs') or '') or DEFAULT_OFFER_TIMEOUT_MS
  redis.call('ZADD', OFFERS_KEY, int(NOW + timeout), contact_id)
  redis.call('HSET', akey, 'contactId', contact_id, 'lastOffered', int(NOW))
  if h[1] == 'AVAILABLE' then
    redis.call('HSET', akey, 'reason', '')
    set_agent_state(agent_id, 'RESERVED', nil, contact_id)
  end
  redis.call('HSET', ckey, 'state', 'ROUTED', 'agentId', agent_id, 'routedAt', int(NOW), 'teamId', h[2] or '', 'zkey', '')
  place(agent_id)
  emit_call('routed', contact_id, {queueId = c[2], agentId = agent_id, teamId = h[2] or '', channel = ch,
    waitSeconds = math.max(0, NOW - tonumber(c[3])) / 1000})
end

-- The agent takes waiting contacts while it has room: highest queue priority, then the contact's score.
-- Returns the number of contacts taken.
local function fill(agent_id)
  local taken = 0
  local cls = agent_class(agent_id)
  local list = placements(agent_id)
  while true do
    local best, best_prio, best_score = nil, nil, nil
    for _, ch in ipairs(CHANNELS) do
      if can_take(agent_id, ch) then
        for _, p in ipairs(list) do
          local contact, score = pick_contact(p[1], p[2], cls, ch)
          if contact then
            local prio = tonumber(redis.call('HGET', qdef_key(p[1]), 'priority') or '0') or 0
            if best == nil or prio > best_prio or (prio == best_prio and score < best_score) then
              best, best_prio, best_score = contact, prio, score
            end
          end
        end
      end
    end
    if not best then return taken end
    reserve(agent_id, best)
    taken = taken + 1
  end
end

-- The agent has no contact left and is ready: it takes waiting work or becomes available.
local function make_ready(agent_id)
  redis.call('HSET', agent_key(agent_id), 'contactId', '', 'reason', '', 'pending', '', 'pendingReason', '',
    'idleSince', int(NOW))
  set_agent_state(agent_id, 'AVAILABLE', nil, nil)
  redis.call('ZREM', WRAPUP_KEY, agent_id)
  if fill(agent_id) == 0 then place(agent_id) end
end

-- The state the agent asked for during its contacts (pending), now that the last one is over.
local function apply_pending(agent_id)
  local akey = agent_key(agent_id)
  local h = redis.call('HMGET', akey, 'pending', 'pendingReason')
  remove_available(agent_id)
  redis.call('ZREM', WRAPUP_KEY, agent_id)
  redis.call('HSET', akey, 'reason', h[2] or '', 'pending', '', 'pendingReason', '', 'contactId', '')
  set_agent_state(agent_id, h[1], h[2], nil)
end

-- After-call work is over (or the agent asked to be ready): pending state, or ready for work.
local function end_after_call_work(agent_id)
  if (redis.call('HGET', agent_key(agent_id), 'pending') or '') ~= '' then apply_pending(agent_id) else make_ready(agent_id) end
end

-- A contact of the agent's is over (ended on a non-voice channel, or abandoned while offered): with nothing
-- left the agent is free (or goes to the state it asked for); otherwise it takes more work if it has room.
local function release(agent_id, ch, contact_id)
  local akey = agent_key(agent_id)
  redis.call('HINCRBY', akey, 'load:' .. ch, -1)
  redis.call('SREM', held_key(agent_id), contact_id)
  redis.call('ZREM', OFFERS_KEY, contact_id)
  if total_load(akey) == 0 then
    end_after_call_work(agent_id)
    return
  end
  redis.call('HSET', akey, 'idleSince', int(NOW))
  place(agent_id)
  fill(agent_id)
end

-- The voice agent goes to after-call work for wrap_ms (the tick ends it).
local function start_wrap_up(agent_id, contact_id, wrap_ms, reason)
  local akey = agent_key(agent_id)
  redis.call('HINCRBY', akey, 'load:VOICE', -1)
  redis.call('SREM', held_key(agent_id), contact_id)
  remove_available(agent_id)
  redis.call('HSET', akey, 'contactId', '')
  set_agent_state(agent_id, 'WRAP_UP', reason, contact_id)
  redis.call('ZADD', WRAPUP_KEY, int(NOW + wrap_ms), agent_id)
end

-- Route a contact (its hash holds queueId, channel, complaint, enteredAt) in queue q at `step`: an agent,
-- or it waits. Returns the position when it waits, nil when routed.
local function route(contact_id, q, step, score)
  local c = redis.call('HMGET', contact_key(contact_id), 'channel', 'complaint')
  local ch = c[1] or 'VOICE'
  local agent = pick_agent(q, step, c[2] or '0', ch)
  if agent then
    reserve(agent, contact_id)
    return nil
  end
  enqueue(contact_id, q, step, score)
  return position(q, score, ch)
end

-- The arrival order score of a contact: its arrival time, minus the VIP head start.
local function arrival_score(arrived_ms, tier)
  if tier == 'VIP' then return arrived_ms - VIP_HEAD_START_MS end
  return arrived_ms
end

local function queue_field(q, field, default)
  return tonumber(redis.call('HGET', qdef_key(q), field) or '') or default
end

local CONTACT_VIEW = {'state', 'queueId', 'agentId', 'teamId', 'channel', 'tier', 'intent', 'disposition'}
local function contact_view(contact_id)
  local v = redis.call('HMGET', contact_key(contact_id), unpack(CONTACT_VIEW))
  local t = {contactId = contact_id}
  for i, f in ipairs(CONTACT_VIEW) do if v[i] and v[i] ~= '' then t[f] = v[i] end end
  return t
end

-- An offered contact the agent will not answer: the agent's capacity is back, the contact has no agent.
local function let_go_offer(contact_id, agent_id, ch)
  redis.call('HINCRBY', agent_key(agent_id), 'load:' .. ch, -1)
  redis.call('SREM', held_key(agent_id), contact_id)
  redis.call('ZREM', OFFERS_KEY, contact_id)
  redis.call('HSET', contact_key(contact_id), 'agentId', '', 'teamId', '')
end

-- A withdrawn offer waits again: at the head of its queue (the caller was next already), or at the place its
-- arrival gives it (when the agent's session lapsed or a supervisor took the agent away, not the caller's
-- turn). It goes straight to another agent if one can take it. Returns the position when it waits.
local function requeue(contact_id, at_head)
  local c = redis.call('HMGET', contact_key(contact_id), 'queueId', 'step', 'score', 'channel')
  local q, step, ch = c[1], tonumber(c[2] or '0'), c[4] or 'VOICE'
  local score = tonumber(c[3] or '') or NOW
  if at_head then
    for s = 0, MAX_STEP do
      for _, kind in ipairs({'o', 'c'}) do
        local first = redis.call('ZRANGE', contacts_key(q, s, kind, ch), 0, 0, 'WITHSCORES')
        if #first > 0 and tonumber(first[2]) <= score then score = tonumber(first[2]) - 1 end
      end
    end
  end
  return route(contact_id, q, step, score)
end

-- What the call.no-answer event of a withdrawn offer says, read before the offer is let go.
local function offer_facts(contact_id)
  local c = redis.call('HMGET', contact_key(contact_id), 'queueId', 'channel', 'teamId', 'routedAt')
  return {queueId = c[1], channel = c[2] or 'VOICE', teamId = c[3] or '', routedAt = tonumber(c[4] or '') or NOW}
end

local function emit_no_answer(contact_id, facts, agent_id, cause)
  emit_call('no-answer', contact_id, {queueId = facts.queueId, agentId = agent_id, teamId = facts.teamId,
    cause = cause, offeredSeconds = math.max(0, NOW - facts.routedAt) / 1000})
end

-- The offer is withdrawn (call.no-answer with its cause) and the contact waits again (see requeue); the
-- caller has already seen to the agent (it takes no new offers).
local function withdraw_offer(contact_id, agent_id, cause, at_head)
  local facts = offer_facts(contact_id)
  let_go_offer(contact_id, agent_id, facts.channel)
  emit_no_answer(contact_id, facts, agent_id, cause)
  return requeue(contact_id, at_head)
end

-- An agent who is to take no new work: `state` with `reason` now, or once its other contacts are over
-- (pending).
local function stop_offers(agent_id, state, reason)
  local akey = agent_key(agent_id)
  if total_load(akey) == 0 then
    remove_available(agent_id)
    redis.call('ZREM', WRAPUP_KEY, agent_id)
    redis.call('HSET', akey, 'reason', reason, 'contactId', '', 'pending', '', 'pendingReason', '')
    set_agent_state(agent_id, state, reason, nil)
  else
    redis.call('HSET', akey, 'pending', state, 'pendingReason', reason)
    place(agent_id)
  end
end

-- The agent missed an offer (the PBX said so, or it timed out): the offer is withdrawn and the caller is
-- next in the queue. The agent goes NOT_READY with `reason`, unless this was a timeout and it has missed
-- fewer than MISSES_BEFORE_NOT_READY offers in a row: then it is ready again, behind the agents idle
-- longer. Returns the contact's position when it waits.
local function missed_offer(contact_id, agent_id, cause, reason)
  local akey = agent_key(agent_id)
  local facts = offer_facts(contact_id)
  let_go_offer(contact_id, agent_id, facts.channel)
  local misses = redis.call('HINCRBY', akey, 'missedOffers', 1)
  local ready_again = cause == 'OFFER_TIMEOUT' and misses < MISSES_BEFORE_NOT_READY
  if ready_again then
    remove_available(agent_id) -- the caller goes to another agent first
  else
    redis.call('HSET', akey, 'missedOffers', 0)
    stop_offers(agent_id, 'NOT_READY', reason)
  end
  emit_no_answer(contact_id, facts, agent_id, cause)
  local pos = requeue(contact_id, true)
  if ready_again then
    if total_load(akey) == 0 and redis.call('HGET', akey, 'state') == 'RESERVED' then
      make_ready(agent_id)
    else
      redis.call('HSET', akey, 'idleSince', int(NOW))
      place(agent_id)
      fill(agent_id)
    end
  end
  return pos
end

-- Skill names of a skills JSON object ({"billing":3,...}).
local function skill_names(json)
  local names = {}
  if json and json ~= '' then
    for name in pairs(cjson.decode(json)) do table.insert(names, name) end
  end
  return names
end

-- Keeps the agent indexes (all agents, by team, by skill) in step with the profile now in the hash.
local function index_profile(agent_id, old_team, old_skills)
  local akey = agent_key(agent_id)
  local now = redis.call('HMGET', akey, 'teamId', 'skills', 'state')
  redis.call('ZADD', ALL_AGENTS_KEY, 0, agent_id)
  if old_team and old_team ~= now[1] then
    -- a move: the agent's state leaves the old team's counts and joins the new one's (before the indexes move)
    count_in_team(old_team, now[3], -1)
    count_in_team(now[1], now[3], 1)
    redis.call('ZREM', by_team_key(old_team), agent_id)
  end
  if now[1] and now[1] ~= '' then
    redis.call('ZADD', by_team_key(now[1]), 0, agent_id)
    redis.call('ZADD', TEAMS_KEY, 0, now[1])
  end
  for _, name in ipairs(skill_names(old_skills)) do redis.call('ZREM', by_skill_key(name), agent_id) end
  for _, name in ipairs(skill_names(now[2])) do redis.call('ZADD', by_skill_key(name), 0, agent_id) end
end

-- The agent serves the queues of new_placements ("q:tier:gap,..."): rosters and per-queue state counts
-- follow, and it is re-placed in the available sets (its idle-since and routing order kept); an agent with
-- room takes waiting work its new placements allow.
local function replace_placements(agent_id, new_placements)
  local akey = agent_key(agent_id)
  local h = redis.call('HMGET', akey, 'state', 'placements')
  local state = h[1]
  local old = placements(agent_id)
  remove_available_from(agent_id, old) -- also drops a stale probation class: place() puts it back where it fits
  if (h[2] or '') ~= new_placements then
    for _, p in ipairs(old) do
      redis.call('ZREM', roster_key(p[1]), agent_id)
      if state then
        if IS_OCC[state] then accrue(queue_scope(p[1])) end
        redis.call('HINCRBY', queue_states_key(p[1]), state, -1)
      end
    end
    redis.call('HSET', akey, 'placements', new_placements)
    for _, p in ipairs(placements(agent_id)) do
      redis.call('ZADD', roster_key(p[1]), 0, agent_id)
      if state then
        if IS_OCC[state] then accrue(queue_scope(p[1])) end
        redis.call('HINCRBY', queue_states_key(p[1]), state, 1)
      end
    end
  end
  if state then
    place(agent_id)
    if state == 'AVAILABLE' or state == 'RESERVED' or state == 'BUSY' then fill(agent_id) end
  end
end
