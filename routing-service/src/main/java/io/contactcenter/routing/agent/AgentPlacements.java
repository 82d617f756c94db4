package io.contactcenter.routing.agent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.RoutingKeys;
import io.contactcenter.routing.engine.Decision;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.queue.Queue;
import io.contactcenter.routing.queue.SkillExpression;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Queue changes reach the agents they concern, off the request path: the change is recorded in Redis with
 * the indexes to walk (the queue's roster, and per expression the agents with its rarest skill), then
 * applied in small batches, each one script, so routing goes on between them. The cursor lives in Redis:
 * an instance that dies mid-change leaves it to the next tick of another instance. A newer change of the
 * same queue supersedes one still running and covers its agents.
 */
@ApplicationScoped
public class AgentPlacements {

    private static final Logger LOG = Logger.getLogger(AgentPlacements.class);

    /** A change as GET /queues/changes/{id} shows it. */
    public record QueueChangeView(String changeId, String queueId, String status, long agentsToCheck,
            long agentsDone, Instant startedAt, Instant finishedAt, String supersededBy) {
    }

    private final RoutingEngine engine;
    private final AgentService agents;
    private final RoutingKeys keys;
    private final RoutingConfig config;
    private final ReactiveRedisDataSource redis;
    private final String instance = UUID.randomUUID().toString();
    /** Changes this instance is applying now, so a tick never starts a second loop on one. */
    private final Set<String> applying = ConcurrentHashMap.newKeySet();

    public AgentPlacements(RoutingEngine engine, AgentService agents, RoutingKeys keys, RoutingConfig config,
            ReactiveRedisDataSource redis) {
        this.engine = engine;
        this.agents = agents;
        this.keys = keys;
        this.config = config;
        this.redis = redis;
    }

    /** Records the change of {@code queue} (already saved) and starts applying it in the background. */
    public Uni<QueueChangeView> start(Queue queue) {
        String changeId = UUID.randomUUID().toString();
        List<String> expressions = new ArrayList<>();
        expressions.add(skillNames(queue.eligibility()));
        queue.relaxation().forEach(r -> expressions.add(skillNames(r.eligibility())));
        return engine.startQueueChange(changeId, queue.id(), expressions).map(d -> {
            applyInBackground(changeId);
            return view(changeId, d.change());
        });
    }

    public Uni<QueueChangeView> find(String changeId) {
        return engine.queueChange(changeId).map(h -> {
            if (h == null || h.isEmpty()) {
                throw new NotFoundProblem("queue change", changeId);
            }
            return view(changeId, h);
        });
    }

    /** Tick: changes whose applying instance stopped renewing its lease are resumed here. */
    public Uni<Void> resumeOrphans() {
        return engine.runningQueueChanges().chain(ids -> Multi.createFrom().iterable(ids)
                .filter(id -> !applying.contains(id))
                .onItem().transformToUniAndConcatenate(id -> takeLease(id).invoke(taken -> {
                    if (taken) {
                        LOG.infof("queue change %s: resuming it (its instance stopped)", id);
                        applyInBackground(id);
                    }
                })).collect().last().replaceWithVoid());
    }

    /** Applies the change to its end (or until superseded); completes when it stops. */
    Uni<Void> apply(String changeId) {
        return takeLease(changeId).chain(() -> Multi.createBy().repeating().uni(() -> batch(changeId))
                .whilst(more -> more).collect().last().replaceWithVoid());
    }

    private void applyInBackground(String changeId) {
        if (!applying.add(changeId)) {
            return;
        }
        apply(changeId).onTermination().invoke(() -> applying.remove(changeId)).subscribe().with(
                done -> LOG.debugf("queue change %s applied", changeId),
                e -> LOG.warnf("queue change %s stopped (another instance resumes it): %s", changeId, e.getMessage()));
    }

    /** One batch; true while there is more to do. */
    private Uni<Boolean> batch(String changeId) {
        return engine.queueChange(changeId).chain(change -> {
            if (!"RUNNING".equals(change.get("status"))) {
                return Uni.createFrom().item(false);
            }
            String[] sources = change.get("sources").split(" ");
            int source = Integer.parseInt(change.get("source"));
            String last = change.getOrDefault("last", "");
            if (source >= sources.length) {
                return engine.replaceAgents(changeId, source, last, true, Map.of()).map(d -> false);
            }
            return renewLease(changeId).chain(() -> engine.agentsAfter(sources[source], last, config.queueChange().batch()))
                    .chain(ids -> {
                        if (ids.isEmpty()) {
                            boolean finished = source + 1 >= sources.length;
                            return engine.replaceAgents(changeId, source + 1, "", finished, Map.of()).map(this::more);
                        }
                        return placementsOf(ids).chain(placed -> engine.replaceAgents(changeId, source,
                                ids.get(ids.size() - 1), false, placed)).map(this::more);
                    });
        });
    }

    private boolean more(Decision d) {
        return d.is("APPLIED");
    }

    private Uni<Map<String, String>> placementsOf(List<String> ids) {
        List<Uni<Map.Entry<String, String>>> reads = ids.stream()
                .map(id -> engine.agent(id).map(h -> Map.entry(id, h.get("skills") == null ? "" : agents.placementsOf(h.get("skills")))))
                .toList();
        return Uni.join().all(reads).andFailFast().map(entries -> {
            Map<String, String> placed = new LinkedHashMap<>();
            entries.forEach(e -> placed.put(e.getKey(), e.getValue())); // replace_agents skips agents gone since
            return placed;
        });
    }

    private Uni<Boolean> takeLease(String changeId) {
        return redis.value(String.class).setGet(keys.queueChangeLease(changeId), instance,
                new SetArgs().px(config.queueChange().lease()).nx())
                .map(previous -> previous == null)
                .onFailure().transform(RoutingEngine::unavailable);
    }

    private Uni<Void> renewLease(String changeId) {
        return redis.value(String.class).set(keys.queueChangeLease(changeId), instance,
                new SetArgs().px(config.queueChange().lease())).onFailure().transform(RoutingEngine::unavailable);
    }

    private static String skillNames(SkillExpression expression) {
        return expression.requirements().stream().map(SkillExpression.Requirement::skill).collect(Collectors.joining(" "));
    }

    private static QueueChangeView view(String changeId, Map<String, String> h) {
        return new QueueChangeView(changeId, h.get("queueId"), h.get("status"), number(h, "total"), number(h, "done"),
                instant(h.get("startedAt")), instant(h.get("finishedAt")), h.get("supersededBy"));
    }

    private static long number(Map<String, String> h, String field) {
        String v = h.get(field);
        return v == null || v.isEmpty() ? 0 : Long.parseLong(v);
    }

    private static Instant instant(String ms) {
        return ms == null || ms.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(ms));
    }
}
