-- wrk script for deploy/local/RoutingBench.java: each connection plays one PBX + agent desktop,
-- repeating the routing cycle: POST /contacts (routed to an agent), answer, end, agent ready.
-- One connection per thread (wrk -t N -c N), so each thread's state machine sees its own responses.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  prefix = (args[1] or "b") .. "-" .. id
  pause = tonumber(args[2] or "0") or 0 -- ms between requests (a rate below the peak)
  pbx = "Bearer " .. os.getenv("CC_TOKEN_PBX")
  desk = pbx -- the phone reports the agent ready; a desktop would use the agent's own token
  counter, decisions, failures = 0, 0, 0
  step, contact, agent = "route", nil, nil
end

local function post(path, token, body)
  return wrk.format("POST", path, { ["Authorization"] = token, ["Content-Type"] = "application/json" }, body)
end

function delay()
  return pause
end

function request()
  if step == "route" then
    counter = counter + 1
    contact = prefix .. "-" .. counter
    return post("/contacts", pbx, '{"contactId":"' .. contact .. '","channel":"VOICE","queueId":"bench"}')
  elseif step == "abandon" then
    return post("/contacts/" .. contact .. "/abandon", pbx, "")
  elseif step == "answer" then
    return post("/contacts/" .. contact .. "/answer", pbx, '{"agentId":"' .. agent .. '"}')
  elseif step == "end" then
    return post("/contacts/" .. contact .. "/end", pbx, '{"disposition":"RESOLVED","talkSeconds":60,"holdSeconds":0}')
  else
    return post("/agents/" .. agent .. "/state", desk, '{"state":"AVAILABLE"}')
  end
end

function response(status, headers, body)
  if status >= 300 then
    failures = failures + 1
    step = "route"
    return
  end
  if step == "route" then
    decisions = decisions + 1
    agent = body:match('"agentId":"([^"]+)"')
    -- no agent free: the caller hangs up, so the bench never builds a queue that later rounds inherit
    step = agent and "answer" or "abandon"
  elseif step == "abandon" then
    step = "route"
  elseif step == "answer" then
    step = "end"
  elseif step == "end" then
    step = "ready"
  else
    decisions = decisions + 1
    -- the agent may have taken a waiting contact at once: serve it
    local offered = body:match('"contactId":"([^"]+)"')
    if offered and body:find('"state":"RESERVED"', 1, true) then
      contact, step = offered, "answer"
    else
      step = "route"
    end
  end
end

function done(summary, latency, requests)
  local d, f = 0, 0
  for _, t in ipairs(threads) do
    d = d + t:get("decisions")
    f = f + t:get("failures")
  end
  io.write(string.format("RESULT requests=%d micros=%d decisions=%d failures=%d p50=%d p99=%d max=%d\n",
    summary.requests, summary.duration, d, f, latency:percentile(50), latency:percentile(99), latency.max))
end
