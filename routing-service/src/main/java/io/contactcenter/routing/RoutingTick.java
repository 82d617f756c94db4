package io.contactcenter.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.contactcenter.routing.agent.AgentTransitions;
import io.contactcenter.routing.contact.ContactService;
import io.contactcenter.routing.contact.CustomerTier;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.engine.ScriptResult;
import io.contactcenter.routing.event.CallOverflowed;
import io.contactcenter.routing.event.CallbackRequested;
import io.contactcenter.routing.event.RoutingEvents;
import io.contactcenter.routing.queue.OverflowAction;
import io.contactcenter.routing.queue.Queue;
import io.contactcenter.routing.queue.QueueDirectory;
import io.contactcenter.routing.queue.QueueFigures;
import io.contactcenter.routing.queue.QueueStore;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The time-driven part of routing, run on every instance each tick: queue definitions are
 * re-read, after-call work that is over ends, waiting contacts reach relaxation steps and
 * overflow. Each change is a script that checks state first, so instances never act twice.
 */
@ApplicationScoped
public class RoutingTick {

    /** Contacts or agents handled per queue and step in one tick; the rest wait for the next tick. */
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(RoutingTick.class);

    private final RoutingEngine engine;
    private final QueueDirectory queues;
    private final QueueStore store;
    private final QueueFigures figures;
    private final AgentTransitions transitions;
    private final ContactService contacts;
    private final RoutingEvents events;
    private final RoutingClock clock;
    private final RoutingConfig config;

    public RoutingTick(RoutingEngine engine, QueueDirectory queues, QueueStore store, QueueFigures figures,
            AgentTransitions transitions, ContactService contacts, RoutingEvents events, RoutingClock clock,
            RoutingConfig config) {
        this.engine = engine;
        this.queues = queues;
        this.store = store;
        this.figures = figures;
        this.transitions = transitions;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        store.seedAndLoad().chain(figures::refresh).await().atMost(Duration.ofSeconds(30));
    }

    @Scheduled(every = "${routing.tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return run().onFailure().invoke(e -> LOG.warnf(e, "routing tick failed (next tick retries)"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    @Scheduled(every = "${routing.figures-refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshFigures() {
        return figures.refresh().onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pass; public so tests can drive time without waiting for the scheduler. */
    public Uni<Void> run() {
        Instant now = clock.now();
        return store.refresh()
                .chain(() -> endWrapUps(now))
                .chain(() -> Multi.createFrom().iterable(queues.all())
                        .onItem().transformToUniAndConcatenate(q -> relax(q, now).chain(() -> overflow(q, now)))
                        .collect().last())
                .replaceWithVoid();
    }

    private Uni<Void> endWrapUps(Instant now) {
        return engine.wrapUpsDue(now, BATCH).chain(agents -> each(agents,
                agentId -> engine.agentReady(now, agentId, "WRAP_UP")
                        .call(r -> transitions.publishReady(agentId, r, now))));
    }

    /** Highest step first, so a contact that waited past several steps jumps straight to the widest. */
    private Uni<Void> relax(Queue q, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int step = q.relaxation().size(); step >= 1; step--) {
            int s = step;
            Instant arrivedBy = now.minus(q.relaxation().get(s - 1).after());
            chain = chain.chain(() -> engine.waitingSince(q.id(), arrivedBy, BATCH)
                    .chain(waiting -> each(waiting, contactId -> engine.relax(now, contactId, s)
                            // {'RELAXED', queueId, 'ROUTED', agent, team | 'QUEUED', position}
                            .call(r -> r.is("RELAXED")
                                    ? contacts.publishRequeued(contactId, r.get(1), r.tail(2), now)
                                    : Uni.createFrom().voidItem()))));
        }
        return chain;
    }

    private Uni<Void> overflow(Queue q, Instant now) {
        if (q.maxWait().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String action = q.overflowAction().name();
        String target = q.overflowQueue().orElse(null);
        return engine.waitingSince(q.id(), now.minus(q.maxWait().get()), BATCH)
                .chain(waiting -> each(waiting, contactId -> engine.contact(contactId)
                        .chain(c -> engine.overflow(now, contactId, action, target,
                                ContactService.queueScore(Instant.ofEpochMilli(Long.parseLong(
                                        c.getOrDefault("arrivedAt", Long.toString(now.toEpochMilli())))),
                                        CustomerTier.valueOf(c.getOrDefault("tier", "STANDARD"))),
                                config.contactRetention())
                                .call(r -> publishOverflow(contactId, r, c, now)))));
    }

    /** {'CALLBACK', fromQueue, waitMs} or {'OVERFLOWED', fromQueue, waitMs, 'ROUTED', agent, team | 'QUEUED', pos} */
    private Uni<Void> publishOverflow(String contactId, ScriptResult r, java.util.Map<String, String> c, Instant now) {
        double waited = r.getLong(2) / 1000.0;
        if (r.is("CALLBACK")) {
            return events.callbackRequested(new CallbackRequested(contactId, r.get(1), emptyToNull(c.get("customerId")),
                    emptyToNull(c.get("callerNumber")), c.getOrDefault("intent", "OTHER"),
                    c.getOrDefault("tier", "STANDARD"), waited, now));
        }
        if (r.is("OVERFLOWED")) {
            String target = queues.find(r.get(1)).flatMap(Queue::overflowQueue).orElse(null);
            return events.overflowed(new CallOverflowed(contactId, r.get(1), target, waited, now))
                    .chain(() -> contacts.publishRequeued(contactId, target, r.tail(3), now));
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> each(List<String> ids, java.util.function.Function<String, Uni<?>> action) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(ids).onItem().transformToUniAndConcatenate(action).collect().last()
                .replaceWithVoid();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
