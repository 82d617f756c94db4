package io.contactcenter.recognition.praise;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.contactcenter.platform.events.consumer.AfterCommit;
import io.contactcenter.platform.events.consumer.EventConsumer;
import io.contactcenter.platform.events.consumer.EventConsumers;
import io.smallrye.mutiny.Uni;

/**
 * Reads praise-events and counts each praise. Dispatch, retries and the dead-letter topic
 * (praise-events.recognition-service.dlq) are the platform's {@link EventConsumer}. No inbox: the
 * count is idempotent by praise id in the same Redis script that counts it, which also catches a
 * praise re-published under a new event id; a PostgreSQL inbox row could not commit with Redis.
 */
@ApplicationScoped
public class PraiseConsumer {

    public static final String CHANNEL = "praise-events";
    public static final String TYPE = "contactcenter.praise.received";

    private static final Logger LOG = Logger.getLogger(PraiseConsumer.class);

    private final EventConsumer consumer;

    public PraiseConsumer(EventConsumers consumers, PraiseCounter counter) {
        this.consumer = consumers.channel(CHANNEL)
                .on(TYPE, PraiseReceived.class, (event, praise) -> counter.count(praise)
                        .map(result -> (AfterCommit) () -> LOG.debugf("praise %s for %s: %s (event %s)",
                                praise.praiseId(), praise.agentId(), result.outcome(), event.id())))
                .build();
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message);
    }
}
