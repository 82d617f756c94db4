-- The tick: after-call work that is over ends (oldest first). ARGV[7..]: batch.
-- Answers {outcome = DONE, count}.
local batch = ARGV[7]
local due = redis.call('ZRANGEBYSCORE', WRAPUP_KEY, '-inf', int(NOW), 'LIMIT', 0, batch)
for _, agent_id in ipairs(due) do
  if redis.call('HGET', agent_key(agent_id), 'state') == 'WRAP_UP' then end_after_call_work(agent_id)
  else redis.call('ZREM', WRAPUP_KEY, agent_id) end
end
return result({outcome = 'DONE', count = #due})
