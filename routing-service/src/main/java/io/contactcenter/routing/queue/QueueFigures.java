package io.contactcenter.routing.queue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.routing.RoutingClock;
import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.agent.AgentState;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.engine.QueueSnapshot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Computes queue figures from Redis and keeps the latest per queue for Prometheus gauges and
 * for the estimated wait of new contacts, so the routing path never pays for statistics.
 */
@ApplicationScoped
public class QueueFigures {

    private final RoutingEngine engine;
    private final QueueDirectory queues;
    private final RoutingClock clock;
    private final RoutingConfig config;
    private final MeterRegistry metrics;
    private final Map<String, QueueStats> latest = new ConcurrentHashMap<>();

    public QueueFigures(RoutingEngine engine, QueueDirectory queues, RoutingClock clock, RoutingConfig config,
            MeterRegistry metrics) {
        this.engine = engine;
        this.queues = queues;
        this.clock = clock;
        this.config = config;
        this.metrics = metrics;
    }

    public Uni<List<QueueStats>> all(String day) {
        return Multi.createFrom().iterable(queues.all())
                .onItem().transformToUniAndConcatenate(q -> stats(q, day))
                .collect().asList();
    }

    /** Figures of one queue; today's counters for {@code day}, the recent window ending now. */
    public Uni<QueueStats> stats(Queue q, String day) {
        return Uni.combine().all().unis(engine.queueSnapshot(q.id(), config.recentWindowMinutes()),
                engine.dailyStats(q.id(), day))
                .with((snapshot, counters) -> build(q, day, snapshot,
                        Figures.of(withOpenTime(counters, snapshot, day), q.abandonsInServiceLevel())))
                .invoke(s -> remember(q, s));
    }

    /** Today's counters with the agent time not accrued yet (the snapshot's, when it is of the same day). */
    private static Map<String, String> withOpenTime(Map<String, String> counters, QueueSnapshot snap, String day) {
        if (snap.openToday() == null || snap.openToday().isEmpty() || !day.equals(snap.day())) {
            return counters;
        }
        Map<String, String> all = new HashMap<>(counters);
        snap.openToday().forEach((k, v) -> all.merge(k, Long.toString(v),
                (a, b) -> Long.toString(Long.parseLong(a) + Long.parseLong(b))));
        return all;
    }

    /** Refreshes every queue's figures (gauges, estimated waits). */
    public Uni<Void> refresh() {
        return all(clock.today()).replaceWithVoid();
    }

    /**
     * Erlang-free estimate from the latest figures: contacts ahead times the average handle time,
     * shared by the agents staffing the queue (not logged out or not ready). Null if nobody staffs it.
     */
    public Uni<Double> estimatedWaitSeconds(Queue q, int position) {
        QueueStats s = latest.get(q.id());
        return Uni.createFrom().item(s == null ? null : estimate(s, q, position));
    }

    private Double estimate(QueueStats s, Queue q, int position) {
        long staffed = s.agentsByState().entrySet().stream()
                .filter(e -> !e.getKey().equals(AgentState.LOGGED_OUT.name())
                        && !e.getKey().equals(AgentState.NOT_READY.name()))
                .mapToLong(Map.Entry::getValue).sum();
        if (staffed == 0) {
            return null;
        }
        double handle = s.today().averageHandleSeconds() != null ? s.today().averageHandleSeconds()
                : config.defaultHandleSeconds();
        return Math.round(position * handle / staffed * 10) / 10.0;
    }

