-- Read-only agent time by state, for occupancy, of teams or of the centre. ARGV[7..]: windowMinutes, day
-- ('' = today), then scopes: a team id, or '' for the whole centre. Answers {day, scopes = {{teamId ('' =
-- centre), agentsByState, today, recent}...}}: today and recent hold agent*Ms (see accrue), the part not
-- accrued yet included; a past day is its stored counters.
local window, day = tonumber(ARGV[7]), ARGV[8]
if day == '' then day = DAY end
local minute = math.floor(NOW / 60000)
local from = (minute - window + 1) * 60000
local out = {}
for i = 9, #ARGV do
  local t = ARGV[i]
  local scope = (t == '') and CENTRE_SCOPE or team_scope(t)
  local recent, today = {}, {}
  for j, f in ipairs(OCC_FIELDS) do recent[f], today[f] = 0, 0 end
  for m = minute - window + 1, minute do
    local h = redis.call('HMGET', scope.stats .. ':m:' .. int(m), unpack(OCC_FIELDS))
    for j, f in ipairs(OCC_FIELDS) do recent[f] = recent[f] + (tonumber(h[j] or '0') or 0) end
  end
  for f, ms in pairs(open_time(scope, from)) do recent[f] = recent[f] + ms end
  local h = redis.call('HMGET', scope.stats .. ':' .. day, unpack(OCC_FIELDS))
  for j, f in ipairs(OCC_FIELDS) do today[f] = tonumber(h[j] or '0') or 0 end
  if day == DAY then
    for f, ms in pairs(open_time(scope, day_start(NOW))) do today[f] = today[f] + ms end
  end
  local states = {}
  for k, v in pairs(hash(scope.counts)) do states[k] = tonumber(v) end
  table.insert(out, {teamId = t, agentsByState = states, today = today, recent = recent})
end
return result({day = day, scopes = out})
