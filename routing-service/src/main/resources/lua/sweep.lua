-- The sweeper: one batch of a SCAN over the partition's agents or contacts, repairing states no decision
-- should leave behind (a lost message, a manual edit, a script from an older version). The cursor is kept in
-- Redis, so instances continue each other's sweep. ARGV[7..]: kind ('agents' | 'contacts'), count (SCAN COUNT).
-- Answers {outcome = DONE, cursor ('0' = a full pass ended), checked, repairs = {{kind, id}...}}.
local kind, count = ARGV[7], ARGV[8]
local cursor_key = P .. 'sweep:' .. kind
local repairs = {}
local function repaired(what, id)
  table.insert(repairs, {kind = what, id = id})
end

local function sweep_agent(agent_id)
  local akey = agent_key(agent_id)
  local state = redis.call('HGET', akey, 'state')
  if not state then return end
  local held = {}
  for _, ch in ipairs(CHANNELS) do held[ch] = 0 end
  local answered, first = false, nil
  for _, contact_id in ipairs(redis.call('SMEMBERS', held_key(agent_id))) do
    local c = redis.call('HMGET', contact_key(contact_id), 'state', 'agentId', 'channel')
    if (c[1] == 'ROUTED' or c[1] == 'ANSWERED') and c[2] == agent_id then
      held[c[3] or 'VOICE'] = held[c[3] or 'VOICE'] + 1
      answered = answered or c[1] == 'ANSWERED'
      first = first or contact_id
    else
      redis.call('SREM', held_key(agent_id), contact_id)
      repaired('held-contact-gone', agent_id)
    end
  end
  local total = 0
  for _, ch in ipairs(CHANNELS) do
    if load_of(akey, ch) ~= held[ch] then
      redis.call('HSET', akey, 'load:' .. ch, held[ch])
      repaired('load-mismatch', agent_id)
    end
    total = total + held[ch]
  end
  if total == 0 and (state == 'RESERVED' or state == 'BUSY') then
    repaired('busy-without-contact', agent_id)
    end_after_call_work(agent_id)
  elseif total > 0 and state ~= 'RESERVED' and state ~= 'BUSY' then
    repaired('contacts-while-' .. state, agent_id)
    redis.call('ZREM', WRAPUP_KEY, agent_id)
    redis.call('HSET', akey, 'contactId', first, 'reason', '')
    set_agent_state(agent_id, answered and 'BUSY' or 'RESERVED', nil, first)
  elseif state == 'WRAP_UP' and not redis.call('ZSCORE', WRAPUP_KEY, agent_id) then
    repaired('wrap-up-without-end', agent_id)
    redis.call('ZADD', WRAPUP_KEY, int(NOW), agent_id)
  end
  -- offered exactly where it may take work: every channel set of every queue it serves
  local cls = agent_class(agent_id)
  local misplaced = false
  for _, ch in ipairs(CHANNELS) do
    local ok = can_take(agent_id, ch)
    for _, p in ipairs(placements(agent_id)) do
      for _, k in ipairs({'v', 'n'}) do
        local present = redis.call('ZSCORE', agents_key(p[1], p[2], k, ch), agent_id) ~= false
        if present ~= (ok and k == cls) then misplaced = true end
      end
    end
  end
  if misplaced then
    repaired('placement', agent_id)
    remove_available(agent_id)
    place(agent_id)
  end
  -- the indexes lists and queue changes read (agents from before they existed get them here)
  local h = redis.call('HMGET', akey, 'state', 'teamId', 'skills')
  state = h[1]
  local indexed = redis.call('ZSCORE', ALL_AGENTS_KEY, agent_id) and redis.call('ZSCORE', by_state_key(state), agent_id)
    and ((h[2] or '') == '' or (redis.call('ZSCORE', by_team_key(h[2]), agent_id) and redis.call('ZSCORE', TEAMS_KEY, h[2])))
  for _, name in ipairs(skill_names(h[3])) do indexed = indexed and redis.call('ZSCORE', by_skill_key(name), agent_id) end
  for _, p in ipairs(placements(agent_id)) do indexed = indexed and redis.call('ZSCORE', roster_key(p[1]), agent_id) end
  if not indexed then
    repaired('index', agent_id)
    index_profile(agent_id, nil, nil)
    redis.call('ZADD', by_state_key(state), 0, agent_id)
    for _, p in ipairs(placements(agent_id)) do redis.call('ZADD', roster_key(p[1]), 0, agent_id) end
  end
  if LEASE_MS > 0 and state ~= 'LOGGED_OUT' and not redis.call('ZSCORE', LEASES_KEY, agent_id) then
    repaired('lease-missing', agent_id)
    renew_lease(agent_id)
  end
end

local function sweep_contact(contact_id)
  local ckey = contact_key(contact_id)
  local c = redis.call('HMGET', ckey, 'state', 'agentId', 'queueId', 'zkey', 'channel', 'step', 'score')
  local agent_id = c[2] or ''
  if c[1] == 'ROUTED' then
    if agent_id == '' or redis.call('SISMEMBER', held_key(agent_id), contact_id) == 0 then
      -- offered to an agent who does not hold it: nobody is ringing, the caller waits again at its place
      repaired('offer-not-held', contact_id)
      redis.call('ZREM', OFFERS_KEY, contact_id)
      redis.call('HSET', ckey, 'agentId', '', 'teamId', '')
      requeue(contact_id, false)
    elseif not redis.call('ZSCORE', OFFERS_KEY, contact_id) then
      repaired('offer-without-timeout', contact_id)
      redis.call('ZADD', OFFERS_KEY, int(NOW), contact_id)
    end
  elseif c[1] == 'ANSWERED' then
    local state = (agent_id ~= '') and redis.call('HGET', agent_key(agent_id), 'state') or nil
    if not state then
      -- nobody to give it back to; the PBX's end or abandon still closes it
      repaired('answered-by-unknown-agent', contact_id)
    elseif redis.call('SISMEMBER', held_key(agent_id), contact_id) == 0 then
      repaired('answer-not-held', contact_id)
      local akey = agent_key(agent_id)
      redis.call('SADD', held_key(agent_id), contact_id)
      redis.call('HINCRBY', akey, 'load:' .. (c[5] or 'VOICE'), 1)
      if state ~= 'BUSY' then
        redis.call('ZREM', WRAPUP_KEY, agent_id)
        redis.call('HSET', akey, 'contactId', contact_id, 'reason', '')
        set_agent_state(agent_id, 'BUSY', nil, contact_id)
      end
      place(agent_id)
    end
  elseif c[1] == 'QUEUED' then
    if (c[4] or '') == '' or not redis.call('ZSCORE', c[4], contact_id)
        or not redis.call('ZSCORE', arrivals_key(c[3]), contact_id) then
      repaired('queued-not-waiting', contact_id)
      unqueue(contact_id)
      route(contact_id, c[3], tonumber(c[6] or '0'), tonumber(c[7] or '') or NOW)
    end
  end
end

local prefix = (kind == 'agents') and (P .. 'agent:') or (P .. 'contact:')
local scan = redis.call('SCAN', redis.call('GET', cursor_key) or '0', 'MATCH', prefix .. '*', 'COUNT', count)
for _, key in ipairs(scan[2]) do
  local id = string.sub(key, #prefix + 1)
  if kind == 'agents' then sweep_agent(id) else sweep_contact(id) end
end
redis.call('SET', cursor_key, scan[1])
return result({outcome = 'DONE', cursor = scan[1], checked = #scan[2], repairs = (#repairs > 0) and repairs or nil})
