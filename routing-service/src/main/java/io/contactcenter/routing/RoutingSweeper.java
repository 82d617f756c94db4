package io.contactcenter.routing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.engine.SweepResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Repairs states no decision leaves behind but a lost message, a hand edit or an older version can: an
 * agent BUSY on a contact that ended, a contact offered to an agent who does not hold it, an available
 * agent missing from its queues' sets... Each interval one batch of agents and one of contacts is checked;
 * the SCAN cursors live in Redis, so all instances share one pass. Every repair is logged and counted
 * ({@code routing_repairs_total{kind}}): a count that keeps growing points at a bug or a misbehaving client.
 */
@ApplicationScoped
public class RoutingSweeper {

    private static final Logger LOG = Logger.getLogger(RoutingSweeper.class);

    private final RoutingEngine engine;
    private final RoutingConfig config;
    private final MeterRegistry registry;

    public RoutingSweeper(RoutingEngine engine, RoutingConfig config, MeterRegistry registry) {
        this.engine = engine;
        this.config = config;
        this.registry = registry;
    }

    @Scheduled(every = "${routing.sweep.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweepBatch() {
        return sweep(SweepResult.Kind.AGENTS).chain(() -> sweep(SweepResult.Kind.CONTACTS)).replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("routing sweep failed (next interval retries): %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One batch of {@code kind}; public so tests can run whole passes without waiting for the scheduler. */
    public Uni<SweepResult> sweep(SweepResult.Kind kind) {
        return engine.sweep(kind, config.sweep().batch()).invoke(this::record);
    }

    /** Batches of {@code kind} until a pass ends; the repairs it made. */
    public Uni<List<SweepResult.Repair>> fullPass(SweepResult.Kind kind) {
        java.util.List<SweepResult.Repair> all = new java.util.ArrayList<>();
        return sweep(kind).invoke(r -> all.addAll(r.repairs())).repeat().whilst(r -> !r.passEnded())
                .collect().last().map(last -> all);
    }

    private void record(SweepResult result) {
        for (SweepResult.Repair repair : result.repairs()) {
            LOG.warnf("routing sweeper repaired %s: %s", repair.kind(), repair.id());
            registry.counter("routing_repairs", "kind", repair.kind()).increment();
        }
    }
}
