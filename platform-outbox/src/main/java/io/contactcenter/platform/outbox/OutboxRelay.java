package io.contactcenter.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.contactcenter.platform.events.CloudEventMessages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Publishes committed outbox rows in write order and marks them published. Rows are locked with
 * SKIP LOCKED, so several instances relay side by side without sending a row twice at once; a
 * failed send rolls the batch back and it is retried (consumers deduplicate on the event id).
 * Besides the poll, {@link Outbox#add} nudges the relay, so a committed event does not wait up to a
 * poll interval; one pass runs at a time per instance, so rows leave in write order.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The outgoing channel each using service configures (its topic is overridden per row). */
    public static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final Counter published;
    private final Vertx vertx;
    /** A pass is running: a nudge or a poll meanwhile only marks {@link #dirty}. */
    private final AtomicBoolean passRunning = new AtomicBoolean();
    /** Rows may have been added since the running pass read the table. */
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicBoolean nudgePending = new AtomicBoolean();

    public OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config, MeterRegistry metrics,
            Vertx vertx) {
        this.emitter = emitter;
        this.config = config;
        this.vertx = vertx;
        this.published = Counter.builder("outbox_events_published_total")
                .description("Events relayed from the outbox table to Kafka").register(metrics);
    }

    /** Delayed so the outgoing channel is connected before the first poll. */
    @Scheduled(every = "${outbox.poll-interval:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        return pass().replaceWithVoid();
    }

    /**
     * An event was recorded in a transaction that is about to commit: relay it after
     * {@link OutboxConfig#nudgeDelay()}. Cheap and non-blocking; many nudges make one pass.
     */
    void nudge() {
        dirty.set(true);
        if (nudgePending.compareAndSet(false, true)) {
            vertx.setTimer(Math.max(1, config.nudgeDelay().toMillis()), id -> {
                nudgePending.set(false);
                // Hibernate Reactive needs a duplicated context of its own, marked safe, as a scheduled method gets.
                Context pass = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
                VertxContextSafetyToggle.setContextSafe(pass, true);
                pass.runOnContext(v -> pass().subscribe().with(n -> {
                }, e -> LOG.warnf("outbox relay: %s", e.getMessage())));
            });
        }
    }

    /** One publishing pass unless one is running; another follows if rows came meanwhile or remained. */
    private Uni<Integer> pass() {
        if (!passRunning.compareAndSet(false, true)) {
            return Uni.createFrom().item(0);
        }
        dirty.set(false);
        return publishPending()
                .onFailure().invoke(e -> LOG.warnf("outbox relay: %s (will retry)", e.getMessage()))
                .onFailure().recoverWithItem(0)
                .eventually(() -> passRunning.set(false))
                .invoke(count -> {
                    // after a failed send the next poll retries: no tight loop while the broker is away
                    if (count > 0 && (dirty.get() || count >= config.batchSize())) {
                        nudge();
                    }
                });
    }

    /** Publishes up to one batch; returns how many rows were published. */
    public Uni<Integer> publishPending() {
        // Native query: Panache reactive has no query hints, and SKIP LOCKED is what lets instances share the table.
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("SELECT * FROM outbox_event WHERE published_at IS NULL "
                        + "ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED", OutboxEvent.class)
                        .setParameter(1, config.batchSize())
                        .getResultList())
                .chain(this::publishInOrder))
                // counted once the rows are marked published for good, not for a batch that rolled back
                .invoke(count -> published.increment(count));
    }

    private Uni<Integer> publishInOrder(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        // All sends handed to the producer at once, in order (it keeps the order per partition), and the
        // acknowledgements awaited together: one broker round trip per batch instead of one per event. Each
        // row is marked for its own send: a failed send leaves its row for the next pass, and rows already
        // acknowledged are not sent again (consumers deduplicate anyway, but reporting tools count).
        List<Uni<Boolean>> sends = events.stream().map(e -> emitter.sendMessage(toMessage(e))
                .onItemOrFailure().transform((ok, failure) -> {
                    if (failure != null) {
                        LOG.debugf("outbox relay: %s not sent: %s", e.eventId, failure.getMessage());
                        return false;
                    }
                    e.publishedAt = Instant.now();
                    return true;
                })).toList();
        return Uni.join().all(sends).andFailFast().map(sent -> {
            int count = (int) sent.stream().filter(Boolean::booleanValue).count();
            if (count < events.size()) {
                LOG.warnf("outbox relay: %d of %d events not sent (will retry)", events.size() - count,
                        events.size());
            }
            return count;
        });
    }

    private Message<String> toMessage(OutboxEvent e) {
        Message<String> message = CloudEventMessages.of(e.eventId.toString(), e.source, e.type, e.entityId,
                e.occurredAt, e.payload);
        // The row names its topic: one relay channel serves every topic the service writes to.
        return message.addMetadata(OutgoingKafkaRecordMetadata.<String> builder().withKey(e.entityId)
                .withTopic(config.topicPrefix().orElse("") + e.topic).build());
    }
}
