package io.contactcenter.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.redis.LuaScript;
import io.contactcenter.routing.RoutingClock;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.redis.datasource.sortedset.ReactiveSortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ScoreRange;
import io.quarkus.redis.datasource.sortedset.ZRangeArgs;
import io.smallrye.mutiny.Uni;

/**
 * The Redis side of routing. Every state change is one script (see {@code lua/}), so each
 * decision is atomic across any number of service instances; reads are plain commands.
 * Every script gets the time and the center's day first; results are the scripts' string
 * lists, wrapped in {@link ScriptResult} (each script's header says what it returns).
 */
@ApplicationScoped
public class RoutingEngine {

    private static final LuaScript REGISTER_AGENT = script("register_agent");
    private static final LuaScript ROUTE_CONTACT = script("route_contact");
    private static final LuaScript AGENT_READY = script("agent_ready");
    private static final LuaScript AGENT_UNAVAILABLE = script("agent_unavailable");
    private static final LuaScript ANSWER_CONTACT = script("answer_contact");
    private static final LuaScript END_CONTACT = script("end_contact");
    private static final LuaScript ABANDON_CONTACT = script("abandon_contact");
    private static final LuaScript NO_ANSWER = script("no_answer");
    private static final LuaScript TRANSFER_CONTACT = script("transfer_contact");
    private static final LuaScript RELAX_CONTACT = script("relax_contact");
    private static final LuaScript OVERFLOW_CONTACT = script("overflow_contact");
    private static final LuaScript QUEUE_SNAPSHOT = script("queue_snapshot");

    static final String WRAP_UP_KEY = "cc:wrapup";

    /** Each script gets the shared functions of lua/common.lua in front of it. */
    private static LuaScript script(String name) {
        return LuaScript.load("lua/common.lua", "lua/" + name + ".lua");
    }
    static final String AGENT_STATES_KEY = "cc:agent-states";

    private final ReactiveRedisDataSource redis;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final ReactiveSortedSetCommands<String, String> sortedSets;
    private final RoutingClock clock;

    public RoutingEngine(ReactiveRedisDataSource redis, RoutingClock clock) {
        this.redis = redis;
        this.clock = clock;
        this.hashes = redis.hash(String.class);
        this.sortedSets = redis.sortedSet(String.class);
    }

    public Uni<ScriptResult> registerAgent(Instant now, String agentId, String placements, long probationUntil,
            Map<String, String> fields) {
        return run(REGISTER_AGENT, now, withFields(fields, agentId, placements, Long.toString(probationUntil)));
    }

    public Uni<ScriptResult> routeContact(Instant now, String contactId, String queueId, double score, boolean complaint,
            Map<String, String> fields) {
        return run(ROUTE_CONTACT, now, withFields(fields, contactId, queueId, Double.toString(score), flag(complaint)));
    }

    /** {@code requiredState} empty: any idle state; WRAP_UP: only if still in after-call work (the tick). */
    public Uni<ScriptResult> agentReady(Instant now, String agentId, String requiredState) {
        return run(AGENT_READY, now, List.of(agentId, requiredState));
    }

    public Uni<ScriptResult> agentUnavailable(Instant now, String agentId, String state, String reason) {
        return run(AGENT_UNAVAILABLE, now, List.of(agentId, state, reason));
    }

    public Uni<ScriptResult> answer(Instant now, String contactId, String agentId, Duration serviceLevel) {
        return run(ANSWER_CONTACT, now, List.of(contactId, agentId, Long.toString(serviceLevel.toMillis())));
    }

    public Uni<ScriptResult> end(Instant now, String contactId, Duration wrapUp, Duration retention, String disposition,
            double talkSeconds, double holdSeconds) {
        return run(END_CONTACT, now, List.of(contactId, Long.toString(wrapUp.toMillis()),
                Long.toString(retention.toSeconds()), disposition, Double.toString(talkSeconds),
                Double.toString(holdSeconds)));
    }

