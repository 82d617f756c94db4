package io.contactcenter.ticket;

import io.contactcenter.testing.KafkaTestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of the module runs on topics of its own (the %test profile prefixes the channel and the
 * outbox with {@code test.kafka.topic-prefix}), created on the real broker before Quarkus starts.
 */
@QuarkusTestResource(value = KafkaTestTopics.class, initArgs = @ResourceArg(name = "topics",
        value = "call-events,ticket-events,call-events.ticket-service.dlq"))
public final class TicketTestTopics {

    public static final String CALL_EVENTS = "call-events";
    public static final String TICKET_EVENTS = "ticket-events";
    public static final String DLQ = "call-events.ticket-service.dlq";

    private TicketTestTopics() {
    }
}
