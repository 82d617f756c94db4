package io.contactcenter.routing.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.platform.problem.ServiceUnavailableProblem;
import io.contactcenter.platform.redis.LuaScript;
import io.contactcenter.routing.RoutingClock;
import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.RoutingKeys;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.smallrye.mutiny.Uni;

/**
 * The Redis side of routing. Every state change is one script (see {@code lua/}): the decision, its
 * counters and its events are one atomic step across any number of instances, timed by the Redis
 * server's clock. Scripts answer a JSON object decoded once here; reads are plain commands.
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
    private static final LuaScript END_WRAP_UPS = script("end_wrapups");
    private static final LuaScript QUEUE_TICK = script("queue_tick");
    private static final LuaScript QUEUE_SNAPSHOT = script("queue_snapshot");
    private static final LuaScript AGENT_HEARTBEAT = script("agent_heartbeat");
    private static final LuaScript EXPIRE_OFFERS = script("expire_offers");
    private static final LuaScript EXPIRE_LEASES = script("expire_leases");
    private static final LuaScript SWEEP = script("sweep");
    private static final LuaScript START_QUEUE_CHANGE = script("start_queue_change");
    private static final LuaScript REPLACE_AGENTS = script("replace_agents");
    private static final LuaScript LIST_AGENTS = script("list_agents");
    private static final LuaScript AGENT_TIME = script("agent_time");

    /** Seconds a caller is asked to wait when Redis is unreachable or still loading its data. */
    static final int REDIS_RETRY_AFTER_SECONDS = 2;

    /** Each script gets the shared functions of lua/common.lua in front of it. */
    private static LuaScript script(String name) {
        return LuaScript.load("lua/common.lua", "lua/" + name + ".lua");
    }

    private final ReactiveRedisDataSource redis;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final RoutingClock clock;
    private final RoutingKeys keys;
    private final RoutingConfig config;
    private final ObjectMapper json;
    private final DecisionTiming timing;
    private volatile int shards;

    public RoutingEngine(ReactiveRedisDataSource redis, RoutingClock clock, RoutingKeys keys, RoutingConfig config,
            ObjectMapper json, DecisionTiming timing) {
        this.timing = timing;
        this.redis = redis;
        this.clock = clock;
        this.keys = keys;
        this.config = config;
        this.json = json;
        this.hashes = redis.hash(String.class);
        this.shards = config.events().shards();
    }

    /**
     * Adopts the partition's event shard count (the first instance to start fixes it), so every
     * instance hashes a key to the same stream.
     */
    public Uni<Integer> adoptEventShards() {
        return redis.value(String.class).setnx(keys.eventShards(), Integer.toString(config.events().shards()))
                .chain(() -> redis.value(String.class).get(keys.eventShards()))
                .map(stored -> {
                    shards = stored == null ? config.events().shards() : Integer.parseInt(stored);
                    return shards;
                });
    }

    public int eventShards() {
        return shards;
    }

    public Uni<Decision> registerAgent(String agentId, String placements, long probationUntil,
            Map<String, String> fields) {
        return decide(REGISTER_AGENT, List.of(keys.agent(agentId)),
                withFields(fields, agentId, placements, Long.toString(probationUntil)));
    }

    public Uni<Decision> routeContact(String contactId, String queueId, Map<String, String> fields) {
        return decide(ROUTE_CONTACT, List.of(keys.contact(contactId)), withFields(fields, contactId, queueId));
    }

    /** {@code changedBy}: the supervisor who made the agent ready, or null when the agent (or the PBX) asked. */
    public Uni<Decision> agentReady(String agentId, String changedBy) {
        return decide(AGENT_READY, List.of(keys.agent(agentId)), List.of(agentId, orEmpty(changedBy)));
    }

    /**
     * NOT_READY or LOGGED_OUT; {@code force} (a supervisor's order, {@code changedBy} its id) also withdraws
     * offers the agent has not answered, so the change applies at once unless a conversation is in progress.
     */
    public Uni<Decision> agentUnavailable(String agentId, String state, String reason, String changedBy, boolean force) {
        return decide(AGENT_UNAVAILABLE, List.of(keys.agent(agentId)),
                List.of(agentId, state, reason, orEmpty(changedBy), force ? "1" : ""));
    }

    /** The agent's session is alive: its lease runs again from now. */
    public Uni<Decision> heartbeat(String agentId) {
        return decide(AGENT_HEARTBEAT, List.of(keys.agent(agentId)), List.of(agentId));
    }

    public Uni<Decision> answer(String contactId, String agentId) {
        return decide(ANSWER_CONTACT, List.of(keys.contact(contactId), keys.agent(agentId)),
                List.of(contactId, agentId));
    }

    /** {@code actingAgent}: the agent whose own token asks (null for the PBX): refused unless the contact is its. */
    public Uni<Decision> end(String contactId, Duration retention, String disposition, double talkSeconds,
            double holdSeconds, String actingAgent) {
        return decide(END_CONTACT, List.of(keys.contact(contactId)), List.of(contactId,
                Long.toString(retention.toSeconds()), disposition, Double.toString(talkSeconds),
                Double.toString(holdSeconds), orEmpty(actingAgent)));
    }

    public Uni<Decision> abandon(String contactId, Duration retention) {
        return decide(ABANDON_CONTACT, List.of(keys.contact(contactId)),
                List.of(contactId, Long.toString(retention.toSeconds())));
    }

    public Uni<Decision> noAnswer(String contactId, String agentId) {
        return decide(NO_ANSWER, List.of(keys.contact(contactId), keys.agent(agentId)), List.of(contactId, agentId));
    }

    /** {@code actingAgent}: as for {@link #end}. */
    public Uni<Decision> transfer(String contactId, String toQueue, String toAgent, String actingAgent) {
        return decide(TRANSFER_CONTACT, List.of(keys.contact(contactId)),
                List.of(contactId, toQueue == null ? "" : toQueue, toAgent == null ? "" : toAgent, orEmpty(actingAgent)));
    }

    /** The tick: after-call work that is over ends, up to {@code batch} agents. */
    public Uni<TickResult> endWrapUps(int batch) {
        return run(END_WRAP_UPS, List.of(), false, List.of(Integer.toString(batch)))
                .map(text -> read(text, TickResult.class));
    }

    /** The tick: offers past their queue's offer timeout are withdrawn, up to {@code batch}. */
    public Uni<TickResult> expireOffers(int batch) {
        return run(EXPIRE_OFFERS, List.of(), false, List.of(Integer.toString(batch)))
                .map(text -> read(text, TickResult.class));
    }

    /** The tick: agents whose session lease lapsed are logged out, up to {@code batch}. */
    public Uni<TickResult> expireLeases(int batch) {
        return run(EXPIRE_LEASES, List.of(), false, List.of(Integer.toString(batch)))
                .map(text -> read(text, TickResult.class));
    }

    /** One sweeper batch over agents or contacts (the cursor lives in Redis); repairs what it finds. */
    public Uni<SweepResult> sweep(SweepResult.Kind kind, int batch) {
        return run(SWEEP, List.of(), false, List.of(kind.word(), Integer.toString(batch)))
                .map(text -> read(text, SweepResult.class));
    }

    /** The tick for one queue: relaxation steps reached, then overflow past the maximum wait. */
    public Uni<TickResult> queueTick(String queueId, int batch, Duration retention) {
        return run(QUEUE_TICK, List.of(), false,
                List.of(queueId, Integer.toString(batch), Long.toString(retention.toSeconds())))
                .map(text -> read(text, TickResult.class));
    }

    /** Read-only: waiting, longest wait, agents of the queue by state, counters of the last minutes. */
    public Uni<QueueSnapshot> queueSnapshot(String queueId, int windowMinutes) {
        return run(QUEUE_SNAPSHOT, List.of(), true, List.of(queueId, Integer.toString(windowMinutes)))
                .map(text -> read(text, QueueSnapshot.class));
    }

    /**
     * Read-only: agent time by state (occupancy) of teams, or of the centre for the id "", today ({@code day}
     * null) or on {@code day}, and over the last {@code windowMinutes}.
     */
    public Uni<AgentTime> agentTime(int windowMinutes, String day, List<String> teamIds) {
        List<String> args = new ArrayList<>(List.of(Integer.toString(windowMinutes), orEmpty(day)));
        args.addAll(teamIds);
        return run(AGENT_TIME, List.of(), true, args).map(text -> read(text.replace("\"scopes\":{}", "\"scopes\":[]"),
                AgentTime.class));
    }

    /** Ids of the teams agents belong to (or belonged to), in id order. */
    public Uni<List<String>> teams() {
        return redis.sortedSet(String.class).zrange(keys.teams(), 0, -1).onFailure().transform(RoutingEngine::unavailable);
    }

    public Uni<Boolean> teamKnown(String teamId) {
        return redis.sortedSet(String.class).zscore(keys.teams(), teamId).map(score -> score != null)
                .onFailure().transform(RoutingEngine::unavailable);
    }

    public Uni<Map<String, String>> agent(String agentId) {
        return hashes.hgetall(keys.agent(agentId)).onFailure().transform(RoutingEngine::unavailable);
    }

    public Uni<Map<String, String>> contact(String contactId) {
        return hashes.hgetall(keys.contact(contactId)).onFailure().transform(RoutingEngine::unavailable);
    }

    public Uni<Map<String, String>> dailyStats(String queueId, String day) {
        return hashes.hgetall(keys.dailyStats(queueId, day)).onFailure().transform(RoutingEngine::unavailable);
    }

    /** Centre-wide number of agents in each state, kept exact by the scripts. */
    public Uni<Map<String, String>> agentsByState() {
        return hashes.hgetall(keys.agentStates()).onFailure().transform(RoutingEngine::unavailable);
    }

    /**
     * Starts a queue change: {@code expressions} holds, per expression of the new definition, its skill names
     * separated by spaces ("" = every agent). The script picks the agents to re-place (see start_queue_change).
     */
    public Uni<Decision> startQueueChange(String changeId, String queueId, List<String> expressions) {
        List<String> args = new ArrayList<>(List.of(changeId, queueId));
        args.addAll(expressions);
        return decide(START_QUEUE_CHANGE, List.of(), args);
    }

    /** One batch of a queue change: agent id to its new placements; the cursor (source, last id) moves on. */
    public Uni<Decision> replaceAgents(String changeId, int source, String last, boolean finished,
            Map<String, String> placements) {
        return decide(REPLACE_AGENTS, List.of(), withFields(placements, changeId, Integer.toString(source), last,
                finished ? "1" : ""));
    }

    public Uni<Map<String, String>> queueChange(String changeId) {
        return hashes.hgetall(keys.queueChange(changeId)).onFailure().transform(RoutingEngine::unavailable);
    }

    /** Queue changes whose applying instance may have died (see AgentPlacements#resumeOrphans). */
    public Uni<java.util.Set<String>> runningQueueChanges() {
        return redis.set(String.class).smembers(keys.runningQueueChanges()).onFailure().transform(RoutingEngine::unavailable);
    }

    /** The next agent ids of an index after {@code last} (exclusive; "" = from the start), in id order. */
    public Uni<List<String>> agentsAfter(String indexKey, String last, int count) {
        return redis.execute("ZRANGE", indexKey, last.isEmpty() ? "-" : "(" + last, "+", "BYLEX", "LIMIT", "0",
                Integer.toString(count)).map(r -> {
                    List<String> ids = new ArrayList<>(r.size());
                    r.forEach(item -> ids.add(item.toString()));
                    return ids;
                }).onFailure().transform(RoutingEngine::unavailable);
    }

    /** A page of agents matching every filter given (null = any), in id order; read-only. */
    public Uni<AgentListing> listAgents(String team, String state, String queue, String skill, long offset, int size) {
        return run(LIST_AGENTS, List.of(), true, List.of(orEmpty(team), orEmpty(state), orEmpty(queue), orEmpty(skill),
                Long.toString(offset), Integer.toString(size), Integer.toString(config.agentList().countLimit()))).map(text -> read(text, AgentListing.class));
    }

    private Uni<Decision> decide(LuaScript script, List<String> entityKeys, List<String> args) {
        return run(script, entityKeys, false, args).map(text -> read(text, Decision.class)).map(Outcomes::decided);
    }

    private Uni<String> run(LuaScript script, List<String> entityKeys, boolean readOnly, List<String> args) {
        List<String> allKeys = new ArrayList<>(entityKeys.size() + 1);
        allKeys.add(keys.clock());
        allKeys.addAll(entityKeys);
        List<String> all = new ArrayList<>(args.size() + 6);
        all.add(clock.scriptTime());
        all.add(Integer.toString(clock.offsetMinutes()));
        all.add(Integer.toString(shards));
        all.add(readOnly ? "" : Integer.toString(config.events().backlogBound()));
        all.add(Long.toString(config.agentLease().toMillis()));
        all.add(Integer.toString(config.missedOffersBeforeNotReady()));
        all.addAll(args);
        return Uni.createFrom().deferred(() -> {
            long sent = timing.sending();
            return script.runForText(redis, allKeys, all).invoke(() -> timing.answered(sent));
        }).onFailure().transform(RoutingEngine::unavailable);
    }

    /**
     * Redis unreachable, loading, or the connection pool's wait queue full: a 503 the caller may retry.
     * A script's own error (a bug) stays what it is.
     */
    public static Throwable unavailable(Throwable e) {
        if (!redisUnreachable(e)) {
            return e; // a script's own error (a bug), or a problem already meant for the caller
        }
        return new ServiceUnavailableProblem("redis", "routing state store unavailable: " + e.getMessage(),
                REDIS_RETRY_AFTER_SECONDS);
    }

    /** Connection refused or closed, timeouts, the pool's wait queue full, Redis loading or failing over. */
    static boolean redisUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof java.io.IOException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof io.vertx.core.VertxException || t instanceof io.vertx.core.impl.NoStackTraceThrowable
                    || t.getClass().getName().startsWith("io.vertx.redis.")
                    || message.startsWith("LOADING") || message.startsWith("MASTERDOWN") || message.startsWith("TRYAGAIN")
                    || message.startsWith("CLUSTERDOWN") || message.startsWith("BUSY")
                    || message.contains("pool") || message.contains("Connection")) {
                return !message.startsWith("ERR");
            }
        }
        return false;
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable script answer: " + text, e);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static List<String> withFields(Map<String, String> fields, String... leading) {
        List<String> args = new ArrayList<>(List.of(leading));
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return args;
    }
}
