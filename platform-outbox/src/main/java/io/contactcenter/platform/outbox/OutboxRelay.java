package io.contactcenter.platform.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.contactcenter.platform.events.CloudEventMessages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes committed outbox rows in write order and marks them published. Rows are locked with
 * SKIP LOCKED, so several instances relay side by side without sending a row twice at once; a
 * failed send rolls the batch back and it is retried (consumers deduplicate on the event id).
 */
@ApplicationScoped
public class OutboxRelay {

    /** The outgoing channel each using service configures (its topic is overridden per row). */
    public static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final Counter published;

    public OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config, MeterRegistry metrics) {
        this.emitter = emitter;
        this.config = config;
        this.published = Counter.builder("outbox_events_published_total")
                .description("Events relayed from the outbox table to Kafka").register(metrics);
    }

    /** Delayed so the outgoing channel is connected before the first poll. */
    @Scheduled(every = "${outbox.poll-interval:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        return publishPending().onFailure().invoke(e -> LOG.warnf("outbox relay: %s (will retry)", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
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
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(e -> emitter.sendMessage(toMessage(e))
                        .invoke(() -> e.publishedAt = Instant.now()))
                .collect().last().replaceWith(events.size());
    }

    private Message<String> toMessage(OutboxEvent e) {
        Message<String> message = CloudEventMessages.of(e.eventId.toString(), e.source, e.type, e.entityId,
                e.occurredAt, e.payload);
        // The row names its topic: one relay channel serves every topic the service writes to.
        return message.addMetadata(OutgoingKafkaRecordMetadata.<String> builder().withKey(e.entityId)
                .withTopic(config.topicPrefix().orElse("") + e.topic).build());
    }
}
