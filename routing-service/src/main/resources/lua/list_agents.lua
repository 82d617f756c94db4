-- Read-only: a page of agents, by id, matching every filter given. ARGV[7..]: team, state, queue, skill
-- ('' = any), offset, size, count limit. Walks the smallest of the filters' indexes (all agents when none) in id order
-- and checks the others per agent, so a page costs its size, not the centre's.
-- With two or more filters the matches are counted up to the limit only (totalAtLeast past it): an exact count
-- costs a lookup per member of the smallest index.
-- Answers {total, totalAtLeast, agents = {{agentId, name, teamId, state, reason, stateSince, contactId, pending, placements,
-- contactsToday, talkToday}...}}.
local filters = {}
if ARGV[7] ~= '' then table.insert(filters, by_team_key(ARGV[7])) end
if ARGV[8] ~= '' then table.insert(filters, by_state_key(ARGV[8])) end
if ARGV[9] ~= '' then table.insert(filters, roster_key(ARGV[9])) end
if ARGV[10] ~= '' then table.insert(filters, by_skill_key(ARGV[10])) end
local offset, size, count_limit = tonumber(ARGV[11]), tonumber(ARGV[12]), tonumber(ARGV[13])
local CHUNK = 200

local primary, primary_size = ALL_AGENTS_KEY, nil
for _, key in ipairs(filters) do
  local n = redis.call('ZCARD', key)
  if primary_size == nil or n < primary_size then primary, primary_size = key, n end
end
local others = {}
for _, key in ipairs(filters) do if key ~= primary then table.insert(others, key) end end

local total, at_least = nil, false
if #others == 0 then total = redis.call('ZCARD', primary)
else
  -- one more than the limit tells "more than the limit" apart from "exactly the limit"
  local args = {'ZINTERCARD', #filters}
  for _, key in ipairs(filters) do table.insert(args, key) end
  table.insert(args, 'LIMIT')
  table.insert(args, count_limit + 1)
  total = redis.call(unpack(args))
  if total > count_limit then total, at_least = count_limit, true end
end

local page = {}
if #others == 0 then
  page = redis.call('ZRANGE', primary, offset, offset + size - 1)
else
  local skipped, start = 0, 0
  while #page < size do
    local ids = redis.call('ZRANGE', primary, start, start + CHUNK - 1)
    if #ids == 0 then break end
    for _, id in ipairs(ids) do
      local all = true
      for _, key in ipairs(others) do
        if not redis.call('ZSCORE', key, id) then all = false break end
      end
      if all then
        if skipped < offset then skipped = skipped + 1
        elseif #page < size then table.insert(page, id) end
      end
    end
    start = start + CHUNK
  end
end

local FIELDS = {'name', 'teamId', 'state', 'reason', 'stateSince', 'contactId', 'pending', 'placements', 'statDay',
  'contactsToday', 'talkToday'}
local agents = {}
for _, id in ipairs(page) do
  local v = redis.call('HMGET', agent_key(id), unpack(FIELDS))
  local a = {agentId = id}
  for i, f in ipairs(FIELDS) do if v[i] and v[i] ~= '' then a[f] = v[i] end end
  if a.statDay ~= DAY then a.contactsToday, a.talkToday = '0', '0' end
  a.statDay = nil
  table.insert(agents, a)
end
return result({total = total, totalAtLeast = at_least, now = int(NOW), agents = (#agents > 0) and agents or nil})
