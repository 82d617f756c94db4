package io.contactcenter.recognition.praise;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.contactcenter.platform.events.EventParser;
import io.contactcenter.platform.events.IncomingEvent;
import io.contactcenter.platform.events.InvalidEventException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Reads praise-events and counts each praise. A record that cannot be parsed is nacked, which the
 * {@code dead-letter-queue} failure strategy turns into a copy on
 * {@code praise-events.recognition-service.dlq}; the consumer then goes on with the next record.
 */
@ApplicationScoped
public class PraiseConsumer {

    public static final String CHANNEL = "praise-events";
    public static final String TYPE = "contactcenter.praise.received";

    private static final Logger LOG = Logger.getLogger(PraiseConsumer.class);

    private final EventParser parser;
    private final PraiseCounter counter;

    public PraiseConsumer(EventParser parser, PraiseCounter counter) {
        this.parser = parser;
        this.counter = counter;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return Uni.createFrom().item(() -> IncomingEvent.from(message))
                .chain(this::handle)
                .onItemOrFailure().transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    LOG.warnf("praise record %s sent to the dead-letter topic: %s", where(message), failure.getMessage());
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    /** topic/partition@offset and key, so an operator can find the record in the DLQ. */
    private static String where(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(r -> r.getTopic() + "/" + r.getPartition() + "@" + r.getOffset() + " key " + r.getKey())
                .orElse("?");
    }

    private Uni<Void> handle(IncomingEvent event) {
        if (event.type() != null && !TYPE.equals(event.type())) {
            // Catalog rule: consumers ignore event types they do not know.
            LOG.debugf("ignoring event %s of type %s", event.id(), event.type());
            return Uni.createFrom().voidItem();
        }
        PraiseReceived praise = parser.parse(event.body(), PraiseReceived.class);
        return counter.count(praise)
                // Redis hiccups are retried in place (records stay in order); only a lasting
                // failure dead-letters the record, which then needs a replay from the DLQ.
                .onFailure(f -> !(f instanceof InvalidEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(3)).atMost(5)
                .invoke(result -> LOG.debugf("praise %s for %s: %s (event %s)", praise.praiseId(),
                        praise.agentId(), result.outcome(), event.id()))
                .replaceWithVoid();
    }
}
