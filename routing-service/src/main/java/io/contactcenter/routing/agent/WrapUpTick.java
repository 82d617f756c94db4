package io.contactcenter.routing.agent;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.routing.RoutingClock;
import io.contactcenter.routing.engine.RoutingEngine;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Ends after-call work whose time is up. Safe on every instance at once: the ready script only
 * acts on an agent still in WRAP_UP, so a second instance finds nothing to do.
 */
@ApplicationScoped
public class WrapUpTick {

    /** Agents handled per tick; the rest wait for the next tick. */
    static final int BATCH = 200;

    private final RoutingEngine engine;
    private final AgentTransitions transitions;
    private final RoutingClock clock;

    public WrapUpTick(RoutingEngine engine, AgentTransitions transitions, RoutingClock clock) {
        this.engine = engine;
        this.transitions = transitions;
        this.clock = clock;
    }

    @Scheduled(every = "${routing.wrap-up-tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        Instant now = clock.now();
        return engine.wrapUpsDue(now.toEpochMilli(), BATCH)
                .onItem().transformToMulti(agents -> Multi.createFrom().iterable(agents))
                .onItem().transformToUniAndConcatenate(agentId -> engine.agentReady(agentId, now.toEpochMilli(), "WRAP_UP")
                        .call(r -> transitions.publishReady(agentId, r, now)))
                .collect().last().replaceWithVoid();
    }
}
