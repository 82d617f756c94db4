-- The tick: offers not answered within their queue's offer timeout are withdrawn (ring no answer), oldest
-- first; the agent goes NOT_READY (MISSED_OFFER) or is ready again (see missed_offer), the contact is next in
-- its queue. ARGV[7..]: batch. Answers {outcome = DONE, count}.
local batch = ARGV[7]
local withdrawn = 0
for _, contact_id in ipairs(redis.call('ZRANGEBYSCORE', OFFERS_KEY, '-inf', int(NOW), 'LIMIT', 0, batch)) do
  local c = redis.call('HMGET', contact_key(contact_id), 'state', 'agentId')
  if c[1] == 'ROUTED' and (c[2] or '') ~= '' then
    missed_offer(contact_id, c[2], 'OFFER_TIMEOUT', 'MISSED_OFFER')
    withdrawn = withdrawn + 1
  else
    redis.call('ZREM', OFFERS_KEY, contact_id)
  end
end
return result({outcome = 'DONE', count = withdrawn})
