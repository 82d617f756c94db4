package io.contactcenter.routing.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.contactcenter.routing.queue.Queue;
import io.contactcenter.routing.queue.QueueDirectory;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.redis.datasource.sortedset.ReactiveSortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ScoreRange;
import io.quarkus.redis.datasource.sortedset.ZRangeArgs;
import io.smallrye.mutiny.Uni;

/**
 * The Redis side of routing. Every state change is one script (see {@code lua/}), so each
 * decision is atomic across any number of service instances; reads are plain commands.
 * Results come back as the scripts' string lists, wrapped in {@link ScriptResult}.
 */
@ApplicationScoped
public class RoutingEngine {

    private static final LuaScript REGISTER_AGENT = LuaScript.load("register_agent");
    private static final LuaScript ROUTE_CONTACT = LuaScript.load("route_contact");
    private static final LuaScript AGENT_READY = LuaScript.load("agent_ready");
    private static final LuaScript AGENT_UNAVAILABLE = LuaScript.load("agent_unavailable");
    private static final LuaScript ANSWER_CONTACT = LuaScript.load("answer_contact");
    private static final LuaScript END_CONTACT = LuaScript.load("end_contact");
    private static final LuaScript ABANDON_CONTACT = LuaScript.load("abandon_contact");

    static final String WRAP_UP_KEY = "cc:wrapup";
    static final String QUEUE_PRIORITIES_KEY = "cc:queues";
    static final String AGENT_STATES_KEY = "cc:agent-states";

    private final ReactiveRedisDataSource redis;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final ReactiveSortedSetCommands<String, String> sortedSets;

    private final QueueDirectory queues;

    public RoutingEngine(ReactiveRedisDataSource redis, QueueDirectory queues) {
        this.redis = redis;
        this.queues = queues;
        this.hashes = redis.hash(String.class);
        this.sortedSets = redis.sortedSet(String.class);
    }

    void onStart(@Observes StartupEvent start) {
        publishQueuePriorities().await().atMost(java.time.Duration.ofSeconds(10));
    }

    /** Scripts read queue priorities from Redis; every instance writes the same values at start-up. */
    public Uni<Void> publishQueuePriorities() {
        Map<String, String> priorities = new HashMap<>();
        for (Queue q : queues.all()) {
            priorities.put(q.id(), Integer.toString(q.priority()));
        }
        return hashes.hset(QUEUE_PRIORITIES_KEY, priorities).replaceWithVoid();
    }

    public Uni<ScriptResult> registerAgent(String agentId, List<String> queues, long now, Map<String, String> fields) {
        List<String> args = new ArrayList<>(List.of(agentId, String.join(",", queues), Long.toString(now)));
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return run(REGISTER_AGENT, args);
    }

    public Uni<ScriptResult> routeContact(String contactId, String queueId, long now, double score, String day,
            long retentionSeconds, Map<String, String> fields) {
        List<String> args = new ArrayList<>(List.of(contactId, queueId, Long.toString(now), Double.toString(score),
                day, Long.toString(retentionSeconds)));
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return run(ROUTE_CONTACT, args);
    }

    /** {@code requiredState} empty: any idle state; WRAP_UP: only if still in after-call work (the tick). */
    public Uni<ScriptResult> agentReady(String agentId, long now, String requiredState) {
        return run(AGENT_READY, List.of(agentId, Long.toString(now), requiredState));
    }

    public Uni<ScriptResult> agentUnavailable(String agentId, String state, String reason, long now) {
        return run(AGENT_UNAVAILABLE, List.of(agentId, state, reason, Long.toString(now)));
    }

    public Uni<ScriptResult> answer(String contactId, String agentId, long now, String day, long serviceLevelMs) {
        return run(ANSWER_CONTACT, List.of(contactId, agentId, Long.toString(now), day, Long.toString(serviceLevelMs)));
    }

    public Uni<ScriptResult> end(String contactId, long now, long wrapUpMs, long retentionSeconds, String disposition) {
        return run(END_CONTACT, List.of(contactId, Long.toString(now), Long.toString(wrapUpMs),
                Long.toString(retentionSeconds), disposition));
    }

    public Uni<ScriptResult> abandon(String contactId, long now, String day, long retentionSeconds) {
        return run(ABANDON_CONTACT, List.of(contactId, Long.toString(now), day, Long.toString(retentionSeconds)));
    }

    public Uni<Map<String, String>> agent(String agentId) {
        return hashes.hgetall("cc:agent:" + agentId);
    }

    public Uni<Map<String, String>> contact(String contactId) {
        return hashes.hgetall("cc:contact:" + contactId);
    }

    public Uni<Map<String, String>> dailyStats(String queueId, String day) {
        return hashes.hgetall("cc:stats:" + queueId + ":" + day);
    }

    /** Center-wide number of agents in each state, kept exact by the scripts. */
    public Uni<Map<String, String>> agentsByState() {
        return hashes.hgetall(AGENT_STATES_KEY);
    }

    public Uni<Long> waitingContacts(String queueId) {
        return sortedSets.zcard("cc:queue:" + queueId + ":contacts");
    }

    public Uni<Long> availableAgents(String queueId) {
        return sortedSets.zcard("cc:queue:" + queueId + ":agents");
    }

    /** Agents whose after-call work ended by {@code now}, oldest first. */
    public Uni<List<String>> wrapUpsDue(long now, int limit) {
        return sortedSets.zrangebyscore(WRAP_UP_KEY, ScoreRange.from(Double.NEGATIVE_INFINITY, now),
                new ZRangeArgs().limit(0, limit));
    }

    private Uni<ScriptResult> run(LuaScript script, List<String> args) {
        return script.run(redis, args).map(ScriptResult::new);
    }
}