    public Uni<ScriptResult> abandon(Instant now, String contactId, Duration retention) {
        return run(ABANDON_CONTACT, now, List.of(contactId, Long.toString(retention.toSeconds())));
    }

    public Uni<ScriptResult> noAnswer(Instant now, String contactId, String agentId) {
        return run(NO_ANSWER, now, List.of(contactId, agentId));
    }

    public Uni<ScriptResult> transfer(Instant now, String contactId, String toQueue, String toAgent, Duration wrapUp,
            double score, boolean complaint) {
        return run(TRANSFER_CONTACT, now, List.of(contactId, toQueue == null ? "" : toQueue,
                toAgent == null ? "" : toAgent, Long.toString(wrapUp.toMillis()), Double.toString(score), flag(complaint)));
    }

    public Uni<ScriptResult> relax(Instant now, String contactId, int step) {
        return run(RELAX_CONTACT, now, List.of(contactId, Integer.toString(step)));
    }

    public Uni<ScriptResult> overflow(Instant now, String contactId, String action, String targetQueue, double score,
            Duration retention) {
        return run(OVERFLOW_CONTACT, now, List.of(contactId, action, targetQueue == null ? "" : targetQueue,
                Double.toString(score), Long.toString(retention.toSeconds())));
    }

    /** Read-only: waiting, oldest arrival, agents of the queue by state, counters of the last minutes. */
    public Uni<ScriptResult> queueSnapshot(Instant now, String queueId, int windowMinutes) {
        return run(QUEUE_SNAPSHOT, now, List.of(queueId, Integer.toString(windowMinutes)));
    }

    public Uni<Map<String, String>> agent(String agentId) {
        return hashes.hgetall("cc:agent:" + agentId);
    }

    public Uni<Map<String, String>> contact(String contactId) {
        return hashes.hgetall("cc:contact:" + contactId);
    }

    /** The queue a contact is in, or null for an unknown contact. */
    public Uni<String> contactQueue(String contactId) {
        return hashes.hget("cc:contact:" + contactId, "queueId");
    }

    public Uni<Map<String, String>> dailyStats(String queueId, String day) {
        return hashes.hgetall("cc:stats:" + queueId + ":" + day);
    }

    /** Center-wide number of agents in each state, kept exact by the scripts. */
    public Uni<Map<String, String>> agentsByState() {
        return hashes.hgetall(AGENT_STATES_KEY);
    }

    /** Agents whose after-call work ended by {@code now}, oldest first. */
    public Uni<List<String>> wrapUpsDue(Instant now, int limit) {
        return sortedSets.zrangebyscore(WRAP_UP_KEY, ScoreRange.from(Double.NEGATIVE_INFINITY, now.toEpochMilli()),
                new ZRangeArgs().limit(0, limit));
    }

    /** Contacts of the queue waiting since {@code arrivedBy} or earlier, longest first. */
    public Uni<List<String>> waitingSince(String queueId, Instant arrivedBy, int limit) {
        return sortedSets.zrangebyscore("cc:queue:" + queueId + ":arrivals",
                ScoreRange.from(Double.NEGATIVE_INFINITY, arrivedBy.toEpochMilli()), new ZRangeArgs().limit(0, limit));
    }

    /** Every agent id (for re-placing agents after a queue change); SCAN, never KEYS. */
    public Uni<List<String>> agentIds() {
        return redis.key(String.class).scan(new io.quarkus.redis.datasource.keys.KeyScanArgs().match("cc:agent:*")
                .count(1000)).toMulti().map(k -> k.substring("cc:agent:".length())).collect().asList();
    }

    private Uni<ScriptResult> run(LuaScript script, Instant now, List<String> args) {
        List<String> all = new ArrayList<>(args.size() + 2);
        all.add(Long.toString(now.toEpochMilli()));
        all.add(clock.day(now));
        all.addAll(args);
        return script.run(redis, List.of(), all).map(ScriptResult::new);
    }

    private static List<String> withFields(Map<String, String> fields, String... leading) {
        List<String> args = new ArrayList<>(List.of(leading));
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return args;
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }
}
