package io.contactcenter.routing;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.contactcenter.routing.agent.AgentPlacements;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.queue.QueueDirectory;
import io.contactcenter.routing.queue.QueueFigures;
import io.contactcenter.routing.queue.QueueStore;
import io.contactcenter.routing.team.TeamFigures;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The time-driven part of routing, run on every instance each tick: queue definitions are re-read,
 * after-call work that is over ends, unanswered offers time out, lapsed agent sessions end, waiting
 * contacts reach relaxation steps and overflow. Each is a
 * script that checks state and time (the Redis server's) itself, so instances never act twice.
 */
@ApplicationScoped
public class RoutingTick {

    private static final Logger LOG = Logger.getLogger(RoutingTick.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final RoutingEngine engine;
    private final QueueDirectory queues;
    private final QueueStore store;
    private final QueueFigures figures;
    private final RoutingConfig config;
    private final AgentPlacements placements;
    private final TeamFigures teams;

    public RoutingTick(RoutingEngine engine, QueueDirectory queues, QueueStore store, QueueFigures figures,
            RoutingConfig config, AgentPlacements placements, TeamFigures teams) {
        this.teams = teams;
        this.placements = placements;
        this.engine = engine;
        this.queues = queues;
        this.store = store;
        this.figures = figures;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        engine.adoptEventShards().chain(store::seedAndLoad).chain(figures::refresh).await().atMost(START_TIMEOUT);
    }

    @Scheduled(every = "${routing.tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return run().onFailure().invoke(e -> LOG.warnf("routing tick failed (next tick retries): %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    @Scheduled(every = "${routing.figures-refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshFigures() {
        return figures.refresh().chain(teams::refresh).onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pass; public so tests can drive time without waiting for the scheduler. */
    public Uni<Void> run() {
        return store.refresh()
                .chain(() -> engine.endWrapUps(config.tickBatch()))
                .chain(() -> engine.expireOffers(config.tickBatch()))
                .chain(() -> engine.expireLeases(config.tickBatch()))
                .chain(placements::resumeOrphans)
                .chain(() -> Multi.createFrom().iterable(queues.all())
                        .onItem().transformToUniAndConcatenate(
                                q -> engine.queueTick(q.id(), config.tickBatch(), config.contactRetention()))
                        .collect().last())
                .replaceWithVoid();
    }
}