    private QueueStats build(Queue q, String day, QueueSnapshot snap, Figures today) {
        Map<String, Long> byState = new TreeMap<>();
        for (AgentState s : AgentState.values()) {
            byState.put(s.name(), snap.agentsByState().getOrDefault(s.name(), 0L));
        }
        Map<String, String> window = new HashMap<>();
        snap.recent().forEach((k, v) -> window.put(k, Long.toString(v)));
        int shortAbandon = (int) q.shortAbandon().toSeconds();
        QueueStats partial = new QueueStats(q.id(), day, snap.waiting(),
                snap.longestWaitMs() == null ? null : snap.longestWaitMs() / 1000.0, byState,
                q.serviceLevelPercent(), (int) q.serviceLevelThreshold().toSeconds(), today,
                Figures.of(window, q.abandonsInServiceLevel()), config.recentWindowMinutes(), null,
                q.abandonsInServiceLevel(), shortAbandon);
        return new QueueStats(partial.queueId(), day, snap.waiting(), partial.longestWaitSeconds(), byState,
                partial.serviceLevelTargetPercent(), partial.serviceLevelThresholdSeconds(), today, partial.recent(),
                partial.recentWindowMinutes(), estimate(partial, q, (int) snap.waiting() + 1),
                q.abandonsInServiceLevel(), shortAbandon);
    }

    private void remember(Queue q, QueueStats s) {
        if (latest.put(q.id(), s) == null) {
            Tags tags = Tags.of("queue", q.id());
            gauge("routing_queue_waiting_contacts", "Contacts waiting now", tags, q, x -> (double) x.waiting());
            gauge("routing_queue_longest_wait_seconds", "Longest current wait", tags, q,
                    x -> x.longestWaitSeconds() == null ? 0 : x.longestWaitSeconds());
            gauge("routing_queue_service_level_percent",
                    "Service level the queue compares with its target (answered-only or with abandons), recent window",
                    tags, q, x -> orNaN(x.recent().serviceLevelPercent()));
            gauge("routing_queue_service_level_answered_only_percent",
                    "Answered within threshold / answered, recent window", tags, q,
                    x -> orNaN(x.recent().serviceLevelAnsweredOnlyPercent()));
            gauge("routing_queue_service_level_with_abandons_percent",
                    "Answered within threshold / (answered + abandoned past the short-abandon threshold), recent window",
                    tags, q, x -> orNaN(x.recent().serviceLevelWithAbandonsPercent()));
            gauge("routing_queue_occupancy_percent",
                    "Busy + wrap-up time over available + reserved + busy + wrap-up time of the queue's agents, recent window",
                    tags, q, x -> orNaN(x.recent().occupancyPercent()));
            gauge("routing_queue_abandoned_contacts", "Abandoned contacts (short abandons included), recent window",
                    tags, q, x -> (double) x.recent().abandoned());
            gauge("routing_queue_short_abandoned_contacts",
                    "Contacts abandoned within the short-abandon threshold, recent window", tags, q,
                    x -> (double) x.recent().shortAbandoned());
            gauge("routing_queue_asa_seconds", "Average speed of answer, recent window", tags, q,
                    x -> x.recent().averageSpeedOfAnswerSeconds() == null ? Double.NaN
                            : x.recent().averageSpeedOfAnswerSeconds());
            gauge("routing_queue_abandon_rate_percent", "Abandoned / offered, recent window", tags, q,
                    x -> x.recent().abandonRatePercent() == null ? Double.NaN : x.recent().abandonRatePercent());
            gauge("routing_queue_estimated_wait_seconds", "Expected wait of a new contact", tags, q,
                    x -> x.estimatedWaitSeconds() == null ? Double.NaN : x.estimatedWaitSeconds());
            for (AgentState state : AgentState.values()) {
                gauge("routing_queue_agents", "Agents of the queue by state", tags.and("state", state.name()), q,
                        x -> x.agentsByState().getOrDefault(state.name(), 0L));
            }
        }
    }

    private static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }

    private void gauge(String name, String help, Tags tags, Queue q, java.util.function.ToDoubleFunction<QueueStats> f) {
        Gauge.builder(name, latest, m -> m.containsKey(q.id()) ? f.applyAsDouble(m.get(q.id())) : Double.NaN)
                .description(help).tags(tags).register(metrics);
    }
}
