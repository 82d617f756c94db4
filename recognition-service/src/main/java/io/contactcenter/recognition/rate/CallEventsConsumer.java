package io.contactcenter.recognition.rate;

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
 * Reads call-events: each contactcenter.call.ended is one handled contact of its agent and team
 * (praise rate, team sizes); other call types are acknowledged and skipped. A record that cannot be
 * used is nacked, which sends it to call-events.recognition-service.dlq, and consumption goes on.
 */
@ApplicationScoped
public class CallEventsConsumer {

    public static final String CHANNEL = "call-events";
    private static final Logger LOG = Logger.getLogger(CallEventsConsumer.class);

    private final EventParser parser;
    private final ContactCounter counter;

    public CallEventsConsumer(EventParser parser, ContactCounter counter) {
        this.parser = parser;
        this.counter = counter;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return Uni.createFrom().deferred(() -> handle(IncomingEvent.from(message)))
                .onItemOrFailure().transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    LOG.warnf("call-events record %s sent to the dead-letter topic: %s", where(message),
                            failure.getMessage());
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    private Uni<Void> handle(IncomingEvent event) {
        if (event.type() == null) {
            // Every catalog record is a CloudEvent; without a type nobody can tell what it is.
            throw new InvalidEventException("record " + event.id() + " has no ce_type header");
        }
        if (!CallEnded.TYPE.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        CallEnded call = parser.parse(event.body(), CallEnded.class);
        return counter.count(call)
                // Redis hiccups are retried in place; only a lasting failure dead-letters the record.
                .onFailure(f -> !(f instanceof InvalidEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(3)).atMost(5)
                .replaceWithVoid();
    }

    private static String where(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(r -> r.getTopic() + "/" + r.getPartition() + "@" + r.getOffset() + " key " + r.getKey())
                .orElse("?");
    }
}
